/**
 * Runs PDF and DOCX parsing in a worker thread so that a hostile or pathological file can never
 * hang or crash the app: on timeout or cancel the thread is terminated (neither pdf.js nor
 * mammoth can be interrupted otherwise), and its heap is capped so a memory bomb kills only the
 * thread. One warm worker is kept (unref'd) so later documents skip the libraries' start-up cost.
 */
import type { Worker } from 'node:worker_threads';
import { PrecisFailure } from '../../errors';
import { isErrorCode } from '../../../../shared/errors';
import type { SourceDocument } from '../sourceDocument';
import type { ParseRequest } from './parseWorker';
import { spawnCoreWorker } from './spawnCoreWorker';
import { readerCrashFailure } from '../readerFailure';

export interface ParseOptions {
  maxPages: number;
  password?: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

type WorkerReply =
  | { id: number; ok: true; value: SourceDocument & { pageCount?: number } }
  | { id: number; ok: false; code: string; message: string };

/** The parse thread's heap cap: far above any real contract, far below the machine. */
const WORKER_HEAP_MB = 1024;

let idle: Worker | undefined;
let nextId = 1;

function spawnWorker(): Worker {
  return spawnCoreWorker(import.meta.url, 'parseWorker', './parseWorker', { maxOldGenerationSizeMb: WORKER_HEAP_MB });
}

/** Stops the warm worker (tests and app shutdown). Safe to call at any time. */
export async function shutdownParseWorker(): Promise<void> {
  const w = idle;
  idle = undefined;
  if (w) await w.terminate();
}

/**
 * Parses a PDF or DOCX in the worker thread. Throws PrecisFailure; never hangs past `timeoutMs`.
 * `bytes` must own its whole buffer: it is transferred (detached) to the worker.
 */
export function parseInWorker(kind: 'pdf' | 'docx', bytes: Uint8Array, options: ParseOptions): Promise<SourceDocument & { pageCount?: number }> {
  if (options.signal?.aborted) return Promise.reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.'));
  const worker = idle ?? spawnWorker();
  idle = undefined;
  worker.ref();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (keep: boolean): void => {
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep && !idle) {
        worker.unref();
        idle = worker;
      } else {
        void worker.terminate();
      }
    };
    const onMessage = (reply: WorkerReply): void => {
      if (reply.id !== id || settled) return;
      finish(true);
      if (reply.ok) resolve(reply.value);
      else reject(new PrecisFailure(isErrorCode(reply.code) ? reply.code : 'FILE_INVALID', reply.message));
    };
    const onError = (e: Error): void => {
      if (settled) return;
      finish(false);
      const oom = (e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      reject(
        oom
          ? new PrecisFailure('FILE_INVALID', 'This file needs more memory than any normal document; it was stopped. It may be damaged or built to attack document readers.')
          : readerCrashFailure(),
      );
    };
    const onExit = (): void => {
      if (settled) return;
      finish(false);
      reject(new PrecisFailure('FILE_INVALID', 'The document reader stopped unexpectedly on this file. It may be damaged; try re-saving it.'));
    };
    const onAbort = (): void => {
      if (settled) return;
      finish(false);
      reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.'));
    };
    const timer = setTimeout(() => {
      if (settled) return;
      finish(false);
      reject(
        new PrecisFailure(
          'PARSE_TIMEOUT',
          `Reading this document took longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped. The file may be damaged or unusually complex; try re-saving it.`,
        ),
      );
    }, options.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const request: ParseRequest = {
      id,
      kind,
      bytes,
      options: { maxPages: options.maxPages, ...(options.password !== undefined ? { password: options.password } : {}) },
    };
    // The caller hands over its own copy: move it instead of cloning up to 200 MB.
    worker.postMessage(request, [bytes.buffer as ArrayBuffer]);
  });
}
