import { describe, expect, it } from 'vitest';
import type { SummaryEvent } from '../../../shared/summary';
import { createJobManager, type JobRunner } from '../../../electron/core/jobs/jobManager';
import { PrecisFailure } from '../../../electron/core/errors';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A runner that emits `n` deltas `gapMs` apart, then done; honours the signal like the pipeline does. */
function deltas(jobId: string, n: number, gapMs: number): JobRunner {
  return async function* (signal) {
    yield { type: 'stage', jobId, seq: 0, stage: 'final' };
    for (let i = 0; i < n; i++) {
      if (signal.aborted) {
        yield { type: 'cancelled', jobId, seq: 0 };
        return;
      }
      yield { type: 'delta', jobId, seq: 0, stage: 'final', text: `t${i} ` };
      await sleep(gapMs);
    }
    yield { type: 'done', jobId, seq: 0 } as unknown as SummaryEvent;
  };
}

function collect() {
  const events: SummaryEvent[] = [];
  let resolve!: () => void;
  const ended = new Promise<void>((r) => (resolve = r));
  return {
    events,
    ended,
    listener: (e: SummaryEvent) => {
      events.push(e);
      if (e.type === 'done' || e.type === 'failed' || e.type === 'cancelled') resolve();
    },
  };
}

describe('jobManager', () => {
  it('coalesces deltas into fewer events, keeps the text whole and numbers events 0..n', async () => {
    const jm = createJobManager({ coalesceMs: 30 });
    const c = collect();
    // Two bursts of 20 deltas (a burst arrives within microtasks, well inside the 30 ms window), 80 ms apart.
    jm.start('a', 'j1', async function* () {
      yield { type: 'stage', jobId: 'j1', seq: 0, stage: 'final' };
      for (let burst = 0; burst < 2; burst++) {
        for (let i = 0; i < 20; i++) yield { type: 'delta', jobId: 'j1', seq: 0, stage: 'final', text: `t${burst * 20 + i} ` };
        await sleep(80);
      }
      yield { type: 'done', jobId: 'j1', seq: 0 } as unknown as SummaryEvent;
    }, c.listener);
    await c.ended;
    const ds = c.events.filter((e) => e.type === 'delta');
    expect(ds).toHaveLength(2);
    expect(ds.map((d) => (d.type === 'delta' ? d.text : '')).join('')).toBe(Array.from({ length: 40 }, (_, i) => `t${i} `).join(''));
    expect(c.events.map((e) => e.seq)).toEqual(c.events.map((_, i) => i));
    expect(c.events.every((e) => e.jobId === 'j1')).toBe(true);
    expect(c.events.at(-1)?.type).toBe('done');
    await sleep(0);
    expect(jm.activeCount()).toBe(0);
  });

  it('flushes pending deltas before any other event, so order is kept', async () => {
    const jm = createJobManager({ coalesceMs: 10_000 });
    const c = collect();
    jm.start('a', 'o', async function* () {
      yield { type: 'delta', jobId: 'o', seq: 0, stage: 'final', text: 'a' };
      yield { type: 'delta', jobId: 'o', seq: 0, stage: 'final', text: 'b' };
      yield { type: 'stage', jobId: 'o', seq: 0, stage: 'terms' };
      yield { type: 'delta', jobId: 'o', seq: 0, stage: 'final', text: 'c' };
      yield { type: 'cancelled', jobId: 'o', seq: 0 };
    }, c.listener);
    await c.ended;
    expect(c.events.map((e) => (e.type === 'delta' ? e.text : e.type))).toEqual(['ab', 'stage', 'c', 'cancelled']);
  });

  it('never merges deltas of different chunks', async () => {
    const jm = createJobManager({ coalesceMs: 1000 });
    const c = collect();
    jm.start('a', 'j', async function* () {
      yield { type: 'delta', jobId: 'j', seq: 0, stage: 'map', chunkIndex: 0, text: 'a' };
      yield { type: 'delta', jobId: 'j', seq: 0, stage: 'map', chunkIndex: 1, text: 'b' };
      yield { type: 'delta', jobId: 'j', seq: 0, stage: 'map', chunkIndex: 1, text: 'c' };
      yield { type: 'cancelled', jobId: 'j', seq: 0 };
    }, c.listener);
    await c.ended;
    expect(c.events.map((e) => (e.type === 'delta' ? `${e.chunkIndex}:${e.text}` : e.type))).toEqual(['0:a', '1:bc', 'cancelled']);
  });

  it('cancel mid-stream ends the job with exactly one cancelled event', async () => {
    const jm = createJobManager();
    const c = collect();
    jm.start('a', 'j', deltas('j', 1000, 2), c.listener);
    await sleep(30);
    expect(jm.cancel('a', 'j')).toBe(true);
    expect(jm.cancel('a', 'j')).toBe(false); // idempotent
    await c.ended;
    expect(c.events.filter((e) => e.type === 'cancelled')).toHaveLength(1);
    expect(c.events.some((e) => e.type === 'done')).toBe(false);
  });

  it('tells a cancel at once while the runner still winds down, and settles only once it has stopped', async () => {
    const jm = createJobManager({ coalesceMs: 30 });
    const c = collect();
    let release!: () => void;
    const stuck = new Promise<void>((r) => (release = r));
    let stopped = false;
    // Work that does not look at the signal (a local model evaluating its prompt) until it is done.
    jm.start('a', 'slow', async function* () {
      yield { type: 'chunkStarted', jobId: 'slow', seq: 0, chunkIndex: 0, chunkCount: 2, pages: [1] };
      yield { type: 'chunkDone', jobId: 'slow', seq: 0, chunkIndex: 0, points: [{ text: 'Rent is due monthly', citations: [] }] };
      yield { type: 'delta', jobId: 'slow', seq: 0, stage: 'map', chunkIndex: 1, text: 'half' };
      await stuck;
      stopped = true;
      yield { type: 'chunkDone', jobId: 'slow', seq: 0, chunkIndex: 1, points: [{ text: 'late', citations: [] }] };
      throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
    }, c.listener);
    await sleep(5);
    jm.cancel('a', 'slow');
    // Told once what was produced has been delivered, not when the work gets round to noticing the cancel.
    await sleep(20);
    expect(c.events.at(-1)?.type).toBe('cancelled');
    expect(stopped).toBe(false);
    const last = c.events.at(-1);
    expect(last?.type).toBe('cancelled');
    // What the job had produced before the cancel comes with it.
    expect(last?.type === 'cancelled' && last.partial?.points.map((p) => p.text)).toEqual(['Rent is due monthly']);
    expect(c.events.map((e) => e.seq)).toEqual(c.events.map((_, i) => i));
    // Shutdown still waits for the work itself to stop.
    let settled = false;
    const all = jm.cancelAll().then(() => (settled = true));
    await sleep(20);
    expect(settled).toBe(false);
    expect(jm.activeCount()).toBe(1);
    release();
    await all;
    expect(stopped).toBe(true);
    expect(jm.activeCount()).toBe(0);
    // Nothing the runner yielded while it wound down reached the listener.
    expect(c.events.filter((e) => e.type === 'cancelled')).toHaveLength(1);
    expect(c.events.some((e) => e.type === 'chunkDone' && e.chunkIndex === 1)).toBe(false);
  });

  it('a cancel that arrives before its start makes the job end as cancelled at once', async () => {
    const jm = createJobManager();
    expect(jm.cancel('a', 'early')).toBe(false);
    const c = collect();
    let ran = false;
    jm.start('a', 'early', async function* () {
      ran = true;
      yield { type: 'stage', jobId: 'early', seq: 0, stage: 'map' };
    }, c.listener);
    await c.ended;
    expect(ran).toBe(false);
    expect(c.events).toEqual([{ type: 'cancelled', jobId: 'early', seq: 0 }]);
  });

  it('a job id names a job only within its client: another client cannot cancel it', async () => {
    const jm = createJobManager();
    const a = collect();
    jm.start('a', 'same', deltas('same', 10, 3), a.listener);
    const b = collect();
    jm.start('b', 'same', deltas('same', 10, 3), b.listener);
    jm.cancel('b', 'same');
    await Promise.all([a.ended, b.ended]);
    expect(a.events.at(-1)?.type).toBe('done');
    expect(b.events.at(-1)?.type).toBe('cancelled');
  });

  it('refuses a second running job with the same id', () => {
    const jm = createJobManager();
    jm.start('a', 'x', deltas('x', 50, 5), () => undefined);
    expect(() => jm.start('a', 'x', deltas('x', 1, 1), () => undefined)).toThrow(PrecisFailure);
    return jm.cancelAll();
  });

  it('cancelClient cancels only that client and waits for its jobs to end', async () => {
    const jm = createJobManager();
    const a = collect();
    const b = collect();
    jm.start('a', 'j', deltas('j', 1000, 2), a.listener);
    jm.start('b', 'j', deltas('j', 5, 2), b.listener);
    await jm.cancelClient('a');
    expect(a.events.at(-1)?.type).toBe('cancelled');
    await b.ended;
    expect(b.events.at(-1)?.type).toBe('done');
  });

  it('maps a runner that throws to one failed event with a code, and one that stops silently to failed INTERNAL', async () => {
    const jm = createJobManager();
    const c = collect();
    jm.start('a', 'f', async function* () {
      yield { type: 'stage', jobId: 'f', seq: 0, stage: 'map' };
      throw new PrecisFailure('CONTEXT_TOO_SMALL', 'Too small.');
    }, c.listener);
    await c.ended;
    const last = c.events.at(-1);
    expect(last?.type === 'failed' && last.error.code).toBe('CONTEXT_TOO_SMALL');
    const s = collect();
    jm.start('a', 'g', async function* () {
      yield { type: 'stage', jobId: 'g', seq: 0, stage: 'map' };
    }, s.listener);
    await s.ended;
    const l2 = s.events.at(-1);
    expect(l2?.type === 'failed' && l2.error.code).toBe('INTERNAL');
  });

  it('drops anything a runner yields after its terminal event', async () => {
    const jm = createJobManager();
    const c = collect();
    jm.start('a', 'j', async function* () {
      yield { type: 'cancelled', jobId: 'j', seq: 0 };
      yield { type: 'stage', jobId: 'j', seq: 0, stage: 'map' };
    }, c.listener);
    await c.ended;
    await sleep(5);
    expect(c.events.map((e) => e.type)).toEqual(['cancelled']);
  });
});
