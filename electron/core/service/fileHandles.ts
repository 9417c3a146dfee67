import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { PrecisFailure } from '../errors';

/**
 * Files main opened for a window, by opaque handle. Main registers a path only when the user chose
 * it (main's open dialog) or dropped it (the preload hands the dropped file's path to main on a
 * channel the page cannot call); the window then names the file by handle. A handle is random, is
 * valid only for the client it was issued to, and dies with that client.
 */
export interface FileHandles {
  /** Records `filePath` (absolute; must be a regular file) for `owner` and returns its handle. */
  register(owner: string, filePath: string): Promise<OpenedFile>;
  /** The path behind a handle; FILE_NOT_FOUND for an unknown handle or another client's. */
  resolve(owner: string, handle: string): string;
  /** The client went away: its handles stop working. */
  forget(owner: string): void;
}

export interface FileHandlesOptions {
  /** Handles kept per client; the oldest go first (default 4096). */
  maxPerOwner?: number;
}

function notOpen(): PrecisFailure {
  return new PrecisFailure('FILE_NOT_FOUND', 'That file is no longer open in Precis. Add it again.');
}

export function createFileHandles(options: FileHandlesOptions = {}): FileHandles {
  const max = options.maxPerOwner ?? 4096;
  const byOwner = new Map<string, Map<string, string>>();
  return {
    async register(owner, filePath) {
      if (typeof filePath !== 'string' || !path.isAbsolute(filePath) || filePath.includes('\0')) {
        throw new PrecisFailure('FILE_INVALID', 'The file path must be absolute. Drop or choose the file again.');
      }
      let stat;
      try {
        stat = await fs.stat(filePath);
      } catch {
        throw new PrecisFailure('FILE_NOT_FOUND', 'The file no longer exists, or Precis may not read it. Choose it again.');
      }
      // Folders, FIFOs and devices are refused here and again when the file is read.
      if (!stat.isFile()) throw new PrecisFailure('FILE_INVALID', 'That is not a regular file. Choose a PDF, DOCX or text file.');
      let handles = byOwner.get(owner);
      if (!handles) byOwner.set(owner, (handles = new Map()));
      const handle = `fh-${randomBytes(24).toString('base64url')}`;
      handles.set(handle, filePath);
      while (handles.size > max) handles.delete(handles.keys().next().value as string);
      return { handle, name: path.basename(filePath), size: stat.size };
    },
    resolve(owner, handle) {
      const found = byOwner.get(owner)?.get(handle);
      if (found === undefined) throw notOpen();
      return found;
    },
    forget(owner) {
      byOwner.delete(owner);
    },
  };
}

const DOCUMENT_EXTENSIONS = new Set(['.pdf', '.docx', '.txt', '.md', '.markdown']);

/**
 * The documents inside a folder the user chose in main's dialog, in name order: regular files with
 * a document extension, a few levels deep, skipping hidden entries and never following symbolic
 * links (a link could lead anywhere on the disk). At most `limit` files.
 */
export async function documentsInFolder(dir: string, limit = 1000, depth = 0): Promise<string[]> {
  if (depth > 8) return [];
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    throw new PrecisFailure('FILE_NOT_FOUND', 'That folder could not be read. Check that you may open it, then choose it again.');
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const found: string[] = [];
  for (const e of entries) {
    if (found.length >= limit) break;
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isFile() && DOCUMENT_EXTENSIONS.has(path.extname(e.name).toLowerCase())) found.push(full);
    else if (e.isDirectory()) found.push(...(await documentsInFolder(full, limit - found.length, depth + 1).catch(() => [])));
  }
  return found;
}
