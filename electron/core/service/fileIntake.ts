import path from 'node:path';
import { MAX_UPLOAD_BYTES } from '../../../shared/ipc/contract';
import { readFileBounded } from '../documents/readFileBounded';
import { PrecisFailure } from '../errors';

/** A file's bytes as the service received them, by path or by value; no path travels further. */
export interface IntakeFile {
  bytes: Uint8Array;
  /** Base name only. */
  fileName: string;
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // DOCX is a zip

function startsWith(bytes: Uint8Array, magic: number[], offset = 0): boolean {
  return magic.every((b, i) => bytes[offset + i] === b);
}

/**
 * A cheap first gate on what a file claims to be, before it reaches a parser: a PDF (the header may
 * follow up to 1 KiB of junk, as readers accept), a zip (DOCX), or text (no NUL in the first 8 KiB).
 * The extractor decides the exact kind; this only refuses what no parser should be handed.
 */
export function checkMagicBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new PrecisFailure('NO_TEXT', 'The file is empty. Choose a PDF, DOCX or text file that has content.');
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + PDF.length <= head.length; i++) if (startsWith(head, PDF, i)) return;
  if (startsWith(bytes, ZIP)) return;
  const sample = bytes.subarray(0, 8192);
  if (!sample.includes(0)) return;
  throw new PrecisFailure('UNSUPPORTED_TYPE', 'This file is not a PDF, DOCX or text file. Save it as one of those and try again.');
}

function tooLarge(size: number, limit: number): PrecisFailure {
  const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;
  return new PrecisFailure('FILE_TOO_LARGE', `The file is ${mb(size)}; the limit is ${mb(limit)}. Split it or remove scanned images, then try again.`);
}

/**
 * Reads a file the window named by path (an Electron drop). Main re-checks everything: the path
 * must be a regular file (not a folder, FIFO or device: O_NONBLOCK keeps a FIFO from hanging the
 * open), within the size limit, and look like a document.
 */
export async function readFileByPath(filePath: string, limit = MAX_UPLOAD_BYTES): Promise<IntakeFile> {
  if (!path.isAbsolute(filePath)) throw new PrecisFailure('FILE_INVALID', 'The file path must be absolute. Drop or choose the file again.');
  const bytes = await readFileBounded(filePath, limit, (why, size) => {
    if (why === 'missing') return new PrecisFailure('FILE_NOT_FOUND', 'The file no longer exists. Choose it again.');
    if (why === 'folder') return new PrecisFailure('FILE_INVALID', 'That is a folder. Choose a PDF, DOCX or text file.');
    if (why === 'notFile') return new PrecisFailure('FILE_INVALID', 'That is not a regular file. Choose a PDF, DOCX or text file.');
    if (why === 'tooLarge') return tooLarge(size ?? limit + 1, limit);
    return new PrecisFailure('FILE_INVALID', 'Precis cannot open that file (check that you may read it), then try again.');
  });
  checkMagicBytes(bytes);
  return { bytes, fileName: path.basename(filePath) };
}

/** Decodes a file the window sent by value (browser bridge) and holds it to exactly the checks a file on disk gets. */
export function readFileFromBytes(name: string, base64: string, limit = MAX_UPLOAD_BYTES): IntakeFile {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new PrecisFailure('FILE_INVALID', 'The file did not arrive intact. Drop it again.');
  const approx = Math.floor((base64.length * 3) / 4);
  if (approx > limit + 2) throw tooLarge(approx, limit);
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length > limit) throw tooLarge(bytes.length, limit);
  checkMagicBytes(bytes);
  // A browser may send a name with path parts; keep only the base name, whatever the separator.
  const fileName = name.split(/[\\/]/).pop() || 'document';
  return { bytes, fileName };
}
