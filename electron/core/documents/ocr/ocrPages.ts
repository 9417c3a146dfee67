/**
 * Page-level OCR: draws each requested PDF page in the render thread and reads it with the
 * Tesseract pool, several pages at a time. Small skews are straightened by Tesseract itself
 * (its line finder measures the angle; the image is re-set at that angle); a page on its side or
 * upside down reads as low-confidence noise, so such a page is tried at the other three quarter
 * turns at a lower resolution and read again at full resolution the right way up.
 */
import { PrecisFailure } from '../../errors';
import { keepPageRenderer, openKeptPageRenderer } from './keptPageRenderer';
import { PageRenderer, RendererStopped, type Rotation } from './pageRenderer';
import { pageConfidence, pageParagraphs, type OcrParagraph } from './pageText';
import type { PageFeed } from './pageFeed';
import type { PageScan } from './pageScan';
import { TesseractPool } from './tesseractPool';

export interface OcrProgress {
  /** 1-based position of this page among the pages being read. */
  index: number;
  /** Pages to read: all of them, or (with `more`) those the parse has found so far. */
  total: number;
  /** The page's number in the document. */
  page: number;
  /** Set while the parse may still find more pages to read. */
  more?: boolean;
}

/** "Reading scanned page 3 of 11 (p. 7)"; "… of 5 so far" while the parse may find more. */
export function ocrProgressMessage(p: OcrProgress): string {
  return `Reading scanned page ${p.index} of ${p.total}${p.more ? ' so far' : ''}${p.page !== p.index ? ` (p. ${p.page})` : ''}`;
}

export interface OcrOptions {
  /** The Tesseract language code, with an npm data package (default `eng`). */
  language?: string;
  /** A folder of `<code>.traineddata.gz` files used instead of the npm packages. */
  dataDir?: string;
  /** Pages read at once (default: one per core). */
  workers?: number;
  /** Longest opening the document for drawing, one drawing or one reading of a page may take (default 120 s: about 20× a page on one busy core). */
  pageTimeoutMs?: number;
  /** Highest resolution pages are drawn at (default 300 dpi). */
  maxDpi?: number;
  onProgress?: (p: OcrProgress) => void;
  /**
   * Engines the caller keeps across runs (see sharedTesseractPool.ts): the run uses them and
   * leaves them running. Without one, the run starts its own and stops them when it ends.
   * On cancel the run's busy threads are terminated either way.
   */
  pool?: TesseractPool;
  /**
   * Draw in the render thread kept between documents (keptPageRenderer.ts), and leave it kept when
   * the run ends, instead of starting one for this run and stopping it. Not kept after a cancel.
   */
  keepRenderer?: boolean;
  /** Filled in as the run goes, for measurements: start-up CPU of the threads the run started. */
  stats?: OcrRunStats;
}

/** Start-up costs of one run (CPU milliseconds, where the system tells; else 0). */
export interface OcrRunStats {
  /** Tesseract engines started for this run (0 when a kept pool's engines were all warm). */
  enginesStarted: number;
  /** CPU their threads spent loading code, the engine and the language data. */
  engineStartCpuMs: number;
  /** CPU the page-render thread spent loading pdf.js (unless kept from before) and opening the document. */
  rendererStartCpuMs: number;
  /** Set when the run drew in a render thread kept from an earlier document. */
  rendererReused?: boolean;
  /** Pages read from the images the parse handed over (not drawn again). */
  pagesHanded?: number;
}

export interface OcrRequest {
  bytes: Uint8Array;
  /** The pages to read: a list, or a feed the parse adds pages to as it finds them (read as they come). */
  pages: number[] | PageFeed;
  password?: string;
  signal?: AbortSignal;
  /**
   * Pages' own images, ready to read, that the parse handed over (see pageScan.ts): each is read
   * as it is instead of being drawn again, and removed from the map once used.
   */
  images?: Map<number, PageScan>;
}

/** One page's reading. `failure` is set (and `paragraphs` empty) when the page could not be read. */
export interface OcrPageReading {
  page: number;
  paragraphs: OcrParagraph[];
  /** 0..100 */
  confidence: number;
  /** Clockwise quarter turn the page needed to read upright. */
  rotation: Rotation;
  /** The small skew Tesseract straightened, in degrees. */
  skewDegrees: number;
  failure?: string;
  /** Where the page's time went (wall milliseconds, each summed over every reading of the page). */
  timings: OcrPageTimings;
}

