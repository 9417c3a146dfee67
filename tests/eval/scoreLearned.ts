/**
 * EXPERIMENT C19 (rougeCandidates.md): ranking weights from a least-squares fit of each candidate
 * sentence's own ROUGE-1 F1 on the features, fitted on training documents only.
 * `npx tsx tests/eval/scoreLearned.ts`.
 */
import { readPlainEnglish } from './summaryEval';
import { KIT_DIR } from '../helpers/kit';
import { GRID_S5, GRID_WIDE, prepareItems, type Grid } from './crossValidate';
import { rankPrepared, sentenceFeatures, type RankWeights } from '../../electron/core/terms/rankSentences';
import { rouge } from './rouge';

const items = readPlainEnglish(KIT_DIR);
const prepared = await prepareItems(items);
const docs = [...new Set(prepared.map((p) => p.item.doc))];
const SCALES = [1, 2, 4, 8];
const LAMBDA = 0.01;

// C19b (argument "oracle"): the target is membership of the item's greedy ROUGE-1 oracle.
const ORACLE = process.argv[2] === 'oracle';
function oracle(texts: string[], ref: string, k: number): Set<number> {
  const chosen: number[] = [];
  let best = 0;
  while (chosen.length < k) {
    let add = -1;
    for (let i = 0; i < texts.length; i++) {
      if (chosen.includes(i)) continue;
      const f = rouge([...chosen, i].sort((a, b) => a - b).map((j) => texts[j]).join(' '), ref).rouge1.f1;
      if (f > best) (best = f, add = i);
    }
    if (add < 0) break;
    chosen.push(add);
  }
  return new Set(chosen);
}
// Per item: feature rows and targets.
const rows = prepared.map((p) => {
  const feats = sentenceFeatures(p.sentences);
  const inOracle = ORACLE ? oracle(feats.map((f) => f.text), p.item.reference_summary, p.k) : new Set<number>();
  return feats.map((f, i) => ({ x: [f.centrality, f.signals, f.position, f.figure, Math.min(Math.max(f.words - 10, 0), 7.5)], y: ORACLE ? (inOracle.has(i) ? 1 : 0) : rouge(f.text, p.item.reference_summary).rouge1.f1 }));
});

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[piv]![c]!)) piv = r;
    [m[c], m[piv]] = [m[piv]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((r, i) => r[n]! / r[i]!);
}

function fit(train: (i: number) => boolean): Partial<RankWeights> {
  const xs: number[][] = [];
  const ys: number[] = [];
  rows.forEach((r, i) => {
    if (train(i)) for (const s of r) (xs.push(s.x), ys.push(s.y));
  });
  const d = xs[0]!.length;
  const mean = Array.from({ length: d }, (_, j) => xs.reduce((a, x) => a + x[j]!, 0) / xs.length);
  const sd = Array.from({ length: d }, (_, j) => Math.sqrt(xs.reduce((a, x) => a + (x[j]! - mean[j]!) ** 2, 0) / xs.length) || 1);
  const z = xs.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!));
  const ym = ys.reduce((a, b) => a + b, 0) / ys.length;
  const ata = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => z.reduce((a, r) => a + r[i]! * r[j]!, 0) + (i === j ? LAMBDA * xs.length : 0)));
  const aty = Array.from({ length: d }, (_, i) => z.reduce((a, r, k) => a + r[i]! * (ys[k]! - ym), 0));
  const beta = solve(ata, aty).map((b, j) => b / sd[j]!);
  return { centrality: beta[0]!, signals: beta[1]!, position: beta[2]!, figures: beta[3]!, length: -beta[4]!, lengthCap: -7.5 * beta[4]!, longWords: 10, relativeLong: 0 };
}

const scaled = (w: Partial<RankWeights>, s: number): Partial<RankWeights> => Object.fromEntries(Object.entries(w).map(([k, v]) => [k, k === 'longWords' || k === 'relativeLong' ? v : v * s]));
const memo = new Map<string, number>();
function f1(i: number, w: Partial<RankWeights>): number {
  const p = prepared[i]!;
  const picks = rankPrepared(p.sentences, { sentences: p.k, weights: w, documentOrder: true });
  const key = `${i}|${picks.map((x) => x.order).join(',')}`;
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = rouge(picks.map((x) => x.text).join(' '), p.item.reference_summary).rouge1.f1));
  return v;
}
const inDocs = (set: string[]) => (i: number) => set.includes(prepared[i]!.item.doc);
const meanOver = (keep: (i: number) => boolean, w: (i: number) => Partial<RankWeights>): number => {
  let s = 0, n = 0;
  prepared.forEach((_, i) => { if (keep(i)) (s += f1(i, w(i)), n++); });
  return n ? s / n : 0;
};

