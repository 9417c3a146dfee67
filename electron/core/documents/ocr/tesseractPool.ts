/**
 * A pool of OCR threads (each running Tesseract compiled to WebAssembly, see tesseractWorker.ts),
 * sized to the cores. Every read has a time limit and follows an AbortSignal: a thread that
 * overruns or is cancelled is terminated at once (WebAssembly cannot be interrupted any other
 * way) and replaced on demand. An idle thread does not keep the process alive.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Worker } from 'node:worker_threads';
import { gunzip } from 'node:zlib';
import { PrecisFailure } from '../../errors';
import { spawnCoreWorker } from '../worker/spawnCoreWorker';
import { languageDataDir } from './ocrLanguages';
import type { ReadResult, TessReply, TessRequest } from './tesseractWorker';
import { unpackedPath } from './unpackedPath';

const require = createRequire(import.meta.url);

/** The JavaScript heap of an OCR thread holds little (the engine's memory is WebAssembly's own). */
const THREAD_HEAP_MB = 256;

/**
 * Decompressed language data by file, read once per process: every thread of every pool gets a
 * copy of the same bytes instead of each decompressing the file again (about 0.1 s of CPU each).
 * A failed read is forgotten, so a later run tries again.
 */
const models = new Map<string, Promise<Uint8Array>>();
const gunzipAsync = promisify(gunzip);

function loadModel(file: string): Promise<Uint8Array> {
  let model = models.get(file);
  if (!model) {
    model = readFile(file).then((gz) => gunzipAsync(gz));
    models.set(file, model);
    model.catch(() => models.delete(file));
  }
  return model;
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
  confidence: number;
  /** CPU milliseconds the engine spent on the read, where the system tells. */
  cpuMs?: number;
  rotateRadians?: number;
  blocks: { paragraphs: TessParagraph[] }[] | null;
}

/** One OCR thread with its engine started; one read at a time. */
class TessWorker {
  private pending: { resolve: (r: ReadResult) => void; reject: (e: Error) => void } | undefined;
  private nextId = 1;
  private dead: Error | undefined;

  private constructor(private readonly thread: Worker) {
    thread.on('message', (reply: TessReply) => {
      if (reply.type !== 'read' || !this.pending) return;
      const p = this.pending;
      this.pending = undefined;
      if (reply.ok) p.resolve(reply.page);
      else p.reject(new Error(reply.message));
    });
    const fail = (e: Error): void => {
      this.dead ??= e;
      this.pending?.reject(e);
      this.pending = undefined;
    };
    thread.on('error', fail);
    thread.on('exit', () => fail(new Error('the OCR thread ended')));
  }

  /** CPU milliseconds the thread spent starting (code, engine, language data), where the system tells. */
  startCpuMs = 0;

  static async start(init: Extract<TessRequest, { type: 'init' }>): Promise<TessWorker> {
    const thread = spawnCoreWorker(import.meta.url, 'tesseractWorker', './tesseractWorker', { maxOldGenerationSizeMb: THREAD_HEAP_MB });
    let startCpuMs = 0;
    const started = new Promise<void>((resolve, reject) => {
      const onMessage = (reply: TessReply): void => {
        if (reply.type === 'ready') {
          startCpuMs = reply.cpuMs ?? 0;
          resolve();
        } else if (reply.type === 'failed') reject(new Error(reply.message));
      };
      thread.on('message', onMessage);
      thread.once('error', reject);
      thread.once('exit', () => reject(new Error('the OCR thread ended while starting')));
    });
    const worker = new TessWorker(thread);
    thread.postMessage(init satisfies TessRequest);
    try {
      await started;
    } catch (e) {
      await thread.terminate();
      throw e;
    }
    worker.startCpuMs = startCpuMs;
    return worker;
  }

  /** `image` is handed over to the thread (transferred, not copied) when it owns its whole buffer. */
  recognize(image: Uint8Array, dpi: number, deskew: boolean): Promise<ReadResult> {
    if (this.dead) return Promise.reject(this.dead);
    return new Promise<ReadResult>((resolve, reject) => {
      this.pending = { resolve, reject };
      const own = image.byteOffset === 0 && image.byteLength === image.buffer.byteLength && image.buffer instanceof ArrayBuffer;
      this.thread.postMessage({ type: 'read', id: this.nextId++, image, dpi, deskew } satisfies TessRequest, own ? [image.buffer as ArrayBuffer] : []);
    });
  }

  /** A busy thread keeps the process alive; an idle one does not (a CLI run ends when its work does). */
  hold(busy: boolean): void {
    if (busy) this.thread.ref();
    else this.thread.unref();
  }

  async terminate(): Promise<void> {
    await this.thread.terminate();
  }
}

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
  private readonly corePaths: string[];
  private readonly modelFile: string;
  private readonly language: string;
  private startCpu = 0;
  private started = 0;
  readonly size: number;

  constructor(options: PoolOptions) {
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    // The engine and the language data are read from local files only: nothing is ever fetched.
    const core = unpackedPath(path.dirname(require.resolve('tesseract.js-core/package.json')));
    // The SIMD build is about twice as fast; the plain one is for a runtime without SIMD.
    this.corePaths = [path.join(core, 'tesseract-core-simd-lstm.js'), path.join(core, 'tesseract-core-lstm.js')];
    this.modelFile = path.join(languageDataDir(options.language, options.dataDir), `${options.language}.traineddata.gz`);
    this.language = options.language;
  }

  /** Threads currently alive (busy or idle). */
  get liveWorkers(): number {
    return this.idle.length + this.busy.size;
  }

  /** True once {@link close} was called: the pool reads nothing more. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Engines started so far and the CPU milliseconds their threads spent starting, all told. */
  get startStats(): { engines: number; cpuMs: number } {
    return { engines: this.started, cpuMs: this.startCpu };
  }

  /**
   * Reads one binary PGM image drawn at `dpi`; with `deskew`, a slanted page is straightened
   * first. Rejects with CANCELLED on abort, OCR_FAILED when the engine fails or the read takes
   * longer than `timeoutMs`.
   */
  async recognize(image: Uint8Array, opts: { deskew: boolean; dpi: number; timeoutMs: number; signal?: AbortSignal }): Promise<TessPage> {
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
      const read = worker.recognize(image, opts.dpi, opts.deskew);
      const data = await Promise.race([read, stop]).catch((e: unknown) => {
        if (e instanceof PrecisFailure) throw e;
        kill = true;
        throw new PrecisFailure('OCR_FAILED', `The OCR engine failed on a scanned page (${String(e instanceof Error ? e.message : e).slice(0, 160)}).`);
      });
      return { confidence: data.confidence, rotateRadians: data.rotateRadians, blocks: data.blocks as TessPage['blocks'], ...(data.cpuMs !== undefined ? { cpuMs: data.cpuMs } : {}) };
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
    worker.hold(true);
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
    } else {
      worker.hold(false);
      this.idle.push(worker);
    }
  }

  private async start(): Promise<TessWorker> {
    try {
      const model = await loadModel(this.modelFile);
      const worker = await TessWorker.start({ type: 'init', corePaths: this.corePaths, model, language: this.language });
      this.started++;
      this.startCpu += worker.startCpuMs;
      return worker;
    } catch (e) {
      throw new PrecisFailure('OCR_FAILED', `The OCR engine could not start (${String(e).slice(0, 160)}).`);
    }
  }
}
