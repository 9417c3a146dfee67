/**
 * Entry point of the page-render thread: opens one PDF with pdf.js and paints requested pages
 * into greyscale images for OCR. A hostile file can only hang or exhaust this thread, which the
 * host terminates on timeout or cancel.
 */
import { parentPort } from 'node:worker_threads';
import { createCanvas } from '@napi-rs/canvas';
import { loadPdfjs, pdfDocumentParams } from '../pdf/loadPdfjs';
import { chooseDpi } from './chooseDpi';
import { isolatedPixelShare, median3x3, SPECKLE_SHARE } from './despeckle';

export type RenderRequest =
  | { id: number; type: 'open'; bytes: Uint8Array; password?: string }
  | { id: number; type: 'render'; page: number; maxDpi: number; rotation: 0 | 90 | 180 | 270 };

export interface RenderedPage {
  /** A binary PGM (P5) image: header plus one grey byte per pixel. */
  image: Uint8Array;
  width: number;
  height: number;
  /** True when scan speckle was filtered out before OCR. */
  despeckled: boolean;
  /** The resolution the page was drawn at. */
  dpi: number;
  /** The page's size in points as a viewer shows it (its own /Rotate applied, ours not). */
  pageWidth: number;
  pageHeight: number;
}

export type RenderReply = { id: number; ok: true; value?: RenderedPage } | { id: number; ok: false; message: string };

type RenderParams = Parameters<Awaited<ReturnType<PdfDoc['getPage']>>['render']>[0];
type PdfDoc = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']>;
let doc: PdfDoc | undefined;

async function render(page: number, maxDpi: number, rotation: number): Promise<RenderedPage> {
  if (!doc) throw new Error('no document is open');
  const p = await doc.getPage(page);
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
  await p.render({ canvas: canvas as unknown as RenderParams['canvas'], viewport }).promise;
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
  const image = new Uint8Array(header.length + width * height);
  image.set(header, 0);
  for (let i = 0, o = header.length; i < rgba.length; i += 4, o++) {
    image[o] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
  }
  p.cleanup();
  const speckled = isolatedPixelShare(image, width, height, header.length) > SPECKLE_SHARE;
  if (speckled) median3x3(image, width, height, header.length);
  return { image, width, height, despeckled: speckled, dpi, pageWidth: flat.width, pageHeight: flat.height };
}

async function handle(req: RenderRequest): Promise<RenderedPage | undefined> {
  if (req.type === 'open') {
    const pdfjs = await loadPdfjs();
    doc = await pdfjs.getDocument(pdfDocumentParams(req.bytes, req.password)).promise;
    return undefined;
  }
  return render(req.page, req.maxDpi, req.rotation);
}

parentPort?.on('message', (req: RenderRequest) => {
  handle(req).then(
    (value) => {
      const reply: RenderReply = value ? { id: req.id, ok: true, value } : { id: req.id, ok: true };
      parentPort?.postMessage(reply, value ? [value.image.buffer as ArrayBuffer] : []);
    },
    (e: unknown) => parentPort?.postMessage({ id: req.id, ok: false, message: e instanceof Error ? e.message.slice(0, 160) : 'unknown error' } satisfies RenderReply),
  );
});
