import { describe, expect, it } from 'vitest';
import { collectSummary } from '../../../electron/core/jobs/jobEvents';
import { extractiveStrategy } from '../../../electron/core/pipeline/extractiveStrategy';
import { summarizeDocument } from '../../../electron/core/pipeline/summarizeDocument';
import { extractiveSummaryInWorker, runsOffThread } from '../../../electron/core/service/extractiveInWorker';
import { sampleDocument } from '../pipeline/sampleDocument';

const fenceKey = new Uint8Array(32).fill(7);
const doc = sampleDocument({ sections: 120, paragraphs: 12 });

describe('extractive summary in a worker thread', () => {
  it('runs large documents off-thread with the same result as in this thread', async () => {
    expect(runsOffThread(doc)).toBe(true);
    expect(runsOffThread(sampleDocument())).toBe(false);
    const options = { sentences: 6, fenceKey };
    const off = await collectSummary('w', (signal) => extractiveSummaryInWorker(doc, 6, options, { signal }));
    const inline = await collectSummary('w', (signal) => summarizeDocument(doc, extractiveStrategy({ sentences: 6 }), { ...options, signal }));
    const last = off.terminal;
    const ref = inline.terminal;
    if (last.type !== 'done' || ref.type !== 'done') throw new Error(`expected done, got ${last.type} and ${ref.type}`);
    expect(last.summary.markdown).toBe(ref.summary.markdown);
    expect(last.summary.points).toEqual(ref.summary.points);
    expect(last.stats.sentencesRead).toBe(ref.stats.sentencesRead);
    expect(off.events.map((e) => e.seq)).toEqual(off.events.map((_, i) => i));
  }, 120_000);

  it('ends with cancelled when the signal fires, and with GENERATION_FAILED when the time budget runs out', async () => {
    const controller = new AbortController();
    const cancelled = collectSummary('c', (signal) => extractiveSummaryInWorker(doc, 6, {}, { signal }), { signal: controller.signal });
    controller.abort();
    expect((await cancelled).terminal.type).toBe('cancelled');

    const slow = await collectSummary('t', (signal) => extractiveSummaryInWorker(doc, 6, {}, { signal, timeBudgetMs: 1 }));
    expect(slow.terminal.type).toBe('failed');
    if (slow.terminal.type === 'failed') expect(slow.terminal.error.code).toBe('GENERATION_FAILED');
    expect(slow.events.filter((e) => e.type === 'done' || e.type === 'failed' || e.type === 'cancelled')).toHaveLength(1);
  }, 120_000);
});
