import { constants, promises as fs } from 'node:fs';
import type { PrecisFailure } from '../errors';

/** Why a bounded read refused a path; each caller words it for its own users. */
export type BoundedReadRefusal = 'missing' | 'folder' | 'notFile' | 'unreadable' | 'tooLarge';

const PIECE = 1 << 20;

/**
 * Reads a whole regular file of at most `limit` bytes. Opens without blocking (a FIFO cannot hang
 * the open), refuses anything but a regular file, and stops reading past `limit` bytes, so a file
 * that grows while it is read can neither exceed the limit nor come back cut short.
 */
export async function readFileBounded(filePath: string, limit: number, refuse: (why: BoundedReadRefusal, size?: number) => PrecisFailure): Promise<Uint8Array> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw refuse(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'EISDIR' ? 'folder' : 'unreadable');
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw refuse('notFile');
    if (stat.size > limit) throw refuse('tooLarge', stat.size);
    const pieces: Buffer[] = [];
    let total = 0;
    for (;;) {
      const piece = Buffer.alloc(Math.min(PIECE, limit + 1 - total));
      const { bytesRead } = await handle.read(piece, 0, piece.length, total);
      if (bytesRead === 0) break;
      pieces.push(piece.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw refuse('tooLarge', total);
    }
    const bytes = Buffer.concat(pieces, total);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, total);
  } finally {
    await handle.close();
  }
}
