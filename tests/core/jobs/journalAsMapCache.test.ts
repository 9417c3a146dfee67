import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { chunkDocument } from '../../../electron/core/chunking/chunkDocument';
import { collectSummary } from '../../../electron/core/jobs/jobEvents';
import { estimateTokens } from '../../../electron/core/llm/estimateTokens';
import { extractiveStrategy } from '../../../electron/core/pipeline/extractiveStrategy';
import type { MapCache } from '../../../electron/core/pipeline/mapCache';
import { summarizeDocument } from '../../../electron/core/pipeline/summarizeDocument';
import type { SummaryStrategy } from '../../../electron/core/pipeline/summaryStrategy';
import { createJobJournals, type JournalKey } from '../../../electron/core/storage/jobJournal';
import { createFileKeyProvider } from '../../../electron/core/storage/keyProvider';
import type { ExtractedDocument } from '../../../shared/document';
import type { SummaryEvent, SummaryResult } from '../../../shared/summary';

const CONTRACT = [
  'MASTER SUPPLY AGREEMENT',
  ...Array.from(
    { length: 16 },
    (_, i) =>
      `${i + 1}. Clause ${i + 1}\n\nThe Supplier shall deliver the goods in Schedule ${i + 1} within ${10 + i} days of each order. ` +
      `The Buyer shall pay each undisputed invoice within ${30 + i} days. Either party may end this clause on ${60 + i} days' written notice.`,
  ),
].join('\n\n');

let home: string;
let doc: ExtractedDocument;
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-journaled-'));
  doc = await extractDocument({ bytes: Buffer.from(CONTRACT), name: 'supply.txt' });
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

/** The real extractive strategy with small chunks, so the real chunker makes several map steps; counts map calls. */
function countingEngine() {
  const inner = extractiveStrategy();
  const mapCalls: number[] = [];
  const strategy: SummaryStrategy = {
    ...inner,
    maxParallel: 1,
    prepare(d, options) {
      const steps = inner.prepare(d, options);
      return {
        ...steps,
        chunk: () => chunkDocument(d, { countTokens: estimateTokens, budget: 300 }),
        map(chunk, blocks, signal) {
          mapCalls.push(chunk.index);
          return steps.map(chunk, blocks, signal);
        },
      };
    },
  };
  return { strategy, mapCalls };
}

/** One job as the service runs it, resuming from `cache` when given. */
function run(jobId: string, strategy: SummaryStrategy, options: { cache?: MapCache; signal?: AbortSignal; onEvent?: (e: SummaryEvent) => void } = {}) {
  const { cache, signal, onEvent } = options;
  return collectSummary(jobId, (s) => summarizeDocument(doc, strategy, { signal: s, ...(cache ? { cache } : {}) }), { ...(signal ? { signal } : {}), ...(onEvent ? { onEvent } : {}) });
}

const key = (): JournalKey => ({ docSha256: doc.sha256, chunkerVersion: 1, modelId: 'extractive', promptVersion: 'standard' });

/** Everything but the timing-dependent parts. */
function comparable(summary: SummaryResult) {
  return { markdown: summary.markdown, points: summary.points, keyTerms: summary.keyTerms };
}

describe('a job journal as the map stage\'s cache (real ingestion, pipeline and extractive strategy)', () => {
  it('resumes a cancelled job from its committed chunks and ends with the same summary as an uninterrupted run', async () => {
    const reference = countingEngine();
    const { terminal: refEnd } = await run('ref', reference.strategy);
    if (refEnd.type !== 'done') throw new Error(`reference run ended ${refEnd.type}`);
    const chunkCount = reference.mapCalls.length;
    expect(chunkCount).toBeGreaterThanOrEqual(4);

    // Run 1: stopped after two chunks are done (as a crash or quit would).
    const journals = createJobJournals(home, createFileKeyProvider(home));
    const first = countingEngine();
    const j1 = await journals.open(key());
    const controller = new AbortController();
    const { terminal: firstEnd } = await run('run1', first.strategy, {
      cache: j1,
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'chunkDone' && e.chunkIndex === 1) controller.abort();
      },
    });
    expect(firstEnd.type).toBe('cancelled');
    await j1.close();
    const peek = await journals.open(key());
    const committed = [...peek.completed().keys()].sort((a, b) => a - b);
    await peek.close();
    expect(committed.slice(0, 2)).toEqual([0, 1]);
    expect(committed.length).toBeLessThan(chunkCount);

    // Run 2: a new process would do exactly this.
    const second = countingEngine();
    const j2 = await journals.open(key());
    const { terminal: secondEnd } = await run('run2', second.strategy, { cache: j2 });
    if (secondEnd.type !== 'done') throw new Error(`resumed run ended ${secondEnd.type}`);
    await j2.finish();

    expect(second.mapCalls.filter((i) => committed.includes(i))).toEqual([]);
    expect([...second.mapCalls, ...committed].sort((a, b) => a - b)).toEqual(Array.from({ length: chunkCount }, (_, i) => i));
    expect(comparable(secondEnd.summary)).toEqual(comparable(refEnd.summary));
  });

  it('records every fresh map answer, and nothing else', async () => {
    const engine = countingEngine();
    const journal = await createJobJournals(home, createFileKeyProvider(home)).open(key());
    await run('j', engine.strategy, { cache: journal });
    expect(engine.mapCalls.length).toBeGreaterThanOrEqual(4);
    expect([...journal.completed().keys()].sort((a, b) => a - b)).toEqual([...engine.mapCalls].sort((a, b) => a - b));
    await journal.discard();
  });
});
