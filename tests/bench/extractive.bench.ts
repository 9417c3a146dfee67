/**
 * `npm run bench -- extractive [--runs N] [--cuad N]`: the model-free preview (key terms + extractive
 * summary, from an extracted document) on real contracts, a 50+ page one (real corpus pages joined end
 * to end) and the largest CUAD dev contracts, against a budget of one second, with where the time goes.
 * Extraction (pdf.js) is timed separately: it is the ingestion's cost, not ours.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Block, ExtractedDocument } from '../../shared/document';
import type { SummaryStats } from '../../shared/summary';
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../electron/core/documents/worker/parseInWorker';
import { extractiveStrategy } from '../../electron/core/pipeline/extractiveStrategy';
import { summarizeDocument } from '../../electron/core/pipeline/summarizeDocument';
import { corpusFile, REPO_ROOT } from '../helpers/kit';

const CUAD_PDF = path.join(REPO_ROOT, '..', 'shared', 'data', 'cuad-dev', 'pdf');
const FILES = ['cuad_07_license_cytodyn.pdf', 'cuad_02_service_reynolds.pdf', 'g-cloud-8-framework-agreement.pdf', 'cuad_01_service_mplx.pdf'];

/** Real documents joined page after page (ids renumbered) until the result has at least `pages` pages. */
function joinPages(docs: readonly ExtractedDocument[], pages: number): ExtractedDocument {
  const blocks: Block[] = [];
  let offset = 0;
  for (const doc of docs) {
    if (offset >= pages) break;
    for (const b of doc.blocks) {
      const page = b.page + offset;
      blocks.push({ ...b, page, id: `p${page}.${b.id.split('.')[1]}` });
    }
    offset += doc.pageCount;
  }
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  return { sha256: 'joined', kind: 'pdf', pageCount: offset, pages: [], blocks, definitions: [], warnings: [{ code: 'NO_TEXT', message: `${chars} characters` }] };
}

/** One preview run (key terms + extractive summary) from an extracted document, with its stats. */
async function summarize(doc: ExtractedDocument): Promise<SummaryStats> {
  // A failure is thrown by the pipeline itself.
  for await (const e of summarizeDocument(doc, extractiveStrategy())) if (e.type === 'done') return e.stats;
  throw new Error('summary ended without a result');
}

/** The largest CUAD dev contracts by file size (no names in code: the set decides). */
function largestCuad(count: number): string[] {
  if (!existsSync(CUAD_PDF)) return [];
  return readdirSync(CUAD_PDF)
    .filter((f) => /\.pdf$/i.test(f))
    .map((f) => ({ f, size: statSync(path.join(CUAD_PDF, f)).size }))
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map((e) => path.join(CUAD_PDF, e.f));
}

export async function run(argv: string[]): Promise<void> {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
  const cuadAt = argv.indexOf('--cuad');
  const cuad = cuadAt >= 0 ? Number(argv[cuadAt + 1]) : 4;
  const docs: ExtractedDocument[] = [];
  console.log(`median of ${runs} runs; budget: 1000 ms from extracted document to key terms + summary (preview) for a 50-page contract`);
  console.log('preview = the whole summarize job with the extractive engine; its parts: key terms (rules), chunk, map (ranking per chunk), reduce, final (summary writing)');
  console.log(
    `${'document'.padEnd(38)} ${'pages'.padStart(5)} ${'chars'.padStart(8)} ${'sents'.padStart(6)} ${'extract'.padStart(9)} ${'terms'.padStart(8)} ${'chunk'.padStart(8)} ${'map'.padStart(8)} ${'reduce'.padStart(8)} ${'final'.padStart(8)} ${'preview'.padStart(9)} ${'÷budget'.padStart(8)}`,
  );
  try {
    for (const f of FILES) {
      const t0 = performance.now();
      const doc = await extractDocument({ path: corpusFile(f) });
      const extractMs = performance.now() - t0;
      docs.push(doc);
      await report(f, doc, runs, extractMs);
    }
    const joined = joinPages([...docs].reverse(), 50);
    await report('joined pages (mplx+g-cloud+reynolds)', joined, runs);
    for (const [i, file] of largestCuad(cuad).entries()) {
      const t0 = performance.now();
      const doc = await extractDocument({ path: file });
      await report(`cuad-dev largest #${i + 1}`, doc, runs, performance.now() - t0);
    }
  } finally {
    await shutdownParseWorker();
  }
}

async function report(name: string, doc: ExtractedDocument, runs: number, extractMs?: number): Promise<void> {
  const chars = doc.blocks.reduce((n, b) => n + b.text.length, 0);
  const all: SummaryStats[] = [];
  for (let i = 0; i < runs; i++) all.push(await summarize(doc));
  // The run with the median total, so its parts add up to the figure shown.
  const stats = [...all].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(all.length / 2)]!;
  const ms = (v: number | undefined): string => (v === undefined ? '-' : `${v.toFixed(1)} ms`).padStart(8);
  const cells = [
    name.padEnd(38),
    String(doc.pageCount).padStart(5),
    String(chars).padStart(8),
    String(stats.sentencesRead ?? '-').padStart(6),
    (extractMs === undefined ? '-' : `${extractMs.toFixed(0)} ms`).padStart(9),
    ms(stats.keyTermsMs),
    ms(stats.stageMs.chunk),
    ms(stats.stageMs.map),
    ms(stats.stageMs.reduce),
    ms(stats.stageMs.final),
    `${stats.totalMs.toFixed(1)} ms`.padStart(9),
    `${(stats.totalMs / 1000).toFixed(3)}`.padStart(8),
  ];
  console.log(cells.join(' '));
}
