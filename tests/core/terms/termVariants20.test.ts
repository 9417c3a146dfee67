/**
 * Term, renewal and notice clauses in drafting habits a lawyer meets often: a notice given as a range
 * whose unit is written once ("not less than ninety (90) nor more than one hundred eighty (180) days"),
 * a British renewal "for further periods", a present-tense term after its start ("becomes effective …
 * and remains in force for …"), British single quotes around defined terms ("(the ‘Effective Date’)",
 * "‘Term’ means …"), and an effective date set by the last signature in other words.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { findDurations } from '../../../electron/core/terms/duration';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: 'heading' | 'paragraph' | 'table-row'; clause?: string };
const US_OPENING = 'This Storage Services Agreement is made as of March 1, 2019 (the "Effective Date") by and between Brackley Cold Stores Inc. ("Provider") and Wendle Orchards LLC ("Customer").';
const UK_OPENING = 'THIS AGREEMENT is made on 5 June 2020 (the \u2018Effective Date\u2019) between Brackley Cold Stores Limited (\u2018Provider\u2019) and Wendle Orchards Limited (\u2018Customer\u2019).';
const terms = (opening: string, ...rest: Entry[]) => extractKeyTerms(makeDoc([{ text: 'STORAGE SERVICES AGREEMENT', kind: 'heading' }, opening, ...rest])).terms;
const clause = (text: string, n = '5') => ({ text, clause: n });

describe('a range of lengths that writes its unit once', () => {
  it('reads the first number with the unit the second one gives', () => {
    const of = (t: string) => findDurations(t).map((d) => `${d.n} ${d.unit}`);
    expect(of('not less than ninety (90) nor more than one hundred eighty (180) days prior')[0]).toBe('90 day');
    expect(of('upon sixty (60) to ninety (90) days notice')[0]).toBe('60 day');
    expect(of('at least 30 and no more than 60 days before')[0]).toBe('30 day');
    expect(of('between 30 and 60 days before')[0]).toBe('30 day');
    // Not two counts joined by "and" without "between", nor a number that is not a count of the unit.
    expect(of('within Section 5 and 10 days after')).toEqual(['10 day']);
    expect(of('thirty (30) days and sixty (60) days')).toEqual(['30 day', '60 day']);
  });

  it('gives the least notice that stops a renewal as the notice period', () => {
    const t = terms(US_OPENING, clause('5. Term. The initial term is three (3) years from the Effective Date. The term shall renew automatically for successive one (1) year periods unless either party gives notice of non-renewal not less than ninety (90) nor more than one hundred eighty (180) days prior to the end of the then-current term.'));
    expect(t.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(t.renewalNotice?.value).toBe('90 days');
  });
});

describe('renewal and term wordings', () => {
  it('reads a renewal that continues automatically "for further periods" with its notice', () => {
    const t = terms(US_OPENING, clause("5. Term. The initial term is one (1) year from the Effective Date, after which this Agreement shall continue automatically for further periods of one (1) year unless terminated by either party giving two months' notice before the end of any such period."));
    expect(t.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(t.renewalNotice?.value).toBe('2 months');
  });

  it('reads a term stated in the present tense after the contract\'s start', () => {
    const t = terms(US_OPENING, clause('5. Term. This Agreement becomes effective on the Effective Date and remains in force for a fixed period of 24 months.'));
    expect(t.expiration?.value).toBe('2021-03-01');
    const u = terms(US_OPENING, clause('5. Term. This Agreement takes effect on the Effective Date and continues in effect until December 31, 2021.'));
    expect(u.expiration?.value).toBe('2021-12-31');
  });

  it('does not read a licence that remains in force for a time as the contract\'s term', () => {
    const t = terms(US_OPENING, clause('5. Term. The term of this Agreement is two (2) years from the Effective Date.'), clause('9. Licence. The licence granted under clause 8 survives the end of this Agreement and remains in force for five (5) years.', '9'));
    expect(t.expiration?.value).toBe('2021-03-01');
  });
});

describe('defined terms in British single quotes', () => {
  it('reads "(the ‘Effective Date’)" and a term and renewal defined the same way', () => {
    const t = terms(
      UK_OPENING,
      clause('5.1 This Agreement shall commence on the Effective Date and continue for a period of three years (the \u2018Initial Term\u2019).', '5.1'),
      clause('5.2 On the expiry of the Initial Term this Agreement shall automatically renew for further periods equal to the Initial Term (each a \u2018Renewal Period\u2019) unless either party gives the other not less than six months\u2019 written notice of non-renewal before the end of the Initial Term or the relevant Renewal Period.', '5.2'),
    );
    expect(t.effectiveDate?.value).toBe('2020-06-05');
    expect(t.expiration?.value).toBe('2023-06-05');
    expect(t.renewal?.value).toMatch(/^3 years each, automatic/);
    expect(t.renewalNotice?.value).toBe('6 months');
  });

  it('reads "‘Commencement Date’ means …" and "‘Term’ means …"', () => {
    const opening = 'THIS AGREEMENT is made on 5 June 2020 between Brackley Cold Stores Limited (\u2018Provider\u2019) and Wendle Orchards Limited (\u2018Customer\u2019).';
    const t = terms(opening, { text: '1. Definitions', kind: 'heading', clause: '1' }, clause('\u2018Commencement Date\u2019 means 1 July 2020;', '1.1'), clause('5. Duration. This Agreement shall commence on the Commencement Date and shall continue for a period of three years.', '5'));
    expect(t.effectiveDate?.value).toBe('2020-07-01');
    expect(t.expiration?.value).toBe('2023-07-01');
    const u = terms(UK_OPENING, clause('\u2018Term\u2019 means the period of two years from the Effective Date, as extended under clause 5.', '1.1'));
    expect(u.expiration?.value).toBe('2022-06-05');
  });

  it('still reads the same contract in double quotes', () => {
    const t = terms(UK_OPENING.replace(/\u2018|\u2019/g, '"'), clause('5.1 This Agreement shall commence on the Effective Date and continue for a period of three years (the "Initial Term").', '5.1'));
    expect(t.effectiveDate?.value).toBe('2020-06-05');
    expect(t.expiration?.value).toBe('2023-06-05');
  });
});

describe('an effective date set by the last signature, in other words', () => {
  const signatures = ['IN WITNESS WHEREOF, the parties sign this Agreement on the dates written under their names.', 'BRACKLEY COLD STORES INC.', 'By: /s/ Ann Roe', 'Date: March 1, 2019', 'WENDLE ORCHARDS LLC', 'By: /s/ Bo Sun', 'Date: March 4, 2019'];
  const undated = 'This Storage Services Agreement is entered into by and between Brackley Cold Stores Inc. ("Provider") and Wendle Orchards LLC ("Customer")';

  it('reads "the later of the two dates of signature below"', () => {
    const t = terms(`${undated} and is effective on the later of the two dates of signature below (the "Effective Date").`, clause('1. Storage. Provider shall store the goods.', '1'), ...signatures);
    expect(t.effectiveDate?.value).toBe('2019-03-04');
  });

  it('reads ""Effective Date" means the date on which the last Party signs"', () => {
    const t = terms(`${undated}.`, clause('1.1 "Effective Date" means the date on which the last Party signs this Agreement.', '1.1'), ...signatures);
    expect(t.effectiveDate?.value).toBe('2019-03-04');
  });
});

describe('other definitions in British single quotes', () => {
  it('reads "‘Contract Period’ shall mean that period commencing on …" as the start and the end', () => {
    const t = terms('THIS AGREEMENT is made as of the 2nd day of January, 2018 between Brackley Cold Stores Limited (\u2018Provider\u2019) and Wendle Orchards Limited (\u2018Customer\u2019).', clause('(a) \u2018Contract Period\u2019 shall mean that period of time commencing on February 1, 2018 and concluding January 31, 2021.', '1'));
    expect(t.effectiveDate?.value).toBe('2018-02-01');
    expect(t.expiration?.value).toBe('2021-01-31');
  });

  it('does not read a defined "Calendar Quarter" that "shall extend" to the Term\'s end as a renewal', () => {
    const t = terms(US_OPENING, clause('1.4 \u2018Calendar Quarter\u2019 means each period of three (3) consecutive calendar months ending on March 31, June 30, September 30 and December 31; provided that the last Calendar Quarter of the Term shall extend from the first day of that quarter to the end of the Term.', '1.4'), clause('5. Term. The term of this Agreement is two (2) years from the Effective Date.'));
    expect(t.renewal).toBeUndefined();
  });

  it('does not date the contract by another agreement defined in single quotes', () => {
    const t = terms(
      'This Storage Services Agreement (this \u2018Agreement\u2019), effective as of December 10, 2015 (the \u2018Effective Date\u2019), is by and between Brackley Cold Stores Inc. (\u2018Provider\u2019) and Wendle Orchards LLC (\u2018Customer\u2019).',
      clause('\u2018Lease Agreement\u2019 means the lease previously entered into between Provider and its landlord with an effective date of July 1, 2014.', '1.1'),
    );
    expect(t.agreementDate?.value).toBe('2015-12-10');
    expect(t.effectiveDate?.value).toBe('2015-12-10');
  });
});
