/**
 * Ingestion: a dropped file (path or bytes) becomes an {@link ExtractedDocument} with pages,
 * cited blocks, defined terms and warnings. The kind comes from magic bytes, never the name.
 */
import { createHash } from 'node:crypto';
import { readFileBounded } from './readFileBounded';
import path from 'node:path';
import type { DocumentKind, DocumentWarning, ExtractedDocument, Rect } from '../../../shared/document';
import type { OcrMode } from '../../../shared/ocrMode';
import { PrecisFailure, throwIfAborted } from '../errors';
import { detectKind, looksLikeText, zipEntryNames } from './detectKind';
import { parseInWorker } from './worker/parseInWorker';
import { PageFeed } from './ocr/pageFeed';
import type { PageScan } from './ocr/pageScan';
import type { SourceDocument } from './sourceDocument';
import { buildStructure } from './structure/buildStructure';
import { extractText } from './text/extractText';
import { noTextFailure } from './noTextFailure';

export type DocumentInput = { path: string } | { bytes: Uint8Array; name: string };

/** Bounds on what one document may cost. */
export interface ExtractLimits {
  /** Largest accepted file, in bytes (200 MB). */
  maxBytes: number;
  /** Most pages read from a PDF (2000). */
  maxPages: number;
  /**
   * Longest time parsing may go without progress (opening the file, or one page) before it is
   * stopped; in all, a PDF may take this plus a second per page.
   */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ExtractLimits = { maxBytes: 200 * 1024 * 1024, maxPages: 2000, timeoutMs: 60_000 };

/** Text recognised on one page by an OCR engine. */
export interface OcrPageResult {
  page: number;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** 0..100 */
  confidence: number;
  /** Set when the page could not be read (time limit, engine failure); `text` is then empty. */
  failure?: string;
  /** The same text as paragraphs with their line boxes on the displayed page (as text-layer blocks carry). */
  paragraphs?: { text: string; rects: Rect[] }[];
}

/**
 * What an OCR hook started ahead of reading (see {@link OcrHook}'s `prepare`): `want(n)` asks for
 * engines for `n` pages (called again as more pages turn out to need OCR); `draw()` says a page
 * to read will have to be drawn (it did not come as an image from the parse), so whatever draws
 * pages may start too; `done()` gives it back once the document is finished, read or not (what
 * was started stays for the hook, or is kept or stopped as the hook's own resources are).
 */
export interface OcrPreparation {
  want(pages: number): void;
  draw?(): void;
  done(): void;
}

/**
 * The OCR seam: called with the PDF and the page numbers to read. Without a hook (or with
 * `ocrMode: 'off'`) scanned pages are reported as OCR_NEEDED warnings. Its optional `prepare` is
 * called while the PDF is still being parsed, as soon as a page that will be read is known (at
 * once with `force`), so engines and language data load during the parse; never for a document
 * with no page to read. It must not throw, and stops what it started when `signal` aborts.
 */
export type OcrHook = ((request: OcrHookRequest) => Promise<OcrPageResult[]>) & {
  prepare?: (signal?: AbortSignal) => OcrPreparation;
  /**
   * The resolution the hook reads pages at. When set, the parse hands scanned pages over as
   * their own images at about that resolution (it has decoded them already), in `images`.
   */
  scanDpi?: number;
  /**
   * Reads pages as the parse finds them: called once, at the first page to read, with a feed the
   * parse adds each such page to (its image in `images` first, when handed over) and closes when
   * it ends; a failed parse aborts `signal`. A hook without it is called once the parse has ended.
   */
  stream?: (request: OcrStreamRequest) => Promise<OcrPageResult[]>;
};

/**
 * What an OCR hook is asked to read. `images`: scanned pages' images the parse handed over,
 * ready to read, by page number; the hook takes them (removes each as it uses it).
 */
export interface OcrHookRequest {
  bytes: Uint8Array;
  pages: number[];
  password?: string;
  signal?: AbortSignal;
  images?: Map<number, PageScan>;
}

/** What {@link OcrHook}'s `stream` is asked to read: the pages come through `pages` as the parse finds them. */
export type OcrStreamRequest = Omit<OcrHookRequest, 'pages'> & { pages: PageFeed };

/** At most this much of scanned pages' images is handed from the parse to OCR (about 14 letter pages at 300 dpi); later pages are drawn by OCR. */
const SCAN_HANDOVER_BYTES = 128 * 1024 * 1024;

export type { OcrMode } from '../../../shared/ocrMode';

/** Pages read with less confidence than this (0..100) get a warning naming them. */
export const OCR_CONFIDENCE_FLOOR = 70;

export interface ExtractOptions {
  password?: string;
  signal?: AbortSignal;
  limits?: Partial<ExtractLimits>;
  ocr?: OcrHook;
  /** Default `auto`; ignored without a hook. */
  ocrMode?: OcrMode;
}

async function readInput(input: DocumentInput, limits: ExtractLimits): Promise<{ bytes: Uint8Array; fileName: string }> {
  if ('bytes' in input) {
    if (input.bytes.byteLength > limits.maxBytes) throw tooLarge(input.bytes.byteLength, limits.maxBytes);
    return { bytes: input.bytes, fileName: path.basename(input.name) };
  }
  const fileName = path.basename(input.path);
  const bytes = await readFileBounded(input.path, limits.maxBytes, (why, size) => {
    if (why === 'tooLarge') return tooLarge(size ?? limits.maxBytes + 1, limits.maxBytes);
    if (why === 'notFile' || why === 'folder') return new PrecisFailure('FILE_NOT_FOUND', `"${fileName}" is not a file. Choose a PDF, Word (.docx) or text file.`);
    return new PrecisFailure('FILE_NOT_FOUND', `"${fileName}" could not be found or opened. Check that it still exists and that you can read it.`);
  });
  return { bytes, fileName };
}

function tooLarge(size: number, max: number): PrecisFailure {
  const mb = (n: number): string => `${Math.round(n / 1048576)} MB`;
  return new PrecisFailure('FILE_TOO_LARGE', `This file is ${mb(size)}; Precis reads files up to ${mb(max)}. Split it or remove scanned images, then try again.`);
}

/** The pages OCR should read under `mode`. */
export function pagesToOcr(source: SourceDocument, mode: OcrMode): number[] {
  if (mode === 'off') return [];
  // A page left unread for the drawing it takes would cost OCR the same drawing.
  if (mode === 'force') return source.pages.map((p) => p.number).filter((n) => !source.unreadPages?.includes(n));
  return [...new Set([...source.imageOnlyPages, ...(source.garbledPages ?? [])])].sort((a, b) => a - b);
}

/**
 * Starts the OCR hook's engines while a PDF is parsed: with `force` at once, with `auto` when the
 * parse meets the first page without a usable text layer (and asks for more as such pages come),
 * never for a document with no page to read, nor without a hook or for other kinds of file.
 */
function earlyOcr(
  kind: DocumentKind,
  options: ExtractOptions,
): { onPage: (page: number, total: number, ocrCandidate: boolean, scanned: boolean) => void; done: () => void } | undefined {
  const mode: OcrMode = options.ocrMode ?? 'auto';
  const prepare = options.ocr?.prepare;
  if (!prepare || kind !== 'pdf' || mode === 'off') return undefined;
  let prepared: OcrPreparation | undefined;
  let wanted = 0;
  const want = (pages: number): void => {
    prepared ??= prepare(options.signal);
    if (pages > wanted) prepared.want((wanted = pages));
  };
  if (mode === 'force') want(1);
  return {
    onPage: (page, total, ocrCandidate, scanned) => {
      if (mode === 'force') want(total);
      else if (ocrCandidate) want(wanted + 1);
      else return;
      if (!scanned) prepared?.draw?.();
    },
    done: () => prepared?.done(),
  };
}

/** A read that started while the parse goes on: see {@link streamingOcr}. */
interface StreamingOcr {
  /** `unread`: the parse left the page unread as too complex; not even `force` has OCR draw it. */
  onPage(page: number, ocrCandidate: boolean, unread?: boolean): void;
  /** The parse ended: no more pages (any of `targets` not fed yet is fed first); resolves with what was read. */
  finish(targets: number[]): Promise<OcrPageResult[]>;
  /** The document failed (or was cancelled): the read stops. */
  fail(): void;
}

/**
 * With a hook that reads as pages come (its `stream`), OCR starts at the first page to read (in
 * `auto` the first without a usable text layer, with `force` the first page) while the parse goes
 * on, instead of after it: drawing and reading overlap the parse of the pages after it. Pages are
 * fed in the order the parse finds them.
 */
function streamingOcr(kind: DocumentKind, bytes: Uint8Array, options: ExtractOptions, images: Map<number, PageScan>): StreamingOcr | undefined {
  const mode: OcrMode = options.ocrMode ?? 'auto';
  const stream = options.ocr?.stream;
  if (!stream || kind !== 'pdf' || mode === 'off') return undefined;
  const feed = new PageFeed();
  // Stops the read on the caller's cancel and on a failed parse.
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let reading: Promise<OcrPageResult[]> | undefined;
  const feedPage = (page: number): void => {
    if (!reading) {
      const request: OcrStreamRequest = { bytes, pages: feed, images, signal: stop.signal, ...(options.password !== undefined ? { password: options.password } : {}) };
      // A hook that throws at once fails the read, not the parse's progress callback.
      reading = Promise.resolve().then(() => stream(request));
      // Its outcome is awaited by finish(); after a failed parse no one waits for it.
      reading.catch(() => undefined);
    }
    feed.push(page);
  };
  const detach = (): void => options.signal?.removeEventListener('abort', onAbort);
  return {
    onPage: (page, ocrCandidate, unread) => {
      if ((mode === 'force' && !unread) || ocrCandidate) feedPage(page);
    },
    finish: async (targets) => {
      for (const page of targets) feedPage(page);
      feed.close();
      // The parse has ended but the read goes on: a cancel must still reach it until it settles.
      try {
        return await (reading ?? []);
      } finally {
        detach();
      }
    },
    fail: () => {
      stop.abort();
      feed.close();
      detach();
    },
  };
}

/** A handed-over scan is a grey PGM whose pixels match its size (it crossed from the parse thread). */
function wellFormedScan(scan: PageScan): boolean {
  const { image, width, height, dpi } = scan;
  return (
    image instanceof Uint8Array &&
    Number.isInteger(width) &&
    Number.isInteger(height) &&
    width > 0 &&
    height > 0 &&
    image.byteLength > width * height &&
    image.byteLength - width * height <= 32 &&
    Number.isFinite(dpi) &&
    dpi > 0
  );
}

/**
 * Runs the OCR hook on the pages that need it (PDFs only), replaces those pages' text with what it
 * read, and warns about scanned pages left unread, pages read with low confidence, and pages
 * without text. Refuses a document with no text at all.
 */
async function applyOcr(
  source: SourceDocument,
  bytes: Uint8Array,
  kind: DocumentKind,
  options: ExtractOptions,
  scans: Map<number, PageScan>,
  streaming: StreamingOcr | undefined,
): Promise<void> {
  const mode: OcrMode = options.ocr && kind === 'pdf' ? (options.ocrMode ?? 'auto') : 'off';
  const targets = pagesToOcr(source, mode);
  const read = new Map<number, OcrPageResult>();
  if (streaming) {
    const results = await streaming.finish(targets);
    throwIfAborted(options.signal);
    const wanted = new Set(targets);
    for (const r of results) if (wanted.has(r.page)) read.set(r.page, r);
  } else if (options.ocr && targets.length > 0) {
    const wantedScans = new Map([...scans].filter(([page]) => targets.includes(page)));
    scans.clear();
    const results = await options.ocr({
      bytes,
      pages: targets,
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(wantedScans.size > 0 ? { images: wantedScans } : {}),
    });
    throwIfAborted(options.signal);
    const wanted = new Set(targets);
    for (const r of results) if (wanted.has(r.page)) read.set(r.page, r);
  }
  const warnings: DocumentWarning[] = [];
  const low: { page: number; confidence: number }[] = [];
  for (const page of source.pages) {
    const r = read.get(page.number);
    if (r && !r.failure && r.text.trim()) {
      page.units = r.paragraphs
        ? r.paragraphs.filter((p) => p.text.trim()).map((p) => ({ text: p.text.replace(/\s+/g, ' ').trim(), hint: 'paragraph' as const, rects: p.rects }))
        : r.text
            .split(/\n\s*\n/)
            .filter((t) => t.trim())
            .map((t) => ({ text: t.replace(/\s+/g, ' ').trim(), hint: 'paragraph' as const }));
      page.ocr = { confidence: Math.round(r.confidence) };
      if (r.confidence < OCR_CONFIDENCE_FLOOR) low.push({ page: page.number, confidence: Math.round(r.confidence) });
      continue;
    }
    const scanned = source.imageOnlyPages.includes(page.number);
    if (source.unreadPages?.includes(page.number)) {
      warnings.push({
        code: 'PAGE_TOO_COMPLEX',
        page: page.number,
        message: `Page ${page.number} draws its content over and over, far beyond any normal page, and was left unread; it is missing from the summary. The file may be damaged or built to stall document readers; check that page in the original.`,
      });
    } else if (r?.failure && (scanned || page.units.length === 0)) {
      warnings.push({ code: 'OCR_NEEDED', page: page.number, message: `Page ${page.number} is a scanned image that OCR could not read (${r.failure}); it is left out of the summary.` });
    } else if (scanned && !r) {
      warnings.push({ code: 'OCR_NEEDED', page: page.number, message: `Page ${page.number} is a scanned image with no text; it needs OCR to be read and is left out of the summary.` });
    } else if (source.garbledPages?.includes(page.number) && !r) {
      warnings.push({ code: 'GARBLED_TEXT', page: page.number, message: `Page ${page.number} has a text layer that cannot be read as words (broken font mapping); turn OCR on to read it from the image.` });
    } else if (source.garbledPages?.includes(page.number) && r?.failure) {
      warnings.push({ code: 'GARBLED_TEXT', page: page.number, message: `Page ${page.number} has a text layer that cannot be read as words, and OCR could not read it either (${r.failure}); its text is kept as it is.` });
    } else if (page.units.length === 0 && !scanned) {
      warnings.push({ code: 'NO_TEXT', page: page.number, message: `Page ${page.number} has no text.` });
    }
  }
  if (low.length > 0) {
    const list = low.map((l) => `${l.page} (${l.confidence} %)`).join(', ');
    warnings.push({
      code: 'OCR_LOW_CONFIDENCE',
      page: low[0]!.page,
      message: `${low.length === 1 ? 'Page' : 'Pages'} ${list} ${low.length === 1 ? 'was' : 'were'} read by OCR with low confidence; check ${low.length === 1 ? 'it' : 'them'} against the original.`,
    });
  }
  source.warnings.push(...warnings);
  if (source.pages.every((p) => p.units.length === 0)) {
    const ocrFailure = [...read.values()].find((r) => r.failure !== undefined)?.failure;
    throw noTextFailure({
      scannedPages: source.imageOnlyPages.length,
      ocrMode: mode,
      ocrPages: streaming || options.ocr ? targets.length : 0,
      ...(ocrFailure !== undefined ? { ocrFailure } : {}),
      unreadPages: source.unreadPages ?? [],
    });
  }
}

/**
 * Reads a PDF, DOCX or text/Markdown document into pages and cited blocks.
 * Throws PrecisFailure: FILE_NOT_FOUND, FILE_TOO_LARGE, FILE_INVALID, UNSUPPORTED_TYPE,
 * PASSWORD_REQUIRED, PASSWORD_INCORRECT, NO_TEXT, TOO_MANY_PAGES, PARSE_TIMEOUT, CANCELLED.
 */
export async function extractDocument(input: DocumentInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const limits: ExtractLimits = { ...DEFAULT_LIMITS, ...options.limits };
  throwIfAborted(options.signal);
  const { bytes, fileName } = await readInput(input, limits);
  throwIfAborted(options.signal);
  if (bytes.length === 0) throw new PrecisFailure('FILE_INVALID', `"${fileName}" is empty (0 bytes). Choose the full document.`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kind = detectKind(bytes);
  if (!kind) {
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    if (isZip && zipEntryNames(bytes) === undefined) {
      throw new PrecisFailure('FILE_INVALID', `"${fileName}" looks like a Word file but is damaged (its zip structure cannot be read). Re-save it and try again.`);
    }
    throw new PrecisFailure('UNSUPPORTED_TYPE', `"${fileName}" is not a PDF, Word (.docx) or text file. Save it in one of those formats and try again.`);
  }

  let source: SourceDocument & { pageCount?: number };
  const early = earlyOcr(kind, options);
  // Scanned pages' images the parse hands over for OCR (it decoded them to tell scans from blank pages).
  const scanDpi = kind === 'pdf' && (options.ocrMode ?? 'auto') !== 'off' ? options.ocr?.scanDpi : undefined;
  const scans = new Map<number, PageScan>();
  const streaming = streamingOcr(kind, bytes, options, scans);
  const onPage =
    early || scanDpi || streaming
      ? (page: number, total: number, ocrCandidate: boolean, scan?: PageScan, unread?: boolean): void => {
          const scanned = scan !== undefined && wellFormedScan(scan);
          if (scanned) scans.set(page, scan);
          early?.onPage(page, total, ocrCandidate, scanned);
          streaming?.onPage(page, ocrCandidate, unread);
        }
      : undefined;
  try {
    if (kind === 'text') {
      if (!looksLikeText(bytes)) throw new PrecisFailure('UNSUPPORTED_TYPE', `"${fileName}" is not a text file Precis can read. Save it as PDF, DOCX or plain text and add it again.`);
      source = extractText(bytes);
    } else {
      // A copy that owns its buffer, moved to the parse thread; the caller's bytes stay intact.
      source = await parseInWorker(kind, bytes.slice(), {
        maxPages: limits.maxPages,
        timeoutMs: limits.timeoutMs,
        ...(options.password !== undefined ? { password: options.password } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(onPage ? { onPage } : {}),
        ...(scanDpi ? { scanImages: { maxDpi: scanDpi, maxBytes: SCAN_HANDOVER_BYTES } } : {}),
      });
    }
    throwIfAborted(options.signal);
    if (source.pages.length > limits.maxPages) {
      throw new PrecisFailure('TOO_MANY_PAGES', `This document has ${source.pages.length} pages; Precis reads at most ${limits.maxPages}. Split it into smaller files.`);
    }
    await applyOcr(source, bytes, kind, options, scans, streaming);
  } catch (e) {
    streaming?.fail();
    throw e;
  } finally {
    scans.clear();
    early?.done();
  }
  const structured = buildStructure(source);
  // Without printed pages a block is cited by its clause or its place in the document ("¶ 12").
  if (kind !== 'pdf') structured.blocks.forEach((b, i) => (b.paragraph = i + 1));
  const title = source.title ?? structured.firstHeading ?? structured.blocks[0]?.text.slice(0, 120);
  return {
    sha256,
    kind,
    fileName,
    ...(title ? { title } : {}),
    pageCount: source.pageCount ?? source.pages.length,
    pages: structured.pages,
    blocks: structured.blocks,
    definitions: structured.definitions,
    warnings: source.warnings,
  };
}
