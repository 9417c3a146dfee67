/**
 * A scanned page's own image, made ready for OCR: grey, at the resolution it was scanned at,
 * speckle filtered. The render thread takes it this way instead of drawing the page, and so does
 * the parse thread, which has decoded the image already (pdf.js decodes every image of a page
 * when it lists the page's drawing operations, and the parse lists them to tell a scan from a
 * blank page): handing that image over saves decoding it a second time to read it.
 */
import type { loadPdfjs } from '../pdf/loadPdfjs';
import { chooseDpi } from './chooseDpi';
import { isolatedPixelShare, median3x3, SPECKLE_SHARE } from './despeckle';
import { greyFromImage, soleFullPageImage, type DecodedImage, type PdfOps } from './pageImage';

export type PdfDoc = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfjs>>['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDoc['getPage']>>;
/** A page's drawing operations as pdf.js lists them. */
export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** A page image ready for OCR, as the render thread makes it (see renderWorker.ts). */
export interface PageScan {
  /** A binary PGM (P5) image: header plus one grey byte per pixel. */
  image: Uint8Array;
  width: number;
  height: number;
  /** True when scan speckle was filtered out. */
  despeckled: boolean;
  /** The resolution of the image on the page. */
  dpi: number;
  /** The page's size in points as a viewer shows it (its own /Rotate applied). */
  pageWidth: number;
  pageHeight: number;
}

/** A scanned image is taken as it is when its resolution is within this share of the one wanted. */
const DPI_TOLERANCE = 0.1;

export function pgmHeader(width: number, height: number): Buffer {
  return Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
}

/**
 * The page's own image as a grey PGM, when the page is one upright full-page image whose
 * resolution is close to `dpi` (a scan drawn at its own resolution comes out pixel for pixel as
 * that image). `list`: the page's operator list when the caller has it already.
 */
async function scannedImage(p: PdfPage, ops: PdfOps, dpi: number, list?: OperatorList): Promise<{ image: Uint8Array; width: number; height: number; dpi: number } | undefined> {
  const { fnArray, argsArray } = list ?? (await p.getOperatorList());
  const [x0, y0, x1, y1] = p.view as [number, number, number, number];
  const sole = soleFullPageImage(fnArray, argsArray, ops, p.view);
  if (!sole) return undefined;
  const dpiX = (sole.width * 72) / (x1 - x0);
  const dpiY = (sole.height * 72) / (y1 - y0);
  if (Math.abs(dpiX - dpiY) > dpiX * 0.01 || Math.abs(dpiX - dpi) > dpi * DPI_TOLERANCE) return undefined;
  const store = sole.id.startsWith('g_') ? p.commonObjs : p.objs;
  const decoded = await new Promise<DecodedImage | undefined>((resolve) => store.get(sole.id, (d: unknown) => resolve(d as DecodedImage | undefined), () => resolve(undefined)));
  if (!decoded?.data || decoded.width !== sole.width || decoded.height !== sole.height) return undefined;
  const header = pgmHeader(sole.width, sole.height);
  const image = new Uint8Array(header.length + sole.width * sole.height);
  image.set(header, 0);
  return greyFromImage(decoded, image, header.length) ? { image, width: sole.width, height: sole.height, dpi: dpiX } : undefined;
}

/** Filters scan speckle out of a grey PGM in place when there is enough of it; true when it did. */
export function despeckleIfSpeckled(image: Uint8Array, width: number, height: number): boolean {
  const offset = image.length - width * height;
  const speckled = isolatedPixelShare(image, width, height, offset) > SPECKLE_SHARE;
  if (speckled) median3x3(image, width, height, offset);
  return speckled;
}

/**
 * The page ready for OCR from its own image, as the render thread would take it for a read at
 * `maxDpi` the way the page is stored; undefined when the page would have to be drawn.
 */
export async function pageScan(p: PdfPage, ops: PdfOps, maxDpi: number, list?: OperatorList): Promise<PageScan | undefined> {
  const flat = p.getViewport({ scale: 1 });
  if (flat.rotation !== 0) return undefined;
  const scan = await scannedImage(p, ops, chooseDpi(flat.width, flat.height, maxDpi), list);
  if (!scan) return undefined;
  const despeckled = despeckleIfSpeckled(scan.image, scan.width, scan.height);
  return { ...scan, despeckled, pageWidth: flat.width, pageHeight: flat.height };
}
