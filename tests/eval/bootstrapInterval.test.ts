import { describe, expect, it } from 'vitest';
import { bootstrapInterval } from './bootstrapInterval';

describe('bootstrapInterval', () => {
  it('is a point when every group has the same mean', () => {
    expect(bootstrapInterval([[1, 3], [2], [0, 4]])).toEqual([2, 2]);
  });

  it('holds the mean, widens with the spread between groups, and repeats with the seed', () => {
    const tight = bootstrapInterval([[1.9, 2.1], [2, 2], [2.1, 1.9], [2, 2.05]]);
    const wide = bootstrapInterval([[-3, -2], [6, 7], [0, 1], [4, 5]]);
    expect(tight[0]).toBeLessThanOrEqual(2.01);
    expect(tight[1]).toBeGreaterThanOrEqual(1.99);
    expect(wide[0]).toBeLessThan(2.125);
    expect(wide[1]).toBeGreaterThan(2.125);
    expect(wide[1] - wide[0]).toBeGreaterThan(10 * (tight[1] - tight[0]));
    expect(bootstrapInterval([[-3, -2], [6, 7], [0, 1], [4, 5]])).toEqual(wide);
  });

  it('resamples whole groups: one large group moves the interval as a unit', () => {
    // Item-level resampling would make this nearly [1, 1]; by document it spans the two documents.
    const [lo, hi] = bootstrapInterval([Array(50).fill(0), Array(50).fill(2)]);
    expect(lo).toBe(0);
    expect(hi).toBe(2);
  });
});
