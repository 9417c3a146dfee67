import { unzipSync } from 'fflate';
import type { DocumentKind } from '../../../shared/document';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Index of "%PDF-" within the first KiB (readers accept a little junk before it), or -1. */
export function pdfHeaderOffset(bytes: Uint8Array): number {
  const end = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, PDF_MAGIC, i)) return i;
  return -1;
}

/** Names of a zip's entries from its central directory, without inflating anything; undefined if unreadable. */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return undefined;
  }
  return names;
}

/** True when the bytes are text we accept: UTF-16 with a BOM, or valid UTF-8 without NULs or binary control bytes. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Binary formats often decode as UTF-8 when short; control characters other than whitespace give them away.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b) || c === 0x7f) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides the kind of a document from its bytes (never from its name): a PDF header, a zip
 * holding `word/document.xml`, or text. Undefined for anything else.
 */
export function detectKind(bytes: Uint8Array): DocumentKind | undefined {
  if (bytes.length === 0) return undefined;
  if (pdfHeaderOffset(bytes) >= 0) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) {
    const names = zipEntryNames(bytes);
    return names?.includes('word/document.xml') ? 'docx' : undefined;
  }
  return looksLikeText(bytes) ? 'text' : undefined;
}
