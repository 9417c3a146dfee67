/**
 * Prepares a document for cloud mode (see prepareForCloud) in a worker thread. The NLP tagger that
 * looks for names reads some 20,000 characters a second: a long or crafted document held the
 * process that runs the service (the app's main process: no repaint, no cancel) for minutes. In a
 * thread of its own the work can be stopped at once (cancel, time budget) and its memory is capped.
 * One warm thread is kept (unref'd) between documents: starting one and loading the name finders
 * costs more than preparing an ordinary contract.
 */
import { getHeapStatistics } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import type { ExtractedDocument } from '../../../shared/document';
import { PrecisFailure } from '../errors';
import { spawnCoreWorker } from '../documents/worker/spawnCoreWorker';
import { createWarmWorker } from '../documents/worker/warmWorker';
import { fromPlainPreparation, prepareForCloud, type CloudPreparation, type PrepareForCloudOptions } from '../privacy/prepareForCloud';
import type { PrepareWorkerMessage, PrepareWorkerRequest } from './prepareWorker';

export interface PrepareInWorkerOptions {
  signal?: AbortSignal;
  /** Longest the preparation may take before it is stopped (default 5 minutes). */
  timeBudgetMs?: number;
}

/** Ordinary contracts take seconds; a crafted million characters takes minutes, and is stopped. */
export const DEFAULT_PREPARE_BUDGET_MS = 5 * 60 * 1000;
const MAX_HEAP_MB = 4096;

let nextId = 1;

/** As much heap as this process was given (a `--max-old-space-size` applies to the thread too), at most 4 GB. */
function spawnWorker(): Worker {
  const heapMb = Math.min(MAX_HEAP_MB, Math.floor(getHeapStatistics().heap_size_limit / 1048576));
  return spawnCoreWorker(import.meta.url, 'prepareWorker', './prepareWorker', { maxOldGenerationSizeMb: heapMb });
}

const warm = createWarmWorker(spawnWorker);

/** Stops the warm thread (tests and shutdown). Safe to call at any time. */
export async function shutdownPrepareWorker(): Promise<void> {
  await warm.shutdown();
}

/**
 * The cloud preparation of `document`, made in a worker thread and rebuilt here (its restore
 * functions from the plain redaction list). Rejects with CANCELLED as soon as the signal fires,
 * FILE_TOO_LARGE when the time budget or the thread's memory runs out, INTERNAL when the thread
 * stops otherwise; the preparation's own failures (CLOUD_FORBIDDEN_FOR_DOCUMENT) keep their code.
 * Unredacted text needs no thread: it is only rendered and hashed.
 */
export function prepareInWorker(document: ExtractedDocument, options: PrepareForCloudOptions, run: PrepareInWorkerOptions = {}): Promise<CloudPreparation> {
  if (run.signal?.aborted) return Promise.reject(cancelled());
  if (!options.redact || options.neverSend) {
    try {
      return Promise.resolve(prepareForCloud(document, options));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  const budgetMs = run.timeBudgetMs ?? DEFAULT_PREPARE_BUDGET_MS;
  const worker = warm.take();
  const id = nextId++;
  return new Promise<CloudPreparation>((resolve, reject) => {
    let settled = false;
    const finish = (keep: boolean): void => {
      settled = true;
      clearTimeout(timer);
      run.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      warm.give(worker, keep);
    };
    const fail = (e: Error): void => {
      if (settled) return;
      finish(false);
      reject(e);
    };
    const onAbort = (): void => fail(cancelled());
    const onMessage = (m: PrepareWorkerMessage): void => {
      if (m.id !== id || settled) return;
      finish(true);
      if ('preparation' in m) resolve(fromPlainPreparation(m.preparation));
      else reject(new PrecisFailure(m.error.code, m.error.message, { retryable: m.error.retryable }));
    };
    const onError = (e: Error & { code?: string }): void =>
      fail(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new PrecisFailure('FILE_TOO_LARGE', 'This document is too large to prepare for the cloud in the memory available. Nothing was sent. Summarize it in Local mode, or split it into smaller files.')
          : new PrecisFailure('INTERNAL', `Preparing the document for the cloud stopped with an error (${e.message.slice(0, 160)}). Nothing was sent; try again.`),
      );
    const onExit = (): void => fail(new PrecisFailure('INTERNAL', 'Preparing the document for the cloud stopped without finishing. Nothing was sent; try again.'));
    const timer = setTimeout(
      () =>
        fail(
          new PrecisFailure(
            'FILE_TOO_LARGE',
            `Preparing this document for the cloud (finding the names to hide) took longer than ${Math.round(budgetMs / 1000)} s and was stopped. Nothing was sent. Summarize it in Local mode, or split it into smaller files.`,
          ),
        ),
      budgetMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    run.signal?.addEventListener('abort', onAbort, { once: true });
    const request: PrepareWorkerRequest = { id, document, options };
    worker.postMessage(request);
  });
}

function cancelled(): PrecisFailure {
  return new PrecisFailure('CANCELLED', 'The operation was cancelled.');
}
