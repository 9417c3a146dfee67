/**
 * Dates of making written in habits a drafter may choose: a short contract whose signature block
 * falls among the first lines (each signer dating the page on a different day), and an "Effective
 * Date:" label line run into the opening once a text loses its line breaks.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const HEAD = { text: 'EQUIPMENT LOAN AGREEMENT', kind: 'heading' as const };
const UNDATED_OPENING = 'This Equipment Loan Agreement is entered into by and between Quarry Lane Labs Inc. ("Lender") and Fenwick Optics LLC ("Borrower").';

describe('a short contract dated only under its signatures', () => {
  const signatures = ['IN WITNESS WHEREOF, the parties sign this Agreement on the dates written under their names.', 'QUARRY LANE LABS INC.', 'By: /s/ Ada Pell', 'Name: Ada Pell', 'Date: May 2, 2018', 'FENWICK OPTICS LLC', 'By: /s/ Tor Bayne', 'Name: Tor Bayne', 'Date: May 9, 2018'];

  it('is made on the last signature, not on the first signer\'s "Date:" line', () => {
    const t = extractKeyTerms(makeDoc([HEAD, UNDATED_OPENING, { text: '1. Loan. Lender lends the equipment listed in Schedule A to Borrower.', clause: '1' }, ...signatures])).terms;
    expect(t.agreementDate?.value).toBe('2018-05-09');
  });

  it('and an effective date set by the last signature is the same day', () => {
    const opening = 'This Equipment Loan Agreement is entered into as of the date of the last signature below (the "Effective Date") by and between Quarry Lane Labs Inc. ("Lender") and Fenwick Optics LLC ("Borrower").';
    const t = extractKeyTerms(makeDoc([HEAD, opening, { text: '1. Loan. Lender lends the equipment listed in Schedule A to Borrower.', clause: '1' }, ...signatures])).terms;
    expect(t.agreementDate?.value).toBe('2018-05-09');
    expect(t.effectiveDate?.value).toBe('2018-05-09');
  });

  it('still reads a cover page\'s date line above the opening', () => {
    const t = extractKeyTerms(makeDoc([HEAD, 'May 2, 2018', UNDATED_OPENING, { text: '1. Loan. Lender lends the equipment to Borrower.', clause: '1' }, ...signatures])).terms;
    expect(t.agreementDate?.value).toBe('2018-05-02');
  });
});

describe('an "Effective Date:" label run into the opening', () => {
  it('is the start, not the date of making, as on its own line', () => {
    const run = 'EQUIPMENT LOAN AGREEMENT Effective Date: April 3, 2017 THIS EQUIPMENT LOAN AGREEMENT (this "Agreement") is entered into by and between Quarry Lane Labs Inc. ("Lender") and Fenwick Optics LLC ("Borrower"), as of the date set forth above (the "Effective Date").';
    const t = extractKeyTerms(makeDoc([run, { text: '1. Loan. Lender lends the equipment listed in Schedule A to Borrower.', clause: '1' }])).terms;
    expect(t.agreementDate).toBeUndefined();
    expect(t.effectiveDate?.value).toBe('2017-04-03');
    // The same contract with its line breaks: the label line is read the same way.
    const lines = extractKeyTerms(makeDoc([HEAD, 'Effective Date: April 3, 2017', run.slice(run.indexOf('THIS')), { text: '1. Loan. Lender lends the equipment listed in Schedule A to Borrower.', clause: '1' }])).terms;
    expect(lines.agreementDate).toBeUndefined();
    expect(lines.effectiveDate?.value).toBe('2017-04-03');
  });

  it('leaves a date of making written after the label to be read', () => {
    const run = 'EQUIPMENT LOAN AGREEMENT Effective Date: April 3, 2017 THIS EQUIPMENT LOAN AGREEMENT is entered into on March 28, 2017 by and between Quarry Lane Labs Inc. ("Lender") and Fenwick Optics LLC ("Borrower").';
    const t = extractKeyTerms(makeDoc([run, { text: '1. Loan. Lender lends the equipment to Borrower.', clause: '1' }])).terms;
    expect(t.agreementDate?.value).toBe('2017-03-28');
  });

  it('still reads an opening "effective as of" its date, with no label', () => {
    const t = extractKeyTerms(makeDoc([HEAD, 'This Equipment Loan Agreement is effective as of April 3, 2017 by and between Quarry Lane Labs Inc. ("Lender") and Fenwick Optics LLC ("Borrower").'])).terms;
    expect(t.agreementDate?.value).toBe('2017-04-03');
  });
});
