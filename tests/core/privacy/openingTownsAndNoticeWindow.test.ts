/**
 * The opening sentence names the parties and where they are: a town right after a street line ("… 12 Quarry Lane, Fernmoor
 * Heights, QX 99999") is where a party is, not a party. The notice window, like the signature window, ends at a heading that
 * opens an attachment. Every contract, town and name here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPartyNames } from '../../../electron/core/privacy/findPartyNames';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const names = (paragraphs: string[]) => findPartyNames(paragraphDocument(paragraphs)).map((n) => n.name);

describe('the opening sentence', () => {
  it('does not take the town after a street line for a party', () => {
    const found = names([
      'SUPPLY AGREEMENT',
      'This Supply Agreement is made between Brindle Quorvane Ltd., with its office at 12 Quarry Lane, Birch Hollow, QX 99999 (the "Seller"), and Velmora Tek GmbH, Kestrune Strasse 4, Orsel (the "Buyer").',
    ]);
    expect(found.filter((n) => /Birch Hollow/.test(n))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['Brindle Quorvane Ltd.', 'Velmora Tek GmbH']));
  });

  it('still takes a party named right after an address', () => {
    const found = names([
      'SUPPLY AGREEMENT',
      'This Supply Agreement is made between Brindle Quorvane Ltd. of 12 Quarry Lane, Velmora Tek GmbH of 4 Orsel Road, and Zarquon Vexil Partners, a partnership.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Brindle Quorvane Ltd.', 'Velmora Tek GmbH']));
  });
});

describe('the notice window', () => {
  const contract = (after: string[]) =>
    paragraphDocument([
      'SUPPLY AGREEMENT',
      'This Supply Agreement is made on 3 March 2021 between Brindle Quorvane Ltd. ("Brindle") and Velmora Tek GmbH ("Velmora").',
      ...['Supply', 'Term', 'Price', 'Delivery', 'Warranty', 'Liability', 'Termination', 'Law'].map((h, i) => `${i + 1}. ${h}. The parties agree on the ${h.toLowerCase()} as set out in the exhibit.`),
      '9. Notices. If to Velmora: Attention: Imogen Taverly',
      ...after,
    ]);

  it('ends at a heading that opens an attachment', () => {
    const found = findPartyNames(contract(['EXHIBIT B', 'Zarquon Vexil Machine Specifications'])).map((n) => n.name);
    expect(found.filter((n) => /Zarquon/.test(n))).toEqual([]);
  });

  it('still reads the lines after the notice when no attachment opens', () => {
    const found = findPartyNames(contract(['Zarquon Vexil Machine Specifications'])).map((n) => n.name);
    expect(found.some((n) => /Zarquon/.test(n))).toBe(true);
  });
});
