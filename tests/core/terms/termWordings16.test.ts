import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

afterAll(() => shutdownParseWorker());

/** A short contract: a title, an opening that dates it, then one numbered clause per sentence given. */
const terms = (...clauses: string[]) =>
  extractKeyTerms(
    makeDoc([
      { text: 'HAULAGE AGREEMENT', kind: 'heading' },
      'This Haulage Agreement is made as of March 3, 2016 between Pellworth Freight, Inc. ("Carrier") and Osier Grain LLC ("Shipper").',
      ...clauses.map((text, i) => ({ text, clause: String(i + 1) })),
    ]),
  ).terms;

/** The same contract read from plain text, as a text filing is: each line a unit the reader classifies. */
async function fromText(...lines: string[]) {
  const text = ['HAULAGE AGREEMENT', 'This Haulage Agreement is made as of 03/03/2016 between Pellworth Freight, Inc. ("Carrier") and Osier Grain LLC ("Shipper").', ...lines].join('\n\n');
  const doc = await extractDocument({ bytes: new TextEncoder().encode(text), name: 'haulage.txt' });
  return { doc, terms: extractKeyTerms(doc).terms };
}

describe('a term line in capitals whose dates are written in digits is a line of the contract, not a heading', () => {
  it.each([
    ['TERM OF SERVICE From 06/15/2016 until 06/14/2019', '2016-06-15', '2019-06-14'],
    ['CONTRACT TERM From 07/01/2016 through 06/30/2018', '2016-07-01', '2018-06-30'],
  ])('reads "%s"', async (line, start, end) => {
    const { doc, terms: t } = await fromText('SPECIAL CONDITIONS', line, '1. Services. Carrier shall carry the Shipper\'s grain as the Special Conditions set out.');
    expect(doc.blocks.find((b) => b.text === line)?.kind).toBe('paragraph');
    expect(t.expiration?.value).toBe(end);
    expect(t.effectiveDate?.value).toBe(start);
  });

  it('still reads a title-case heading that holds a number as a heading', async () => {
    const { doc } = await fromText('Schedule 2 Rates', '1. Rates. The rates are as set out below.');
    expect(doc.blocks.find((b) => b.text === 'Schedule 2 Rates')?.kind).toBe('heading');
  });
});

describe('effective date: the start of a term label line that gives a span', () => {
  it.each([
    ['Term: June 1, 2019 to May 31, 2021', '2019-06-01'],
    ['Term of Lease | From July 1, 2020 through June 30, 2023', '2020-07-01'],
    ['TERM OF ENGAGEMENT From September 15, 2018 until September 14, 2019', '2018-09-15'],
    ['Contract Period: April 1, 2017 – March 31, 2019', '2017-04-01'],
    ['Period of Performance | October 1, 2016 to September 30, 2017', '2016-10-01'],
  ])('reads "%s"', (clause, iso) => {
    expect(terms(clause).effectiveDate?.value).toBe(iso);
  });

  it('gives no start for a term line that names a length, or a span of something else', () => {
    expect(terms('Term: 36 months from the date of first delivery').effectiveDate).toBeUndefined();
    expect(terms('Delivery Period: June 1, 2019 to May 31, 2021').effectiveDate).toBeUndefined();
  });
});

describe('expiration: "The Term will be …" after the clause\'s own number or letter', () => {
  it.each([
    ['4.1 The Term will be three (3) years from the Effective Date, with automatic renewals for one (1) year periods unless either party gives notice.', '2019-03-03'],
    ['(a) The term shall be five (5) years from the Effective Date.', '2021-03-03'],
    ['Section 3 The term shall be two (2) years from the Effective Date.', '2018-03-03'],
  ])('reads "%s"', (clause, iso) => {
    expect(terms(clause).expiration?.value).toBe(iso);
  });

  it('reads it from a table row whose first cell holds the letter', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'HAULAGE AGREEMENT', kind: 'heading' },
        'This Haulage Agreement is made as of March 3, 2016 between Pellworth Freight, Inc. ("Carrier") and Osier Grain LLC ("Shipper").',
        { text: 'B. | The Term will be 3 years from the date hereof with automatic 1 year extensions unless either party objects.', kind: 'table-row' },
      ]),
    ).terms;
    expect(t.expiration?.value).toBe('2019-03-03');
    expect(t.renewal?.value).toMatch(/^1 year each/);
  });
});

