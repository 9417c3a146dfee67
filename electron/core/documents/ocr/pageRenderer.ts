/**
 * The host side of the page-render thread: holds the open PDF of one OCR run at a time.
 * Terminated on cancel and on a render that overruns its time limit; at the end of a run it is
 * either stopped or kept for the next document (keptPageRenderer.ts).
 */
import type { Worker } from 'node:worker_threads';
import { PrecisFailure } from '../../errors';
import { spawnCoreWorker } from '../worker/spawnCoreWorker';
import type { RenderedPage, RenderReply, RenderRequest } from './renderWorker';

/** Far above what a 300 dpi page needs (a 35 MB greyscale image plus pdf.js), far below the machine. */
const RENDER_HEAP_MB = 1536;

type Reply = Extract<RenderReply, { ok: true }>;
type Pending = { resolve: (v: Reply) => void; reject: (e: unknown) => void };

/**
 * The thread was stopped because another page overran its time limit; this page was not at fault
 * and can be drawn again on a fresh thread.
 */
export class RendererStopped extends Error {
  constructor() {
    super('The page-render thread was restarted.');
  }
}

export type Rotation = 0 | 90 | 180 | 270;

export class PageRenderer {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead: PrecisFailure | RendererStopped | undefined;
  /** CPU milliseconds the last opening took (with loading pdf.js, for the thread's first; 0 where unknown). */
  openCpuMs = 0;

  private constructor() {
    this.worker = spawnCoreWorker(import.meta.url, 'renderWorker', './renderWorker', { maxOldGenerationSizeMb: RENDER_HEAP_MB });
    this.worker.on('message', (reply: RenderReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.ok) p.resolve(reply);
      // A page past the drawing limit is no broken file: OCR gave up on it, as on one that overran its time.
      else if (reply.tooComplex) p.reject(new PrecisFailure('OCR_FAILED', `${reply.message}.`));
      else p.reject(new PrecisFailure('FILE_INVALID', `A scanned page could not be drawn for OCR (${reply.message}); check that page in the original.`));
    });
    this.worker.on('error', (e) => this.fail(new PrecisFailure('FILE_INVALID', `A scanned page could not be drawn for OCR (${e.message.slice(0, 160)}); check that page in the original.`)));
    this.worker.on('exit', () => this.fail(new PrecisFailure('CANCELLED', 'The operation was cancelled.')));
  }

  /** Every page waiting on this thread fails with `failure`; later calls fail the same way. */
  private fail(failure: PrecisFailure | RendererStopped): void {
    this.dead ??= failure;
    for (const p of this.pending.values()) p.reject(failure);
    this.pending.clear();
  }

  /** Stops the thread because call `culprit` overran: it gets `failure`, every other page RendererStopped. */
  private stopForOverrun(culprit: number, failure: PrecisFailure): void {
    this.pending.get(culprit)?.reject(failure);
    this.pending.delete(culprit);
    this.fail(new RendererStopped());
    void this.worker.terminate();
  }

  /**
   * Opens the PDF in a fresh render thread. `bytes` is copied; the caller's buffer stays intact.
   * Loading pdf.js and opening the file may take up to `timeoutMs`; then the thread is stopped and
   * the open fails with OCR_FAILED (a file pdf.js cannot finish opening must not hold the run).
   */
  static async open(bytes: Uint8Array, password: string | undefined, timeoutMs: number, signal?: AbortSignal): Promise<PageRenderer> {
    const r = new PageRenderer();
    await r.loadOrStop(bytes, password, timeoutMs, signal);
    return r;
  }

  /**
   * Starts a thread that loads pdf.js and opens no document yet (one started ahead of the
   * document it will draw, see keptPageRenderer.ts). The loading is not waited for: a document
   * opened later waits behind it in the thread's queue; a failed load shows as a failed opening.
   */
  static start(): PageRenderer {
    const r = new PageRenderer();
    void r.call({ id: 0, type: 'load' }, []).reply.catch(() => undefined);
    return r;
  }

  /**
   * Opens another PDF in this thread (pdf.js stays loaded; the previous document is closed), as
   * {@link open} does; on failure the thread is stopped.
   */
  async reopen(bytes: Uint8Array, password: string | undefined, timeoutMs: number, signal?: AbortSignal): Promise<void> {
    this.hold(true);
    await this.loadOrStop(bytes, password, timeoutMs, signal);
  }

  /**
   * Opens the document; on failure, and at once when `signal` aborts meanwhile (the opening then
   * fails with CANCELLED), the thread is stopped: a cancelled document's thread never goes on
   * loading pdf.js or parsing the file.
   */
  private async loadOrStop(bytes: Uint8Array, password: string | undefined, timeoutMs: number, signal: AbortSignal | undefined): Promise<void> {
    const onAbort = (): void => void this.close();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (signal?.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
      await this.load(bytes, password, timeoutMs);
    } catch (e) {
      await this.close();
      throw e;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** True until the thread failed, ended or was stopped. */
  get alive(): boolean {
    return this.dead === undefined;
  }

  /** Closes the open document (giving its memory back); the idle thread does not hold the process open. */
  park(): void {
    void this.call({ id: 0, type: 'close' }, []).reply.catch(() => undefined);
    this.hold(false);
  }

  private hold(busy: boolean): void {
    if (busy) this.worker.ref();
    else this.worker.unref();
  }

  private async load(bytes: Uint8Array, password: string | undefined, timeoutMs: number): Promise<void> {
    const copy = bytes.slice();
    const { id, reply } = this.call({ id: 0, type: 'open', bytes: copy, ...(password !== undefined ? { password } : {}) }, [copy.buffer as ArrayBuffer]);
    const timer = setTimeout(() => {
      this.stopForOverrun(id, new PrecisFailure('OCR_FAILED', `Opening the document for OCR took longer than ${Math.max(1, Math.round(timeoutMs / 1000))} s and was stopped; try again, or re-save the file as a PDF.`));
    }, timeoutMs);
    try {
      const opened = await reply;
      this.openCpuMs = opened.openCpuMs ?? 0;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Paints one page (1-based) at up to `maxDpi` (less for oversized pages), turned clockwise by
   * `rotation`, as a greyscale PGM. pdf.js draws synchronously, so a page that draws for longer
   * than `timeoutMs` can only be stopped with its thread: it fails with OCR_FAILED, and any other
   * page being drawn at that moment gets RendererStopped (to be drawn again on a fresh thread).
   */
  async render(page: number, maxDpi: number, rotation: Rotation, timeoutMs: number): Promise<RenderedPage> {
    const { id, reply } = this.call({ id: 0, type: 'render', page, maxDpi, rotation }, []);
    const timer = setTimeout(() => {
      this.stopForOverrun(id, new PrecisFailure('OCR_FAILED', `Drawing page ${page} for OCR took longer than ${Math.max(1, Math.round(timeoutMs / 1000))} s and was stopped; try again, or re-save the file as a PDF.`));
    }, timeoutMs);
    try {
      const { value } = await reply;
      if (!value) throw new PrecisFailure('INTERNAL', 'The page renderer returned no image; try again, and report this if it happens again.');
      return value;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops the thread at once, whatever it is doing. */
  async close(): Promise<void> {
    this.dead ??= new PrecisFailure('CANCELLED', 'The operation was cancelled.');
    await this.worker.terminate();
  }

  private call(req: RenderRequest, transfer: ArrayBuffer[]): { id: number; reply: Promise<Reply> } {
    const id = this.nextId++;
    if (this.dead) return { id, reply: Promise.reject(this.dead) };
    const reply = new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...req, id }, transfer);
    });
    return { id, reply };
  }
}
