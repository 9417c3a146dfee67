/**
 * How much painting drawing a page for OCR takes, counted from its operations as pdf.js lists them:
 * a page made only to stall a reader (one word drawn a hundred thousand times over at the same
 * spot) took some 40 s a drawing at 300 dpi, and OCR draws a page it doubts up to four times.
 */
import type { PdfOps } from './pageImage';

/**
 * The most painting a page is drawn with for OCR: each glyph of a run of text is one, and so is
 * each other operation but the graphics state's saving and restoring (of which a page of drawn
 * charts holds hundreds of thousands, each cheap). A full page of small print paints some 5,000,
 * a scan a handful; the busiest real contract pages met (tables and charts drawn in vector strokes)
 * some 140,000. The overprinted word above paints over a million.
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
  return 1;
}

/** The painting a whole list of operations does. */
export function drawingWork(fnArray: readonly number[], argsArray: readonly unknown[], ops: PdfOps): number {
  let work = 0;
  for (let i = 0; i < fnArray.length; i++) work += operationWork(fnArray[i]!, argsArray[i], ops);
  return work;
}
