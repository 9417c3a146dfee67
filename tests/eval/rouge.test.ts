import { describe, expect, it } from 'vitest';
import { lcsLength, rouge, rougeN, rougeTokens } from './rouge';

describe('ROUGE scorer', () => {
  it('tokenizes to lower-case ASCII alphanumeric runs', () => {
    expect(rougeTokens("Don't copy THE app, v2.0!")).toEqual(['don', 't', 'copy', 'the', 'app', 'v2', '0']);
    expect(rougeTokens('')).toEqual([]);
  });

  it('scores ROUGE-1 with clipped counts', () => {
    // candidate "the the the cat" vs reference "the cat sat": overlap the(1) + cat(1) = 2.
    const s = rougeN(rougeTokens('the the the cat'), rougeTokens('the cat sat'), 1);
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });

  it('scores ROUGE-2 on bigrams', () => {
    const s = rougeN(rougeTokens('the cat sat on the mat'), rougeTokens('the cat lay on the mat'), 2);
    // bigrams shared: "the cat", "on the", "the mat" = 3 of 5 each side.
    expect(s.precision).toBeCloseTo(3 / 5);
    expect(s.recall).toBeCloseTo(3 / 5);
  });

  it('scores ROUGE-L from the longest common subsequence', () => {
    expect(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'])).toBe(3);
    const s = rouge('police killed the gunman', 'police kill the gunman');
    expect(s.rougeL.f1).toBeCloseTo(0.75);
    expect(s.rouge1.f1).toBeCloseTo(0.75);
  });

  it('gives identical texts 1 and empty or disjoint texts 0', () => {
    expect(rouge('You may cancel at any time.', 'you may cancel at any time').rouge2.f1).toBe(1);
    expect(rouge('', 'anything').rouge1.f1).toBe(0);
    expect(rouge('alpha beta', 'gamma delta').rougeL.f1).toBe(0);
  });
});
