/**
 * `npm run bench -- extractive [--runs N]`: how long the model-free engine takes on real contracts
 * and on a 50+ page one (real corpus pages joined end to end), against the budget of well
 * under a second. Extraction (pdf.js) is timed separately: it is the ingestion's cost, not ours.
 */
import type { Block, ExtractedDocument } from '../../shared/document';
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../electron/core/documents/worker/parseInWorker';
import { extractiveStrategy } from '../../electron/core/pipeline/extractiveStrategy';
import { summarizeDocument } from '../../electron/core/pipeline/summarizeDocument';
import { extractKeyTerms } from '../../electron/core/terms/extractKeyTerms';
import { rankSentences } from '../../electron/core/terms/rankSentences';
import { corpusFile } from '../helpers/kit';

const FILES = ['cuad_07_license_cytodyn.pdf', 'cuad_02_service_reynolds.pdf', 'g-cloud-8-framework-agreement.pdf', 'cuad_01_service_mplx.pdf'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(runs: number, work: () => unknown): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

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

async function summarize(doc: ExtractedDocument): Promise<void> {
  // A failure is thrown by the pipeline itself.
  for await (const _ of summarizeDocument(doc, extractiveStrategy())) continue;
}

export async function run(argv: string[]): Promise<void> {
  const runsAt = argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 5;
  const docs: ExtractedDocument[] = [];
  console.log(`median of ${runs} runs; budget: 1000 ms for a 50-page contract`);
  console.log(`${'document'.padEnd(38)} ${'pages'.padStart(5)} ${'chars'.padStart(8)} ${'extract'.padStart(9)} ${'rank'.padStart(8)} ${'terms'.padStart(8)} ${'pipeline'.padStart(9)} ${'÷budget'.padStart(8)}`);
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
  } finally {
    await shutdownParseWorker();
  }
}

async function report(name: string, doc: ExtractedDocument, runs: number, extractMs?: number): Promise<void> {
  const chars = doc.blocks.reduce((n, b) => n + b.text.length, 0);
  const rank = await time(runs, () => rankSentences(doc.blocks, { sentences: 8 }));
  const terms = await time(runs, () => extractKeyTerms(doc));
  const pipeline = await time(runs, () => summarize(doc));
  const cells = [
    name.padEnd(38),
    String(doc.pageCount).padStart(5),
    String(chars).padStart(8),
    (extractMs === undefined ? '-' : `${extractMs.toFixed(0)} ms`).padStart(9),
    `${rank.toFixed(1)} ms`.padStart(8),
    `${terms.toFixed(1)} ms`.padStart(8),
    `${pipeline.toFixed(1)} ms`.padStart(9),
    `${(pipeline / 1000).toFixed(3)}`.padStart(8),
  ];
  console.log(cells.join(' '));
}
