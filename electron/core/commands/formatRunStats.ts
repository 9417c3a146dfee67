import type { SummaryStats } from '../../../shared/summary';

/**
 * The CLI's one-line account of a summary run. A model run reports tokens and speed; a run that
 * picks sentences (the extractive engine) read no prompt and generated nothing, so it reports the
 * sentences it read and chose instead.
 */
export function formatRunStats(stats: SummaryStats): string {
  const parts = [`${stats.chunks} part${stats.chunks === 1 ? '' : 's'}`];
  if (stats.sentencesRead !== undefined) {
    parts.push(`${stats.sentencesRead} sentence${stats.sentencesRead === 1 ? '' : 's'} read, ${stats.sentencesChosen ?? 0} chosen`);
  }
  if (stats.promptTokens > 0 || stats.generatedTokens > 0) {
    parts.push(`${stats.promptTokens} prompt + ${stats.generatedTokens} generated tokens`);
  }
  parts.push(stats.totalMs < 10_000 ? `${Math.round(stats.totalMs)} ms` : `${(stats.totalMs / 1000).toFixed(1)} s`);
  if (stats.generatedTokens > 0 && stats.tokensPerSecond > 0) parts.push(`${stats.tokensPerSecond.toFixed(1)} tok/s`);
  if (stats.droppedCitations) parts.push(`${stats.droppedCitations} unresolvable citation(s) dropped`);
  return parts.join(', ');
}
