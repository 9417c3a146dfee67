/**
 * The host side of the page-render thread: one thread per OCR run, holding the open PDF.
 * Terminated on cancel, on a render that overruns its time limit, and when the run ends.
 */
import type { Worker } from 'node:worker_threads';
import { PrecisFailure } from '../../errors';
import { spawnCoreWorker } from '../worker/spawnCoreWorker';
import type { RenderedPage, RenderReply, RenderRequest } from './renderWorker';

/** Far above what a 300 dpi page needs (a 35 MB greyscale image plus pdf.js), far below the machine. */
const RENDER_HEAP_MB = 1536;

type Pending = { resolve: (v: RenderedPage | undefined) => void; reject: (e: unknown) => void };

export type Rotation = 0 | 90 | 180 | 270;

export class PageRenderer {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead: PrecisFailure | undefined;

  private constructor() {
    this.worker = spawnCoreWorker(import.meta.url, 'renderWorker', './renderWorker', { maxOldGenerationSizeMb: RENDER_HEAP_MB });
    this.worker.on('message', (reply: RenderReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(new PrecisFailure('FILE_INVALID', `A scanned page could not be drawn for OCR (${reply.message}).`));
    });
    const fail = (failure: PrecisFailure): void => {
      this.dead ??= failure;
      for (const p of this.pending.values()) p.reject(this.dead);
      this.pending.clear();
    };
    this.worker.on('error', (e) => fail(new PrecisFailure('FILE_INVALID', `A scanned page could not be drawn for OCR (${e.message.slice(0, 160)}).`)));
    this.worker.on('exit', () => fail(new PrecisFailure('CANCELLED', 'The operation was cancelled.')));
  }

  /** Opens the PDF in a fresh render thread. `bytes` is copied; the caller's buffer stays intact. */
  static async open(bytes: Uint8Array, password: string | undefined): Promise<PageRenderer> {
    const r = new PageRenderer();
    const copy = bytes.slice();
    try {
      await r.call({ id: 0, type: 'open', bytes: copy, ...(password !== undefined ? { password } : {}) }, [copy.buffer as ArrayBuffer]);
    } catch (e) {
      await r.close();
      throw e;
    }
    return r;
  }

  /** Paints one page (1-based) at up to `maxDpi` (less for oversized pages), turned clockwise by `rotation`, as a greyscale PGM. */
  async render(page: number, maxDpi: number, rotation: Rotation): Promise<RenderedPage> {
    const value = await this.call({ id: 0, type: 'render', page, maxDpi, rotation }, []);
    if (!value) throw new PrecisFailure('INTERNAL', 'The page renderer returned no image.');
    return value;
  }

  /** Stops the thread at once, whatever it is doing. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private call(req: RenderRequest, transfer: ArrayBuffer[]): Promise<RenderedPage | undefined> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...req, id }, transfer);
    });
  }
}
