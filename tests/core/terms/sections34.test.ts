import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Each rule of the placement added in session 34, both ways, with invented contract text.
const RISK = 'Risks and unusual clauses';

describe('sectionOf: a binding sentence under an audit heading is the audit duty', () => {
  it('fires on the audit report, its costs and its timing, which name no books or records', () => {
    expect(sectionOf('The auditor’s report shall be final and binding on both parties twenty (20) days after Grower receives it.', undefined, '7.4 Audits')).toBe('Obligations');
    expect(sectionOf('Each party shall bear one half of the fees of the accounting firm.', 'payment', '9. Records and Audit')).toBe('Obligations');
    expect(sectionOf('Grower will make any such request to Miller in writing.', undefined, '7.4 Audit Rights')).toBe('Obligations');
  });
  it('does not fire on a sentence that binds no one, on a limit of liability, or on a termination right under the same heading', () => {
    expect(sectionOf('An audit is a review of the royalty statements for the prior calendar year.', undefined, '7.4 Audits')).not.toBe('Obligations');
    expect(sectionOf('Miller shall not be liable for consequential damages arising out of any audit.', 'liability', '7.4 Audits')).toBe(RISK);
    expect(sectionOf('Miller may terminate this Agreement if an audit reveals an underpayment of more than ten percent.', undefined, '7.4 Audits')).toBe(RISK);
  });
  it('does not fire on the same sentence under another heading', () => {
    expect(sectionOf('Each party shall bear one half of the fees of the accounting firm.', 'payment', '4. Fees')).toBe('Key terms');
  });
});

describe('sectionOf: a promise to keep books and records is the audit duty', () => {
  it('fires on "shall keep", "will maintain", "agrees to preserve" books or records', () => {
    expect(sectionOf('Reseller shall keep full and proper books of account of all sales of the Goods.', 'payment', '5. Royalties')).toBe('Obligations');
    expect(sectionOf('Packer will maintain complete and accurate records of each shipment.', undefined)).toBe('Obligations');
    expect(sectionOf('Licensee agrees to preserve such records for three (3) years after the end of the Term.', 'payment')).toBe('Obligations');
  });
  it('does not fire on paying the costs of keeping records, or on records as a mere subject', () => {
    expect(sectionOf('The Fund shall pay all of its expenses, including the fees of its transfer agent and the costs of maintaining its books and records.', 'payment')).toBe('Key terms');
    expect(sectionOf('The records of the Fund are the property of the Fund.', 'ip')).toBe('Key terms');
  });
});

describe('sectionOf: a proviso after the end date is no early trigger', () => {
  it('fires on an end date whose proviso speaks of a bankruptcy', () => {
    expect(
      sectionOf(
        'This Agreement shall terminate upon the earliest to occur of (i) the date the Loan is repaid or (ii) June 30, 2031; provided, however, that this Agreement shall be reinstated if any payment on the Loan is set aside in the bankruptcy of the Borrower.',
        'termination',
        '18. Termination',
      ),
    ).toBe('Key terms');
  });
  it('does not fire when a breach or notice that ends the contract early is in the main clause', () => {
    expect(
      sectionOf('This Agreement shall terminate upon the earlier of (i) June 30, 2031 or (ii) written notice of a material breach; provided that Section 9 survives.', 'termination', '18. Termination'),
    ).toBe(RISK);
  });
});

describe('sectionOf: after the end, "will" with an act of winding up is a duty', () => {
  it('fires on "will promptly return", "will cooperate", "will destroy"', () => {
    expect(sectionOf('Upon expiration or termination of this Agreement, each party will promptly return all price lists of the other party.', 'confidentiality')).toBe('Obligations');
    expect(sectionOf('Upon any termination of the Term, the parties will cooperate in good faith to move the customer accounts to Miller.', 'termination')).toBe('Obligations');
    expect(sectionOf('After termination, Grower will destroy every copy of the planting manual.', 'termination')).toBe('Obligations');
  });
  it('does not fire on a result ("licences will convert", "will cease"), or on "will" with no condition of the end', () => {
    expect(sectionOf('Upon termination for default, the royalty-free licences granted to Grower will immediately convert to royalty-bearing licences.', 'termination')).toBe(RISK);
    expect(sectionOf('Upon termination, all rights of Grower to use the Miller name will cease.', 'termination')).toBe(RISK);
    expect(sectionOf('Each party will return the other party’s samples within ten (10) days of a request.', 'confidentiality')).toBe('Key terms');
  });
});
