import { describe, expect, it } from 'vitest';
import { findDurations } from '../../../electron/core/terms/duration';

// A text of many durations, each read with the few characters before it for a range ("between 30 and 60 days"): read
// that way it takes time that grows with its length. Before, a duration with no range before it read the whole text
// again, and a range's start was checked against every duration read so far (about 10 to 20 s for a million characters).
describe('durations of a long crafted text', () => {
  it.each([['one (1) year '], ['1 to 2 days '], ['between 30 and 60 days ']])('reads a million characters of %j in time', (piece) => {
    const text = piece.repeat(Math.ceil(1_000_000 / piece.length));
    const started = Date.now();
    const found = findDurations(text);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(found.length).toBeGreaterThan(50_000);
  });

  it('still reads a range with its unit written once, and not one inside an earlier duration', () => {
    expect(findDurations('a term of between 30 and 60 days').map((d) => [d.n, d.unit])).toEqual([[30, 'day'], [60, 'day']]);
    expect(findDurations('for ninety (90) days, then 1 to 2 years').map((d) => [d.n, d.unit])).toEqual([[90, 'day'], [1, 'year'], [2, 'year']]);
  });
});
