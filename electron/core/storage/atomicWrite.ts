import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { throwIfAborted } from '../errors';
import { storageFailure } from './storageFailure';

/** Options for {@link atomicWrite}. */
export interface AtomicWriteOptions {
  /** Permission bits of the new file; private to the user by default. */
  mode?: number;
  signal?: AbortSignal;
  /**
   * Check free space with `statfs` before writing (a full disk then fails cleanly instead of leaving a short file). Tests turn it off to exercise an
   * ENOSPC that happens in the middle of the write.
   */
  preflight?: boolean;
}

/** Prefix of the temporary files atomicWrite leaves behind only when the process dies mid-write. */
export const TEMP_PREFIX = '.precis-tmp-';

/** Free space kept in reserve by the preflight: metadata blocks, the directory entry, rounding. */
const PREFLIGHT_SLACK_BYTES = 64 * 1024;

/**
 * Replaces `file` with `data` so that, whatever happens (crash, power loss, full disk), the file
 * holds either the old bytes or the new bytes, never a mix (a crash mid-write must not lose settings or history).
 *
 * Writes a temporary file in the same folder, fsyncs it, renames it over the target and fsyncs the
 * folder so the rename itself is durable. A full disk leaves the old file untouched and throws
 * `DISK_FULL`; any other failure throws `STORAGE_FAILED`. Creates the folder (mode 0700) if needed.
 */
export async function atomicWrite(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const { mode = 0o600, signal, preflight = true } = options;
  throwIfAborted(signal);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = path.dirname(file);
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(file)}.${randomBytes(6).toString('hex')}`);
  let created = false;
  try {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    if (preflight) await ensureFreeSpace(dir, bytes.byteLength);
    const handle = await fs.open(temp, 'wx', mode);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    throwIfAborted(signal);
    await fs.rename(temp, file);
    created = false;
    await syncDirectory(dir);
  } catch (e) {
    if (created) await fs.rm(temp, { force: true }).catch(() => undefined);
    throw storageFailure(e, `save ${path.basename(file)}`);
  }
}

/** Makes a rename or unlink in `dir` durable. Some platforms (Windows) cannot open folders; that is not an error there. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw e;
  } finally {
    await handle?.close();
  }
}

/**
 * Removes temporary files a crashed writer left in `dir` (they may hold a half-written copy of
 * encrypted data; never plaintext documents, but they waste space and confuse "where is my data").
 * Only files older than `olderThanMs` go, so a write in progress in another process survives.
 */
export async function removeStaleTemps(dir: string, olderThanMs = 60_000): Promise<number> {
  return removeOldFiles(dir, (name) => name.startsWith(TEMP_PREFIX), olderThanMs, 'clean up temporary files');
}

/**
 * Removes the files in `dir` whose names `match` and that nobody modified for `olderThanMs`, then
 * makes the removal durable. A missing folder has nothing to remove. `what` names the job in errors.
 */
export async function removeOldFiles(dir: string, match: (name: string) => boolean, olderThanMs: number, what: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw storageFailure(e, what);
  }
  const cutoff = Date.now() - olderThanMs;
  let removed = 0;
  for (const name of names.filter(match)) {
    const full = path.join(dir, name);
    const stat = await fs.stat(full).catch(() => undefined);
    if (!stat || stat.mtimeMs > cutoff) continue;
    await fs.rm(full, { force: true });
    removed += 1;
  }
  if (removed > 0) await syncDirectory(dir).catch(() => undefined);
  return removed;
}

async function ensureFreeSpace(dir: string, needed: number): Promise<void> {
  let stats: { bavail: number; bsize: number };
  try {
    stats = await fs.statfs(dir);
  } catch {
    // statfs is a courtesy check; the write itself still reports ENOSPC.
    return;
  }
  const available = stats.bavail * stats.bsize;
  if (available < needed + PREFLIGHT_SLACK_BYTES) {
    throw Object.assign(new Error('not enough free space'), { code: 'ENOSPC' });
  }
}
