import { describe, expect, it } from 'vitest';
import type { SummaryEvent, SummaryResult } from '../../../shared/summary';
import { jobsReducer, newJobView, progressFraction, progressLine, type JobsState } from '../../../renderer/src/state/jobsReducer';

const doc = { sha256: 'a'.repeat(64), fileName: 'nda.pdf', kind: 'pdf' as const, pageCount: 3 };
const result: SummaryResult = {
  markdown: '## Overview\nMutual NDA [p. 1, §1].',
  points: [{ text: 'Mutual NDA', citations: [{ blockId: 'p1.2', page: 1, clause: '1' }] }],
  provider: 'extractive',
  providerKind: 'extractive',
  model: 'extractive',
  document: doc,
  warnings: [],
  createdAt: '2026-11-28T15:00:00.000Z',
};
const stats = { chunks: 2, promptTokens: 10, generatedTokens: 5, stageMs: {}, totalMs: 100, tokensPerSecond: 50, droppedCitations: 0 };

function fold(events: SummaryEvent[], start: JobsState = { j: newJobView('j') }, now = 0): JobsState {
  return events.reduce((s, event, i) => jobsReducer(s, { type: 'event', event, now: now + i * 1000 }), start);
}

const started: SummaryEvent = { type: 'started', jobId: 'j', seq: 0, chunkCount: 4, provider: 'local', model: 'tiny', document: doc };
const delta = (seq: number, text: string): SummaryEvent => ({ type: 'delta', jobId: 'j', seq, stage: 'final', text });

describe('jobsReducer', () => {
  it('streams final-stage deltas and replaces them with the finished result', () => {
    const s = fold([started, { type: 'stage', jobId: 'j', seq: 1, stage: 'final' }, delta(2, '## Over'), delta(3, 'view')]);
    expect(s.j?.markdown).toBe('## Overview');
    expect(s.j?.status).toBe('running');
    const done = fold([{ type: 'done', jobId: 'j', seq: 4, summary: result, stats }], s);
    expect(done.j?.status).toBe('done');
    expect(done.j?.markdown).toBe(result.markdown);
    expect(done.j?.result).toBe(result);
    expect(progressFraction(done.j!)).toBe(1);
  });

  it('does not put map-stage output (JSON notes) into the summary text', () => {
    const s = fold([started, { type: 'delta', jobId: 'j', seq: 1, stage: 'map', chunkIndex: 0, text: '{"points":' }]);
    expect(s.j?.markdown).toBe('');
  });

  it('ignores duplicate and stale events', () => {
    const s = fold([started, delta(1, 'A'), delta(1, 'A'), delta(2, 'B'), delta(1, 'A')]);
    expect(s.j?.markdown).toBe('AB');
    expect(s.j?.lastSeq).toBe(2);
  });

  it('counts gaps in seq but keeps applying later events', () => {
    const s = fold([started, delta(1, 'A'), delta(4, 'D'), delta(5, 'E')]);
    expect(s.j?.markdown).toBe('ADE');
    expect(s.j?.missedEvents).toBe(2);
  });

  it('ignores late deltas after cancel and accepts exactly one terminal', () => {
    let s = fold([started, delta(1, 'kept')]);
    s = jobsReducer(s, { type: 'cancelRequested', jobId: 'j' });
    expect(s.j?.status).toBe('cancelling');
    s = fold([delta(2, ' late')], s);
    expect(s.j?.markdown).toBe('kept');
    s = fold([{ type: 'cancelled', jobId: 'j', seq: 3 }], s);
    expect(s.j?.status).toBe('cancelled');
    const after = fold([delta(4, ' later'), { type: 'done', jobId: 'j', seq: 5, summary: result, stats }], s);
    expect(after.j?.status).toBe('cancelled');
    expect(after.j?.markdown).toBe('kept');
    expect(after).toBe(s);
  });

  it('takes the partial summary a failed job carries', () => {
    const s = fold([
      started,
      {
        type: 'failed',
        jobId: 'j',
        seq: 1,
        error: { code: 'GENERATION_FAILED', message: 'The model stopped.', retryable: true },
        partial: { markdown: 'Partial [p. 2]', points: [] },
      },
    ]);
    expect(s.j?.status).toBe('failed');
    expect(s.j?.markdown).toBe('Partial [p. 2]');
    expect(progressLine(s.j!)).toBe('Failed: The model stopped.');
  });

  it('ignores events of jobs this window did not start', () => {
    const s = fold([{ ...started, jobId: 'other' }]);
    expect(s.other).toBeUndefined();
  });

  it('says while the server has the job wait, and stops saying it when the wait is over', () => {
    const chunk: SummaryEvent = { type: 'chunkStarted', jobId: 'j', seq: 1, chunkIndex: 0, chunkCount: 3, pages: [1] };
    const waiting = fold([{ ...started, chunkCount: 3 }, chunk, { type: 'waiting', jobId: 'j', seq: 2, seconds: 20 }]);
    // The wait was told at now = 2 s: it counts down to 22 s, and says when it is over.
    expect(progressLine(waiting.j!, 2_000)).toBe('Reading section 1 of 3 · the server asked to wait 20 s; Precis tries again in 20 s');
    expect(progressLine(waiting.j!, 8_400)).toBe('Reading section 1 of 3 · the server asked to wait 20 s; Precis tries again in 14 s');
    expect(progressLine(waiting.j!, 22_000)).toBe('Reading section 1 of 3 · the server asked to wait 20 s; Precis tries again now');
    // A clock read before the wait began does not count more than the server asked for.
    expect(progressLine(waiting.j!, 0)).toBe('Reading section 1 of 3 · the server asked to wait 20 s; Precis tries again in 20 s');
    const over = fold([{ type: 'waiting', jobId: 'j', seq: 3, seconds: 0 }], waiting);
    expect(progressLine(over.j!)).toBe('Reading section 1 of 3');
    expect(over.j?.status).toBe('running');
  });

  it('describes progress by section with a time estimate from the pace so far', () => {
    const chunk = (seq: number, chunkIndex: number): SummaryEvent => ({ type: 'chunkStarted', jobId: 'j', seq, chunkIndex, chunkCount: 23, pages: [1] });
    const doneChunk = (seq: number, chunkIndex: number): SummaryEvent => ({ type: 'chunkDone', jobId: 'j', seq, chunkIndex, points: [] });
    // now advances 1 s per event: six sections finish at a pace of ~2 s each.
    const events: SummaryEvent[] = [{ ...started, chunkCount: 23 }];
    for (let i = 0; i < 6; i++) events.push(chunk(events.length, i), doneChunk(events.length + 1, i));
    const s = fold(events);
    expect(s.j?.chunksDone).toBe(6);
    expect(progressLine(s.j!)).toMatch(/^Reading section 7 of 23 · about (30|40) s left$/);
    const frac = progressFraction(s.j!);
    expect(frac).toBeGreaterThan(0.2);
    expect(frac).toBeLessThan(0.3);
  });

  it('reports a start failure as the job failing', () => {
    const s = jobsReducer({ j: newJobView('j') }, { type: 'startFailed', jobId: 'j', error: { code: 'MODEL_NOT_LOADED', message: 'Load a model.', retryable: false } });
    expect(s.j?.status).toBe('failed');
  });
});
