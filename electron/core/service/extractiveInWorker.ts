/**
 * Runs the extractive summary of a large document off the main thread. Chunking, key terms and
 * sentence ranking are plain JavaScript that would otherwise hold the main process (the app's
 * windows, the bridge, every other job) for as long as they take; in a worker thread they can also
 * be stopped at once (cancel, time budget) and their memory is capped, so a document too large to
 * hold fails that one job with FILE_TOO_LARGE instead of ending the process.
 */
import { getHeapStatistics } from 'node:v8';
import type { ExtractedDocument } from '../../../shared/document';
import { PrecisFailure } from '../errors';
import type { PipelineEvent } from '../pipeline/pipelineEvent';
import { spawnCoreWorker } from '../documents/worker/spawnCoreWorker';
import type { ExtractiveWorkerMessage, ExtractiveWorkerRequest } from './extractiveWorker';

export interface OffThreadOptions {
  signal: AbortSignal;
  /** Longest the job may take before it is stopped (default 10 minutes). */
  timeBudgetMs?: number;
  /** Heap cap of the thread in MB (default: this process's own heap limit, at most 4096). */
  heapMb?: number;
}

export const DEFAULT_TIME_BUDGET_MS = 10 * 60 * 1000;
const MAX_HEAP_MB = 4096;
/** Documents with less text run in the caller's thread: they take milliseconds, less than starting a thread. */
export const DEFAULT_INLINE_BELOW_CHARS = 256 * 1024;

/** As much heap as this process was given (a `--max-old-space-size` applies to the thread too), at most 4 GB. */
function defaultHeapMb(): number {
  return Math.min(MAX_HEAP_MB, Math.floor(getHeapStatistics().heap_size_limit / 1048576));
}

/** True when the document is large enough that its extractive summary should run in a worker thread. */
export function runsOffThread(document: Pick<ExtractedDocument, 'blocks'>, inlineBelowChars = DEFAULT_INLINE_BELOW_CHARS): boolean {
  let n = 0;
  for (const b of document.blocks) {
    n += b.text.length;
    if (n >= inlineBelowChars) return true;
  }
  return false;
}

/**
 * The extractive summary of `document` as pipeline events from a worker thread of its own, ending
 * with `done`, or with a thrown failure: CANCELLED as soon as `run.signal` fires, GENERATION_FAILED
 * when the time budget runs out, FILE_TOO_LARGE when the thread runs out of memory.
 */
export function extractiveSummaryInWorker(
  document: ExtractedDocument,
  sentences: number | undefined,
  options: ExtractiveWorkerRequest['options'],
  run: OffThreadOptions,
): AsyncGenerator<PipelineEvent> {
  return inWorker({ document, ...(sentences === undefined ? {} : { sentences }), options }, run);
}

async function* inWorker(request: ExtractiveWorkerRequest, run: OffThreadOptions): AsyncGenerator<PipelineEvent> {
  const budgetMs = run.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const worker = spawnCoreWorker(import.meta.url, 'extractiveWorker', './extractiveWorker', { maxOldGenerationSizeMb: run.heapMb ?? defaultHeapMb() });
  const queue: PipelineEvent[] = [];
  let failure: Error | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const push = (event: PipelineEvent): void => {
    if (ended) return;
    if (event.type === 'done') ended = true;
    queue.push(event);
    wake?.();
  };
  const fail = (e: Error): void => {
    if (ended) return;
    ended = true;
    failure = e;
    void worker.terminate();
    wake?.();
  };
  const onAbort = (): void => fail(new PrecisFailure('CANCELLED', 'The operation was cancelled.'));
  const timer = setTimeout(
    () => fail(new PrecisFailure('GENERATION_FAILED', `The summary took longer than ${Math.round(budgetMs / 1000)} s and was stopped. Try a smaller document.`)),
    budgetMs,
  );
  worker.on('message', (m: ExtractiveWorkerMessage) => ('event' in m ? push(m.event) : fail(new PrecisFailure(m.error.code, m.error.message, { retryable: m.error.retryable }))));
  worker.on('error', (e: Error & { code?: string }) => {
    const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
    fail(
      oom
        ? new PrecisFailure('FILE_TOO_LARGE', 'This document is too large to summarize in the memory available. Split it into smaller files.')
        : new PrecisFailure('INTERNAL', `The summary stopped with an error (${e.message.slice(0, 160)}). Try again.`),
    );
  });
  worker.on('exit', () => fail(new PrecisFailure('INTERNAL', 'The summary stopped without finishing. Try again.')));
  run.signal.addEventListener('abort', onAbort, { once: true });
  try {
    if (run.signal.aborted) onAbort();
    else worker.postMessage(request);
    for (;;) {
      const next = queue.shift();
      if (next) {
        yield next;
        if (next.type === 'done') return;
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    clearTimeout(timer);
    run.signal.removeEventListener('abort', onAbort);
    ended = true;
    await worker.terminate();
  }
}