describe('expiration: an anniversary of a start left blank in the filed copy', () => {
  it.each([
    ['This Agreement shall continue until the fifth anniversary of the Effective Date.', /\+ 5 years$/],
    ['This Agreement shall remain in effect until the day before the second anniversary of the Effective Date.', /\+ 2 years, less a day$/],
  ])('is blank for "%s"', (clause, value) => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'HAULAGE AGREEMENT', kind: 'heading' },
        'This Haulage Agreement, effective as of ____________, 2016 (the "Effective Date"), is made between Pellworth Freight, Inc. ("Carrier") and Osier Grain LLC ("Shipper").',
        { text: clause, clause: '9.1' },
      ]),
    ).terms;
    expect(t.effectiveDate?.blank).toBe(true);
    expect(t.expiration?.blank).toBe(true);
    expect(t.expiration?.value).toMatch(value);
  });
});

describe('expiration and effective date: more ways to state the span or the run', () => {
  const dated = (clause: string) =>
    extractKeyTerms(
      makeDoc([
        { text: 'HAULAGE AGREEMENT', kind: 'heading' },
        'This Haulage Agreement is made on March 3, 2016 between Pellworth Freight, Inc. and Osier Grain LLC.',
        { text: clause, clause: '2' },
      ]),
    ).terms;

  it('reads the end of "This Agreement is effective X and expires Y"', () => {
    const t = dated('This Agreement is effective April 1, 2016 and expires March 31, 2018.');
    expect([t.effectiveDate?.value, t.expiration?.value]).toEqual(['2016-04-01', '2018-03-31']);
  });

  it.each([
    'This Agreement shall be effective for the period April 1, 2016 through March 31, 2018.',
    'The Agreement shall run for a term of two years starting April 1, 2016.',
    'This Agreement shall continue for two (2) years commencing on April 1, 2016.',
  ])('reads the start of "%s"', (clause) => {
    expect(dated(clause).effectiveDate?.value).toBe('2016-04-01');
  });

  it.each([
    ['This Agreement shall terminate on the third anniversary of the date on which it is signed.', '2019-03-03'],
    ['This Agreement shall remain in force until the second anniversary of its signature.', '2018-03-03'],
  ])('reads the anniversary of the signing in "%s"', (clause, iso) => {
    expect(terms(clause).expiration?.value).toBe(iso);
  });
});

describe('expiration: "The Term shall be N years" with a renewal and its notice before the end of the term in the same sentence', () => {
  it.each([
    ['The Term shall be three (3) years, subject to renewal for two (2) successive terms of one (1) year each at the option of the Carrier upon written notice given at least six (6) months prior to the expiration of the then current term.', '2019-03-03'],
    ['The term is two years, renewable automatically for one-year periods unless either party gives notice at least 90 days before the end of the term.', '2018-03-03'],
  ])('reads "%s"', (clause, iso) => {
    expect(terms(clause).expiration?.value).toBe(iso);
  });
});

describe('renewal: the contract running on "thereafter from year to year"', () => {
  it.each([
    ['This Agreement shall continue in force until 30 June 2020 and thereafter from year to year until terminated by either party on not less than three months notice.', '2020-06-30', /^1 year each, automatic/, '3 months'],
    ['This Agreement shall remain in effect for an initial term of two years and thereafter from year to year unless either party gives at least ninety (90) days notice of termination prior to the end of any such year.', '2018-03-03', /^1 year each, automatic/, '90 days'],
  ])('reads "%s"', (clause, end, renewal, notice) => {
    const t = terms(clause);
    expect(t.expiration?.value).toBe(end);
    expect(t.renewal?.value).toMatch(renewal);
    expect(t.renewalNotice?.value).toBe(notice);
  });
});

describe('expiration: a contract period label run into its span', () => {
  it.each([
    ['CONTRACT PERIOD From April 1, 2017 until March 31, 2019', '2019-03-31'],
    ['Agreement Period from October 1, 2016 through September 30, 2017', '2017-09-30'],
  ])('reads "%s"', (clause, iso) => {
    expect(terms(clause).expiration?.value).toBe(iso);
  });
});
