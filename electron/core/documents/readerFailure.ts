/**
 * Turns what a document library threw (mammoth and its XML parser, jszip, pdf.js) into one
 * PrecisFailure with a stable code and one line saying what failed and what to do. The library's
 * own text is never shown: it can span several lines, quote the document, and means nothing to
 * the user; the kind of failure is read from it instead.
 */
import { PrecisFailure } from '../errors';

/** What a Word file's reader failed on, judged from the library's message. */
export function classifyDocxError(e: unknown): 'xml' | 'not-docx' | 'zip' | 'other' {
  const text = e instanceof Error ? `${e.name} ${e.message}` : typeof e === 'string' ? e : '';
  if (/xmldom|parse error|entity|unclosed|not well[- ]formed|unexpected end|invalid (?:tag|attribute|character)|mismatched|hierarchy request/i.test(text)) return 'xml';
  if (/main document part|body element|could not find file/i.test(text)) return 'not-docx';
  if (/zip|central directory|corrupted|inflate|signature/i.test(text)) return 'zip';
  return 'other';
}

/** The FILE_INVALID a Word file's reader failure becomes; `action` is what was being done with it. */
export function docxReaderFailure(e: unknown, action: 'read' | 'shown' = 'read'): PrecisFailure {
  if (e instanceof PrecisFailure) return e;
  const could = `This Word file could not be ${action}`;
  const fix = 'Open it in Word, save it again as .docx, and try again.';
  switch (classifyDocxError(e)) {
    case 'xml':
      return new PrecisFailure('FILE_INVALID', `${could}: its text is not well-formed XML (it is damaged, cut short, or was not saved by Word). ${fix}`);
    case 'not-docx':
      return new PrecisFailure('FILE_INVALID', `${could}: it is a zip archive without a Word document body. Choose the .docx file itself (or save the document from Word again) and try again.`);
    case 'zip':
      return new PrecisFailure('FILE_INVALID', `${could}: its zip structure is damaged. ${fix}`);
    default:
      return new PrecisFailure('FILE_INVALID', `${could}: it is damaged or uses a structure Precis does not understand. ${fix}`);
  }
}

/** The FILE_INVALID a PDF reader failure (other than a password) becomes. */
export function pdfReaderFailure(e: unknown): PrecisFailure {
  if (e instanceof PrecisFailure) return e;
  const name = (e as { name?: unknown } | null)?.name;
  if (name === 'InvalidPDFException') {
    return new PrecisFailure('FILE_INVALID', 'This PDF could not be read: its structure is damaged or it is not a PDF. Re-save or re-export it as PDF and try again.');
  }
  return new PrecisFailure('FILE_INVALID', 'This PDF could not be read: it is damaged, incomplete or uses a structure Precis does not understand. Re-save or re-export it as PDF and try again.');
}

/** The failure of a document reader that crashed or threw something unexpected (any kind of file). */
export function readerCrashFailure(): PrecisFailure {
  return new PrecisFailure('FILE_INVALID', 'The document reader failed on this file: it may be damaged or built to attack document readers. Re-save it from the program that made it and try again.');
}
