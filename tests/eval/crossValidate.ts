/**
 * `npm run eval -- tune`: chooses the extractive ranking weights by leave-one-document-out
 * cross-validation on the plain-English set. Its 85 items come from a few documents, so items of
 * one document never help choose the weights they are scored with: for each document, the grid
 * point with the best mean ROUGE-1 on the other documents is scored on this one. The held-out mean
 * is the honest figure; the weights best on all documents are the ones to ship (printed, then
 * copied into DEFAULT_RANK_WEIGHTS by hand, so a change is a reviewed commit; a CI test checks that
 * they are). The position weight is the learned lead prior. Two baselines on the same items: Lead-K
 * (the first K sentences) and Lead cut to the same number of words as each held-out pick (the fair
 * one at equal length).
 */
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { DEFAULT_RANK_WEIGHTS, prepareSentences, rankPrepared, type PreparedSentences, type RankWeights } from '../../electron/core/terms/rankSentences';
import { splitSentences } from '../../electron/core/terms/splitSentences';
import { bootstrapInterval } from './bootstrapInterval';
import { rouge, rougeTokens } from './rouge';
import type { PlainEnglishItem } from './summaryEval';

export type Grid = Partial<Record<keyof RankWeights, number[]>>;

/** The grid: each weight at a few values around the current defaults. */
export const GRID: Grid = {
  centrality: [0.3, 0.45, 0.6],
  signals: [0.1, 0.25, 0.4],
  position: [0, 0.1, 0.2, 0.4],
  length: [0.01, 0.02, 0.04],
};
// Not on the grid: `preamble` (these items have no opening naming parties, so the set cannot tell
// its value), `clause` and `figures` (kept at their defaults).

function gridPoints(grid: Grid): Partial<RankWeights>[] {
  let points: Partial<RankWeights>[] = [{}];
  for (const [key, values] of Object.entries(grid) as [keyof RankWeights, number[]][]) points = points.flatMap((p) => values.map((v) => ({ ...p, [key]: v })));
  return points;
}

export interface CrossValidation {
  items: number;
  documents: { doc: string; items: number; chosen: Partial<RankWeights> }[];
  gridPoints: number;
  /** Mean ROUGE-1 F1 x 100 of each item under the weights chosen without its document. */
  heldOut: number;
  leadK: number;
  leadSameWords: number;
  /** 95 % intervals of the held-out margins (ROUGE-1 points), resampling documents. */
  marginInterval: [number, number];
  sameWordsInterval: [number, number];
  /** The grid point best on all documents (to ship) and its in-sample ROUGE-1. */
  best: Partial<RankWeights>;
  bestInSample: number;
  /** In-sample ROUGE-1 of DEFAULT_RANK_WEIGHTS, when they are on the grid. */
  currentInSample?: number;
}

