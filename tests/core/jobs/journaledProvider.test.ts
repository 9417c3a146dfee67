import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { createJobJournals, type JournalKey } from '../../../electron/core/storage/jobJournal';
import { journaledProvider } from '../../../electron/core/jobs/journaledProvider';
import { createExtractiveProvider } from '../../../electron/core/llm/extractiveProvider';
import type { GenerateRequest, LlmProvider } from '../../../electron/core/llm/provider';
import { collectSummary, summarizeDocument } from '../../../electron/core/pipeline/summarizeDocument';
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

/** The real extractive engine with a small context, so the real chunker makes several map steps; counts map calls. */
function countingEngine() {
  const inner = createExtractiveProvider();
  const mapCalls: number[] = [];
  const provider: LlmProvider = {
    ...inner,
    contextSize: 900,
    maxParallel: 1,
    generate(request: GenerateRequest, options) {
      if (request.task.type === 'map') mapCalls.push(request.task.chunk.index);
      return inner.generate(request, options);
    },
  };
  return { provider, mapCalls };
}

const key = (): JournalKey => ({ docSha256: doc.sha256, chunkerVersion: 1, modelId: 'extractive', promptVersion: 'standard' });

/** Everything but the timing-dependent parts. */
function comparable(summary: SummaryResult) {
  return { markdown: summary.markdown, points: summary.points, keyTerms: summary.keyTerms };
}

describe('journaledProvider (real ingestion, pipeline and extractive engine)', () => {
  it('resumes a cancelled job from its committed chunks and ends with the same summary as an uninterrupted run', async () => {
    const reference = countingEngine();
    const { terminal: refEnd } = await collectSummary(summarizeDocument(doc, reference.provider, { jobId: 'ref' }));
    if (refEnd.type !== 'done') throw new Error(`reference run ended ${refEnd.type}`);
    const chunkCount = reference.mapCalls.length;
    expect(chunkCount).toBeGreaterThanOrEqual(4);

    // Run 1: stopped after two chunks are done (as a crash or quit would).
    const journals = createJobJournals(home, createFileKeyProvider(home));
    const first = countingEngine();
    const j1 = await journals.open(key());
    const controller = new AbortController();
    const { terminal: firstEnd } = await collectSummary(
      summarizeDocument(doc, journaledProvider(first.provider, j1), { jobId: 'run1', signal: controller.signal }),
      (e: SummaryEvent) => {
        if (e.type === 'chunkDone' && e.chunkIndex === 1) controller.abort();
      },
    );
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
    const { terminal: secondEnd } = await collectSummary(summarizeDocument(doc, journaledProvider(second.provider, j2), { jobId: 'run2' }));
    if (secondEnd.type !== 'done') throw new Error(`resumed run ended ${secondEnd.type}`);
    await j2.finish();

    expect(second.mapCalls.filter((i) => committed.includes(i))).toEqual([]);
    expect([...second.mapCalls, ...committed].sort((a, b) => a - b)).toEqual(Array.from({ length: chunkCount }, (_, i) => i));
    expect(comparable(secondEnd.summary)).toEqual(comparable(refEnd.summary));
  });

  it('passes every non-map step straight through and keeps the provider facts', async () => {
    const engine = countingEngine();
    const journal = await createJobJournals(home, createFileKeyProvider(home)).open(key());
    const wrapped = journaledProvider(engine.provider, journal);
    expect([wrapped.id, wrapped.kind, wrapped.modelName, wrapped.contextSize, wrapped.maxParallel]).toEqual([
      engine.provider.id,
      engine.provider.kind,
      engine.provider.modelName,
      900,
      1,
    ]);
    expect(wrapped.countTokens('one two three')).toBe(engine.provider.countTokens('one two three'));
    await collectSummary(summarizeDocument(doc, wrapped, { jobId: 'j' }));
    // Only map answers are journaled.
    expect(journal.completed().size).toBe(engine.mapCalls.length);
    await journal.discard();
  });
});
