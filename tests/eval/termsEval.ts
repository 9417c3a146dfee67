/**
 * The key-term evaluation on a CUAD folder: every PDF goes through `precis terms`'s own path
 * (readKeyTerms: PDF → extract → key terms) and every value is scored against the lawyers'
 * answers (./scoreTerms.ts). Files are read `jobs` at a time: each read parses in its own worker
 * thread while the main thread lays out and extracts the previous one, which keeps 2 cores busy.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { KeyTerms } from '../../shared/terms';
import type { ExtractedDocument } from '../../shared/document';
import { readKeyTerms } from '../../electron/core/commands/terms';
import { extractDocument, type ExtractOptions } from '../../electron/core/documents/extractDocument';
import { extractKeyTerms } from '../../electron/core/terms/extractKeyTerms';
import { readCuadLabels, SCORED_FIELDS, type CuadContract, type ScoredField } from './cuadLabels';
import { scoreField, wilson, type FieldScore } from './scoreTerms';
import { cachedScan, type ScanSettings } from './scanPdf';

export interface ContractResult {
  pdf: string;
  error?: string;
  ms: number;
  /** With a scan: the pages of the scanned PDF, so time can be given per page read. */
  pages?: number;
  scores: Record<ScoredField, FieldScore>;
}

export interface FieldSummary {
  labelled: number;
  right: number;
  wrong: number;
  missing: number;
  /** Contracts whose label is empty. */
  unlabelled: number;
  /** Values given where the label is empty. */
  extra: number;
  accuracy: number;
  interval: [number, number];
  extraRate: number;
}

export interface TermsEvalResult {
  contracts: ContractResult[];
  fields: Record<ScoredField, FieldSummary>;
  overall: { labelled: number; right: number; accuracy: number; interval: [number, number] };
  wallMs: number;
}

/**
 * Every `n`th contract in file-name order (places 0, n, 2n…): the same ones on every run. With an
 * odd `n` both fixed halves (even and odd places, see {@link halves}) are drawn from.
 */
export function everyNth(all: readonly CuadContract[], n: number): CuadContract[] {
  const sorted = [...all].sort((x, y) => (x.pdf < y.pdf ? -1 : x.pdf > y.pdf ? 1 : 0));
  return sorted.filter((_, i) => i % Math.max(1, Math.floor(n)) === 0);
}

/** `n` contracts spread evenly over the folder's order: the same ones on every run. */
export function fixedSample<T>(all: readonly T[], n: number): T[] {
  if (n >= all.length) return [...all];
  return Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]!);
}

/** A PDF's page count, as poppler reads it. */
function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/**
 * Development only: extracted documents kept in `dir`, keyed by the PDF's bytes, so rule changes
 * can be re-scored in seconds. The key terms are still computed fresh by the same extractKeyTerms.
 */
async function cachedTerms(file: string, dir: string, options: Pick<ExtractOptions, 'signal' | 'ocr' | 'ocrMode'> = {}): Promise<KeyTerms> {
  const key = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 24);
  const cached = path.join(dir, `${key}.json`);
  let doc: ExtractedDocument;
  if (existsSync(cached)) doc = JSON.parse(readFileSync(cached, 'utf8')) as ExtractedDocument;
  else {
    doc = await extractDocument({ path: file }, options);
    mkdirSync(dir, { recursive: true });
    writeFileSync(cached, JSON.stringify(doc));
  }
  return extractKeyTerms(doc).terms;
}

