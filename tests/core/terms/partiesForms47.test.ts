/**
 * Legal forms of the European company and of joint-stock companies written after the name ("Kestrel Logistik SE",
 * "Kestrel Neft JSC", "Kestrel Telecom PJSC"): the name keeps its form and ends a party in the list. A word that only
 * looks like one (a street's quarter "SE" in an address, "Jsc" inside a word) ends no name. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { hasEntityForm } from '../../../electron/core/terms/parties';
import { partiesOf } from './partiesProbe';

const between = (first: string): string | undefined =>
  partiesOf('LICENSE AGREEMENT', [`This License Agreement is made as of May 5, 2020 between ${first}, 12 Elm Street, Springfield and Harbor Lane Inc., 4 Oak Road, Austin.`]);

describe('the European company and joint-stock companies', () => {
  it.each([['Kestrel Logistik SE'], ['Kestrel Neft JSC'], ['Kestrel Telecom PJSC'], ['Kestrel Logistik S.E.']])('keeps %s whole as a party', (name) => {
    expect(hasEntityForm(name)).toBe(true);
    expect(between(name)).toBe(`${name}; Harbor Lane Inc.`);
  });
  it('reads no form in a word that holds the letters', () => {
    expect(hasEntityForm('Kestrel Jscope')).toBe(false);
    expect(hasEntityForm('Kestrel Seaside')).toBe(false);
  });
});
