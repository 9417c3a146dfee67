/**
 * A 95 % percentile bootstrap interval for a mean of per-item values that come in groups (items of
 * one document are alike, so the document is what is resampled: an interval over items alone would
 * be too narrow). Each resample draws as many groups as there are, with replacement, and takes the
 * mean over all their items. Seeded, so the printed interval is the same on every run.
 */
import { seededRandom } from '../helpers/seededRandom';

export function bootstrapInterval(groups: readonly (readonly number[])[], options: { resamples?: number; seed?: number } = {}): [number, number] {
  const resamples = options.resamples ?? 2000;
  const rnd = seededRandom(options.seed ?? 1);
  const nonEmpty = groups.filter((g) => g.length);
  if (!nonEmpty.length) return [0, 0];
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < nonEmpty.length; i++) {
      const g = nonEmpty[Math.floor(rnd() * nonEmpty.length)]!;
      for (const v of g) sum += v;
      n += g.length;
    }
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  const at = (q: number): number => means[Math.min(means.length - 1, Math.max(0, Math.round(q * (means.length - 1))))]!;
  return [at(0.025), at(0.975)];
}
