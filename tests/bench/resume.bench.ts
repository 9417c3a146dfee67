/**
 * `npm run bench -- resume [--model tiny|bench] [--reps N] [--clauses N] [--threads N]`: what resuming
 * a job costs. A job is stopped after half of its parts (their points committed to the real,
 * encrypted job journal), then, side by side and in alternating order:
 *  - resumed: the same job again through the journal (open, decrypt, answer the finished parts from
 *    it, read the rest with the model, reduce, final, destroy the journal);
 *  - remaining alone: the same job with the finished parts' answers handed over in memory (no
 *    journal at all), i.e. only the work that was left.
 * Goal: resumed ÷ remaining alone ≤ 1.1. Median of --reps pairs. Not a test.
 */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SummaryPoint } from '../../shared/summary';
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { createLocalProvider } from '../../electron/core/llm/localProvider';
import type { MapCache } from '../../electron/core/pipeline/mapCache';
import { modelStrategy } from '../../electron/core/pipeline/modelStrategy';
import type { PipelineEvent } from '../../electron/core/pipeline/pipelineEvent';
import { summarizeDocument, type SummarizeOptions } from '../../electron/core/pipeline/summarizeDocument';
import { journalKeyFor } from '../../electron/core/service/createSummaryEngine';
import { createFileKeyProvider } from '../../electron/core/storage/keyProvider';
import { createJobJournals, JOURNAL_DIR } from '../../electron/core/storage/jobJournal';
import { benchModelPath, tinyModelPath } from '../helpers/tinyGguf';

async function finish(events: AsyncIterable<PipelineEvent>): Promise<PipelineEvent> {
  let last: PipelineEvent | undefined;
  for await (const e of events) last = e;
  if (last?.type !== 'done') throw new Error(`the job ended with ${last?.type}: ${JSON.stringify(last).slice(0, 300)}`);
  return last;
}

/** The given parts' points handed over in memory, as the journal would give them, and nothing kept. */
function handedOver(done: ReadonlyMap<number, SummaryPoint[]>): MapCache {
  return { completed: () => done, record: async () => undefined };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { model: { type: 'string', default: 'tiny' }, reps: { type: 'string', default: '5' }, clauses: { type: 'string', default: '40' }, threads: { type: 'string', default: '2' } },
  });
  const modelPath = values.model === 'bench' ? await benchModelPath() : await tinyModelPath();
  const provider = await createLocalProvider({ modelPath, threads: Number(values.threads), parallel: 1, contextSize: 2048 });
  const clauses = Array.from(
    { length: Number(values.clauses) },
    (_, i) => `${i + 1}. Clause ${i + 1}\n\nThe Supplier shall deliver the Goods within ${10 + i} days of each order. The Buyer shall pay each invoice within thirty days.`,
  );
  const doc = await extractDocument({ bytes: Buffer.from(`SUPPLY AGREEMENT\n\n${clauses.join('\n\n')}\n`), name: 'supply.txt' });
  const home = mkdtempSync(path.join(os.tmpdir(), 'precis-bench-resume-'));
  const journals = createJobJournals(home, createFileKeyProvider(home), { onWarning: () => undefined });
  const key = journalKeyFor(doc, { provider, fileSha256: 'bench' }, 'brief');
  const options: SummarizeOptions = { length: 'brief', maxTokens: 24 };
  const strategy = modelStrategy(provider);

  // The interrupted job: stopped once half of its parts are committed.
  const first = await journals.open(key);
  const stop = new AbortController();
  let chunkCount = 0;
  let read = 0;
  try {
    for await (const e of summarizeDocument(doc, strategy, { ...options, cache: first, signal: stop.signal })) {
      if (e.type === 'started') chunkCount = e.chunkCount;
      if (e.type === 'chunkDone' && ++read >= Math.floor(chunkCount / 2)) stop.abort();
    }
  } catch (e) {
    // The stop itself: the pipeline throws CANCELLED.
    if (!stop.signal.aborted) throw e;
  }
  await first.close();
  const dir = path.join(home, JOURNAL_DIR);
  const [name] = readdirSync(dir).filter((n) => n.endsWith('.jsonl'));
  if (!name) throw new Error('no journal was written');
  const snapshot = path.join(home, 'snapshot');
  copyFileSync(path.join(dir, name), snapshot);
  const peek = await journals.open(key);
  const done = peek.completed();
  await peek.close();

  const resumedMs: number[] = [];
  const aloneMs: number[] = [];
  const resumed = async () => {
    copyFileSync(snapshot, path.join(dir, name));
    await provider.clearCache();
    const t0 = performance.now();
    const journal = await journals.open(key);
    await finish(summarizeDocument(doc, strategy, { ...options, cache: journal }));
    await journal.finish();
    resumedMs.push(performance.now() - t0);
  };
  const alone = async () => {
    await provider.clearCache();
    const t0 = performance.now();
    await finish(summarizeDocument(doc, strategy, { ...options, cache: handedOver(done) }));
    aloneMs.push(performance.now() - t0);
  };
  const reps = Number(values.reps);
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      await resumed();
      await alone();
    } else {
      await alone();
      await resumed();
    }
  }
  await provider.dispose();
  const r = median(resumedMs);
  const a = median(aloneMs);
  console.log(`model ${path.basename(modelPath)}, ${chunkCount} parts, ${done.size} finished before the stop; median of ${reps} pairs, alternating order`);
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.availableParallelism()} cores`);
  console.log(`resumed through the journal   ${r.toFixed(0).padStart(8)} ms`);
  console.log(`remaining parts alone          ${a.toFixed(0).padStart(8)} ms`);
  console.log(`resumed ÷ remaining alone      ${(r / a).toFixed(3).padStart(8)}   (goal ≤ 1.1)`);
}
