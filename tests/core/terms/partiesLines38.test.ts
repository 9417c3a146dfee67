/**
 * An opening that lists its parties one to a line, each closing on its short name with no semicolon between them, and an
 * address with the "Av." of a Latin American avenue inside an entry. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOfText } from './partiesProbe';

const RECITAL = 'WHEREAS the parties wish to extend the reseller programme to new products.';

describe('parties listed one to a line', () => {
  it('reads each line that closes on a short name as one entry', async () => {
    const text = [
      'ADDENDUM TO RESELLER AGREEMENT',
      'THIS ADDENDUM is made on 4 May 2019 between the following parties: Kestrel Devices International, LLC, with an office at 3 Oak Point, Lincoln IL 60069 ("Kestrel")',
      'Kestrel Devices do Brasil Ltda., a company organised under the laws of Brazil, with offices in Curitiba ("Kestrel Brazil")',
      'Harrow Rugged Computers Inc., a company with its principal place of business in Austin, Texas ("Harrow")',
      RECITAL,
    ].join('\n\n');
    expect(await partiesOfText(text)).toBe('Kestrel Devices International, LLC (Kestrel); Kestrel Devices do Brasil Ltda. (Kestrel Brazil); Harrow Rugged Computers Inc. (Harrow)');
  });
  it('does not take a recital or a sentence after the list for another entry', async () => {
    const text = [
      'SUPPLY AGREEMENT',
      'THIS AGREEMENT is made on 4 May 2019 between Kestrel Devices International, LLC, with an office in Lincoln, Illinois ("Kestrel")',
      'and Harrow Rugged Computers Inc., a Texas corporation ("Harrow")',
      'Whereas Kestrel Devices International, LLC makes rugged tablets ("Tablets")',
      'Northvale Bank N.A. has agreed to finance the first order.',
    ].join('\n\n');
    expect(await partiesOfText(text)).toBe('Kestrel Devices International, LLC (Kestrel); Harrow Rugged Computers Inc. (Harrow)');
  });
});

describe('an address with "Av." inside an entry', () => {
  it('does not end the list at the abbreviation', async () => {
    const text = 'THIS AGREEMENT is made between Kestrel Devices do Brasil Ltda., with offices at Av. Central, 100, Curitiba ("Kestrel Brazil"); and Harrow Rugged Computers Inc., a Texas corporation ("Harrow").\n\n' + RECITAL;
    expect(await partiesOfText(text)).toBe('Kestrel Devices do Brasil Ltda. (Kestrel Brazil); Harrow Rugged Computers Inc. (Harrow)');
  });
});
