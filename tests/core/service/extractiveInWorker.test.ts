import { describe, expect, it } from 'vitest';
import type { SummaryEvent } from '../../../shared/summary';
import { createExtractiveProvider } from '../../../electron/core/llm/extractiveProvider';
import { summarizeDocument } from '../../../electron/core/pipeline/summarizeDocument';
import { extractiveSummaryInWorker, runsOffThread } from '../../../electron/core/service/extractiveInWorker';
import { sampleDocument } from '../pipeline/sampleDocument';

const collect = async (events: AsyncIterable<SummaryEvent>): Promise<SummaryEvent[]> => {
  const all: SummaryEvent[] = [];
  for await (const e of events) all.push(e);
  return all;
};
const fenceKey = new Uint8Array(32).fill(7);
const doc = sampleDocument({ sections: 120, paragraphs: 12 });

describe('extractive summary in a worker thread', () => {
  it('runs large documents off-thread with the same result as in this thread', async () => {
    expect(runsOffThread(doc)).toBe(true);
    expect(runsOffThread(sampleDocument())).toBe(false);
    const options = { jobId: 'w', sentences: 6, fenceKey };
    const off = await collect(extractiveSummaryInWorker(doc, 6, options, { signal: new AbortController().signal }));
    const inline = await collect(summarizeDocument(doc, createExtractiveProvider({ sentences: 6 }), options));
    const last = off.at(-1);
    const ref = inline.at(-1);
    if (last?.type !== 'done' || ref?.type !== 'done') throw new Error(`expected done, got ${last?.type} and ${ref?.type}`);
    expect(last.summary.markdown).toBe(ref.summary.markdown);
    expect(last.summary.points).toEqual(ref.summary.points);
    expect(off.map((e) => e.seq)).toEqual(off.map((_, i) => i));
  }, 120_000);

  it('ends with cancelled when the signal fires, and with GENERATION_FAILED when the time budget runs out', async () => {
    const controller = new AbortController();
    const cancelled = extractiveSummaryInWorker(doc, 6, { jobId: 'c' }, { signal: controller.signal });
    controller.abort();
    expect((await collect(cancelled)).at(-1)?.type).toBe('cancelled');

    const slow = await collect(extractiveSummaryInWorker(doc, 6, { jobId: 't' }, { signal: new AbortController().signal, timeBudgetMs: 1 }));
    const last = slow.at(-1);
    expect(last?.type).toBe('failed');
    if (last?.type === 'failed') expect(last.error.code).toBe('GENERATION_FAILED');
    expect(slow.filter((e) => e.type === 'done' || e.type === 'failed' || e.type === 'cancelled')).toHaveLength(1);
  }, 120_000);
});
