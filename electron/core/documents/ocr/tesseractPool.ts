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

/** The parts of the WebAssembly API used here (core's TypeScript settings carry no WebAssembly types). */
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<object> } }).WebAssembly;

/**
 * The engine's WebAssembly, compiled once per process and handed to every OCR thread: V8 then
 * keeps one copy of its code, and the optimised code of its hot functions (about a second of CPU
 * compiled in the background while the first pages are read) serves every engine started later,
 * also after all of them were stopped (a cancel, the idle stop). The first build this runtime
 * compiles wins (SIMD, about twice as fast, then the plain one). A failure is forgotten so a later
 * start tries again.
 */
let compiledCore: Promise<{ module: object; corePath: string }> | undefined;

function compileCore(corePaths: readonly string[]): Promise<{ module: object; corePath: string }> {
  if (!compiledCore) {
    const compiling = (async () => {
      let lastError: unknown;
      for (const corePath of corePaths) {
        try {
          // The build's .wasm sits beside its loader (which would read that same file itself).
          return { module: await wasm.compile(await readFile(corePath.replace(/\.js$/, '.wasm'))), corePath };
        } catch (e) {
          lastError = e;
        }
      }
      throw lastError instanceof Error ? lastError : new Error('no engine build could be compiled');
    })();
    compiledCore = compiling;
    compiling.catch(() => {
      if (compiledCore === compiling) compiledCore = undefined;
    });
  }
  return compiledCore;
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

  /**
   * Starts a thread and its engine. Rejects (and ends the thread) when it fails, ends, or is not
   * ready within `timeoutMs`: a start that never answers would otherwise leave the reads waiting
   * for it waiting for ever.
   */
  static async start(init: Extract<TessRequest, { type: 'init' }>, timeoutMs: number, stop: AbortSignal): Promise<TessWorker> {
    const thread = spawnCoreWorker(import.meta.url, 'tesseractWorker', './tesseractWorker', { maxOldGenerationSizeMb: THREAD_HEAP_MB });
    let startCpuMs = 0;
    let timer: NodeJS.Timeout | undefined;
    let onStop: (() => void) | undefined;
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
      timer = setTimeout(() => reject(new Error(`the engine was not ready within ${Math.max(1, Math.round(timeoutMs / 1000))} s`)), timeoutMs);
      // A pool closed meanwhile (a cancel) ends the thread now, not once the engine has loaded.
      onStop = () => reject(new Error('the pool was closed'));
      if (stop.aborted) onStop();
      else stop.addEventListener('abort', onStop, { once: true });
    });
    const worker = new TessWorker(thread);
    thread.postMessage(init satisfies TessRequest);
    try {
      await started;
    } catch (e) {
      await thread.terminate();
      throw e;
    } finally {
      clearTimeout(timer);
      if (onStop) stop.removeEventListener('abort', onStop);
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
  /** A Tesseract language code with a data package installed (see ocrLanguages.ts). */
  language: string;
  /** Worker count; defaults to the cores available. */
  size?: number;
  /** Where the language data is looked up instead of the npm packages (see {@link languageDataDir}). */
  dataDir?: string;
  /** Longest an engine may take to start (default 120 s: a second or two on an idle core). */
  startTimeoutMs?: number;
}

/** A read waiting for an engine: handed one, or told why none will come. Settled at most once. */
interface Waiter {
  serve(worker: TessWorker): void;
  fail(error: PrecisFailure): void;
}

const cancelled = (): PrecisFailure => new PrecisFailure('CANCELLED', 'The operation was cancelled.');

/** Worker threads to use: one per core, at least one. */
export function defaultPoolSize(): number {
  return Math.max(1, os.availableParallelism());
}

/**
 * Every change of the pool's state (an engine started or failed to, a read done, a read killed)
 * ends in {@link TesseractPool.pump}, which keeps one promise: while a read waits, an idle engine
 * is handed to it, or an engine is starting, or every engine is busy with a read (which has its
 * own time limit). So no read waits for an engine that will never come.
 */
