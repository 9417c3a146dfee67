/**
 * Legal forms of joint-stock companies written after the name ("Kestrel Neft JSC", "Kestrel Telecom PJSC"): the name
 * keeps its form and ends a party in the list. A word that only looks like one ("Jscope") ends no name, and a street's
 * quarter ("Avenue SE", which is also the European company's form) is read as part of an address, not as a party.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { hasEntityForm } from '../../../electron/core/terms/parties';
import { partiesOf } from './partiesProbe';

const between = (first: string): string | undefined =>
  partiesOf('LICENSE AGREEMENT', [`This License Agreement is made as of May 5, 2020 between ${first}, 12 Elm Street, Springfield and Harbor Lane Inc., 4 Oak Road, Austin.`]);

describe('joint-stock companies', () => {
  it.each([['Kestrel Neft JSC'], ['Kestrel Telecom PJSC']])('keeps %s whole as a party', (name) => {
    expect(hasEntityForm(name)).toBe(true);
    expect(between(name)).toBe(`${name}; Harbor Lane Inc.`);
  });
  it('reads no form in a word that holds the letters', () => {
    expect(hasEntityForm('Kestrel Jscope')).toBe(false);
    expect(hasEntityForm('Kestrel Seaside')).toBe(false);
  });
  it('reads a street quarter in an address as the address, not as a party', () => {
    const opening = 'This License Agreement is made as of May 5, 2020 between Nordlicht GmbH, 1200 First Avenue SE, Suite 4, Seattle, Washington and Harbor Lane Inc., 4 Oak Road NE, Austin.';
    expect(partiesOf('LICENSE AGREEMENT', [opening])).toBe('Nordlicht GmbH; Harbor Lane Inc.');
    expect(hasEntityForm('the Licensee per se')).toBe(false);
  });
});
