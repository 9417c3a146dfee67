/**
 * The real OCR behind extractDocument's seam: Tesseract (WebAssembly) with language data from npm
 * packages, pages drawn by pdf.js in a worker thread. Nothing is fetched.
 */
import type { OcrHook } from '../extractDocument';
import { ocrPages, type OcrOptions } from './ocrPages';

export function createOcrHook(options: OcrOptions = {}): OcrHook {
  return async (request) => {
    const readings = await ocrPages(request, options);
    return readings.map((r) => ({
      page: r.page,
      text: r.paragraphs.map((p) => p.text).join('\n\n'),
      paragraphs: r.paragraphs.map((p) => ({ text: p.text, rects: p.lines })),
      confidence: r.confidence,
      ...(r.failure ? { failure: r.failure } : {}),
    }));
  };
}
