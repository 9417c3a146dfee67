/**
 * The resolution a page is drawn at for OCR, from its size: 300 dpi (Tesseract's sweet spot for
 * body text) for ordinary pages, less for oversized sheets so a page never exceeds the pixel
 * budget (memory and time grow with pixels, not with text), never below 150 dpi.
 */
const TEXT_DPI = 300;
const MIN_DPI = 150;
/** About an A3 sheet at 300 dpi. */
const MAX_PIXELS = 18_000_000;

/** `width`/`height` in points (1/72 inch). */
export function chooseDpi(width: number, height: number, maxDpi = TEXT_DPI): number {
  const areaIn2 = Math.max(1, (width / 72) * (height / 72));
  const fit = Math.floor(Math.sqrt(MAX_PIXELS / areaIn2));
  return Math.max(Math.min(MIN_DPI, maxDpi), Math.min(maxDpi, fit));
}
