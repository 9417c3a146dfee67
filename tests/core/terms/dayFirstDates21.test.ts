/**
 * Numeric dates in a document that is plainly not American: one that writes its dates in words day
 * before month ("1 June 2020") and never month before day, or that is governed by the law of a
 * country that writes the day first (England and Wales, Australia, Singapore, India, Ireland,
 * Germany…), reads "01/03/2019" as 1 March. A US state's law, or dates written "March 15, 2018",
 * keep the month first; Canada, which writes both, settles nothing. A numeric date that nothing
 * settles is flagged on its key term.
 */
import { describe, expect, it } from 'vitest';
import { dateConvention, dateEvidenceOf, findDate } from '../../../electron/core/terms/date';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { writesDatesDayFirst } from '../../../electron/core/terms/jurisdiction';
import { mergeKeyTerms } from '../../../electron/core/terms/mergeKeyTerms';
import { makeDoc } from './docFixture';

const HEAD = { text: 'SERVICES AGREEMENT', kind: 'heading' as const };
const PARTIES = 'between Harlow Kettle Ltd ("Supplier") and Brindle Oak Limited ("Customer")';
const BODY = { text: '2. Services. Supplier shall provide the services described in Schedule 1 to Customer.', clause: '2' };
const terms = (...paras: string[]) => extractKeyTerms(makeDoc([HEAD, ...paras.slice(0, 1), BODY, ...paras.slice(1)])).terms;

describe('a numeric date in a document governed by a day-first country\'s law', () => {
  it.each([
    ['This Agreement shall be governed by the laws of England and Wales.', 'England and Wales'],
    ['This Agreement and any dispute arising from it are governed by English law.', 'England and Wales'],
    ['This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.', 'Singapore'],
    ['This Agreement shall be governed by the laws of India.', 'India'],
    ['This Agreement is governed by Irish law.', 'Ireland'],
    ['This Agreement shall be governed by the laws of the Federal Republic of Germany.', 'Germany'],
    ['The laws of Scotland govern this Agreement.', 'Scotland'],
    ['This Agreement is governed by the laws of New South Wales.', 'New South Wales, Australia'],
  ])('reads 01/03/2019 as 1 March under "%s"', (law, place) => {
    const t = terms(`This Agreement is dated 01/03/2019 and is made ${PARTIES}.`, `15. Governing Law. ${law}`);
    expect(t.governingLaw?.value).toBe(place);
    expect(t.agreementDate?.value).toBe('2019-03-01');
    expect(t.agreementDate?.warning).toBeUndefined();
  });

  it('reads the start and the end of the term day first too', () => {
    const t = terms(`This Agreement is made ${PARTIES}.`, '3. Term. This Agreement commences on 05/07/2021 and expires on 04/07/2024.', '14. This Agreement is governed by the laws of Queensland.');
    expect(t.effectiveDate?.value).toBe('2021-07-05');
    expect(t.expiration?.value).toBe('2024-07-04');
  });

  it('keeps the month first under a US state\'s law, unflagged', () => {
    const t = terms(`This Agreement is dated 02/03/2018 and is made ${PARTIES}.`, '10. Governing Law. This Agreement shall be governed by the laws of the State of New York.');
    expect(t.agreementDate?.value).toBe('2018-02-03');
    expect(t.agreementDate?.warning).toBeUndefined();
  });

  it('lets the document\'s own unambiguous numeric dates win over its law', () => {
    const t = terms(`This Agreement is dated 02/03/2018 and is made ${PARTIES}.`, '3. The first delivery is due on 03/15/2018.', '10. This Agreement is governed by the laws of England.');
    expect(t.agreementDate?.value).toBe('2018-02-03');
  });
});

describe('a document that writes its dates in words day before month', () => {
  it('reads its numeric date day first', () => {
    const t = terms(`This Agreement is made on 04/05/2020 ${PARTIES}.`, '3. Term. The Services commence on 1 June 2020.', 'Signed on 12 June 2020.');
    expect(t.agreementDate?.value).toBe('2020-05-04');
    expect(t.agreementDate?.warning).toBeUndefined();
  });

  it('and with an ordinal day ("1st August 2021")', () => {
    expect(terms(`This Agreement is made on 06/07/2021 ${PARTIES}.`, '3. Fees are payable from 1st August 2021.').agreementDate?.value).toBe('2021-07-06');
  });

  it('but not "the 1st day of March", which US drafting writes as well', () => {
    const t = terms(`This Agreement is made this 1st day of March 2019 ${PARTIES}.`, '3. The first delivery is due on 05/06/2019.', '4. Notices take effect on 05/06/2019.');
    expect(t.agreementDate?.value).toBe('2019-03-01');
    expect(dateConvention(dateEvidenceOf('made this 1st day of March 2019; due on 05/06/2019')).dayFirst).toBeUndefined();
  });

  it('nor when it also writes "March 15, 2018"', () => {
    expect(dateConvention(dateEvidenceOf('due 1 May 2018 and March 15, 2018; dated 02/03/2018')).dayFirst).toBeUndefined();
    // Worded dates in both orders leave the governing law to decide.
    expect(dateConvention(dateEvidenceOf('due 1 May 2018 and March 15, 2018; dated 02/03/2018'), true)).toEqual({ dayFirst: true, settled: true });
    const t = terms(`This Agreement is dated 4.7.98 and is made ${PARTIES}.`, '3. The Services begin on 1 May 1998 and the first report is due June 30, 1998.', '14. This Agreement is governed by the laws of England and Wales.');
    expect(t.agreementDate?.value).toBe('1998-07-04');
    expect(t.agreementDate?.warning).toBeUndefined();
    expect(dateConvention(dateEvidenceOf('commencing March 15, 2018; dated 02/03/2018'))).toEqual({ settled: true });
  });
});

