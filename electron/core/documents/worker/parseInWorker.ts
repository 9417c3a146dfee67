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
import type { PageScan } from '../ocr/pageScan';
import type { ParseRequest } from './parseWorker';
import { spawnCoreWorker } from './spawnCoreWorker';
import { createWarmWorker } from './warmWorker';
import { readerCrashFailure } from '../readerFailure';
import { createParseDeadline, type ParseDeadline } from './parseDeadline';

export interface ParseOptions {
  maxPages: number;
  password?: string;
  /** Longest stretch without progress (opening the file, or one page) before the parse is stopped. */
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * Called as each PDF page is read (1-based `page` of `total`), while the parse goes on;
   * `ocrCandidate`: the page has no usable text layer; `scan`: its image, ready for OCR, when
   * `scanImages` asked for it (see readPdf's options); `unread`: the page was left unread as too
   * complex, and is for no OCR to read.
   */
  onPage?: (page: number, total: number, ocrCandidate: boolean, scan?: PageScan, unread?: boolean) => void;
  scanImages?: { maxDpi: number; maxBytes: number };
}

type WorkerReply =
  | { id: number; ok: true; value: SourceDocument & { pageCount?: number } }
  | { id: number; ok: false; code: string; message: string }
  | { id: number; progress: { done: number; total: number; ocr?: boolean; scan?: PageScan; unread?: boolean } };

/** What a long document may add to the whole parse's bound, per page (see ./parseDeadline.ts). */
const PER_PAGE_BUDGET_MS = 1000;
/**
 * What a scanned page adds on top (see ./parseDeadline.ts). Under load a scanned page took the
 * reader about 3.4 s while OCR ran beside it; this leaves room for a machine half as fast again.
 */
const PER_SCAN_PAGE_BUDGET_MS = 5000;

function timeoutFailure(deadline: ParseDeadline): PrecisFailure {
  const r = deadline.reason();
  const seconds = Math.max(1, r.seconds);
  const where = r.total !== undefined ? ` (${r.done} of ${r.total} pages read)` : '';
  const what =
    r.kind === 'stall'
      ? `Reading this document made no progress for ${seconds} s${where} and was stopped.`
      : `Reading this document took longer than ${seconds} s${where} and was stopped.`;
  return new PrecisFailure('PARSE_TIMEOUT', `${what} The file may be damaged or unusually complex; try re-saving it.`);
}

/** The parse thread's heap cap: far above any real contract, far below the machine. */
const WORKER_HEAP_MB = 1024;

let nextId = 1;

function spawnWorker(): Worker {
  return spawnCoreWorker(import.meta.url, 'parseWorker', './parseWorker', { maxOldGenerationSizeMb: WORKER_HEAP_MB });
}

const warm = createWarmWorker(spawnWorker);

/** Stops the warm worker (tests and app shutdown). Safe to call at any time. */
export async function shutdownParseWorker(): Promise<void> {
  await warm.shutdown();
}

/**
 * Parses a PDF or DOCX in the worker thread. Throws PrecisFailure; never waits more than
 * `timeoutMs` for the next page, nor longer in all than `timeoutMs` plus a second per page (and
 * five more per scanned page).
 * `bytes` must own its whole buffer: it is transferred (detached) to the worker.
 */
export function parseInWorker(kind: 'pdf' | 'docx', bytes: Uint8Array, options: ParseOptions): Promise<SourceDocument & { pageCount?: number }> {
  if (options.signal?.aborted) return Promise.reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.'));
  const worker = warm.take();
  const id = nextId++;
  const deadline = createParseDeadline({ stallMs: options.timeoutMs, perPageMs: PER_PAGE_BUDGET_MS, perScanPageMs: PER_SCAN_PAGE_BUDGET_MS }, Date.now());
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout>;
    const finish = (keep: boolean): void => {
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      warm.give(worker, keep);
    };
    const onTimeout = (): void => {
      if (settled) return;
      // Progress may have moved the deadline since this timer was set.
      const left = deadline.remaining(Date.now());
      if (left > 0) {
        timer = setTimeout(onTimeout, left);
        return;
      }
      finish(false);
      reject(timeoutFailure(deadline));
    };
    const onMessage = (reply: WorkerReply): void => {
      if (reply.id !== id || settled) return;
      if ('progress' in reply) {
        deadline.progress(reply.progress.done, reply.progress.total, Date.now(), reply.progress.scan !== undefined);
        options.onPage?.(reply.progress.done, reply.progress.total, reply.progress.ocr === true, reply.progress.scan, reply.progress.unread === true);
        return;
      }
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
          ? new PrecisFailure('FILE_INVALID', 'This file needs more memory than any normal document; it was stopped. It may be damaged or built to attack document readers: check where it came from, and re-save it from its source.')
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
    timer = setTimeout(onTimeout, options.timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const request: ParseRequest = {
      id,
      kind,
      bytes,
      options: {
        maxPages: options.maxPages,
        ...(options.password !== undefined ? { password: options.password } : {}),
        ...(options.scanImages ? { scanImages: options.scanImages } : {}),
      },
    };
    // The caller hands over its own copy: move it instead of cloning up to 200 MB.
    worker.postMessage(request, [bytes.buffer as ArrayBuffer]);
  });
}
