/**
 * Runs the extractive summary of a large document off the main thread. Chunking, key terms and
 * sentence ranking are plain JavaScript that would otherwise hold the main process (the app's
 * windows, the bridge, every other job) for as long as they take; in a worker thread they can also
 * be stopped at once (cancel, time budget) and their memory is capped, so a document too large to
 * hold fails that one job with FILE_TOO_LARGE instead of ending the process.
 */
import { getHeapStatistics } from 'node:v8';
import type { ExtractedDocument } from '../../../shared/document';
import type { SummaryEvent } from '../../../shared/summary';
import { isTerminal } from '../../../shared/summary';
import { PrecisFailure, toErrorShape } from '../errors';
import type { SummarizeOptions } from '../pipeline/summarizeDocument';
import { spawnCoreWorker } from '../documents/worker/spawnCoreWorker';
import type { ExtractiveWorkerRequest } from './extractiveWorker';

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
 * The extractive summary of `document` as events from a worker thread of its own, ending with
 * exactly one terminal event: `cancelled` as soon as `run.signal` fires, `failed` when the time
 * budget runs out (GENERATION_FAILED) or the thread runs out of memory (FILE_TOO_LARGE).
 */
export function extractiveSummaryInWorker(
  document: ExtractedDocument,
  sentences: number | undefined,
  options: Omit<SummarizeOptions, 'signal' | 'keyTerms'>,
  run: OffThreadOptions,
): AsyncGenerator<SummaryEvent> {
  return inWorker({ document, ...(sentences === undefined ? {} : { sentences }), options }, run);
}

async function* inWorker(request: ExtractiveWorkerRequest, run: OffThreadOptions): AsyncGenerator<SummaryEvent> {
  const { jobId } = request.options;
  const budgetMs = run.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const worker = spawnCoreWorker(import.meta.url, 'extractiveWorker', './extractiveWorker', { maxOldGenerationSizeMb: run.heapMb ?? defaultHeapMb() });
  const queue: SummaryEvent[] = [];
  let wake: (() => void) | undefined;
  let seq = 0;
  let ended = false;
  const push = (event: SummaryEvent): void => {
    if (ended) return;
    seq = event.seq + 1;
    if (isTerminal(event)) ended = true;
    queue.push(event);
    wake?.();
  };
  const end = (body: { type: 'cancelled' } | { type: 'failed'; error: ReturnType<typeof toErrorShape> }): void => {
    push({ ...body, jobId, seq } as SummaryEvent);
    void worker.terminate();
  };
  const onAbort = (): void => end({ type: 'cancelled' });
  const timer = setTimeout(
    () =>
      end({
        type: 'failed',
        error: toErrorShape(
          new PrecisFailure('GENERATION_FAILED', `The summary took longer than ${Math.round(budgetMs / 1000)} s and was stopped. Try a smaller document.`),
        ),
      }),
    budgetMs,
  );
  worker.on('message', (event: SummaryEvent) => push(event));
  worker.on('error', (e: Error & { code?: string }) => {
    const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
    end({
      type: 'failed',
      error: toErrorShape(
        oom
          ? new PrecisFailure('FILE_TOO_LARGE', 'This document is too large to summarize in the memory available. Split it into smaller files.')
          : new PrecisFailure('INTERNAL', `The summary stopped with an error (${e.message.slice(0, 160)}). Try again.`),
      ),
    });
  });
  worker.on('exit', () => {
    if (!ended) end({ type: 'failed', error: toErrorShape(new PrecisFailure('INTERNAL', 'The summary stopped without finishing. Try again.')) });
  });
  run.signal.addEventListener('abort', onAbort, { once: true });
  try {
    if (run.signal.aborted) onAbort();
    else worker.postMessage(request);
    for (;;) {
      const next = queue.shift();
      if (next) {
        yield next;
        if (isTerminal(next)) return;
        continue;
      }
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
