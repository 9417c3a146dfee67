/**
 * Instruments named by one word: a "SUBLEASE", "WARRANT" or "GUARANTY" heading at the top is the
 * title, and an opening that calls the document "This Sublease" or "This Indenture" names it. A
 * lone "AGREEMENT" further down (over the operative part) is no title. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const titleOf = (head: readonly string[]): unknown =>
  extractKeyTerms(makeDoc([...head, 'WHEREAS, the parties wish to set out their terms.', { text: 'The Subtenant shall pay rent monthly to the Sublandlord.', clause: '1.1' }])).terms.title?.value;

describe('a one-word title', () => {
  it('takes a heading in capitals that is one instrument noun, on the first line or after filing marks', () => {
    expect(titleOf(['SUBLEASE', 'This Sublease is made as of June 2, 2021 between Orrin Tools, Inc. ("Sublandlord") and Vesk Labs LLC ("Subtenant").'])).toBe('SUBLEASE');
    expect(titleOf(['EXHIBIT 4.2', 'WARRANT', 'This certifies that, for value received, Vesk Labs LLC may buy shares of Orrin Tools, Inc.'])).toBe('WARRANT');
    expect(titleOf(['GUARANTY', 'This Guaranty is given on June 2, 2021 by Orrin Tools, Inc. for the benefit of Vesk Labs LLC.'])).toBe('GUARANTY');
    // In ordinary case a lone word heads a clause; the opening names the instrument.
    expect(titleOf(['Sublease', 'This Sublease is made as of June 2, 2021 between Orrin Tools, Inc. ("Sublandlord") and Vesk Labs LLC ("Subtenant").'])).toBe('Sublease');
    expect(titleOf(['Warrant', 'The holder may exercise this warrant at any time.'])).toBeUndefined();
  });

  it('prefers the fuller name the opening gives the same instrument, and takes no lone heading below the opening', () => {
    expect(titleOf(['AGREEMENT', 'THIS CONSULTING AGREEMENT (the "Agreement") is made as of June 2, 2021 between Orrin Tools, Inc. ("Company") and Mara Vesk ("Consultant").'])).toBe('CONSULTING AGREEMENT');
    expect(titleOf(['This letter sets out the terms on which Vesk Labs LLC will sublet the premises.', 'WARRANT', 'The parties agree as follows.'])).toBeUndefined();
    expect(titleOf(['SUBLEASE', 'This Sublease is made between Orrin Tools, Inc. ("Sublandlord") and Vesk Labs LLC ("Subtenant").'])).toBe('SUBLEASE');
  });

  it('reads "This Sublease", "This Indenture" in the opening and a heading ending in "SUBLEASE" or "WARRANT"', () => {
    expect(titleOf(['THIS SUBLEASE (the "Sublease") is made as of June 2, 2021 between Orrin Tools, Inc. ("Sublandlord") and Vesk Labs LLC ("Subtenant").'])).toBe('SUBLEASE');
    expect(titleOf(['This Indenture, dated as of June 2, 2021, is between Orrin Tools, Inc. ("Issuer") and Vesk Trust Company ("Trustee").'])).toBe('Indenture');
    expect(titleOf(['OFFICE SUBLEASE', 'This Sublease is made between Orrin Tools, Inc. ("Sublandlord") and Vesk Labs LLC ("Subtenant").'])).toBe('OFFICE SUBLEASE');
    expect(titleOf(['COMMON STOCK PURCHASE WARRANT', 'This certifies that Vesk Labs LLC may buy shares of Orrin Tools, Inc.'])).toBe('COMMON STOCK PURCHASE WARRANT');
  });
});
