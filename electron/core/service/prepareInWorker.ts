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

/** Preparations under way (each holds a thread of its own). */
let preparing = 0;
/** A thread loading the name finders ahead of the first document; the next preparation takes it over. */
let warming: { worker: Worker; release(): void } | undefined;

/**
 * Starts the preparation thread and loads its name finders now (a few invented lines, on this
 * machine: nothing is sent anywhere), so the next preview does not wait for them: the app calls it
 * as a document is opened in cloud mode. The thread never keeps the process from exiting, and a
 * preparation that starts meanwhile takes it over (its document is read after the warm-up). Does
 * nothing while a preparation runs: the thread it holds is kept warm when it ends.
 */
export function warmPrepareWorker(): void {
  if (warming || preparing > 0) return;
  const worker = warm.take();
  worker.unref();
  const id = nextId++;
  const release = (): void => {
    worker.off('message', onMessage);
    worker.off('error', onGone);
    worker.off('exit', onGone);
    if (warming?.worker === worker) warming = undefined;
  };
  const onMessage = (m: PrepareWorkerMessage): void => {
    if (m.id !== id) return;
    release();
    warm.give(worker, !('error' in m));
  };
  const onGone = (): void => {
    release();
    warm.give(worker, false);
  };
  worker.on('message', onMessage);
  worker.on('error', onGone);
  worker.on('exit', onGone);
  warming = { worker, release };
  const request: PrepareWorkerRequest = { id, warm: true };
  worker.postMessage(request);
}

/** The thread being warmed, or the waiting one, or a new one; held (ref'd) for one preparation. */
function takeWorker(): Worker {
  const w = warming;
  if (!w) return warm.take();
  w.release();
  w.worker.ref();
  return w.worker;
}

/** Stops the warm thread and a warm-up under way (tests and shutdown). Safe to call at any time. */
export async function shutdownPrepareWorker(): Promise<void> {
  const w = warming;
  w?.release();
  await Promise.all([w?.worker.terminate(), warm.shutdown()]);
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
  const worker = takeWorker();
  const id = nextId++;
  preparing++;
  return new Promise<CloudPreparation>((resolve, reject) => {
    let settled = false;
    const finish = (keep: boolean): void => {
      settled = true;
      preparing--;
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
      else if ('error' in m) reject(new PrecisFailure(m.error.code, m.error.message, { retryable: m.error.retryable }));
      else reject(new PrecisFailure('INTERNAL', 'Preparing the document for the cloud answered out of turn. Nothing was sent; try again.'));
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