export async function crossValidate(items: readonly PlainEnglishItem[], grid: Grid = GRID): Promise<CrossValidation> {
  const prepared: { item: PlainEnglishItem; sentences: PreparedSentences; k: number; leadK: number }[] = [];
  for (const item of items) {
    const doc = await extractDocument({ bytes: new TextEncoder().encode(item.original_text), name: `${item.uid}.txt` });
    const k = Math.max(1, splitSentences(item.reference_summary).length);
    const lead = splitSentences(item.original_text).slice(0, k).map((s) => s.text).join(' ');
    prepared.push({ item, sentences: prepareSentences(doc.blocks), k, leadK: rouge(lead, item.reference_summary).rouge1.f1 });
  }
  const points = gridPoints(grid);
  // Many grid points pick the same sentences: each distinct pick is scored once.
  const memo = prepared.map(() => new Map<string, { f1: number; tokens: number }>());
  const scoreOf = (i: number, weights: Partial<RankWeights>): { f1: number; tokens: number } => {
    const { item, sentences, k } = prepared[i]!;
    const picks = rankPrepared(sentences, { sentences: k, weights, documentOrder: true });
    const key = picks.map((p) => p.order).join(',');
    let hit = memo[i]!.get(key);
    if (!hit) {
      const text = picks.map((p) => p.text).join(' ');
      hit = { f1: rouge(text, item.reference_summary).rouge1.f1, tokens: rougeTokens(text).length };
      memo[i]!.set(key, hit);
    }
    return hit;
  };
  // scores[g][i]: ROUGE-1 F1 of grid point g on item i.
  const scores = points.map((weights) => prepared.map((_, i) => scoreOf(i, weights).f1));
  const mean = (g: number, keep: (i: number) => boolean): number => {
    let s = 0;
    let n = 0;
    scores[g]!.forEach((v, i) => {
      if (keep(i)) {
        s += v;
        n++;
      }
    });
    return n ? s / n : 0;
  };
  const best = (keep: (i: number) => boolean): number => points.reduce((b, _, g) => (mean(g, keep) > mean(b, keep) ? g : b), 0);
  let heldOut = 0;
  let lead = 0;
  let leadSameWords = 0;
  const documents: CrossValidation['documents'] = [];
  // Per document, per item: held-out minus each baseline (ROUGE-1 points), for the intervals.
  const overLeadK: number[][] = [];
  const overSameWords: number[][] = [];
  for (const d of [...new Set(prepared.map((p) => p.item.doc))]) {
    const inDoc = (i: number): boolean => prepared[i]!.item.doc === d;
    const g = best((i) => !inDoc(i));
    const idx = prepared.map((_, i) => i).filter(inDoc);
    const docOverLeadK: number[] = [];
    const docOverSameWords: number[] = [];
    for (const i of idx) {
      const { item } = prepared[i]!;
      const pick = scoreOf(i, points[g]!);
      // Equal length: the original's opening words, as many as the held-out pick has.
      const sameWords = rouge(rougeTokens(item.original_text).slice(0, pick.tokens).join(' '), item.reference_summary).rouge1.f1;
      heldOut += pick.f1;
      lead += prepared[i]!.leadK;
      leadSameWords += sameWords;
      docOverLeadK.push(100 * (pick.f1 - prepared[i]!.leadK));
      docOverSameWords.push(100 * (pick.f1 - sameWords));
    }
    overLeadK.push(docOverLeadK);
    overSameWords.push(docOverSameWords);
    documents.push({ doc: d, items: idx.length, chosen: points[g]! });
  }
  const n = Math.max(1, prepared.length);
  const all = best(() => true);
  const current = points.findIndex((p) => Object.entries(p).every(([key, v]) => DEFAULT_RANK_WEIGHTS[key as keyof RankWeights] === v));
  return {
    items: prepared.length,
    documents,
    gridPoints: points.length,
    heldOut: (100 * heldOut) / n,
    leadK: (100 * lead) / n,
    leadSameWords: (100 * leadSameWords) / n,
    marginInterval: bootstrapInterval(overLeadK),
    sameWordsInterval: bootstrapInterval(overSameWords),
    best: points[all]!,
    bestInSample: 100 * mean(all, () => true),
    ...(current >= 0 ? { currentInSample: 100 * mean(current, () => true) } : {}),
  };
}

export function formatCrossValidation(r: CrossValidation): string {
  const sign = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  const interval = ([lo, hi]: [number, number]): string => `(95 % interval over documents ${sign(lo)} to ${sign(hi)})`;
  return [
    `Leave-one-document-out cross-validation of the ranking weights (${r.items} items, ${r.documents.length} documents, ${r.gridPoints} grid points, K = sentences in the reference)`,
    ...r.documents.map((d) => `  held out ${d.doc.slice(0, 40).padEnd(40)} ${String(d.items).padStart(3)} items  weights chosen on the rest: ${JSON.stringify(d.chosen)}`),
    `held-out ROUGE-1: ${r.heldOut.toFixed(2)}   Lead-K on the same items: ${r.leadK.toFixed(2)}   margin ${sign(r.heldOut - r.leadK)} ${interval(r.marginInterval)}`,
    `Lead cut to the same number of words as each held-out pick: ${r.leadSameWords.toFixed(2)}   margin ${sign(r.heldOut - r.leadSameWords)} ${interval(r.sameWordsInterval)}`,
    `best on all documents (to ship): ${JSON.stringify(r.best)}  in-sample ROUGE-1 ${r.bestInSample.toFixed(2)}`,
    r.currentInSample !== undefined ? `current defaults, in-sample: ${r.currentInSample.toFixed(2)}` : 'current defaults are not on the grid',
  ].join('\n');
}
