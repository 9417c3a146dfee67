/**
 * How much painting drawing a page for OCR takes, counted from its operations as pdf.js lists them:
 * a page made only to stall a reader (one word drawn a hundred thousand times over at the same
 * spot) took some 40 s a drawing at 300 dpi, and OCR draws a page it doubts up to four times.
 */
import type { PdfOps } from './pageImage';

/**
 * The most painting a page is drawn with for OCR: each glyph of a run of text is one, and so is
 * each other operation but the graphics state's saving and restoring (of which a page of drawn
 * charts holds hundreds of thousands, each cheap); an image one more for each 10,000 of its pixels
 * (a page scanned at 300 dpi some 840, at 600 dpi some 3,400). A full page of small print paints
 * some 5,000; the busiest real contract pages met (tables and charts drawn in vector strokes) some
 * 140,000. The overprinted word above paints over a million.
 */
export const MAX_DRAWING_WORK = 200_000;

/** The painting one operation does (see MAX_DRAWING_WORK). */
export function operationWork(fn: number, args: unknown, ops: PdfOps): number {
  if (fn === ops.save || fn === ops.restore || fn === ops.dependency) return 0;
  // pdf.js lists every operator that shows text as showText, its glyphs (and spacings) the argument.
  if (fn === ops.showText || fn === ops.showSpacedText) {
    const glyphs = Array.isArray(args) ? (args[0] as unknown) : undefined;
    return Array.isArray(glyphs) ? Math.max(1, glyphs.length) : 1;
  }
  // An image XObject's arguments are its name, width and height.
  if (fn === ops.paintImageXObject && Array.isArray(args)) return 1 + imagePixels(args[1], args[2]);
  // An inline image or a stencil mask comes as the decoded image itself.
  if ((fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject) && Array.isArray(args)) {
    const img = args[0] as { width?: unknown; height?: unknown } | null | undefined;
    return 1 + imagePixels(img?.width, img?.height);
  }
  // pdf.js folds a run of paintings of one image (or of masks) into one operation: each copy counts.
  if (fn === ops.paintImageXObjectRepeat && Array.isArray(args)) return Math.max(1, lengthOf(args[3]) / 2);
  if (fn === ops.paintImageMaskXObjectRepeat && Array.isArray(args)) return Math.max(1, lengthOf(args[5]) / 2);
  if (fn === ops.paintImageMaskXObjectGroup && Array.isArray(args)) return Math.max(1, lengthOf(args[0]));
  return 1;
}

/** The length of an array or typed array (0 for anything else). */
function lengthOf(list: unknown): number {
  return Array.isArray(list) || ArrayBuffer.isView(list) ? (list as { length: number }).length : 0;
}

/** An image's pixels in tens of thousands (0 where its size is not told). */
function imagePixels(width: unknown, height: unknown): number {
  return typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0 ? Math.floor((width * height) / 10_000) : 0;
}

/** The painting a whole list of operations does. */
export function drawingWork(fnArray: readonly number[], argsArray: readonly unknown[], ops: PdfOps): number {
  let work = 0;
  for (let i = 0; i < fnArray.length; i++) work += operationWork(fnArray[i]!, argsArray[i], ops);
  return work;
}
