import type { SummaryStats } from '../../../../shared/summary';

/** One quiet line on how the summary was made: sections read, sentences chosen or speed, time, citations dropped. */
export function RunStats({ stats, model }: { stats: SummaryStats; model?: string }) {
  const seconds = stats.totalMs / 1000;
  const parts = [
    `${stats.chunks} ${stats.chunks === 1 ? 'section' : 'sections'} read`,
    seconds < 10 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds)} s`,
  ];
  // The extractive engine reads sentences and picks some; it has no prompt and generates nothing.
  if (stats.sentencesRead !== undefined) parts.push(`${stats.sentencesChosen ?? 0} of ${stats.sentencesRead} sentences chosen`);
  if (stats.generatedTokens > 0 && stats.tokensPerSecond > 0) parts.push(`${Math.round(stats.tokensPerSecond)} tokens/s`);
  if (model) parts.push(model);
  if (stats.droppedCitations > 0) {
    parts.push(`${stats.droppedCitations} unverifiable ${stats.droppedCitations === 1 ? 'citation' : 'citations'} removed`);
  }
  return <p className="run-stats muted small-text">{parts.join(' · ')}</p>;
}
