import type { SummaryEvent, SummaryPoint } from '../../../shared/summary';
import { isTerminal } from '../../../shared/summary';
import { PrecisFailure, isAbortError, toErrorShape } from '../errors';
import type { PipelineEvent } from '../pipeline/pipelineEvent';

/** Produces a job's events. It must stop soon after `signal` fires (by throwing CANCELLED or returning). */
export type JobRunner = (signal: AbortSignal) => AsyncIterable<PipelineEvent | SummaryEvent>;

/** Receives a job's events, already coalesced and numbered. */
export type JobListener = (event: SummaryEvent) => void;

/** A distributive Omit, so each member of the event union keeps its own fields. */
type Body<E> = E extends unknown ? Omit<E, 'seq' | 'jobId'> : never;

/**
 * Runs one job to its single terminal event. The one place events get their job id and their
 * numbers 0, 1, 2, …, where deltas are coalesced (one per `coalesceMs` at most: per-token events
 * cost more than fast models' tokens), and where a job ends: `done` from the runner, `cancelled`
 * soon after the signal fires (or when the runner threw an abort), else `failed` with the error's stable code.
 * The returned promise settles when the runner has stopped, also after a cancel already told.
 * `failed` and `cancelled` carry what the job had produced (its chunks' points, the final text).
 */
export async function driveJob(jobId: string, run: JobRunner, listener: JobListener, signal: AbortSignal, coalesceMs: number): Promise<void> {
  let seq = 0;
  let ended = false;
  let pending: Extract<Body<SummaryEvent>, { type: 'delta' }> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // By chunk, not by finish time: with parallel sequences, chunks finish in any order.
  const points: SummaryPoint[][] = [];
  let markdown = '';

  const deliver = (event: Body<SummaryEvent>) => {
    if (ended) return;
    const numbered = { ...event, jobId, seq: seq++ } as SummaryEvent;
    if (isTerminal(numbered)) ended = true;
    try {
      listener(numbered);
    } catch {
      // A listener that throws (a closed socket, a destroyed window) must not kill the job's bookkeeping.
    }
  };
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending) {
      const p = pending;
      pending = undefined;
      deliver(p);
    }
  };
  const end = (e: unknown | undefined) => {
    flush();
    const partial = markdown || points.some((p) => p.length) ? { partial: { markdown, points: points.flat() } } : {};
    if (signal.aborted || (e !== undefined && isAbortError(e))) deliver({ type: 'cancelled', ...partial });
    // The runner stopped without saying how: report what we know rather than leave the window waiting.
    else deliver({ type: 'failed', error: toErrorShape(e ?? new PrecisFailure('INTERNAL', 'The summary stopped without finishing. Try again.')), ...partial });
  };

  // A cancel is told without waiting for the runner to wind down (the promise still settles only when it
  // has): a local model's prompt evaluation does not look at the signal until its first token, and the
  // window said "Stopping…" for seconds (more with a large model on a laptop) after the user stopped it.
  // What the runner had already produced is delivered first: the cancel is told once nothing more is
  // ready to read (a turn of the event loop with no event), so its partial result misses no finished chunk.
  let grace: ReturnType<typeof setTimeout> | undefined;
  const tellCancelled = (): void => {
    clearTimeout(grace);
    grace = setTimeout(() => end(undefined), 0);
  };
  signal.addEventListener('abort', tellCancelled, { once: true });
  try {
    if (signal.aborted) return end(undefined);
    for await (const raw of run(signal)) {
      if (ended) break;
      if (signal.aborted) tellCancelled();
      const { jobId: _jobId, seq: _seq, ...event } = raw as SummaryEvent;
      if (event.type === 'chunkDone') points[event.chunkIndex] = event.points;
      if (event.type === 'delta') {
        if (event.stage === 'final') markdown += event.text;
        if (pending && pending.stage === event.stage && pending.chunkIndex === event.chunkIndex) {
          pending = { ...pending, text: pending.text + event.text };
        } else {
          flush();
          pending = { ...event };
          timer = setTimeout(flush, coalesceMs);
        }
        continue;
      }
      flush();
      deliver(event as Body<SummaryEvent>);
    }
    if (!ended) end(undefined);
  } catch (e) {
    end(e);
  } finally {
    signal.removeEventListener('abort', tellCancelled);
    clearTimeout(grace);
    if (timer) clearTimeout(timer);
  }
}
