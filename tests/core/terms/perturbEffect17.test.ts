import { describe, expect, it } from 'vitest';
import { perturbationNamed } from '../../eval/perturb';

describe('effect-from rewrite', () => {
  const p = perturbationNamed('effect-from');

  it('says the start with "effect", keeping the date and the tense', () => {
    expect(p.apply('This Lease is effective as of March 3, 2011 and runs for two years.')).toBe('This Lease takes effect from March 3, 2011 and runs for two years.');
    expect(p.apply('THE LEASE SHALL BECOME EFFECTIVE ON MARCH 3, 2011.')).toBe('THE LEASE SHALL TAKE EFFECT FROM MARCH 3, 2011.');
    expect(p.apply('This Lease, effective as of March 3, 2011 (the "Effective Date"), is made')).toBe('This Lease, with effect from March 3, 2011 (the "Effective Date"), is made');
    expect(p.apply('entered into effective as of the Effective Date')).toBe('entered into with effect from the Effective Date');
  });

  it('leaves the defined "Effective Date" and "the date hereof" alone', () => {
    const text = 'The Effective Date shall be the date on which it is effective as of the date hereof.';
    expect(p.apply(text)).toBe(text);
  });
});
