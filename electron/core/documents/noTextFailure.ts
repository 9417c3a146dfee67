/**
 * The NO_TEXT refusal of a document with nothing to summarize, saying what was tried and what the
 * user can do: "turn OCR on" helps only where OCR was off; where OCR ran and read nothing, the scan
 * itself or the language OCR reads in is what to check.
 */
import type { DocumentWarning } from '../../../shared/document';
import type { OcrMode } from '../../../shared/ocrMode';
import { PrecisFailure } from '../errors';

/** What reading a document with no text found and tried. */
export interface NoTextFacts {
  /** Pages that are scanned images (no text layer). */
  scannedPages: number;
  /** How OCR was asked to read: `off` also when no OCR is at hand. */
  ocrMode: OcrMode;
  /** Pages OCR was given to read. */
  ocrPages: number;
  /** Why OCR failed on the first page it could not read, when it failed. */
  ocrFailure?: string;
  /** Pages left unread because drawing them took far more than any real page's. */
  unreadPages: number[];
}

const SCAN_ADVICE =
  "Check that the scan is legible (upright, at least 300 dpi) and that the OCR language matches the document's, or export it as a searchable PDF, and try again.";

/** The NO_TEXT failure for a document none of whose pages gave text. */
export function noTextFailure(facts: NoTextFacts): PrecisFailure {
  return new PrecisFailure('NO_TEXT', noTextMessage(facts));
}

function noTextMessage(f: NoTextFacts): string {
  if (f.ocrPages > 0) {
    const tried = f.ocrMode === 'force' ? 'OCR was set to read every page' : f.scannedPages > 0 ? 'This document is scanned images with no text layer; OCR was on' : 'OCR was on';
    const outcome = f.ocrFailure !== undefined ? `could not read ${f.ocrPages === 1 ? 'the page' : 'the pages'} (${f.ocrFailure})` : `found no text on ${f.ocrPages === 1 ? 'the page' : 'them'}`;
    return `${tried} but ${outcome}. ${SCAN_ADVICE}`;
  }
  if (f.scannedPages > 0) {
    return 'This document is scanned images with no text layer, and OCR is off. Turn OCR on (or export it as a searchable PDF) and try again.';
  }
  if (f.unreadPages.length > 0) {
    const pages = f.unreadPages.length === 1 ? `page ${f.unreadPages[0]}` : `pages ${f.unreadPages.join(', ')}`;
    return `This document has no text that could be read: ${pages} ${f.unreadPages.length === 1 ? 'draws' : 'draw'} its content over and over, far beyond any normal page, and ${f.unreadPages.length === 1 ? 'was' : 'were'} left unread. The file may be damaged or built to stall document readers; re-save or re-export it and try again.`;
  }
  return `This document contains no text to summarize. ${NOTHING_DRAWN_ADVICE}`;
}

/**
 * A page with neither text nor a scanned image may still show words drawn as shapes (text turned
 * into outlines when it was exported), which only OCR of every page reads.
 */
const NOTHING_DRAWN_ADVICE = 'Check that it is the file you meant; if its pages show text when you open it, set OCR to read every page and try again.';

/** Warnings that say why a page gave no text, most telling first. */
const WHY_NO_TEXT: readonly DocumentWarning['code'][] = ['OCR_NEEDED', 'PAGE_TOO_COMPLEX', 'GARBLED_TEXT'];

/** What to do about a page that gave no text, by the warning that says why. */
const ADVICE: Partial<Record<DocumentWarning['code'], string>> = {
  OCR_NEEDED: 'Turn OCR on if it is off; if it is on, check that the scan is legible (upright, at least 300 dpi) or export it as a searchable PDF, and try again.',
  PAGE_TOO_COMPLEX: 'The file may be damaged or built to stall document readers; re-save or re-export it and try again.',
  GARBLED_TEXT: 'Turn OCR on to read its pages from their images, or export it again as a searchable PDF, and try again.',
};

/**
 * The NO_TEXT failure for an extracted document that gave no text to summarize (no block): its
 * warnings tell what happened to its pages (a scan OCR could not read, or that was not read), and
 * the first of them is told with it.
 */
export function noBlocksFailure(warnings: readonly DocumentWarning[]): PrecisFailure {
  const why = WHY_NO_TEXT.map((code) => warnings.find((w) => w.code === code)).find((w) => w !== undefined);
  return new PrecisFailure('NO_TEXT', why ? `This document has no text to summarize. ${why.message} ${ADVICE[why.code] ?? ''}`.trimEnd() : `This document has no text to summarize. ${NOTHING_DRAWN_ADVICE}`);
}
