import type { SummaryEvent } from '../../../shared/summary';
import { PrecisFailure } from '../errors';
import { driveJob, type JobRunner } from './driveJob';

/** How long token deltas are gathered before they are sent as one. */
export const COALESCE_MS = 30;

/**
 * A job's numbered events as an async iterable, for callers without a job manager (the CLI,
 * tests, benchmarks): the same numbering, coalescing and single terminal event. A reader that stops
 * early cancels the job.
 */
export async function* jobEvents(jobId: string, run: JobRunner, options: { signal?: AbortSignal; coalesceMs?: number } = {}): AsyncGenerator<SummaryEvent> {
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const queue: SummaryEvent[] = [];
  let finished = false;
  let wake: (() => void) | undefined;
  const driving = driveJob(
    jobId,
    run,
    (e) => {
      queue.push(e);
      wake?.();
    },
    signal,
    options.coalesceMs ?? COALESCE_MS,
  ).finally(() => {
    finished = true;
    wake?.();
  });
  try {
    for (;;) {
      const next = queue.shift();
      if (next) {
        yield next;
        continue;
      }
      if (finished) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    stop.abort();
    await driving;
  }
}

/** Runs a job to the end and returns its terminal event and every event (CLI and tests). */
export async function collectSummary(
  jobId: string,
  run: JobRunner,
  options: { signal?: AbortSignal; onEvent?: (e: SummaryEvent) => void } = {},
): Promise<{ events: SummaryEvent[]; terminal: SummaryEvent }> {
  const all: SummaryEvent[] = [];
  for await (const e of jobEvents(jobId, run, options.signal ? { signal: options.signal } : {})) {
    all.push(e);
    options.onEvent?.(e);
  }
  const terminal = all[all.length - 1];
  if (!terminal) throw new PrecisFailure('INTERNAL', 'The summary ended without a result. Try again.');
  return { events: all, terminal };
}
