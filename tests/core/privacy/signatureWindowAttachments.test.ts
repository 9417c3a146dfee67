/**
 * The lines after a signature block are read for the signatories' names, up to a heading that opens an attachment
 * ("EXHIBIT B", "Schedule 2 – …"): the exhibit's title and its table are the contract's own words, not names. Every
 * contract and name here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPartyNames } from '../../../electron/core/privacy/findPartyNames';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const contract = (after: string[]) =>
  paragraphDocument([
    'SUPPLY AGREEMENT',
    'This Supply Agreement is made on 3 March 2021 between Brindle Quorvane Ltd. ("Brindle") and Velmora Tek GmbH ("Velmora").',
    '1. Supply. Brindle supplies the goods listed in the exhibit; Velmora pays within thirty days.',
    // Clauses enough that the signatures stand well past the opening lines.
    ...['Term', 'Price', 'Delivery', 'Warranty', 'Liability', 'Termination', 'Law', 'Notices'].map((h, i) => `${i + 2}. ${h}. The parties agree on the ${h.toLowerCase()} as set out in the exhibit.`),
    'IN WITNESS WHEREOF, the parties have signed this Agreement.',
    'BRINDLE QUORVANE LTD. | VELMORA TEK GMBH',
    'By: /s/ Imogen Taverly | By: /s/ Rafe Dunmore',
    ...after,
  ]);

describe('the signature window', () => {
  it('ends at a heading that opens an attachment', () => {
    const names = findPartyNames(contract(['EXHIBIT B', 'Zarquon Vexil Machine Specifications', 'Kestrune Pipeline System | Existing'])).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Imogen Taverly', 'Rafe Dunmore']));
    expect(names.filter((n) => /Zarquon|Kestrune/.test(n))).toEqual([]);
  });

  it('still reads the lines after the signatures when no attachment opens', () => {
    const names = findPartyNames(contract(['Zarquon Vexil Machine Specifications', 'Kestrune Pipeline System | Existing'])).map((n) => n.name);
    expect(names.some((n) => /Zarquon/.test(n))).toBe(true);
  });

  it('reads a signature block that follows the heading, with its own marker', () => {
    const names = findPartyNames(contract(['Schedule 2 – Guarantee', 'ORSOLINE FARRADAY | By: /s/ Oswin Tarrant'])).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Oswin Tarrant']));
  });
});
