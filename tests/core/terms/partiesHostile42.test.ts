import { describe, expect, it } from 'vitest';
import { nameOf } from '../../../electron/core/terms/parties';

describe('a party name of hostile length', () => {
  it('reads a long run of "of" words in linear time, and still drops a person\'s address after "of"', () => {
    const started = performance.now();
    const long = `Ann Lee${' of America'.repeat(20_000)}`;
    expect(nameOf(long).length).toBeGreaterThan(0);
    // A generous bound: the quadratic reading took minutes on this input.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(nameOf('Ivo Lund of Strandvägen 9, Stockholm')).toBe('Ivo Lund');
    expect(nameOf('Bank of Westmark, N.A.')).toBe('Bank of Westmark, N.A.');
  });
});
