import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

/** A long clause of the body, past the length of a signature block's lines. */
const CLAUSE =
  'Each party shall keep the other party\'s confidential information in confidence and shall use it only to perform this Agreement, and shall disclose it only to those of its employees and advisers who need to know it and who are bound by duties of confidence no less strict than these, for as long as this Agreement is in force and for three years after.';

/** A contract whose opening gives no date of its own: it is made when it is signed. */
const undated = (...rest: (string | { text: string; kind?: 'heading' | 'paragraph' | 'table-row' })[]) =>
  extractKeyTerms(
    makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      'This Services Agreement ("Agreement") is entered into as of the Effective Date by and between Tamsin Works Ltd. ("Provider") and Ferrow Mills Inc. ("Client").',
      '"Effective Date" means the date of the last signature below.',
      ...Array.from({ length: 8 }, (_, i) => `${i + 1}. ${CLAUSE}`),
      ...rest,
    ]),
  ).terms;

describe('signature dates in a signature block run into one paragraph (a text that lost its line breaks)', () => {
  it('reads dates set over their "Date" labels', () => {
    const t = undated('IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date. Provider: Client: By: /s/ Rhea Voss By: /s/ Ilan Petrov Rhea Voss Ilan Petrov Printed Name Printed Name Director Treasurer Title Title 3/2/2021 03/04/2021 Date Date');
    expect(t.agreementDate?.value).toBe('2021-03-04');
    expect(t.effectiveDate?.value).toBe('2021-03-04');
  });

  it('reads dates after a row of "Date:" labels, the signers marked only by "S/"', () => {
    const t = undated('IN WITNESS WHEREOF, the parties have executed this Agreement as of the last date below. TAMSIN WORKS LTD: FERROW MILLS INC: S/ Rhea Voss S/ Ilan Petrov Rhea Voss Ilan Petrov Director Treasurer Date: Date: 5-10-2019 5-12-19');
    expect(t.agreementDate?.value).toBe('2019-05-12');
  });
});

describe('signature dates written beside the signature or under a "Date" label without a colon', () => {
  it('reads "Date 21/08/07" after a signer\'s fields', () => {
    const t = undated(
      'IN WITNESS WHEREOF, the parties have executed this Agreement by their duly authorised representatives.',
      'TAMSIN WORKS LTD. By: Name Rhea Voss Title DIRECTOR Signature /s/ Rhea Voss Date 21/08/07',
      'FERROW MILLS INC. By: Name Ilan Petrov Title TREASURER Signature /s/ Ilan Petrov Date 21/08/07',
    );
    expect(t.agreementDate?.value).toBe('2007-08-21');
  });

  it('reads a date set before the signer\'s typed name', () => {
    const t = undated('IN WITNESS WHEREOF, the parties sign this Agreement intending to be legally bound.', '/s/ Rhea Voss', { text: '4/19/16 RHEA VOSS', kind: 'heading' }, 'FERROW MILLS INC.', 'By: /s/ Ilan Petrov');
    expect(t.agreementDate?.value).toBe('2016-04-19');
  });

  it('reads a date whose "Date" label stands under its line, at the end of the row', () => {
    const t = undated('/s/ Rhea Voss 6/3/98 - ---------------------- ------ Tamsin Works Ltd. Date', '/s/ Ilan Petrov 6/3/98 - ---------------------- ------ Ferrow Mills Inc. Date');
    expect(t.agreementDate?.value).toBe('1998-06-03');
  });

  it('still takes no date from a signer\'s line that holds none', () => {
    const t = undated('IN WITNESS WHEREOF, the parties have executed this Agreement.', 'TAMSIN WORKS LTD. By: /s/ Rhea Voss Title: Director', 'FERROW MILLS INC. By: /s/ Ilan Petrov Title: Treasurer');
    expect(t.agreementDate).toBeUndefined();
  });
});

describe('signatures set apart from "IN WITNESS WHEREOF" or after the last clauses', () => {
  it('reads the signers\' dates when clauses stand between "IN WITNESS WHEREOF" and the signatures', () => {
    const t = undated(
      'IN WITNESS WHEREOF, the parties have duly executed and delivered this Agreement:',
      `9. ${CLAUSE}`,
      `10. ${CLAUSE}`,
      'Signed in agreement: /s/ Rhea Voss Rhea Voss Director Tamsin Works Ltd. Date: October 2, 2012',
      'Signed in agreement: /s/ Ilan Petrov Ilan Petrov Treasurer Ferrow Mills Inc. Date: October 5, 2012',
    );
    expect(t.agreementDate?.value).toBe('2012-10-05');
  });

  it('reads the dates of a signature block without "IN WITNESS WHEREOF" right after a long clause, an attachment after it', () => {
    const t = undated(
      { text: 'ENTIRE AGREEMENT', kind: 'heading' },
      `11. ${CLAUSE}`,
      'PROVIDER CLIENT ACCEPTED AND AGREED BY CLIENT Tamsin Works Ltd. November 9, 2017 Date: November 2, 2017',
      '/s/ Ilan Petrov /s/ Rhea Voss BY: Ilan Petrov BY: Rhea Voss Title: Treasurer Title: Director',
      { text: 'ATTACHMENT A', kind: 'heading' },
      ...Array.from({ length: 17 }, (_, i) => `A.${i + 1} ${CLAUSE}`),
    );
    expect(t.agreementDate?.value).toBe('2017-11-09');
  });
});
