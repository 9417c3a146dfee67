/**
 * Entry point of the page-render thread: opens one PDF with pdf.js and paints requested pages
 * into greyscale images for OCR. A hostile file can only hang or exhaust this thread, which the
 * host terminates on timeout or cancel.
 */
import { parentPort } from 'node:worker_threads';
import { createCanvas } from '@napi-rs/canvas';
import { loadPdfjs, pdfDocumentParams } from '../pdf/loadPdfjs';
import { chooseDpi } from './chooseDpi';
import { drawingWork, MAX_DRAWING_WORK, operationWork } from './drawingWork';
import { despeckleIfSpeckled, pageScan, pgmHeader, type PageScan, type PdfDoc, type PdfPage } from './pageScan';
import { threadCpuMs, withThreadCpu } from './threadCpuMs';

export type RenderRequest =
  /** Opens a document, closing the one open before (a thread kept between documents keeps pdf.js loaded). */
  | { id: number; type: 'open'; bytes: Uint8Array; password?: string }
  | { id: number; type: 'render'; page: number; maxDpi: number; rotation: 0 | 90 | 180 | 270 }
  /** Closes the open document (its memory), leaving the thread idle. */
  | { id: number; type: 'close' }
  /** Loads pdf.js and nothing more: a thread started ahead of its first document. */
  | { id: number; type: 'load' };

export interface RenderedPage extends PageScan {
  /** `image`: the page's own scanned image was taken as it is; `drawn`: the page was painted. */
  source: 'image' | 'drawn';
  /** CPU milliseconds this thread spent on the page, where the system tells. */
  cpuMs?: number;
}

/**
 * `openCpuMs` (to `open`): CPU the thread spent opening the document: for its first, from the
 * thread's start (pdf.js loaded, the file parsed); for a later one, the opening alone.
 */
export type RenderReply = { id: number; ok: true; value?: RenderedPage; openCpuMs?: number } | { id: number; ok: false; message: string; tooComplex?: true };

/** A page that paints more than MAX_DRAWING_WORK: reported as one OCR could not read, never drawn to its end. */
class TooComplexPage extends Error {
  constructor(page: number) {
    super(`Page ${page} was not drawn for OCR: it paints more than ${MAX_DRAWING_WORK.toLocaleString('en-US')} glyphs and strokes, far more than any printed page`);
  }
}

type RenderParams = Parameters<PdfPage['render']>[0];
let doc: PdfDoc | undefined;

async function render(page: number, maxDpi: number, rotation: number): Promise<RenderedPage> {
  if (!doc) throw new Error('no document is open');
  const pdfjs = await loadPdfjs();
  const p = await doc.getPage(page);
  // A page read the way it is stored (no turn of ours; pageScan checks the page's own) is taken
  // from its image, exactly as the parse hands such a page over. Its operations are listed for
  // that, so a page past the drawing limit is known before any of it is drawn; a page drawn turned
  // is stopped at the limit as it draws.
  const list = rotation === 0 ? await p.getOperatorList() : undefined;
  if (list && drawingWork(list.fnArray, list.argsArray, pdfjs.OPS) > MAX_DRAWING_WORK) {
    p.cleanup();
    throw new TooComplexPage(page);
  }
  const scan = list ? await pageScan(p, pdfjs.OPS, maxDpi, list) : undefined;
  if (scan) {
    p.cleanup();
    return { ...scan, source: 'image' };
  }
  const flat = p.getViewport({ scale: 1 });
  const dpi = chooseDpi(flat.width, flat.height, maxDpi);
  const viewport = p.getViewport({ scale: dpi / 72, rotation: (flat.rotation + rotation) % 360 });
  const width = Math.max(1, Math.round(viewport.width));
  const height = Math.max(1, Math.round(viewport.height));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  // The napi canvas implements the subset of the DOM canvas pdf.js paints with (its types name the DOM's).
  // pdf.js asks before each operation (in order, once each) whether to draw it; the one past the
  // limit ends the drawing.
  let work = 0;
  const operationsFilter = (index: number, ops: { fnArray: number[]; argsArray: unknown[] }): boolean => {
    work += operationWork(ops.fnArray[index]!, ops.argsArray[index], pdfjs.OPS);
    if (work > MAX_DRAWING_WORK) throw new TooComplexPage(page);
    return true;
  };
  try {
    await p.render({ canvas: canvas as unknown as RenderParams['canvas'], viewport, operationsFilter }).promise;
  } catch (e) {
    p.cleanup();
    throw e;
  }
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const header = pgmHeader(width, height);
  const image = new Uint8Array(header.length + width * height);
  image.set(header, 0);
  for (let i = 0, o = header.length; i < rgba.length; i += 4, o++) {
    image[o] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
  }
  p.cleanup();
  const despeckled = despeckleIfSpeckled(image, width, height);
  return { image, width, height, despeckled, source: 'drawn', dpi, pageWidth: flat.width, pageHeight: flat.height };
}

/** True once a document was opened: pdf.js is loaded, later openings cost only the file's parse. */
let opened = false;

/** The loading task of the open document: destroying it closes the document and frees its memory. */
let task: { destroy(): Promise<void> } | undefined;

async function closeDoc(): Promise<void> {
  const previous = task;
  doc = undefined;
  task = undefined;
  await previous?.destroy();
}

async function handle(req: RenderRequest): Promise<{ value?: RenderedPage; openCpuMs?: number }> {
  if (req.type === 'close') {
    await closeDoc();
    return {};
  }
  if (req.type === 'load') {
    await loadPdfjs();
    // The thread's start-up is told here; the next opening then counts only itself.
    opened = true;
    const now = threadCpuMs();
    return now !== undefined ? { openCpuMs: now } : {};
  }
  if (req.type === 'open') {
    const from = opened ? threadCpuMs() : 0;
    await closeDoc();
    const pdfjs = await loadPdfjs();
    const loading = pdfjs.getDocument(pdfDocumentParams(req.bytes, req.password));
    task = loading;
    doc = await loading.promise;
    opened = true;
    const now = threadCpuMs();
    return now !== undefined && from !== undefined ? { openCpuMs: now - from } : {};
  }
  const { value, cpuMs } = await withThreadCpu(() => render(req.page, req.maxDpi, req.rotation));
  return { value: cpuMs === undefined ? value : { ...value, cpuMs } };
}

/**
 * Requests are handled one after the other: pages drawn side by side in one thread only share
 * its core (and double the memory), and one page at a time keeps each page's CPU time its own.
 */
let queue: Promise<unknown> = Promise.resolve();

parentPort?.on('message', (req: RenderRequest) => {
  const done = queue.then(() => handle(req));
  queue = done.catch(() => undefined);
  done.then(
    ({ value, openCpuMs }) => {
      const reply: RenderReply = { id: req.id, ok: true, ...(value ? { value } : {}), ...(openCpuMs !== undefined ? { openCpuMs } : {}) };
      parentPort?.postMessage(reply, value ? [value.image.buffer as ArrayBuffer] : []);
    },
    (e: unknown) =>
      parentPort?.postMessage({ id: req.id, ok: false, message: e instanceof Error ? e.message.slice(0, 160) : 'unknown error', ...(e instanceof TooComplexPage ? { tooComplex: true as const } : {}) } satisfies RenderReply),
  );
});
