/**
 * Does the model-free summary of a contract carry its key terms? For each CUAD dev contract, the
 * shipped 8-sentence extractive summary (extractiveSummary with its default length) is compared with
 * the spans the lawyers marked for Parties, Expiration Date (the term), Renewal Term and Governing
 * Law: a span is covered when a block the summary cites holds at least 60 % of the span's words, and
 * words making at least 60 % of its weight (`holds` with the document's wordWeights: not through common
 * words alone).
 * Reported twice: for the whole summary (its Overview cites the key terms' sources) and for the
 * ranked sentences alone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ExtractedDocument } from '../../shared/document';
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { extractiveSummary } from '../../electron/core/terms/extractiveSummary';
import { parseCsv } from './cuadLabels';
import { wilson } from './scoreTerms';

export const COVERAGE_COLUMNS = { parties: 'Parties', term: 'Expiration Date', renewal: 'Renewal Term', governingLaw: 'Governing Law' } as const;
export type CoverageField = keyof typeof COVERAGE_COLUMNS;

/** A Python-style list of strings as CUAD writes span columns: ['a', "b's"]. */
export function readPythonList(text: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (const m of text.matchAll(re)) out.push((m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  return out;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/**
 * How telling each word is in one document: ln(1 + N / df), N the document's blocks and df the blocks
 * that hold the word (a word found in no block counts as found in one). A word of nearly every block
 * ("the", "shall", "agreement", a party's name) weighs about ln 2; a word of one block in three hundred
 * ("unauthorized", "Delaware") about ln 300. Read from the document itself, no list of words.
 */
export function wordWeights(blockTexts: readonly string[]): (word: string) => number {
  const df = new Map<string, number>();
  for (const t of blockTexts) for (const w of new Set(words(t))) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(1, blockTexts.length);
  return (w) => Math.log(1 + n / Math.max(1, df.get(w) ?? 0));
}

/**
 * Whether `haystack` holds ≥ `share` of the words of `span` (counted with multiplicity). With `weight`
 * (a document's wordWeights), the words held must also make ≥ `share` of the span's weight: a span is
 * not held through its common words alone. Without it a long sentence holds "This Agreement shall be
 * governed by the laws of the State of Delaware" through "this agreement shall be … of the … of the",
 * or "Any unauthorized assignment of this Agreement is void" through "any … of this agreement is".
 */
export function holds(haystack: string, span: string, share = 0.6, weight?: (word: string) => number): boolean {
  const want = words(span);
  if (want.length === 0) return false;
  const have = new Map<string, number>();
  for (const w of words(haystack)) have.set(w, (have.get(w) ?? 0) + 1);
  let hit = 0;
  let hitWeight = 0;
  let allWeight = 0;
  for (const w of want) {
    const n = have.get(w) ?? 0;
    const wt = weight ? weight(w) : 0;
    allWeight += wt;
    if (n > 0) {
      hit++;
      hitWeight += wt;
      have.set(w, n - 1);
    }
  }
  return hit / want.length >= share && (!weight || hitWeight >= share * allWeight);
}

export interface CoverageResult {
  contracts: number;
  fields: Record<CoverageField, { labelled: number; whole: number; sentences: number }>;
  /** Contracts that could not be read, with the reason: they are left out of the counts, and said. */
  unread: string[];
}

/** A dev contract read through the app's own extraction, kept in `cacheDir` (keyed by the file's hash) when given. */
export async function loadDoc(file: string, cacheDir?: string): Promise<ExtractedDocument> {
  if (!cacheDir) return extractDocument({ path: file });
  const key = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 24);
  const cached = path.join(cacheDir, `${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as ExtractedDocument;
  const doc = await extractDocument({ path: file });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, JSON.stringify(doc));
  return doc;
}

/**
 * The dev contracts of labels.csv (only `pdfs` when given, the first `limit` rows), each read through
 * loadDoc with a reader of its label cells. A contract that cannot be read is added to `unread` with
 * the reason and skipped, so that a caller can say it rather than count it.
 */
export async function* readDevContracts(
  dir: string,
  options: { cacheDir?: string; limit?: number; pdfs?: readonly string[] },
  unread: string[],
): AsyncGenerator<{ pdf: string; cell: (column: string) => string; doc: ExtractedDocument }> {
  const [header, ...rows] = parseCsv(readFileSync(path.join(dir, 'labels.csv'), 'utf8'));
  const col = (name: string): number => header!.indexOf(name);
  const only = options.pdfs ? new Set(options.pdfs) : undefined;
  for (const row of rows.slice(0, options.limit ?? Infinity)) {
    const pdf = row[col('pdf')];
    if (!pdf || (only && !only.has(pdf))) continue;
    let doc: ExtractedDocument;
    try {
      doc = await loadDoc(path.join(dir, 'pdf', pdf), options.cacheDir);
    } catch (err) {
      unread.push(`${pdf}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    yield { pdf, cell: (column) => row[col(column)] ?? '', doc };
  }
}

/** `pdfs`, when given, keeps only those contracts (a fixed sample); `limit` keeps the first rows. */
export async function runCoverage(dir: string, options: { cacheDir?: string; limit?: number; pdfs?: readonly string[] } = {}): Promise<CoverageResult> {
  const fields = Object.fromEntries(Object.keys(COVERAGE_COLUMNS).map((f) => [f, { labelled: 0, whole: 0, sentences: 0 }])) as CoverageResult['fields'];
  const unread: string[] = [];
  let contracts = 0;
  for await (const { cell, doc } of readDevContracts(dir, options, unread)) {
    contracts++;
    const summary = extractiveSummary(doc.blocks, {});
    const weight = wordWeights(doc.blocks.map((b) => b.text));
    const byId = new Map(doc.blocks.map((b) => [b.id, b.text]));
    const citedText = (points: typeof summary.points): string[] => points.flatMap((p) => p.citations.map((c) => byId.get(c.blockId) ?? ''));
    const whole = citedText(summary.points);
    const sentences = citedText(summary.points.filter((p) => !summary.overview.includes(p)));
    for (const [field, column] of Object.entries(COVERAGE_COLUMNS) as [CoverageField, string][]) {
      const spans = readPythonList(cell(column)).flatMap((s) => s.split('<omitted>')).map((s) => s.trim()).filter((s) => words(s).length >= 2);
      if (!spans.length) continue;
      fields[field].labelled++;
      if (spans.some((s) => whole.some((t) => holds(t, s, 0.6, weight)))) fields[field].whole++;
      if (spans.some((s) => sentences.some((t) => holds(t, s, 0.6, weight)))) fields[field].sentences++;
    }
  }
  return { contracts, fields, unread };
}

export function formatCoverage(r: CoverageResult): string {
  const pct = (k: number, n: number): string => `${((100 * k) / Math.max(1, n)).toFixed(1)}%`;
  const lines = [`Key-term coverage of the 8-sentence extractive summary (${r.contracts} contracts; a span is covered when a cited block holds ≥ 60 % of its words and of their weight)`];
  lines.push(`${'field'.padEnd(14)} ${'labelled'.padStart(8)}  ${'whole summary'.padEnd(26)}  ranked sentences only`);
  let n = 0;
  let w = 0;
  let s = 0;
  for (const [f, v] of Object.entries(r.fields)) {
    const [lo, hi] = wilson(v.whole, v.labelled);
    lines.push(`${f.padEnd(14)} ${String(v.labelled).padStart(8)}  ${`${v.whole} ${pct(v.whole, v.labelled)} (${(100 * lo).toFixed(0)}–${(100 * hi).toFixed(0)})`.padEnd(26)}  ${v.sentences} ${pct(v.sentences, v.labelled)}`);
    n += v.labelled;
    w += v.whole;
    s += v.sentences;
  }
  lines.push(`${'all'.padEnd(14)} ${String(n).padStart(8)}  ${`${w} ${pct(w, n)}`.padEnd(26)}  ${s} ${pct(s, n)}`);
  if (r.unread.length) lines.push(`Not read (left out of the counts): ${r.unread.length}`, ...r.unread.map((u) => `  ${u}`));
  return lines.join('\n');
}
