/**
 * A street address set on the lines under a party's name, which a line break runs into the name with no comma ("Ann
 * Marsden" over "12 Harbor Street"): the address is no part of the name. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesFromOpening } from '../../../electron/core/terms/parties';
import type { Party } from '../../../shared/terms';
import { partiesOfText } from './partiesProbe';

const shown = (parties: readonly Party[]): string => parties.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
const listed = (opening: string): string => shown(partiesFromOpening(opening, { usedLater: () => true }));

describe('a street address under a party\'s name', () => {
  it('is cut from a person\'s name and from a name without a legal form', () => {
    expect(listed('This Agreement is made between Kestrel Mutual Company ("Issuer") and Ann Marsden 12 Harbor Street Springfield, IL 60601 ("Consultant").')).toBe('Kestrel Mutual Company (Issuer); Ann Marsden (Consultant)');
    expect(listed('This Agreement is made between Harrowgate 100 N. Quarry Road, Suite 2 Springfield, IL 60600 ("Client") and Kestrel Mutual Company ("Issuer").')).toBe('Harrowgate (Client); Kestrel Mutual Company (Issuer)');
  });
  it('also in a block set one line to each part', async () => {
    const text = 'CONSULTING AGREEMENT\n\nThis Consulting Agreement is made as of May 1, 2021\n\nBETWEEN:\n\nAnn Marsden\n12 Harbor Street\nSpringfield, IL 60601\n("Consultant")\n\nAND:\n\nKestrel Mutual Company, a Delaware corporation\n40 Quarry Road\nSpringfield, IL 60602\n("Kestrel").';
    expect(await partiesOfText(text)).toBe('Ann Marsden (Consultant); Kestrel Mutual Company (Kestrel)');
  });
  it('leaves a name that starts with or holds a number', () => {
    expect(listed('This Lease is made between 230 Park Avenue Associates LLC ("Landlord") and Kestrel Mutual Company ("Tenant").')).toBe('230 Park Avenue Associates LLC (Landlord); Kestrel Mutual Company (Tenant)');
    expect(listed('This Agreement is made between Studio 54 Productions ("Studio") and Kestrel Mutual Company ("Tenant").')).toBe('Studio 54 Productions (Studio); Kestrel Mutual Company (Tenant)');
  });
});