export interface TermsEvalOptions {
  /** A CUAD folder: labels.csv and pdf/. */
  dir: string;
  /** Score only these contracts (default all). */
  contracts?: readonly CuadContract[];
  jobs?: number;
  /**
   * Read CUAD's own text files (`txt/`) in place of the PDFs: the same rules on a different
   * conversion of the same contracts, so a value that changes shows a rule leaning on an
   * extraction artefact (line breaks, hyphenation, running headers).
   */
  text?: boolean;
  /**
   * With `text`: a label-preserving rewrite applied to each text file before it is read
   * (./perturb.ts): new text, or a PDF typeset from it. Written to a temporary folder, so the
   * extraction path is the CLI's own.
   */
  perturb?: (text: string) => string | Promise<Uint8Array>;
  /** What kind of file the rewrite's bytes are, as the rewrite says (default a PDF): the file is named after it. */
  perturbFile?: 'pdf' | 'docx';
  /**
   * Read each PDF as a scan of it (./scanPdf.ts: pages drawn by poppler, degraded, no text layer),
   * through the CLI's own OCR path (`--ocr auto`): the scans are kept in `scan.cacheDir`.
   */
  scan?: { settings: ScanSettings; cacheDir: string; ocr: NonNullable<ExtractOptions['ocr']> };
  /**
   * Development: reuse extracted documents from this folder (a scan's too, keyed by the scanned
   * PDF's bytes, so rule changes are re-scored without reading the pages again).
   */
  cacheDir?: string;
  signal?: AbortSignal;
  /** Longest a file may take to parse (default: the CLI's own limit). */
  parseTimeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
}

export function summarise(contracts: readonly ContractResult[]): Omit<TermsEvalResult, 'contracts' | 'wallMs'> {
  const fields = {} as Record<ScoredField, FieldSummary>;
  let labelled = 0;
  let right = 0;
  for (const f of SCORED_FIELDS) {
    const count = (o: string): number => contracts.filter((c) => c.scores[f].outcome === o).length;
    const s = { right: count('right'), wrong: count('wrong'), missing: count('missing'), extra: count('extra'), absent: count('absent') };
    const n = s.right + s.wrong + s.missing;
    const unlabelled = s.extra + s.absent;
    fields[f] = { labelled: n, right: s.right, wrong: s.wrong, missing: s.missing, unlabelled, extra: s.extra, accuracy: n ? s.right / n : 0, interval: wilson(s.right, n), extraRate: unlabelled ? s.extra / unlabelled : 0 };
    labelled += n;
    right += s.right;
  }
  return { fields, overall: { labelled, right, accuracy: labelled ? right / labelled : 0, interval: wilson(right, labelled) } };
}

/**
 * Two fixed halves of a run, by place in the file-name order (A even, B odd): a rule found by
 * reading one half's misses is checked on the other, which it was not fitted to.
 */
export function halves<T extends { pdf: string }>(contracts: readonly T[]): { a: T[]; b: T[] } {
  const sorted = [...contracts].sort((x, y) => (x.pdf < y.pdf ? -1 : x.pdf > y.pdf ? 1 : 0));
  return { a: sorted.filter((_, i) => i % 2 === 0), b: sorted.filter((_, i) => i % 2 === 1) };
}

