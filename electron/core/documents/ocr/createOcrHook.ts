/**
 * The real OCR behind extractDocument's seam: Tesseract (WebAssembly) with language data from npm
 * packages, pages drawn by pdf.js in a worker thread. Nothing is fetched. The engines and the
 * render thread are kept between documents of this process (keptTesseractPools.ts,
 * keptPageRenderer.ts), so a second scanned document starts neither again; a cancelled document
 * stops them. Its `prepare` starts both while the document is still parsed (see extractDocument),
 * its `scanDpi` has the parse hand scanned pages over as images ready to read, and its `stream`
 * reads pages as the parse finds them.
 */
import type { OcrHook, OcrPageResult, OcrPreparation, OcrStreamRequest } from '../extractDocument';
import { dropKeptPageRenderer, warmKeptPageRenderer } from './keptPageRenderer';
import type { PageRenderer } from './pageRenderer';
import { borrowTesseractPool, type PoolLease } from './keptTesseractPools';
import { DEFAULT_MAX_DPI, ocrPages, type OcrOptions, type OcrRequest } from './ocrPages';

export function createOcrHook(options: OcrOptions = {}): OcrHook {
  const borrow = (): PoolLease =>
    borrowTesseractPool({
      language: options.language ?? 'eng',
      ...(options.workers ? { size: options.workers } : {}),
      ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    });
  const run = async (request: OcrRequest): Promise<OcrPageResult[]> => {
    const lease = borrow();
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
  const read: OcrHook = (request) => run(request);
  /**
   * While the PDF is still parsed: the engines (with the language data) start, and the page-render
   * thread (with pdf.js) once a page to read turns out to need drawing (a scan the parse hands
   * over as its image needs none), so the first page is read as soon as the parse ends. The lease
   * keeps the engines for the document; a cancel stops what was started here.
   */
  const prepare = (signal?: AbortSignal): OcrPreparation => {
    let lease: PoolLease | undefined;
    try {
      lease = borrow();
    } catch {
      // A missing language fails when the pages are read, with its own message.
      return { want: () => undefined, done: () => undefined };
    }
    let renderer: PageRenderer | undefined;
    let drawing = false;
    const onAbort = (): void => {
      lease.discard();
      if (renderer) dropKeptPageRenderer(renderer);
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    return {
      want: (pages) => {
        if (!signal?.aborted) lease.pool.warm(pages);
      },
      draw: () => {
        if (drawing || signal?.aborted) return;
        drawing = true;
        renderer = warmKeptPageRenderer();
      },
      done: () => {
        signal?.removeEventListener('abort', onAbort);
        if (signal?.aborted) onAbort();
        else lease.release();
      },
    };
  };
  // The parse hands scanned pages over at the resolution pages are read at (as ocrPages defaults it).
  // Pages are read as the parse finds them (see extractDocument).
  const stream = (request: OcrStreamRequest): Promise<OcrPageResult[]> => run(request);
  return Object.assign(read, { prepare, scanDpi: options.maxDpi ?? DEFAULT_MAX_DPI, stream });
}
