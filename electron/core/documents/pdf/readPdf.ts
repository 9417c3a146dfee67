/**
 * Reads a PDF's text with pdf.js and lays it out into paragraphs. Runs inside the parse worker
 * (see ../worker/parseInWorker.ts), so a hostile file can be stopped by terminating the thread.
 */
import { PrecisFailure } from '../../errors';
import { pdfReaderFailure } from '../readerFailure';
import type { SourceDocument, SourcePage } from '../sourceDocument';
import { loadPdfjs, pdfDocumentParams } from './loadPdfjs';
import { resolveLineHyphens } from './lineHyphens';
import { normalizeText } from '../normalizeText';
import { boxOfMatrix, buildLines, firstLineIndents, pageSpacing, paragraphMarks, paragraphs, proseRightShare, removeRunningLines, wrappedLeadingEm, type LaidOutPage, type TextRun } from './pdfLayout';
import { judgeTextLayer, lacksTextLayer } from '../ocr/textLayerQuality';
import { pageScan, type OperatorList, type PageScan } from '../ocr/pageScan';
import { pageTextItems } from './pageTextItems';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';

export interface ReadPdfOptions {
  password?: string;
  maxPages: number;
  /**
   * Called after each page is read, so the caller can tell a long document from a stuck one.
   * `ocrCandidate`: the page has no usable text layer (a scan, or a garbage layer), so OCR in
   * `auto` mode will read it; the caller may start OCR's engines before the parse ends.
   * `unread`: the page was left unread for the drawing its text takes (see ./pageTextItems.ts),
   * which OCR would have to do the same; no mode has it read.
   */
  onPage?: (done: number, total: number, ocrCandidate: boolean, scan?: PageScan, unread?: boolean) => void;
  /**
   * Hand scanned pages over to OCR: a page that is one upright full-page image near `maxDpi`
   * (the resolution OCR reads at) comes with `onPage` as that image, ready to read, so OCR need
   * not decode it again. At most `maxBytes` of images in all; later pages are left to OCR's own
   * drawing.
   */
  scanImages?: { maxDpi: number; maxBytes: number };
}

/** pdf.js PasswordException codes (PasswordResponses). */
const NEED_PASSWORD = 1;
const INCORRECT_PASSWORD = 2;

/** Maps pdf.js failures to our codes with a message that says what to do. */
function toFailure(e: unknown, hadPassword: boolean): PrecisFailure {
  if (e instanceof PrecisFailure) return e;
  const err = e as { name?: string; code?: number; message?: string };
  if (err?.name === 'PasswordException') {
    if (err.code === INCORRECT_PASSWORD || (err.code === NEED_PASSWORD && hadPassword)) {
      return new PrecisFailure('PASSWORD_INCORRECT', 'The password for this PDF is not correct. Check it and try again.');
    }
    return new PrecisFailure('PASSWORD_REQUIRED', 'This PDF is protected by a password. Enter the password to open it.');
  }
  return pdfReaderFailure(e);
}

/** Fewest first-line indents for a document to be taken to mark its paragraphs by them. */
const MIN_INDENTED_PARAGRAPHS = 3;

/**
 * The most pages left unread as too complex (see ./pageTextItems.ts) before the whole document is
 * refused: each costs a second or two of drawing before it is left, so a file of a thousand such
 * pages would keep the reader busy for half an hour, within the parse's bound of a second a page.
 */
const MAX_UNREAD_PAGES = 10;

function tooComplexFailure(pages: number): PrecisFailure {
  return new PrecisFailure(
    'PARSE_TIMEOUT',
    `Reading this document was stopped: more than ${pages - 1} of its pages draw their content over and over, far beyond any normal page. The file may be damaged or built to stall document readers; try re-saving it.`,
  );
}

const JUNK_TITLE = /^(?:microsoft word\s*-|untitled|document\d*$)|\.(?:docx?|pdf|rtf|txt)$/i;