export interface OcrPageTimings {
  /** Drawing the page with pdf.js and making the grey image (speckle filter included). */
  renderMs: number;
  /** Tesseract's layout analysis and recognition, including waiting for a free worker. */
  recogniseMs: number;
  /** Readings made: 1, or more when the page's orientation was in doubt. */
  reads: number;
  /** CPU milliseconds of the drawing and of the reading threads (where the system tells; else 0). */
  renderCpuMs: number;
  recogniseCpuMs: number;
}

/** Below this page confidence the page may be on its side or upside down. */
const ORIENTATION_DOUBT = 60;
/** An alternative turn must beat the first reading by this much to be taken. */
const ORIENTATION_MARGIN = 10;
const PROBE_DPI = 150;
/** Pages are read at up to 300 dpi unless told otherwise. */
export const DEFAULT_MAX_DPI = 300;

/** Reads the requested pages. Rejects with CANCELLED on abort (every worker is stopped first). */
export async function ocrPages(request: OcrRequest, options: OcrOptions = {}): Promise<OcrPageReading[]> {
  const { signal } = request;
  if (signal?.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
  const feed = Array.isArray(request.pages) ? undefined : request.pages;
  const listed = Array.isArray(request.pages) ? [...new Set(request.pages)].sort((a, b) => a - b) : undefined;
  if (listed?.length === 0) return [];
  // The language data is looked up here, when a page is actually to be read (never for documents
  // that need no OCR); a missing language fails before anything is drawn.
  const ownPool = !options.pool;
  const pool =
    options.pool ??
    new TesseractPool({
      language: options.language ?? 'eng',
      ...(options.workers ? { size: options.workers } : {}),
      ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
    });
  const startsBefore = pool.startStats;
  const maxDpi = options.maxDpi ?? DEFAULT_MAX_DPI;
  const timeoutMs = options.pageTimeoutMs ?? 120_000;
  // The render thread in use; replaced by a fresh one when a page that overran its limit stopped it.
  let renderer: Promise<PageRenderer> | undefined;
  // Runners still drawing or reading (one failing ends the run while the others wind down).
  let running = 0;
  const closeRenderer = (): Promise<void> | undefined => renderer?.then((r) => r.close(), () => undefined);
  let endWait: (() => void) | undefined;
  let ended = false;
  const stopAll = (): void => {
    endWait?.();
    // A kept pool's busy threads are terminated by their reads' own abort; its idle ones stay.
    if (ownPool) void pool.close();
    void closeRenderer();
  };
  signal?.addEventListener('abort', stopAll, { once: true });
  try {
    // The engines load while pdf.js opens the document and draws the first pages.
    pool.warm(listed?.length ?? Math.max(1, feed!.count));
    const images = request.images;
    const openRenderer = (): Promise<PageRenderer> => {
      const opening = options.keepRenderer
        ? openKeptPageRenderer(request.bytes, request.password, timeoutMs, signal).then(({ renderer: r, reused }) => {
            if (reused && options.stats) options.stats.rendererReused = true;
            return r;
          })
        : PageRenderer.open(request.bytes, request.password, timeoutMs, signal);
      return opening.then((r) => {
        if (options.stats) options.stats.rendererStartCpuMs += r.openCpuMs;
        return r;
      });
    };
    // Opened now unless every page came with its image (a page in doubt about its orientation
    // still opens it, to draw the page turned), or pages are still to come (then when one must be drawn).
    if (listed?.some((page) => !images?.has(page))) {
      renderer = openRenderer();
      await renderer;
      if (signal?.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
    }
    const draw = async (page: number, dpi: number, rotation: Rotation): Promise<PageScan & { cpuMs?: number }> => {
      const handed = rotation === 0 && dpi === maxDpi ? images?.get(page) : undefined;
      if (handed) {
        images!.delete(page);
        if (options.stats) options.stats.pagesHanded = (options.stats.pagesHanded ?? 0) + 1;
        return handed;
      }
      // Never opened once the run is over (a runner still winding down after a cancel or a
      // failure): the run's end closes only the thread it knows of.
      if (ended || signal?.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
      renderer ??= openRenderer();
      for (;;) {
        const current: Promise<PageRenderer> = renderer;
        try {
          return await (await current).render(page, dpi, rotation, timeoutMs);
        } catch (e) {
          if (!(e instanceof RendererStopped) || signal?.aborted) throw e;
          // Another page overran and took the thread with it: the first page to notice opens a
          // fresh one, and this page is drawn again there.
          if (renderer === current) renderer = PageRenderer.open(request.bytes, request.password, timeoutMs, signal);
        }
      }
    };
    const read = async (page: number, dpi: number, rotation: Rotation, timings: OcrPageTimings): Promise<{ paragraphs: OcrParagraph[]; confidence: number; skew: number }> => {
      const t0 = performance.now();
      const img = await draw(page, dpi, rotation);
      const t1 = performance.now();
      const tess = await pool.recognize(img.image, { deskew: true, dpi: img.dpi, timeoutMs, ...(signal ? { signal } : {}) });
      timings.renderMs += t1 - t0;
      timings.recogniseMs += performance.now() - t1;
      timings.renderCpuMs += img.cpuMs ?? 0;
      timings.recogniseCpuMs += tess.cpuMs ?? 0;
      timings.reads++;
      const paragraphs = pageParagraphs(tess, { scale: img.dpi / 72, rotation, pageWidth: img.pageWidth, pageHeight: img.pageHeight });
      return { paragraphs, confidence: pageConfidence(paragraphs), skew: ((tess.rotateRadians ?? 0) * 180) / Math.PI };
    };
    const readPage = async (page: number, timings: OcrPageTimings): Promise<OcrPageReading> => {
      let best = await read(page, maxDpi, 0, timings);
      let rotation: Rotation = 0;
      if (best.confidence < ORIENTATION_DOUBT) {
        // Upside down is the commonest mistake (a sheet fed the wrong way): try it first, and
        // the quarter turns only when it does not read well either.
        const probeDpi = Math.min(PROBE_DPI, maxDpi);
        let probe: { rotation: Rotation; reading: Awaited<ReturnType<typeof read>> } | undefined;
        for (const turn of [180, 90, 270] as const) {
          const alt = await read(page, probeDpi, turn, timings);
          if (!probe || alt.confidence > probe.reading.confidence) probe = { rotation: turn, reading: alt };
          if (probe.reading.confidence >= ORIENTATION_DOUBT) break;
        }
        if (probe && probe.reading.confidence >= best.confidence + ORIENTATION_MARGIN) {
          rotation = probe.rotation;
          best = probeDpi === maxDpi ? probe.reading : await read(page, maxDpi, rotation, timings);
        }
      }
      return { page, paragraphs: best.paragraphs, confidence: best.confidence, rotation, skewDegrees: Math.round(best.skew * 10) / 10, timings };
    };

    const results: OcrPageReading[] = [];
    let next = 0;
    let started = 0;
    // A reader waiting for the parse to find its next page stops waiting on cancel.
    const cancelledWait = new Promise<undefined>((resolve) => {
      endWait = () => resolve(undefined);
      if (signal?.aborted) endWait();
    });
    const nextPage = async (): Promise<number | undefined> => {
      if (listed) return listed[next++];
      const page = await Promise.race([feed!.take(), cancelledWait]);
      if (page !== undefined) pool.warm(feed!.count);
      return page;
    };
    const runner = async (): Promise<void> => {
      running++;
      try {
        await readPages();
      } finally {
        running--;
      }
    };
    const readPages = async (): Promise<void> => {
      for (let page = await nextPage(); page !== undefined; page = await nextPage()) {
        if (signal?.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
        const more = feed !== undefined && !feed.complete;
        options.onProgress?.({ index: ++started, total: listed?.length ?? feed!.count, page, ...(more ? { more } : {}) });
        const timings: OcrPageTimings = { renderMs: 0, recogniseMs: 0, reads: 0, renderCpuMs: 0, recogniseCpuMs: 0 };
        try {
          results.push(await readPage(page, timings));
        } catch (e) {
          if (signal?.aborted || (e instanceof PrecisFailure && e.code === 'CANCELLED')) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
          // One unreadable page (time limit, a drawing error) never costs the rest of the document.
          const message = e instanceof PrecisFailure ? e.message : 'The OCR engine failed.';
          results.push({ page, paragraphs: [], confidence: 0, rotation: 0, skewDegrees: 0, failure: message, timings });
        }
      }
      if (signal?.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
    };
    await Promise.all(Array.from({ length: Math.min(pool.size, listed?.length ?? pool.size) }, runner));
    return results.sort((a, b) => a.page - b.page);
  } finally {
    ended = true;
    signal?.removeEventListener('abort', stopAll);
    if (options.stats) {
      const starts = pool.startStats;
      options.stats.enginesStarted += starts.engines - startsBefore.engines;
      options.stats.engineStartCpuMs += starts.cpuMs - startsBefore.cpuMs;
    }
    // On cancel every thread has already been told to stop (terminated, not asked to finish its
    // page); the caller hears CANCELLED at once rather than after the threads have wound down.
    // The render thread is kept only when no runner can still send it a page of this document.
    const keep = options.keepRenderer && !signal?.aborted && running === 0;
    const closing = Promise.all([ownPool ? pool.close() : undefined, keep ? renderer?.then(keepPageRenderer, () => undefined) : closeRenderer()]);
    if (!signal?.aborted) await closing;
    else void closing.catch(() => undefined);
  }
}
