import { describe, expect, it } from 'vitest';
import { operativePart } from '../../../electron/core/terms/operativePart';

const RISK = /\b(liab\w*|indemnif\w*|damages|terminat\w*)\b/i;
const words = (s: string): number => s.split(/\s+/).length;

// Invented clauses, written for these tests, in the shape long indemnities and termination triggers take.
const INDEMNITY =
  'Harbour Freight Services shall defend, indemnify and hold harmless Orchard Retail and its officers, directors, employees and agents from and against any and all losses, damages, fines, costs and expenses, including reasonable legal fees, arising out of or relating to: ' +
  '(a) any breach by Harbour Freight Services of its representations, warranties or covenants under this Agreement, including the delivery schedules agreed in each purchase order; ' +
  '(b) the negligence or wilful misconduct of Harbour Freight Services or its subcontractors in loading, carrying, storing or unloading the goods entrusted to it; ' +
  '(c) any claim by a third party that the handling equipment supplied by Harbour Freight Services infringes its intellectual property rights; or ' +
  '(d) any violation by Harbour Freight Services of applicable customs, export control, safety or environmental laws in connection with the services.';

const INSOLVENCY =
  'If either party (a) files a voluntary petition in bankruptcy or has an involuntary petition filed against it that is not dismissed within sixty (60) days, ' +
  '(b) makes a general assignment for the benefit of its creditors or admits in writing its inability to pay its debts as they fall due, ' +
  '(c) has a receiver, trustee or similar officer appointed for all or a substantial part of its property or business, or ' +
  '(d) takes any corporate action for its winding up, dissolution or liquidation, other than a solvent reorganisation approved in advance in writing by the other party, ' +
  'then the other party may terminate this Agreement with immediate effect by written notice.';

describe('operativePart', () => {
  it('shows a long indemnity by its lead-in and first item, marking what is left out', () => {
    expect(words(INDEMNITY)).toBeGreaterThan(80);
    const shown = operativePart(INDEMNITY, { marks: RISK });
    expect(shown).toBe(
      'Harbour Freight Services shall defend, indemnify and hold harmless Orchard Retail and its officers, directors, employees and agents from and against any and all losses, damages, fines, costs and expenses, including reasonable legal fees, arising out of or relating to: ' +
        '(a) any breach by Harbour Freight Services of its representations, warranties or covenants under this Agreement, including the delivery schedules agreed in each purchase order …',
    );
    expect(words(shown)).toBeLessThanOrEqual(0.75 * words(INDEMNITY));
  });

  it('shows a list of triggers by its first trigger and the item that closes the sentence with the consequence', () => {
    expect(operativePart(INSOLVENCY, { marks: RISK })).toBe(
      'If either party (a) files a voluntary petition in bankruptcy or has an involuntary petition filed against it that is not dismissed within sixty (60) days … ' +
        '(d) takes any corporate action for its winding up, dissolution or liquidation, other than a solvent reorganisation approved in advance in writing by the other party, then the other party may terminate this Agreement with immediate effect by written notice.',
    );
  });

  it('shows a later item when it alone carries the risk words, joined as written when it follows the first', () => {
    const duties =
      'During the Term and for two years after it, the Distributor shall (a) keep complete and accurate records of every sale of the Products in each territory, with the name of each customer and the price charged, and make them available for audit on ten days notice, ' +
      '(b) indemnify the Manufacturer against any claim arising from statements about the Products that the Distributor made without the written approval of the Manufacturer, ' +
      '(c) maintain a showroom in each territory staffed during normal business hours by at least two trained sales representatives, and ' +
      '(d) submit a written marketing plan for each calendar year no later than thirty days before the year begins, for the approval of the Manufacturer.';
    expect(operativePart(duties, { marks: RISK })).toBe(
      'During the Term and for two years after it, the Distributor shall (a) keep complete and accurate records of every sale of the Products in each territory, with the name of each customer and the price charged, and make them available for audit on ten days notice, ' +
        '(b) indemnify the Manufacturer against any claim arising from statements about the Products that the Distributor made without the written approval of the Manufacturer …',
    );
  });

  it('leaves whole: short sentences, sentences without a list, lists that are the whole sentence, pointers to items', () => {
    const short = 'Either party may terminate this Agreement if the other (a) breaches it or (b) becomes insolvent.';
    expect(operativePart(short, { marks: RISK })).toBe(short);
    const noList = `${'The Supplier shall be liable for the goods while they are in its care, and the risk of loss passes to the Buyer on delivery at the named place. '.repeat(3).trim()}`;
    expect(operativePart(noList, { marks: RISK })).toBe(noList);
    const listOnly = INSOLVENCY.replace(/^If either party /, '');
    expect(operativePart(listOnly, { marks: RISK })).toBe(listOnly);
    // "Section 5.1(a)" and "clause (b) above" point at items elsewhere; they start no list.
    const pointers =
      'Except for the obligations under Section 5.1(a) and the payments described in clause (b) above, neither party shall be liable to the other for any indirect, incidental, special or consequential damages, lost profits, lost revenue or loss of business opportunity arising out of this Agreement, whether in contract, tort, strict liability or otherwise, even if it was advised of their possibility, and the total liability of each party shall not exceed the fees paid in the twelve months before the claim.';
    expect(words(pointers)).toBeGreaterThan(80);
    expect(operativePart(pointers, { marks: RISK })).toBe(pointers);
  });

  it('leaves a long list whole when nothing in it carries the marks', () => {
    const plain = INDEMNITY.replace(/indemnify and hold harmless/, 'reimburse').replace(/losses, damages,/, 'losses,');
    expect(operativePart(plain, { marks: RISK })).toBe(plain);
  });
});
