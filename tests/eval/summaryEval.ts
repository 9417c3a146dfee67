/**
 * Summaries vs the plain-English references (../shared/data/plain-english-summaries, Apache-2.0,
 * see its SOURCES.md): ROUGE-1/2/L F1 (./rouge.ts documents the tokenization) of the system beside
 * Lead-1, Lead-K, Lead cut to the same number of words as the system's summary, Random-K (mean of
 * 10 seeds) and the whole original, all computed in the same run; K = sentences in the reference.
 * Every summary goes through the real pipeline (extractDocument → summarizeDocument), so what is
 * scored is what users get. `npm run eval -- summary` prints it; a CI test holds a floor on it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractedDocument } from '../../shared/document';
import type { SummaryResult } from '../../shared/summary';
import { extractDocument } from '../../electron/core/documents/extractDocument';
import type { SummaryStrategy } from '../../electron/core/pipeline/summaryStrategy';
import { summarizeDocument } from '../../electron/core/pipeline/summarizeDocument';
import { splitSentences } from '../../electron/core/terms/splitSentences';
import { seededRandom } from '../helpers/seededRandom';
import { rouge, rougeTokens, type RougeScores } from './rouge';
import { summaryProse } from './summaryProse';

export interface PlainEnglishItem {
  doc: string;
  uid: string;
  original_text: string;
  reference_summary: string;
}

export const plainEnglishFile = (kit: string): string => path.join(kit, 'data', 'plain-english-summaries', 'tldrlegal_v1.json');

export function readPlainEnglish(kit: string): PlainEnglishItem[] {
  return Object.values(JSON.parse(readFileSync(plainEnglishFile(kit), 'utf8')) as Record<string, PlainEnglishItem>);
}

/** Names of the baseline rows. */
export const LEAD_K = 'Lead-K';
export const LEAD_SAME_WORDS = 'Lead, same words as ours';

export interface SummaryRow {
  rouge1: number;
  rouge2: number;
  rougeL: number;
  meanTokens: number;
}

export interface SummaryEvalResult {
  items: number;
  referenceTokens: number;
  /** ROUGE F1 x 100 per system, the scored system first. */
  rows: Map<string, SummaryRow>;
  perItem: { uid: string; doc: string; k: number; candidate: string; rouge1: number; rouge2: number; rougeL: number; leadKRouge1: number; leadSameWordsRouge1: number }[];
  ms: number;
}

async function summarize(doc: ExtractedDocument, strategy: SummaryStrategy): Promise<SummaryResult> {
  // A failure is thrown by the pipeline itself.
  for await (const e of summarizeDocument(doc, strategy, { length: 'brief', keyTerms: false })) {
    if (e.type === 'done') return e.summary;
  }
  throw new Error('summary ended without a result');
}

function randomK(sentences: readonly string[], k: number, seed: number): string {
  const rnd = seededRandom(seed);
  const idx = sentences.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx
    .slice(0, k)
    .sort((a, b) => a - b)
    .map((i) => sentences[i])
    .join(' ');
}

/** Per-item ROUGE-1 margins (points) of the system over a baseline, grouped by document, for bootstrapInterval. */
export function marginsByDocument(perItem: SummaryEvalResult['perItem'], baseline: 'leadKRouge1' | 'leadSameWordsRouge1'): number[][] {
  const groups = new Map<string, number[]>();
  for (const p of perItem) groups.set(p.doc, [...(groups.get(p.doc) ?? []), 100 * (p.rouge1 - p[baseline])]);
  return [...groups.values()];
}

/** Scores `strategyFor(k)`'s summary of every item against its reference, with the baselines. */
export async function runSummaryEval(
  items: readonly PlainEnglishItem[],
  systemName: string,
  strategyFor: (k: number) => SummaryStrategy,
  onItem?: (index: number, item: PlainEnglishItem) => void,
): Promise<SummaryEvalResult> {
  const totals = new Map<string, { r1: number; r2: number; rl: number; tokens: number }>();
  const add = (name: string, s: RougeScores, tokens: number): void => {
    const t = totals.get(name) ?? { r1: 0, r2: 0, rl: 0, tokens: 0 };
    t.r1 += s.rouge1.f1;
    t.r2 += s.rouge2.f1;
    t.rl += s.rougeL.f1;
    t.tokens += tokens;
    totals.set(name, t);
  };
  let referenceTokens = 0;
  const perItem: SummaryEvalResult['perItem'] = [];
  const started = performance.now();
  for (const [index, item] of items.entries()) {
    onItem?.(index, item);
    const reference = item.reference_summary;
    const sentences = splitSentences(item.original_text).map((s) => s.text);
    const k = Math.max(1, splitSentences(reference).length);
    referenceTokens += rougeTokens(reference).length;
    const doc = await extractDocument({ bytes: new TextEncoder().encode(item.original_text), name: `${item.uid}.txt` });
    const candidate = summaryProse((await summarize(doc, strategyFor(k))).markdown);
    const system = rouge(candidate, reference);
    add(systemName, system, rougeTokens(candidate).length);
    const lead1 = sentences.slice(0, 1).join(' ');
    const leadK = sentences.slice(0, k).join(' ');
    add('Lead-1', rouge(lead1, reference), rougeTokens(lead1).length);
    const leadKScores = rouge(leadK, reference);
    add(LEAD_K, leadKScores, rougeTokens(leadK).length);
    // Equal length: the original's opening words, as many as the scored summary has.
    const ownLength = rougeTokens(candidate).length;
    const leadSameWords = rougeTokens(item.original_text).slice(0, ownLength).join(' ');
    const sameWordsScores = rouge(leadSameWords, reference);
    add(LEAD_SAME_WORDS, sameWordsScores, rougeTokens(leadSameWords).length);
    const seeds = Array.from({ length: 10 }, (_, s) => randomK(sentences, k, s + 1));
    const rs = seeds.map((c) => rouge(c, reference));
    const mean = (f: (r: RougeScores) => number) => rs.reduce((a, r) => a + f(r), 0) / rs.length;
    add(
      'Random-K (10 seeds)',
      { rouge1: { precision: 0, recall: 0, f1: mean((r) => r.rouge1.f1) }, rouge2: { precision: 0, recall: 0, f1: mean((r) => r.rouge2.f1) }, rougeL: { precision: 0, recall: 0, f1: mean((r) => r.rougeL.f1) } },
      seeds.reduce((a, c) => a + rougeTokens(c).length, 0) / seeds.length,
    );
    add('whole original text', rouge(item.original_text, reference), rougeTokens(item.original_text).length);
    perItem.push({ uid: item.uid, doc: item.doc, k, candidate, rouge1: system.rouge1.f1, rouge2: system.rouge2.f1, rougeL: system.rougeL.f1, leadKRouge1: leadKScores.rouge1.f1, leadSameWordsRouge1: sameWordsScores.rouge1.f1 });
  }
  const n = Math.max(1, items.length);
  const rows = new Map<string, SummaryRow>();
  for (const [name, t] of totals) rows.set(name, { rouge1: (100 * t.r1) / n, rouge2: (100 * t.r2) / n, rougeL: (100 * t.rl) / n, meanTokens: t.tokens / n });
  return { items: items.length, referenceTokens, rows, perItem, ms: performance.now() - started };
}
