/**
 * Legal forms spelled out in words ("Limited Partnership", "Limited Liability Company") and forms of Japan, Malaysia,
 * Indonesia and Luxembourg ("Kabushiki Kaisha", "Sendirian Berhad", "Tbk", "S.à r.l."), which a name must keep whole.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { hasEntityForm, nameOf } from '../../../electron/core/terms/parties';
import { makeDoc } from './docFixture';
import { partiesOf } from './partiesProbe';

const between = (first: string): string | undefined =>
  partiesOf('LICENSE AGREEMENT', [`This License Agreement is made as of May 5, 2020 between ${first}, 12 Elm Street, Springfield and Harbor Lane Inc., 4 Oak Road, Austin.`]);

describe('a legal form of several words ends the name only where it ends', () => {
  it.each([
    ['Kestrel Storage Limited Partnership'],
    ['Kestrel Storage Limited Liability Company'],
    ['Kestrel Seimitsu Kabushiki Kaisha'],
    ['Kestrel Perdana Sendirian Berhad'],
    ['Kestrel Perdana Berhad'],
    ['PT Kestrel Nusantara Tbk'],
    ['Kestrel Finance S.à r.l.'],
    ['Kestrel Finance S.a r.l.'],
  ])('keeps %s whole', (name) => {
    expect(between(name)).toBe(`${name}; Harbor Lane Inc.`);
    expect(hasEntityForm(name)).toBe(true);
  });

  it('still ends a name at "Limited" when no form word follows, and leaves a describing form out', () => {
    expect(between('Kestrel Storage Limited')).toBe('Kestrel Storage Limited; Harbor Lane Inc.');
    expect(nameOf('Kestrel Storage Limited, a partnership')).toBe('Kestrel Storage Limited');
    expect(
      partiesOf('SERVICES AGREEMENT', ['This Services Agreement is made as of May 5, 2020 by and between Kestrel Labs, LLC, a Nevada Limited Liability Company located at 9 Pine Road, Reno, Nevada ("Kestrel") and Harbor Lane Inc. ("Harbor").']),
    ).toBe('Kestrel Labs, LLC (Kestrel); Harbor Lane Inc. (Harbor)');
    expect(hasEntityForm('Tbilisi Road')).toBe(false);
  });

  it('reads a crafted run of the form words in linear time', () => {
    const started = performance.now();
    for (const piece of ['Limited ', 'S.à r.', 'S.a r.', 'Kabushiki ', 'Sendirian ', 'Limited Liability ']) {
      const text = `This Agreement is made between ${piece.repeat(Math.ceil(100_000 / piece.length))} and Harbor Lane Inc.`;
      extractKeyTerms(makeDoc([text]));
    }
    extractKeyTerms(makeDoc([`This Agreement is made between Kestrel Limited${' '.repeat(100_000)}x and Harbor Lane Inc.`]));
    // A generous bound: each input takes well under a second.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
