import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../electron/core/terms/splitSentences';

describe('splitSentences on hostile text', () => {
  it('reads a run of 300,000 characters of stops that end no sentence in time', () => {
    // Each "Inc." is an abbreviation, so the sentence grows to the whole text; reading all of it at
    // every stop took 35 s here before (under 0.1 s now).
    const text = 'Harbor Lane Inc. and '.repeat(15_000);
    const start = Date.now();
    const spans = splitSentences(text);
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(spans.length).toBe(1);
  });

  it('still reads the last words before a stop', () => {
    expect(splitSentences('Kestrel shall deliver the kits to Harbor Lane Inc. The Grower shall pay on delivery.').map((s) => s.text.trim())).toEqual([
      'Kestrel shall deliver the kits to Harbor Lane Inc.',
      'The Grower shall pay on delivery.',
    ]);
    expect(splitSentences('The fee is payable by 5:00 p.m. on Friday. Kestrel shall pay it.')).toHaveLength(2);
  });
});
