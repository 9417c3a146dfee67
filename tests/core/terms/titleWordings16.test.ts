/**
 * Titles set over two lines in title case and broken at their "and", an addendum's own title under a
 * programme heading, a party's name glued before the title with its legal form spelled out, and an amendment the opening names with what it amends ("This Amendment No. 2 to
 * the Supply Agreement"). Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const OPENING = 'This Agreement is made on June 2, 2021 between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").';
const titleOf = (head: readonly string[]): unknown =>
  extractKeyTerms(makeDoc([...head, 'WHEREAS, the parties wish to set out their terms.', { text: 'Vesk shall supply the goods to Orrin.', clause: '1.1' }])).terms.title?.value;

describe('a title in title case over two lines', () => {
  it('joins the lines when the name breaks at its "and"', () => {
    expect(titleOf(['Exclusive Distribution', 'and Marketing Agreement', OPENING])).toBe('Exclusive Distribution and Marketing Agreement');
    expect(titleOf(['Master Equipment Lease and', 'Maintenance Services Agreement', OPENING])).toBe('Master Equipment Lease and Maintenance Services Agreement');
    // A party's name over the title is not its first half.
    expect(titleOf(['Orrin Tools, Inc. and', 'Maintenance Services Agreement', OPENING])).toBe('Maintenance Services Agreement');
  });
});

describe("an addendum's own title", () => {
  it('is not joined to a programme heading above it, while an ordinal above an amendment still is', () => {
    expect(titleOf(['ORRIN PARTNER PROGRAM', 'ADDENDUM TO ORRIN RESELLER AGREEMENT', OPENING])).toBe('ADDENDUM TO ORRIN RESELLER AGREEMENT');
    expect(titleOf(['SECOND', 'AMENDMENT TO ORRIN RESELLER AGREEMENT', OPENING])).toBe('SECOND AMENDMENT TO ORRIN RESELLER AGREEMENT');
  });
});

describe('a party glued before the title', () => {
  it('drops a name whose legal form is spelled out, as one abbreviated', () => {
    expect(titleOf(['ORRIN TOOLS, INCORPORATED SUPPLY AND SERVICES AGREEMENT', OPENING])).toBe('SUPPLY AND SERVICES AGREEMENT');
    expect(titleOf(['ORRIN TOOLS, INC. SUPPLY AND SERVICES AGREEMENT', OPENING])).toBe('SUPPLY AND SERVICES AGREEMENT');
    // Also when a subtitle follows the name after a dash.
    expect(titleOf(['Exhibit 10.6 Orrin Tools Limited and Vesk Labs Corporation Limited Supply Agreement — As amended on March 3, 2011', OPENING])).toBe('Supply Agreement');
  });
});

describe('an amendment the opening names', () => {
  it('keeps "Amendment No. 2 to the …" whole', () => {
    expect(titleOf(['This Amendment No. 2 to the Master Services Agreement (this "Amendment") is made on June 2, 2021 between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").'])).toBe(
      'Amendment No. 2 to the Master Services Agreement',
    );
    expect(titleOf(['This Addendum to the Supply Agreement (the "Addendum") is made on June 2, 2021 between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").'])).toBe('Addendum to the Supply Agreement');
  });
});
