/**
 * The real OCR behind extractDocument's seam: Tesseract (WebAssembly) with language data from npm
 * packages, pages drawn by pdf.js in a worker thread. Nothing is fetched. The engines and the
 * render thread are kept between documents of this process (keptTesseractPools.ts,
 * keptPageRenderer.ts), so a second scanned document starts neither again; a cancelled document
 * stops them.
 */
import type { OcrHook } from '../extractDocument';
import { borrowTesseractPool } from './keptTesseractPools';
import { ocrPages, type OcrOptions } from './ocrPages';

export function createOcrHook(options: OcrOptions = {}): OcrHook {
  return async (request) => {
    const lease = borrowTesseractPool({
      language: options.language ?? 'eng',
      ...(options.workers ? { size: options.workers } : {}),
      ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    });
    const { signal } = request;
    // On cancel every thread of the pool stops at once (unless another document is reading with it).
    const onAbort = (): void => lease.discard();
    signal?.addEventListener('abort', onAbort, { once: true });
    let readings: Awaited<ReturnType<typeof ocrPages>>;
    try {
      readings = await ocrPages(request, { ...options, pool: lease.pool, keepRenderer: true });
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) lease.discard();
      else lease.release();
    }
    return readings.map((r) => ({
      page: r.page,
      text: r.paragraphs.map((p) => p.text).join('\n\n'),
      paragraphs: r.paragraphs.map((p) => ({ text: p.text, rects: p.lines })),
      confidence: r.confidence,
      ...(r.failure ? { failure: r.failure } : {}),
    }));
  };
}