export async function runTermsEval(options: TermsEvalOptions): Promise<TermsEvalResult> {
  const contracts = options.contracts ?? readCuadLabels(options.dir);
  if (options.perturb && !options.text) throw new Error('A perturbation rewrites the text files: use it with text: true');
  if (options.scan && options.text) throw new Error('A scan is drawn from the filed PDFs: use it without text');
  const perturbDir = options.perturb ? mkdtempSync(path.join(tmpdir(), 'precis-perturb-')) : undefined;
  const started = performance.now();
  let done = 0;
  const results = await mapLimit(contracts, options.jobs ?? 2, async (c): Promise<ContractResult> => {
    let file = options.text ? path.join(options.dir, 'txt', c.txt) : path.join(options.dir, 'pdf', c.pdf);
    let t0 = performance.now();
    let terms: KeyTerms = {};
    let error: string | undefined;
    let pages: number | undefined;
    try {
      if (options.text && !c.txt) throw new Error('no text file');
      if (options.scan) {
        file = await cachedScan(file, options.scan.cacheDir, options.scan.settings);
        pages = pdfPages(file);
      }
      if (options.perturb && perturbDir) {
        const out = await options.perturb(readFileSync(file, 'utf8'));
        file = path.join(perturbDir, typeof out === 'string' ? c.txt : `${c.txt.replace(/\.txt$/i, '')}.${options.perturbFile ?? 'pdf'}`);
        writeFileSync(file, out);
      }
      // The scan is timed from here: the time given per page is the CLI's reading (parse, OCR, terms), not the drawing.
      if (options.scan) t0 = performance.now();
      const ocr = options.scan ? { ocrMode: 'auto' as const, ocr: options.scan.ocr } : {};
      const signal = options.signal ? { signal: options.signal } : {};
      terms =
        options.cacheDir && !options.text
          ? await cachedTerms(file, options.cacheDir, { ...signal, ...ocr })
          : (await readKeyTerms(file, { ...signal, ...(options.parseTimeoutMs ? { limits: { timeoutMs: options.parseTimeoutMs } } : {}), ...ocr })).terms;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const scores = Object.fromEntries(SCORED_FIELDS.map((f) => [f, scoreField(f, c.answers[f], terms[f])])) as Record<ScoredField, FieldScore>;
    options.onProgress?.(++done, contracts.length);
    if (perturbDir && file.startsWith(perturbDir)) rmSync(file, { force: true });
    return { pdf: c.pdf, ms: performance.now() - t0, ...(pages ? { pages } : {}), scores, ...(error ? { error } : {}) };
  });
  if (perturbDir) rmSync(perturbDir, { recursive: true, force: true });
  return { contracts: results, ...summarise(results), wallMs: performance.now() - started };
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** The report `npm run eval -- terms` prints: per-field accuracy with Wilson 95 % intervals, extras, misses grouped. */
export function formatTermsReport(result: TermsEvalResult, examples = 4): string {
  const lines: string[] = [];
  const n = result.contracts.length;
  lines.push(`Key terms vs CUAD answers, value level (${n} contracts, ${(result.wallMs / 1000).toFixed(1)} s wall)`);
  lines.push(`${'field'.padEnd(15)} ${'right/labelled'.padStart(15)} ${'accuracy'.padStart(8)}  ${'95 % (Wilson)'.padEnd(13)} ${'wrong'.padStart(5)} ${'missing'.padStart(7)}   ${'extra/unlabelled'.padStart(16)}`);
  for (const f of SCORED_FIELDS) {
    const s = result.fields[f];
    lines.push(
      `${f.padEnd(15)} ${`${s.right}/${s.labelled}`.padStart(15)} ${pct(s.accuracy).padStart(7)}%  ${`${pct(s.interval[0])}–${pct(s.interval[1])}`.padEnd(13)} ${String(s.wrong).padStart(5)} ${String(s.missing).padStart(7)}   ${`${s.extra}/${s.unlabelled} (${pct(s.extraRate)}%)`.padStart(16)}`,
    );
  }
  const o = result.overall;
  lines.push(`${'all fields'.padEnd(15)} ${`${o.right}/${o.labelled}`.padStart(15)} ${pct(o.accuracy).padStart(7)}%  ${`${pct(o.interval[0])}–${pct(o.interval[1])}`.padEnd(13)}`);
  const { a, b } = halves(result.contracts);
  const [ha, hb] = [summarise(a), summarise(b)];
  const cell = (s: { right: number; labelled: number; accuracy: number }): string => `${s.right}/${s.labelled} ${pct(s.accuracy)}%`.padStart(16);
  const extraCell = (s: FieldSummary): string => (s.unlabelled ? `extra ${s.extra}/${s.unlabelled}` : '').padStart(16);
  lines.push(`\nTwo fixed halves (A: ${a.length} contracts at even places by file name, B: ${b.length} at odd places); study one, check on the other:`);
  for (const f of SCORED_FIELDS) lines.push(`${f.padEnd(15)} A ${cell(ha.fields[f])} ${extraCell(ha.fields[f])}   B ${cell(hb.fields[f])} ${extraCell(hb.fields[f])}`.trimEnd());
  lines.push(`${'all fields'.padEnd(15)} A ${cell(ha.overall)} ${''.padStart(16)}   B ${cell(hb.overall)}`);
  const failed = result.contracts.filter((c) => c.error);
  if (failed.length) lines.push(`\n${failed.length} contracts could not be read: ${failed.map((c) => `${c.pdf} (${c.error})`).join('; ')}`);
  lines.push('\nMisses, grouped (wrong value / missing / value where the label is empty):');
  const short = (s: string): string => s.replace(/\s+/g, ' ').slice(0, 90);
  for (const f of SCORED_FIELDS) {
    for (const outcome of ['wrong', 'missing', 'extra'] as const) {
      const hits = result.contracts.filter((c) => c.scores[f].outcome === outcome);
      if (!hits.length) continue;
      lines.push(`  ${f} · ${outcome} (${hits.length})`);
      for (const c of hits.slice(0, examples)) {
        const s = c.scores[f];
        lines.push(`    ${c.pdf.slice(0, 40).padEnd(40)}  label: ${short(s.label || '—')}  |  given: ${short(s.predicted ?? '—')}`);
      }
    }
  }
  return lines.join('\n');
}

/**
 * A rewritten run against the run on the text as CUAD gives it, field by field: labelled values
 * right in each, and how many contracts got the very same value (or none in both). A rule that
 * holds under the rewrite keeps both.
 */
export function formatPerturbationReport(name: string, what: string, base: TermsEvalResult, rewritten: TermsEvalResult, options: { caseless?: boolean; fold?: (value: string) => string } = {}): string {
  const byPdf = new Map(base.contracts.map((c) => [c.pdf, c]));
  // Quotes are folded so that a value that only carries the rewrite's own quotes counts as the same;
  // case too, for a rewrite that sets text in capitals.
  // A rewrite that changes how a value is written but not what it is (12 months for a year) folds it back.
  const fold = (v: string): string => {
    const folded = options.fold ? options.fold(v) : v;
    return options.caseless ? folded.toLowerCase() : folded;
  };
  const value = (c: ContractResult | undefined, f: ScoredField): string => fold((c?.scores[f].predicted ?? '').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'));
  const lines = [`Perturbation "${name}": ${what}`, `${'field'.padEnd(15)} ${'right as given'.padStart(15)} ${'right rewritten'.padStart(16)} ${'same value'.padStart(12)}`];
  let same = 0;
  let total = 0;
  for (const f of SCORED_FIELDS) {
    let equal = 0;
    for (const c of rewritten.contracts) {
      const b = byPdf.get(c.pdf);
      if (b && value(b, f) === value(c, f)) equal++;
    }
    same += equal;
    total += rewritten.contracts.length;
    const cell = (s: FieldSummary): string => `${s.right}/${s.labelled}`;
    lines.push(`${f.padEnd(15)} ${cell(base.fields[f]).padStart(15)} ${cell(rewritten.fields[f]).padStart(16)} ${`${equal}/${rewritten.contracts.length}`.padStart(12)}`);
  }
  lines.push(`${'all fields'.padEnd(15)} ${`${base.overall.right}/${base.overall.labelled}`.padStart(15)} ${`${rewritten.overall.right}/${rewritten.overall.labelled}`.padStart(16)} ${`${same}/${total}`.padStart(12)} (${pct(total ? same / total : 0)} %)`);
  const changed = (f: ScoredField): string[] =>
    rewritten.contracts
      .filter((c) => value(byPdf.get(c.pdf), f) !== value(c, f))
      .map((c) => `    ${c.pdf.slice(0, 40).padEnd(40)}  as given: ${(byPdf.get(c.pdf)?.scores[f].predicted ?? '—').slice(0, 70)}  |  rewritten: ${(c.scores[f].predicted ?? '—').slice(0, 70)}`);
  for (const f of SCORED_FIELDS) {
    const rows = changed(f);
    if (rows.length) lines.push(`  ${f} · changed (${rows.length})`, ...rows.slice(0, 8));
  }
  return lines.join('\n');
}