describe('a numeric date that restates a date written in words', () => {
  it('is read the way that makes it the same day, whatever order the words use', () => {
    // The worded dates put the day first, yet the label restates "1 March 2005" month first.
    const t = terms(`This Hosting Agreement is dated 03/01/05 and is made ${PARTIES}.`, '3. Term. The Services begin on 1 March 2005 and end on 28 February 2006.');
    expect(t.agreementDate?.value).toBe('2005-03-01');
    expect(t.agreementDate?.warning).toBeUndefined();
    // And the other way: "5 March 2005" restated as 05/03/2005 under a US state's law.
    expect(dateConvention(dateEvidenceOf('Start: 05/03/2005. The Services begin on March 5, 2005 and end on 5 March 2006.'), false)).toEqual({ dayFirst: true, settled: true });
  });

  it('and a two-digit year that reads one way only (1/14/02) settles the order', () => {
    expect(dateConvention(dateEvidenceOf('Invoices of 1/9/02 and 1/14/02; made on 3 August 2001.'))).toEqual({ settled: true });
    expect(dateConvention(dateEvidenceOf('Clauses 1.14.02 and 3 August 2001.'))).toEqual({ dayFirst: true, settled: true });
  });
});

describe('an ambiguous numeric date that nothing settles', () => {
  it('is read month first and flagged on the key term, with both readings', () => {
    const t = terms(`This Agreement is dated 02/03/2018 and is made ${PARTIES}.`);
    expect(t.agreementDate?.value).toBe('2018-02-03');
    expect(t.agreementDate?.warning).toMatch(/3 February 2018.*2 March 2018/);
  });

  it('stays flagged under Canadian law, which writes dates both ways', () => {
    const t = terms(`This Agreement is dated 02/03/2018 and is made ${PARTIES}.`, '10. This Agreement is governed by the laws of the Province of Ontario.');
    expect(t.agreementDate?.value).toBe('2018-02-03');
    expect(t.agreementDate?.warning).toMatch(/2 March 2018/);
  });

  it('flags an end counted from a flagged start', () => {
    const t = terms(`This Agreement is made on 02/03/2018 ${PARTIES}.`, '3. Term. This Agreement shall continue for a period of two (2) years from the date of this Agreement.');
    expect(t.expiration?.value).toMatch(/^2020-0/);
    expect(t.expiration?.warning).toMatch(/agreement date/);
  });

  it('is not flagged when it reads only one way or is written in words', () => {
    expect(terms(`This Agreement is dated 02/15/2018 and is made ${PARTIES}.`).agreementDate?.warning).toBeUndefined();
    expect(terms(`This Agreement is dated 03/03/2018 and is made ${PARTIES}.`).agreementDate?.warning).toBeUndefined();
    expect(terms(`This Agreement is dated March 2, 2018 and is made ${PARTIES}.`).agreementDate?.warning).toBeUndefined();
  });

  it('keeps its flag when a model disagrees with the rules', () => {
    const doc = makeDoc([HEAD, `This Agreement is dated 02/03/2018 and is made ${PARTIES}.`]);
    const rules = extractKeyTerms(doc).terms;
    const merged = mergeKeyTerms(rules, { agreementDate: { value: '2018-03-02', text: 'dated 02/03/2018', blockIds: ['p1.2'] } }, doc);
    expect(merged.agreementDate?.warning).toMatch(/nothing in the document settles which.*The model read this/);
  });
});

describe('the date order of a governing law', () => {
  it('is day first for day-first countries, month first for US states, open for Canada and the unknown', () => {
    for (const p of ['England and Wales', 'Scotland', 'Ireland', 'Hong Kong', 'Victoria, Australia', 'New Zealand', 'France', 'Netherlands', 'Singapore']) expect(writesDatesDayFirst(p), p).toBe(true);
    for (const p of ['New York, United States', 'Puerto Rico, United States', 'United States']) expect(writesDatesDayFirst(p), p).toBe(false);
    for (const p of ['Ontario, Canada', 'Canada', 'Quebec, Canada', 'Atlantis', 'Japan']) expect(writesDatesDayFirst(p), p).toBeUndefined();
  });

  it('and a settled order flags no numeric date', () => {
    expect(findDate('dated 01/03/2019', { settled: true })?.ambiguous).toBeUndefined();
    expect(findDate('dated 01/03/2019')?.ambiguous).toBe(true);
  });
});