/** Extracts every page's text. Throws PrecisFailure (password, invalid, too many pages). */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions): Promise<SourceDocument & { pageCount: number }> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(pdfDocumentParams(bytes, options.password));
  // Text streams of pages left unread (see ./pageTextItems.ts), ended before the document is closed.
  const leftStreams: (() => void)[] = [];
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (e) {
      throw toFailure(e, options.password !== undefined);
    }
    const pageCount = doc.numPages;
    if (pageCount > options.maxPages) {
      throw new PrecisFailure(
        'TOO_MANY_PAGES',
        `This PDF has ${pageCount} pages; Precis reads at most ${options.maxPages}. Split it into smaller files and summarize them one by one.`,
      );
    }
    const laidOut: LaidOutPage[] = [];
    const imageOnlyPages: number[] = [];
    const garbledPages: number[] = [];
    const unreadPages: number[] = [];
    let scanBytesLeft = options.scanImages?.maxBytes ?? 0;
    for (let n = 1; n <= pageCount; n++) {
      let page;
      try {
        page = await doc.getPage(n);
      } catch (e) {
        throw toFailure(e, options.password !== undefined);
      }
      const viewport = page.getViewport({ scale: 1 });
      const read = await pageTextItems<TextItem | TextMarkedContent>(page);
      if (!read.items) {
        leftStreams.push(read.left);
        // Drawing its text takes more than any real page does (see ./pageTextItems.ts): it is left
        // unread, and OCR would have to draw it all the same.
        unreadPages.push(n);
        if (unreadPages.length > MAX_UNREAD_PAGES) throw tooComplexFailure(unreadPages.length);
        laidOut.push({ width: viewport.width, height: viewport.height, lines: [] });
        page.cleanup();
        options.onPage?.(n, pageCount, false, undefined, true);
        continue;
      }
      const runs: TextRun[] = [];
      for (const item of read.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        const m = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
        runs.push({
          text: item.str,
          x: m[4]!,
          y: m[5]!,
          // item.width is in unscaled text space along the run; viewport scale is 1.
          width: item.width,
          fontSize: Math.hypot(m[2]!, m[3]!) || item.height || 10,
          // Only rotated runs need the full box: on upright text it equals the baseline estimate.
          ...(Math.abs(m[1]!) > 1e-6 || m[0]! < 0 ? { box: boxOfMatrix(m, item.width) } : {}),
        });
      }
      laidOut.push({ width: viewport.width, height: viewport.height, lines: buildLines(runs) });
      const verdict = judgeTextLayer(runs, viewport.width, viewport.height);
      let ocrCandidate = true;
      let scan: PageScan | undefined;
      const images = !verdict.garbage && lacksTextLayer(verdict) ? await imageOps(page, pdfjs.OPS) : undefined;
      if (verdict.garbage) garbledPages.push(n);
      else if (images) {
        imageOnlyPages.push(n);
        // Listing the operations decoded the page's images: a scan is taken now, not decoded again.
        if (options.scanImages && scanBytesLeft > 0) scan = await pageScan(page, pdfjs.OPS, options.scanImages.maxDpi, images).catch(() => undefined);
        if (scan) scanBytesLeft -= scan.image.byteLength;
      } else ocrCandidate = false;
      page.cleanup();
      options.onPage?.(n, pageCount, ocrCandidate, scan);
    }
    const cleaned = removeRunningLines(laidOut);
    const rightShares = cleaned.map(proseRightShare).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    const documentRightShare = rightShares[Math.floor(rightShares.length / 2)];
    const leadings = cleaned.map((p) => wrappedLeadingEm(p, documentRightShare)).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
    const documentLeadingEm = leadings[Math.floor(leadings.length / 2)];
    // Each page's reading order and spacing, worked out once: the indent count and the paragraphs both read it.
    const spacings = cleaned.map((p) => pageSpacing(p, documentLeadingEm, documentRightShare));
    // A document that marks its paragraphs by first-line indents more often than by space.
    const marks = cleaned.map((p, i) => paragraphMarks(p, documentLeadingEm, documentRightShare, spacings[i]));
    const indented = marks.reduce((n, m) => n + m.indented, 0);
    const byIndents = indented >= MIN_INDENTED_PARAGRAPHS && indented > marks.reduce((n, m) => n + m.spaced, 0);
    // Its paragraphs' indent: the median of its first lines' indents (measured only where indents mark paragraphs).
    const indents = byIndents ? spacings.flatMap(firstLineIndents).sort((a, b) => a - b) : [];
    const indentsMarkParagraphs = byIndents ? (indents[Math.floor(indents.length / 2)] ?? true) : false;
    const pages: SourcePage[] = cleaned.map((p, i) => ({
      number: i + 1,
      units: paragraphs(p, documentLeadingEm, documentRightShare, indentsMarkParagraphs, spacings[i]),
      size: { width: Math.round(p.width * 10) / 10, height: Math.round(p.height * 10) / 10 },
    }));
    const units = pages.flatMap((p) => p.units);
    resolveLineHyphens(units.map((u) => u.text)).forEach((text, i) => {
      units[i]!.text = normalizeText(text);
    });
    let title: string | undefined;
    try {
      const meta = await doc.getMetadata();
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof t === 'string' && t.trim().length > 2 && !JUNK_TITLE.test(t.trim())) title = t.trim().slice(0, 200);
    } catch {
      // Broken metadata never stops extraction: the title then comes from the text.
    }
    return { pageCount, pages, title, warnings: [], imageOnlyPages, garbledPages, ...(unreadPages.length > 0 ? { unreadPages } : {}) };
  } finally {
    for (const left of leftStreams) left();
    await task.destroy();
  }
}

/** The page's operator list when the page paints images (a scan), undefined when it does not (a blank page). */
async function imageOps(page: { getOperatorList(): Promise<OperatorList> }, OPS: Record<string, number>): Promise<OperatorList | undefined> {
  const imageOps = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  try {
    const ops = await page.getOperatorList();
    return ops.fnArray.some((op) => imageOps.has(op)) ? ops : undefined;
  } catch {
    return undefined;
  }
}
