import { describe, expect, it } from 'vitest';
import type { SummaryStats } from '../../../shared/summary';
import { formatRunStats } from '../../../electron/core/commands/formatRunStats';

const base: SummaryStats = { chunks: 3, promptTokens: 0, generatedTokens: 0, stageMs: {}, totalMs: 412.4, tokensPerSecond: 0, droppedCitations: 0 };

describe('formatRunStats', () => {
  it('reports what the extractive engine did: sentences read and chosen, and the time', () => {
    expect(formatRunStats({ ...base, sentencesRead: 1840, sentencesChosen: 8 })).toBe('3 parts, 1840 sentences read, 8 chosen, 412 ms');
  });

  it('reports tokens and speed for a model run', () => {
    const line = formatRunStats({ ...base, chunks: 1, promptTokens: 5000, generatedTokens: 400, totalMs: 12_345, tokensPerSecond: 32.4, droppedCitations: 2 });
    expect(line).toBe('1 part, 5000 prompt + 400 generated tokens, 12.3 s, 32.4 tok/s, 2 unresolvable citation(s) dropped');
  });
});