export class TesseractPool {
  private readonly idle: TessWorker[] = [];
  private readonly busy = new Set<TessWorker>();
  private readonly waiting: Waiter[] = [];
  /** Engines being started; each settles (started, failed or timed out) and then pumps. */
  private readonly launches = new Set<Promise<void>>();
  private closed = false;
  /** Aborted by {@link close}: engines still starting are ended at once. */
  private readonly stopStarts = new AbortController();
  private readonly corePaths: string[];
  private readonly modelFile: string;
  private readonly language: string;
  private readonly startTimeoutMs: number;
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
    this.startTimeoutMs = options.startTimeoutMs ?? 120_000;
  }

  /** Threads alive (busy or idle; not those still starting). */
  get liveWorkers(): number {
    return this.idle.length + this.busy.size;
  }

  /** Engines being started now. */
  get startingWorkers(): number {
    return this.launches.size;
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
   * first. Rejects with CANCELLED on abort, OCR_FAILED when the engine fails (or cannot start) or
   * the read takes longer than `timeoutMs`.
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
          reject(new PrecisFailure('OCR_FAILED', `Reading a scanned page took longer than ${Math.round(opts.timeoutMs / 1000)} s and was stopped; try again, or check that page in the original.`));
        }, opts.timeoutMs);
        onAbort = () => {
          kill = true;
          reject(cancelled());
        };
        if (opts.signal?.aborted) onAbort();
        else opts.signal?.addEventListener('abort', onAbort, { once: true });
      });
      const read = worker.recognize(image, opts.dpi, opts.deskew);
      const data = await Promise.race([read, stop]).catch((e: unknown) => {
        if (e instanceof PrecisFailure) throw e;
        kill = true;
        throw new PrecisFailure('OCR_FAILED', `The OCR engine failed on a scanned page (${String(e instanceof Error ? e.message : e).slice(0, 160)}); try again, or check that page in the original.`);
      });
      return { confidence: data.confidence, rotateRadians: data.rotateRadians, blocks: data.blocks as TessPage['blocks'], ...(data.cpuMs !== undefined ? { cpuMs: data.cpuMs } : {}) };
    } finally {
      clearTimeout(timer);
      if (onAbort) opts.signal?.removeEventListener('abort', onAbort);
      this.release(worker, kill);
    }
  }

  /**
   * Starts up to `count` engines in the background, so loading the engine and its language data
   * overlaps whatever the caller does meanwhile (opening and drawing the first page). An engine
   * that fails to start here is not anyone's failure: a read waiting meanwhile gets an engine
   * started for it instead, and that one's failure is the read's.
   */
  warm(count: number): void {
    if (this.closed) return;
    const want = Math.min(this.size, count) - this.liveWorkers - this.launches.size;
    for (let i = 0; i < want; i++) this.launch(false);
  }

  /**
   * Terminates every thread now, those still starting included (their start is given up);
   * waiting and running reads reject with CANCELLED. Resolves once every thread ended.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.stopStarts.abort();
    for (const waiter of this.waiting.splice(0)) waiter.fail(cancelled());
    const all = [...this.idle.splice(0), ...this.busy];
    this.busy.clear();
    await Promise.all([...all.map((w) => w.terminate().catch(() => undefined)), ...this.launches]);
  }

  private async acquire(signal?: AbortSignal): Promise<TessWorker> {
    if (signal?.aborted || this.closed) throw cancelled();
    const ready = this.idle.pop();
    if (ready) return this.use(ready);
    return new Promise<TessWorker>((resolve, reject) => {
      const onAbort = (): void => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(cancelled());
      };
      // Called only on a waiter just taken out of the queue, which its abort can no longer find.
      const waiter: Waiter = {
        serve: (w) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.use(w));
        },
        fail: (e) => {
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
      this.pump();
    });
  }

  private use(worker: TessWorker): TessWorker {
    this.busy.add(worker);
    worker.hold(true);
    return worker;
  }

  private release(worker: TessWorker, kill: boolean): void {
    this.busy.delete(worker);
    if (kill || this.closed) void worker.terminate().catch(() => undefined);
    else this.offer(worker);
    this.pump();
  }

  /** A free engine goes to the first waiting read, else it idles (and holds no process open). */
  private offer(worker: TessWorker): void {
    if (this.closed) {
      void worker.terminate().catch(() => undefined);
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) {
      this.busy.add(worker);
      waiter.serve(worker);
      return;
    }
    worker.hold(false);
    this.idle.push(worker);
  }

  /** Serves waiting reads: idle engines first, then starts engines for the rest where the size allows. */
  private pump(): void {
    if (this.closed) return;
    while (this.waiting.length > 0 && this.idle.length > 0) this.offer(this.idle.pop()!);
    const wanted = this.waiting.length - this.launches.size;
    const room = this.size - this.liveWorkers - this.launches.size;
    for (let i = 0; i < Math.min(wanted, room); i++) this.launch(true);
  }

  /**
   * Starts one engine; once started it is offered like a freed one. `forWaiting`: started because
   * reads were waiting, so if it fails the first of them hears why (each read costs at most one
   * failed start of its own, so a broken engine cannot make this loop).
   */
  private launch(forWaiting: boolean): void {
    const run: Promise<void> = this.start().then(
      (w) => {
        this.launches.delete(run);
        if (this.closed) return w.terminate().catch(() => undefined);
        this.offer(w);
        this.pump();
        return undefined;
      },
      (e: unknown) => {
        this.launches.delete(run);
        if (forWaiting && !this.closed) this.waiting.shift()?.fail(e instanceof PrecisFailure ? e : new PrecisFailure('OCR_FAILED', 'The OCR engine could not start; restart Precis and try again.'));
        this.pump();
      },
    );
    this.launches.add(run);
  }

  private async start(): Promise<TessWorker> {
    try {
      const [model, core] = await Promise.all([loadModel(this.modelFile), compileCore(this.corePaths)]);
      if (this.stopStarts.signal.aborted) throw new Error('the pool was closed');
      const worker = await TessWorker.start({ type: 'init', corePath: core.corePath, module: core.module, model, language: this.language }, this.startTimeoutMs, this.stopStarts.signal);
      this.started++;
      this.startCpu += worker.startCpuMs;
      return worker;
    } catch (e) {
      throw new PrecisFailure('OCR_FAILED', `The OCR engine could not start (${String(e instanceof Error ? e.message : e).slice(0, 160)}); restart Precis and try again.`);
    }
  }
}
