/**
 * A group of parties described rather than named, given the short name its members take one at a time or all together
 * ("…, each of the persons listed on Schedule A (each, a "Purchaser"), and …"): after a party closed by its own short
 * name, the group's short name is never that party's. A bare name widened to its own group under one short name ("Acme
 * Inc. and the other companies of its group (collectively, "Acme")") keeps the short name.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOf, partiesOfText } from './partiesProbe';

const made = (list: string): string => `This Supply Agreement is made on March 3, 2019 by and among ${list}.`;

describe('a described group in the list of parties', () => {
  it.each([
    ['each of the persons listed on Schedule A hereto (each, a "Purchaser")'],
    ['the shareholders of Quillfeather listed on Schedule A (collectively, the "Shareholders")'],
    ['each person listed on Schedule A (each a "Holder" and together the "Holders")'],
    ['all of the members of Quillfeather named below (together, "Members")'],
  ])('gives its short name to no party before it: %s', (group) => {
    const opening = made(`Quillfeather Orchards Ltd. ("Quillfeather"), ${group}, and Brambleton Gear LLC ("Brambleton")`);
    expect(partiesOf('SUPPLY AGREEMENT', [opening])).toBe('Quillfeather Orchards Ltd. (Quillfeather); Brambleton Gear LLC (Brambleton)');
  });

  it('reads the group after "and" the same way, and in a flattened text file', async () => {
    const opening = made('Quillfeather Orchards Ltd. ("Quillfeather"), Brambleton Gear LLC ("Brambleton") and the shareholders of Brambleton named below (collectively, the "Shareholders")');
    expect(partiesOf('SUPPLY AGREEMENT', [opening])).toBe('Quillfeather Orchards Ltd. (Quillfeather); Brambleton Gear LLC (Brambleton)');
    expect(await partiesOfText(`SUPPLY AGREEMENT\n\n${made('Quillfeather Orchards Ltd. ("Quillfeather"), each of the persons listed on Schedule A hereto (each, a "Purchaser"), and Brambleton Gear LLC ("Brambleton")')}`)).toBe(
      'Quillfeather Orchards Ltd. (Quillfeather); Brambleton Gear LLC (Brambleton)',
    );
  });

  it('keeps the short name of a bare name widened to its own group', () => {
    const opening = made('Quillfeather Orchards Ltd. and the other companies of its group (collectively, "Quillfeather") and Brambleton Gear LLC ("Brambleton")');
    expect(partiesOf('SUPPLY AGREEMENT', [opening])).toBe('Quillfeather Orchards Ltd. (Quillfeather); Brambleton Gear LLC (Brambleton)');
  });

  it('still shares a collective short name among named parties', () => {
    const opening = made('Quillfeather Orchards Ltd., Fenwick Parts GmbH (collectively, "Sellers") and Brambleton Gear LLC ("Buyer")');
    expect(partiesOf('SUPPLY AGREEMENT', [opening])).toBe('Quillfeather Orchards Ltd. (Sellers); Fenwick Parts GmbH (Sellers); Brambleton Gear LLC (Buyer)');
  });

  it('reads a long described group in linear time', () => {
    const group = `the persons ${'listed and '.repeat(20000)}named below (each, a "Holder")`;
    const opening = made(`Quillfeather Orchards Ltd. ("Quillfeather"), ${group}, and Brambleton Gear LLC ("Brambleton")`);
    const t = Date.now();
    partiesOf('SUPPLY AGREEMENT', [opening]);
    expect(Date.now() - t).toBeLessThan(20000);
  });
});
