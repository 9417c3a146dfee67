/**
 * The formal date "the 9th day of September, 2011" wherever an ordinary "September 9, 2011" is read:
 * after a label, at an end, in a signature block and on a cover line. The article belongs to the
 * date, so a rule that wants the date right after its cue ("Effective Date:", "through",
 * "terminating on", "Date:") finds it there. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findDate } from '../../../electron/core/terms/date';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: 'heading' | 'paragraph' | 'table-row'; clause?: string };
const terms = (...entries: Entry[]) => extractKeyTerms(makeDoc(entries)).terms;

const undatedOpening = 'This Storage Agreement is made by and between Pellam Holdings LLC ("Owner") and Quarrie Books Inc. ("Customer").';

describe('ordinal dates read where a month-first date is', () => {
  it('counts the article as part of the date it starts', () => {
    expect(findDate('on the 9th day of SEPTEMBER, 2011')).toMatchObject({ iso: '2011-09-09', text: 'the 9th day of SEPTEMBER, 2011', index: 3 });
    expect(findDate('made this 9th day of September, 2011')).toMatchObject({ iso: '2011-09-09', text: '9th day of September, 2011' });
  });

  it('reads a label line whose date is formal and its month in capitals', () => {
    expect(terms({ text: 'STORAGE AGREEMENT', kind: 'heading' }, 'COMMENCEMENT DATE: the 15th day of OCTOBER, 2012', undatedOpening).effectiveDate?.value).toBe('2012-10-15');
    expect(terms({ text: 'STORAGE AGREEMENT', kind: 'heading' }, 'EFFECTIVE DATE', 'the 2nd day of FEBRUARY, 2010', undatedOpening).effectiveDate?.value).toBe('2010-02-02');
    expect(
      terms({ text: 'STORAGE AGREEMENT', kind: 'heading' }, undatedOpening, { text: '1. DEFINITIONS', kind: 'heading' }, '(iv) "EFFECTIVE DATE" - the 2nd day of February, 2010', '(v) "GOODS" - the cartons the Customer delivers.').effectiveDate?.value,
    ).toBe('2010-02-02');
  });

  it('reads a term that ends "through the 30th day of …" and a termination date label', () => {
    const withTerm = (clause: string) =>
      terms({ text: 'STORAGE AGREEMENT', kind: 'heading' }, 'This Storage Agreement is made as of March 3, 2021 by and between Pellam Holdings LLC ("Owner") and Quarrie Books Inc. ("Customer").', { text: clause, clause: '4.1' }).expiration?.value;
    expect(withTerm('Termination Date: the 30th day of September, 2026')).toBe('2026-09-30');
    expect(withTerm('This Agreement shall remain in force from the date hereof through the 31st day of MARCH, 2024.')).toBe('2024-03-31');
  });

  it('takes no end of a period for the date the contract was made', () => {
    const t = terms(
      { text: 'STORAGE AGREEMENT', kind: 'heading' },
      'This Storage Agreement is made by and between Pellam Holdings LLC ("Owner") and Quarrie Books Inc. ("Customer"). The "Storage Period" under this Agreement means the period beginning on its signature and terminating on the 30th day of April, 2019.',
    );
    expect(t.agreementDate).toBeUndefined();
  });

  it('reads signature dates written "Date: the 7th day of …", run on or one line for both signers', () => {
    const body: Entry[] = [{ text: 'STORAGE AGREEMENT', kind: 'heading' }, `${undatedOpening.replace('is made', 'is made as of the date of the last signature below')}`, '1. The Owner shall store the Customer\u2019s goods.', 'IN WITNESS WHEREOF, the Owner and the Customer have signed this Agreement.'];
    expect(terms(...body, 'Pellam Holdings LLC By: /s/ Ivo Marr Name: Ivo Marr Title: Manager Date: the 7th day of August, 2018 Quarrie Books Inc. By: /s/ Lena Ostby Name: Lena Ostby Title: President Date: the 9th day of August, 2018').agreementDate?.value).toBe('2018-08-09');
    expect(terms(...body, 'By: /s/ Ivo Marr | By: /s/ Lena Ostby', 'Date: the 16th day of October, 2017        Date: the 5th day of November, 2017').agreementDate?.value).toBe('2017-11-05');
  });

  it('reads a short contract\'s row of signature dates however long its dates are written', () => {
    const body = (dates: string) =>
      terms(
        { text: 'STORAGE AGREEMENT', kind: 'heading' },
        'Agreement Number: 0042        Effective Date: March 1, 2017        Term: 1 Year',
        'Pellam Holdings LLC ("Owner") and Quarrie Books Inc. ("Customer") agree that the following terms govern the storage of the Customer\u2019s goods.',
        '1. The Owner shall store the goods at its warehouse.',
        { text: 'By: /s/ Ivo Marr | By: /s/ Lena Ostby', kind: 'table-row' },
        dates,
      ).agreementDate?.value;
    expect(body('Date: October 16, 2017        Date: November 5, 2017')).toBe('2017-11-05');
    expect(body('Date: the 16th day of October, 2017        Date: the 5th day of November, 2017')).toBe('2017-11-05');
    expect(body('Date: 16 October 2017 | Date: 5 November 2017 | Place: Springfield')).toBe('2017-03-01');
  });

  it('reads a cover or letter date line written formally', () => {
    for (const line of ['the 20th day of July, 2018', 'Dated this 20th day of July, 2018', 'Dated the 20th day of July, 2018']) {
      expect(terms({ text: 'CONSULTING AGREEMENT', kind: 'heading' }, line, 'Dear Ms. Ostby:', 'Pellam Holdings LLC (the "Company") is pleased to offer you this Consulting Agreement on the following terms.').agreementDate?.value, line).toBe('2018-07-20');
    }
  });
});
