import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import type { SummaryStats } from '../../../shared/summary';
import { RunStats } from '../../../renderer/src/components/RunStats/RunStats';

const base: SummaryStats = { chunks: 2, promptTokens: 0, generatedTokens: 0, stageMs: {}, totalMs: 380, tokensPerSecond: 0, droppedCitations: 0 };

describe('RunStats', () => {
  it('shows an extractive run as sentences chosen out of those read, without a speed', () => {
    const { container } = render(<RunStats stats={{ ...base, sentencesRead: 912, sentencesChosen: 8 }} model="extractive v1" />);
    expect(container.textContent).toBe('2 sections read · 0.4 s · 8 of 912 sentences chosen · extractive v1');
  });

  it('shows a model run with its speed and no sentence count', () => {
    const { container } = render(<RunStats stats={{ ...base, generatedTokens: 300, tokensPerSecond: 21.6, totalMs: 14_200 }} />);
    expect(container.textContent).toBe('2 sections read · 14 s · 22 tokens/s');
  });
});