// Learned config on documents `train`: scale chosen by LOO inside `train`, then fitted on all of `train`.
function learnedWeights(train: string[]): { w: Partial<RankWeights>; scale: number } {
  let best = SCALES[0]!, bestScore = -Infinity;
  for (const s of SCALES) {
    const score = meanOver(inDocs(train), (i) => scaled(fit(inDocs(train.filter((d) => d !== prepared[i]!.item.doc))), s));
    if (score > bestScore) (bestScore = score, best = s);
  }
  return { w: scaled(fit(inDocs(train)), best), scale: best };
}
// LOO estimate of the learned config within `set` (each held-out doc: learnedWeights on the rest).
function learnedLoo(set: string[]): number {
  const cache = new Map<string, Partial<RankWeights>>();
  return meanOver(inDocs(set), (i) => {
    const d = prepared[i]!.item.doc;
    if (!cache.has(d)) cache.set(d, learnedWeights(set.filter((x) => x !== d)).w);
    return cache.get(d)!;
  });
}

function gridPoints(grid: Grid): Partial<RankWeights>[] {
  let points: Partial<RankWeights>[] = [{}];
  for (const [key, values] of Object.entries(grid) as [keyof RankWeights, number[]][]) points = points.flatMap((p) => values.map((v) => ({ ...p, [key]: v })));
  return points;
}
const grids = { 'session 5 grid': gridPoints(GRID_S5), 'wide grid': gridPoints(GRID_WIDE) };
function gridBest(points: Partial<RankWeights>[], train: string[]): Partial<RankWeights> {
  let best = points[0]!, bestScore = -Infinity;
  for (const p of points) {
    const s = meanOver(inDocs(train), () => p);
    if (s > bestScore) (bestScore = s, best = p);
  }
  return best;
}
const gridLoo = (points: Partial<RankWeights>[], set: string[]): number => meanOver(inDocs(set), (i) => gridBest(points, set.filter((x) => x !== prepared[i]!.item.doc)));

const leadK = (100 * prepared.reduce((a, p) => a + p.leadK, 0)) / prepared.length;
const sg = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(2);
// Held out: the learned config alone.
const chosen = new Map<string, { w: Partial<RankWeights>; scale: number }>();
for (const d of docs) chosen.set(d, learnedWeights(docs.filter((x) => x !== d)));
const heldOut = 100 * meanOver(() => true, (i) => chosen.get(prepared[i]!.item.doc)!.w);
console.log(`${ORACLE ? 'C19b' : 'C19'} held out ${heldOut.toFixed(2)} (${sg(heldOut - leadK)} over Lead-K ${leadK.toFixed(2)})`);
for (const d of docs) console.log(`  ${d.slice(0, 30).padEnd(30)} scale ${chosen.get(d)!.scale} ${JSON.stringify(Object.fromEntries(Object.entries(chosen.get(d)!.w).map(([k, v]) => [k, +v!.toFixed(3)])))}`);
// Nested: per outer doc, choose between learned / S5 / wide by inner LOO on the training docs.
let nestedSum = 0, nestedN = 0;
for (const d of docs) {
  const train = docs.filter((x) => x !== d);
  const options: [string, number, () => Partial<RankWeights>][] = [
    ['learned', learnedLoo(train), () => learnedWeights(train).w],
    ...Object.entries(grids).map(([name, pts]) => [name, gridLoo(pts, train), () => gridBest(pts, train)] as [string, number, () => Partial<RankWeights>]),
  ];
  const pick = options.reduce((a, b) => (b[1] > a[1] ? b : a));
  const w = pick[2]();
  prepared.forEach((p, i) => { if (p.item.doc === d) (nestedSum += f1(i, w), nestedN++); });
  console.log(`  nested, held out ${d.slice(0, 30).padEnd(30)} inner LOO: ${options.map((o) => `${o[0]} ${(100 * o[1]).toFixed(2)}`).join(', ')} -> ${pick[0]}`);
}
const nested = (100 * nestedSum) / nestedN;
console.log(`${ORACLE ? 'C19b' : 'C19'} nested ${nested.toFixed(2)} (${sg(nested - leadK)})`);
const all = learnedWeights(docs);
const inSample = 100 * meanOver(() => true, () => all.w);
console.log(`${ORACLE ? 'C19b' : 'C19'} in sample (fitted on all 9, scale ${all.scale}): ${inSample.toFixed(2)} (${sg(inSample - leadK)}) ${JSON.stringify(all.w)}`);
