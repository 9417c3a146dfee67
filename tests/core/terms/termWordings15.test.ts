import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

/** A short contract: a title, an opening that dates it, then one numbered clause per sentence given. */
const terms = (...clauses: string[]) =>
  extractKeyTerms(
    makeDoc([
      { text: 'SUPPLY AGREEMENT', kind: 'heading' },
      'This Supply Agreement is made as of March 3, 2016 between Larkspur Foods, Inc. ("Larkspur") and Tallow Packaging Ltd. ("Tallow").',
      ...clauses.map((text, i) => ({ text, clause: String(i + 1) })),
    ]),
  ).terms;

describe('expiration: a contract that runs for a length and then renews, in one sentence', () => {
  it.each([
    ['This Agreement shall remain in effect for one (1) year from the Effective Date and shall be automatically renewed for successive one-year periods unless either party gives notice of non-renewal at least thirty (30) days before the end of the then-current term.', '2017-03-03'],
    ['This Agreement shall continue in effect for one (1) year from the Effective Date and shall be automatically renewed for successive one-year periods unless either party objects.', '2017-03-03'],
    ['This Agreement shall be in effect for two (2) years from the date hereof and shall be automatically renewed for successive one-year periods.', '2018-03-03'],
    ['This Agreement shall remain in effect for two (2) years after the date of signature and shall be automatically renewed for successive one-year periods.', '2018-03-03'],
    ['This Agreement will remain in effect for an initial period of three years, and will then be renewed automatically for periods of one year.', '2019-03-03'],
    ['The Agreement shall run for twenty-four months from the Effective Date, after which it shall renew for twelve-month periods.', '2018-03-03'],
    ['This Agreement shall be effective from the date hereof and shall continue for twelve months, renewing automatically for further periods of twelve months.', '2017-03-03'],
  ])('reads the initial term\'s end from "%s"', (clause, iso) => {
    const t = terms(clause);
    expect(t.expiration?.value).toBe(iso);
    expect(t.renewal?.value).toMatch(/^(?:1 year|12 months) each/);
  });
});

describe('expiration: the term called the contract\'s period', () => {
  it.each([
    'The period of this Agreement shall be from June 1, 2019 to May 31, 2021.',
    'The contract period is June 1, 2019 through May 31, 2021.',
    'Period of Performance: June 1, 2019 – May 31, 2021',
  ])('reads "%s"', (clause) => {
    expect(terms(clause).expiration?.value).toBe('2021-05-31');
  });
});

describe('effective date: the start of the contract\'s period', () => {
  it.each([
    ['The period of this Agreement shall be from June 1, 2019 to May 31, 2021.', '2019-06-01'],
    ['The contract period is from March 1, 2019 to February 28, 2021.', '2019-03-01'],
  ])('reads "%s"', (clause, iso) => {
    expect(terms(clause).effectiveDate?.value).toBe(iso);
  });
});

describe('expiration: the term called the contract\'s duration or validity', () => {
  it.each([
    ['This Agreement shall have a duration of three (3) years.', '2019-03-03'],
    ['The validity of this Agreement is two (2) years from the date of signature.', '2018-03-03'],
  ])('reads "%s"', (clause, iso) => {
    expect(terms(clause).expiration?.value).toBe(iso);
  });
});

describe('expiration: an end, then a renewal stopped by notice before the end of the term, in one sentence', () => {
  it('reads the anniversary as the initial term\'s end', () => {
    const t = terms('This Agreement will continue in effect until the third anniversary of the Effective Date, and will thereafter renew for successive one-year periods unless either party gives notice of non-renewal at least 60 days prior to the end of the then-current term.');
    expect(t.expiration?.value).toBe('2019-03-03');
    expect(t.renewalNotice?.value).toMatch(/^60 days/);
  });
});

describe('expiration: a cover line that gives the duration', () => {
  it.each([
    ['Duration: 3 years', '2019-03-03'],
    ['Agreement Duration: 24 months', '2018-03-03'],
  ])('reads "%s" from the contract\'s date', (clause, iso) => {
    expect(terms(clause).expiration?.value).toBe(iso);
  });
});

describe('expiration: the day before an anniversary', () => {
  it.each([
    ['This Agreement shall remain in effect until the day before the second anniversary of the Effective Date.', '2018-03-02'],
    ['This Agreement shall terminate on the day immediately preceding the tenth (10th) anniversary of the Effective Date.', '2026-03-02'],
    ['This Agreement shall be in effect until the day prior to the third anniversary of the Effective Date.', '2019-03-02'],
  ])('reads "%s" as the anniversary less a day', (clause, iso) => {
    expect(terms(clause).expiration?.value).toBe(iso);
  });
});

describe('renewal: a contract extended tacitly or prolonged, as civil-law contracts say', () => {
  it.each([
    ['This Agreement shall remain in force for 2 years and shall be tacitly extended for periods of 1 year unless terminated by either party with 6 months\' notice before the end of the current period.', '2018-03-03', /^1 year each, automatic/],
    ['This Agreement is concluded for a period of three (3) years and shall be automatically prolonged for successive periods of one (1) year unless terminated by either Party by written notice at least three (3) months before the end of the then current period.', '2019-03-03', /^1 year each, automatic/],
    ['This Agreement shall enter into force on the date of signature and remain in force for five years. It shall be prolonged automatically for further periods of two years unless either party gives notice at least six months before its expiry.', '2021-03-03', /^2 years each, automatic/],
  ])('reads "%s"', (clause, iso, renewal) => {
    const t = terms(clause);
    expect(t.expiration?.value).toBe(iso);
    expect(t.renewal?.value).toMatch(renewal);
    expect(t.renewalNotice?.value).toMatch(/^(?:6|3) months/);
  });
});

describe('expiration: a table row or a dashed label line that gives the term, and an "Expiry:" line', () => {
  it.each([
    ['Term | 36 months', '2019-03-03'],
    ['Term of Agreement – 2 years from the Effective Date', '2018-03-03'],
    ['Contract Period | June 1, 2016 to May 31, 2018', '2018-05-31'],
    ['Expiry: May 31, 2018', '2018-05-31'],
  ])('reads "%s"', (clause, iso) => {
    expect(terms(clause).expiration?.value).toBe(iso);
  });
});
