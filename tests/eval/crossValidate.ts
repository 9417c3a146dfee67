/**
 * `npm run eval -- tune`: chooses the extractive ranking weights by leave-one-document-out
 * cross-validation on the plain-English set. Its 85 items come from a few documents, so items of
 * one document never help choose the weights they are scored with: for each document, the grid
 * point with the best mean ROUGE-1 on the other documents is scored on this one. The held-out mean
 * is the honest figure; the weights best on all documents are the ones to ship (printed, then
 * copied into DEFAULT_RANK_WEIGHTS by hand, so a change is a reviewed commit). The position weight
 * is the learned lead prior. Lead-K is computed on the same items.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Block } from '../../shared/document';
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { DEFAULT_RANK_WEIGHTS, rankSentences, type RankWeights } from '../../electron/core/terms/rankSentences';
import { splitSentences } from '../../electron/core/terms/splitSentences';
import { rouge } from './rouge';

interface Item {
  doc: string;
  uid: string;
  original_text: string;
  reference_summary: string;
}

/** The grid: each weight at a few values around the current defaults. */
const GRID: Partial<Record<keyof RankWeights, number[]>> = {
  centrality: [0.3, 0.45, 0.6],
  signals: [0.1, 0.25, 0.4],
  position: [0, 0.1, 0.2, 0.4],
  length: [0.01, 0.02, 0.04],
};
// Not on the grid: `preamble` (these items have no opening naming parties, so the set cannot tell
// its value), `clause` and `figures` (kept at their defaults).

function gridPoints(): Partial<RankWeights>[] {
  let points: Partial<RankWeights>[] = [{}];
  for (const [key, values] of Object.entries(GRID) as [keyof RankWeights, number[]][]) points = points.flatMap((p) => values.map((v) => ({ ...p, [key]: v })));
  return points;
}

export async function crossValidate(file: string): Promise<string> {
  const items = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Item>);
  const prepared: { item: Item; blocks: Block[]; k: number; leadK: number }[] = [];
  for (const item of items) {
    const doc = await extractDocument({ bytes: new TextEncoder().encode(item.original_text), name: `${item.uid}.txt` });
    const k = Math.max(1, splitSentences(item.reference_summary).length);
    const lead = splitSentences(item.original_text).slice(0, k).map((s) => s.text).join(' ');
    prepared.push({ item, blocks: doc.blocks, k, leadK: rouge(lead, item.reference_summary).rouge1.f1 });
  }
  const grid = gridPoints();
  // scores[g][i]: ROUGE-1 F1 of grid point g on item i.
  const scores = grid.map((weights) =>
    prepared.map(({ item, blocks, k }) => {
      const picks = rankSentences(blocks, { sentences: k, weights, documentOrder: true });
      return rouge(picks.map((p) => p.text).join(' '), item.reference_summary).rouge1.f1;
    }),
  );
  const docs = [...new Set(prepared.map((p) => p.item.doc))];
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
  const best = (keep: (i: number) => boolean): number => grid.reduce((b, _, g) => (mean(g, keep) > mean(b, keep) ? g : b), 0);
  let heldOut = 0;
  let lead = 0;
  const lines: string[] = [];
  for (const d of docs) {
    const inDoc = (i: number): boolean => prepared[i]!.item.doc === d;
    const g = best((i) => !inDoc(i));
    const idx = prepared.map((_, i) => i).filter(inDoc);
    heldOut += idx.reduce((s, i) => s + scores[g]![i]!, 0);
    lead += idx.reduce((s, i) => s + prepared[i]!.leadK, 0);
    lines.push(`  held out ${d.slice(0, 40).padEnd(40)} ${String(idx.length).padStart(3)} items  weights chosen on the rest: ${JSON.stringify(grid[g])}`);
  }
  const n = prepared.length;
  const all = best(() => true);
  const current = grid.findIndex((p) => Object.entries(p).every(([key, v]) => DEFAULT_RANK_WEIGHTS[key as keyof RankWeights] === v));
  const out = [
    `Leave-one-document-out cross-validation of the ranking weights (${n} items, ${docs.length} documents, ${grid.length} grid points, K = sentences in the reference)`,
    ...lines,
    `held-out ROUGE-1: ${((100 * heldOut) / n).toFixed(2)}   Lead-K on the same items: ${((100 * lead) / n).toFixed(2)}   margin ${((100 * (heldOut - lead)) / n).toFixed(2)}`,
    `best on all documents (to ship): ${JSON.stringify(grid[all])}  in-sample ROUGE-1 ${(100 * mean(all, () => true)).toFixed(2)}`,
    current >= 0 ? `current defaults, in-sample: ${(100 * mean(current, () => true)).toFixed(2)}` : 'current defaults are not on the grid',
  ];
  return out.join('\n');
}

export const PLAIN_ENGLISH_FILE = (kit: string): string => path.join(kit, 'data', 'plain-english-summaries', 'tldrlegal_v1.json');
