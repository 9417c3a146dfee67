/**
 * Ingestion: a dropped file (path or bytes) becomes an {@link ExtractedDocument} with pages,
 * cited blocks, defined terms and warnings. The kind comes from magic bytes, never the name.
 */
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentWarning, ExtractedDocument } from '../../../shared/document';
import { PrecisFailure, throwIfAborted } from '../errors';
import { detectKind, looksLikeText, zipEntryNames } from './detectKind';
import { parseInWorker } from './worker/parseInWorker';
import type { SourceDocument } from './sourceDocument';
import { buildStructure } from './structure/buildStructure';
import { extractText } from './text/extractText';

export type DocumentInput = { path: string } | { bytes: Uint8Array; name: string };

/** Bounds on what one document may cost. */
export interface ExtractLimits {
  /** Largest accepted file, in bytes (200 MB). */
  maxBytes: number;
  /** Most pages read from a PDF (2000). */
  maxPages: number;
  /** Longest time parsing may take before it is stopped. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ExtractLimits = { maxBytes: 200 * 1024 * 1024, maxPages: 2000, timeoutMs: 60_000 };

/** Text recognised on one image-only page by an OCR engine. */
export interface OcrPageResult {
  page: number;
  text: string;
  /** 0..100 */
  confidence: number;
}

/**
 * The OCR seam: called with the PDF and its image-only page numbers. OCR itself is a later
 * issue; without a hook such pages are reported as OCR_NEEDED warnings.
 */
export type OcrHook = (request: { bytes: Uint8Array; pages: number[]; signal?: AbortSignal }) => Promise<OcrPageResult[]>;

export interface ExtractOptions {
  password?: string;
  signal?: AbortSignal;
  limits?: Partial<ExtractLimits>;
  ocr?: OcrHook;
}

async function readInput(input: DocumentInput, limits: ExtractLimits): Promise<{ bytes: Uint8Array; fileName: string }> {
  if ('bytes' in input) {
    if (input.bytes.byteLength > limits.maxBytes) throw tooLarge(input.bytes.byteLength, limits.maxBytes);
    return { bytes: input.bytes, fileName: path.basename(input.name) };
  }
  const fileName = path.basename(input.path);
  let size: number;
  try {
    const s = await stat(input.path);
    if (!s.isFile()) throw new PrecisFailure('FILE_NOT_FOUND', `"${fileName}" is not a file. Choose a PDF, Word (.docx) or text file.`);
    size = s.size;
  } catch (e) {
    if (e instanceof PrecisFailure) throw e;
    throw new PrecisFailure('FILE_NOT_FOUND', `"${fileName}" could not be found or opened. Check that it still exists and that you can read it.`);
  }
  if (size > limits.maxBytes) throw tooLarge(size, limits.maxBytes);
  // Read at most maxBytes + 1 so a file growing under us still cannot exceed the limit.
  const handle = await open(input.path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, limits.maxBytes) + 1);
    let read = 0;
    while (read < buf.length) {
      const { bytesRead } = await handle.read(buf, read, buf.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    if (read > limits.maxBytes) throw tooLarge(read, limits.maxBytes);
    return { bytes: new Uint8Array(buf.buffer, buf.byteOffset, read), fileName };
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, max: number): PrecisFailure {
  const mb = (n: number): string => `${Math.round(n / 1048576)} MB`;
  return new PrecisFailure('FILE_TOO_LARGE', `This file is ${mb(size)}; Precis reads files up to ${mb(max)}. Split it or remove scanned images, then try again.`);
}

/** Adds OCR_NEEDED / NO_TEXT page warnings, runs the OCR hook, and refuses a document with no text at all. */
async function handleEmptyPages(source: SourceDocument, bytes: Uint8Array, options: ExtractOptions): Promise<void> {
  const empty = source.pages.filter((p) => p.units.length === 0).map((p) => p.number);
  if (empty.length === 0) return;
  const scanned = new Set(source.imageOnlyPages);
  if (options.ocr && scanned.size > 0) {
    const results = await options.ocr({ bytes, pages: [...scanned], ...(options.signal ? { signal: options.signal } : {}) });
    for (const r of results) {
      const page = source.pages[r.page - 1];
      if (!page || !scanned.has(r.page) || !r.text.trim()) continue;
      page.units = r.text.split(/\n\s*\n/).filter((t) => t.trim()).map((t) => ({ text: t.replace(/\s+/g, ' ').trim(), hint: 'paragraph' as const }));
      page.ocr = { confidence: r.confidence };
    }
  }
  const warnings: DocumentWarning[] = [];
  for (const page of source.pages) {
    if (page.units.length > 0) continue;
    warnings.push(
      scanned.has(page.number)
        ? { code: 'OCR_NEEDED', page: page.number, message: `Page ${page.number} is a scanned image with no text; it needs OCR to be read and is left out of the summary.` }
        : { code: 'NO_TEXT', page: page.number, message: `Page ${page.number} has no text.` },
    );
  }
  source.warnings.push(...warnings);
  if (source.pages.every((p) => p.units.length === 0)) {
    throw new PrecisFailure(
      'NO_TEXT',
      scanned.size > 0
        ? 'This document is scanned images with no text layer. Run it through OCR (or export it as searchable PDF) and try again.'
        : 'This document contains no text to summarize.',
    );
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
  if (kind === 'text') {
    if (!looksLikeText(bytes)) throw new PrecisFailure('UNSUPPORTED_TYPE', `"${fileName}" is not a text file Precis can read.`);
    source = extractText(bytes);
  } else {
    // A copy that owns its buffer, moved to the parse thread; the caller's bytes stay intact.
    source = await parseInWorker(kind, bytes.slice(), {
      maxPages: limits.maxPages,
      timeoutMs: limits.timeoutMs,
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  }
  throwIfAborted(options.signal);
  if (source.pages.length > limits.maxPages) {
    throw new PrecisFailure('TOO_MANY_PAGES', `This document has ${source.pages.length} pages; Precis reads at most ${limits.maxPages}. Split it into smaller files.`);
  }
  await handleEmptyPages(source, bytes, options);
  const structured = buildStructure(source);
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
