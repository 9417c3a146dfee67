/**
 * A pool of tesseract.js workers (each its own thread running Tesseract compiled to WebAssembly),
 * sized to the cores. Every read has a time limit and follows an AbortSignal: a worker that
 * overruns or is cancelled is terminated at once (WebAssembly cannot be interrupted any other
 * way) and replaced on demand.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PrecisFailure } from '../../errors';
import { languageDataDir } from './ocrLanguages';
import { unpackedPath } from './unpackedPath';

const require = createRequire(import.meta.url);

/** The parts of a tesseract.js worker we use. */
interface TessWorker {
  recognize(image: Uint8Array | Buffer, options: { rotateAuto?: boolean; user_defined_dpi?: string }, output: { text: boolean; blocks: boolean }): Promise<{ data: TessPage }>;
  setParameters(params: Record<string, string>): Promise<unknown>;
  terminate(): Promise<unknown>;
}

export interface TessBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
export interface TessWord {
  text: string;
  confidence: number;
  bbox: TessBox;
}
export interface TessParagraph {
  text: string;
  confidence: number;
  bbox: TessBox;
  lines: { text: string; bbox: TessBox; words: TessWord[] }[];
}
export interface TessPage {
  text: string;
  confidence: number;
  rotateRadians?: number;
  blocks: { paragraphs: TessParagraph[] }[] | null;
}

type CreateWorker = (langs: string, oem: number, options: Record<string, unknown>) => Promise<TessWorker>;
const LSTM_ONLY = 1;

export interface PoolOptions {
  /** A Tesseract language code with an npm data package (`@tesseract.js-data/<code>`). */
  language: string;
  /** Worker count; defaults to the cores available. */
  size?: number;
  /** Where the language data is looked up instead of the npm packages (see {@link languageDataDir}). */
  dataDir?: string;
}

/** Worker threads to use: one per core, at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, os.availableParallelism());
}

export class TesseractPool {
  private readonly idle: TessWorker[] = [];
  private readonly busy = new Set<TessWorker>();
  private readonly waiting: ((w: TessWorker | undefined) => void)[] = [];
  private starting = 0;
  private closed = false;
  private readonly options: Record<string, unknown>;
  private readonly language: string;
  readonly size: number;

  constructor(options: PoolOptions) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    this.language = options.language;
    const tessRoot = unpackedPath(path.dirname(require.resolve('tesseract.js/package.json')));
    this.options = {
      // A local folder: tesseract.js reads `<langPath>/<code>.traineddata.gz` with fs and, with
      // caching off, writes nothing back. Without langPath it would download from a CDN.
      langPath: languageDataDir(options.language, options.dataDir),
      cacheMethod: 'none',
      gzip: true,
      workerPath: path.join(tessRoot, 'src', 'worker-script', 'node', 'index.js'),
      logger: () => undefined,
      errorHandler: () => undefined,
    };
  }

  /** Threads currently alive (busy or idle). */
  get liveWorkers(): number {
    return this.idle.length + this.busy.size;
  }

  /**
   * Reads one image (PGM/PNG bytes). Rejects with CANCELLED on abort, OCR_FAILED when the engine
   * fails or the read takes longer than `timeoutMs`.
   */
  /** `dpi` is the resolution the image was rendered at (a PGM carries none). */
  async recognize(image: Uint8Array, opts: { rotateAuto: boolean; dpi: number; timeoutMs: number; signal?: AbortSignal }): Promise<TessPage> {
    const worker = await this.acquire(opts.signal);
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    let kill = false;
    try {
      const stop = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          kill = true;
          reject(new PrecisFailure('OCR_FAILED', `Reading a scanned page took longer than ${Math.round(opts.timeoutMs / 1000)} s and was stopped.`));
        }, opts.timeoutMs);
        onAbort = () => {
          kill = true;
          reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.'));
        };
        if (opts.signal?.aborted) onAbort();
        else opts.signal?.addEventListener('abort', onAbort, { once: true });
      });
      const read = worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), { rotateAuto: opts.rotateAuto, user_defined_dpi: String(Math.round(opts.dpi)) }, { text: true, blocks: true });
      const { data } = await Promise.race([read, stop]).catch((e: unknown) => {
        if (e instanceof PrecisFailure) throw e;
        kill = true;
        throw new PrecisFailure('OCR_FAILED', `The OCR engine failed on a scanned page (${String(e).slice(0, 160)}).`);
      });
      return data;
    } finally {
      clearTimeout(timer);
      if (onAbort) opts.signal?.removeEventListener('abort', onAbort);
      this.release(worker, kill);
    }
  }

  /**
   * Starts up to `count` workers in the background, so loading the engine and its language data
   * overlaps whatever the caller does meanwhile (opening and drawing the first page). A worker
   * that fails to start is forgotten: the read that needs it starts one and reports the failure.
   */
  warm(count: number): void {
    const want = Math.min(this.size, count) - this.liveWorkers - this.starting;
    for (let i = 0; i < want; i++) {
      this.starting++;
      this.start().then(
        (w) => {
          this.starting--;
          this.busy.add(w);
          this.release(w, false);
        },
        () => {
          this.starting--;
        },
      );
    }
  }

  /** Terminates every worker now; pending reads reject with CANCELLED. */
  async close(): Promise<void> {
    this.closed = true;
    for (const wake of this.waiting.splice(0)) wake(undefined);
    const all = [...this.idle.splice(0), ...this.busy];
    this.busy.clear();
    await Promise.all(all.map((w) => w.terminate().catch(() => undefined)));
  }

  private async acquire(signal?: AbortSignal): Promise<TessWorker> {
    if (signal?.aborted || this.closed) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
    let worker = this.idle.pop();
    if (!worker && this.liveWorkers + this.starting < this.size) {
      this.starting++;
      try {
        worker = await this.start();
      } finally {
        this.starting--;
      }
      if (this.closed || signal?.aborted) {
        await worker.terminate();
        throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
      }
    }
    if (!worker) {
      worker = await new Promise<TessWorker | undefined>((resolve) => {
        const onAbort = (): void => {
          const i = this.waiting.indexOf(wake);
          if (i >= 0) this.waiting.splice(i, 1);
          resolve(undefined);
        };
        const wake = (w: TessWorker | undefined): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve(w);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        this.waiting.push(wake);
      });
      if (!worker) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
    }
    this.busy.add(worker);
    return worker;
  }

  private release(worker: TessWorker, kill: boolean): void {
    this.busy.delete(worker);
    if (kill || this.closed) {
      void worker.terminate().catch(() => undefined);
      // A waiting read gets a fresh worker rather than waiting forever.
      const wake = this.waiting.shift();
      if (wake && !this.closed) {
        this.starting++;
        this.start().then(
          (w) => {
            this.starting--;
            this.busy.add(w);
            wake(w);
          },
          () => {
            this.starting--;
            wake(undefined);
          },
        );
      }
      return;
    }
    const wake = this.waiting.shift();
    if (wake) {
      this.busy.add(worker);
      wake(worker);
    } else this.idle.push(worker);
  }

  private async start(): Promise<TessWorker> {
    const { createWorker } = require('tesseract.js') as { createWorker: CreateWorker };
    try {
      return await createWorker(this.language, LSTM_ONLY, this.options);
    } catch (e) {
      throw new PrecisFailure('OCR_FAILED', `The OCR engine could not start (${String(e).slice(0, 160)}).`);
    }
  }
}
