import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PrecisFailure } from '../errors';
import { syncDirectory, TEMP_PREFIX } from './atomicWrite';
import { KEY_BYTES } from './envelope';
import { storageFailure } from './storageFailure';

/**
 * Supplies the master key that wraps every data key. In the Electron app it is backed by
 * `safeStorage` (the OS keychain); the CLI and the loopback bridge use {@link createFileKeyProvider}.
 */
export interface KeyProvider {
  getMasterKey(): Promise<Buffer>;
}

/** Where the file key provider keeps the master key, relative to the data folder. */
export const MASTER_KEY_FILE = path.join('keys', 'master.key');

/**
 * A master key kept as 32 random bytes in `<home>/keys/master.key` (mode 0600, folder 0700).
 *
 * Weaker than the keychain-backed provider: anyone who can read the user's files (another process
 * running as the same user, a backup, a stolen unencrypted disk) can read the key and so the
 * history. It still gives crypto-shredding (deleting an entry's wrapped data key makes its
 * ciphertext unreadable) and keeps plaintext out of the data folder, backups of that folder that
 * omit `keys/`, and file-system remnants. Use the OS keychain wherever one exists.
 */
export function createFileKeyProvider(home: string): KeyProvider {
  const file = path.join(home, MASTER_KEY_FILE);
  let cached: Promise<Buffer> | undefined;
  return {
    getMasterKey() {
      cached ??= loadOrCreate(file).catch((e: unknown) => {
        cached = undefined;
        throw e;
      });
      return cached;
    },
  };
}

async function loadOrCreate(file: string): Promise<Buffer> {
  const existing = await readKey(file);
  if (existing) return existing;
  await createExclusive(file, randomBytes(KEY_BYTES));
  const key = await readKey(file);
  if (!key) throw new PrecisFailure('STORAGE_FAILED', 'The storage key could not be created. Check that the data folder is writable.');
  return key;
}

/**
 * Durably creates `file` with `bytes` unless it already exists (then it is left as it is). link()
 * fails when the target exists, so two processes starting at once agree on one key instead of the
 * second silently replacing the first (which would orphan everything sealed under it).
 */
export async function createExclusive(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `${TEMP_PREFIX}${path.basename(file)}.${randomBytes(6).toString('hex')}`);
  try {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.link(temp, file).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    await syncDirectory(dir);
  } catch (e) {
    throw storageFailure(e, 'create the storage key');
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

async function readKey(file: string): Promise<Buffer | undefined> {
  let key: Buffer;
  try {
    key = await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw storageFailure(e, 'read the storage key');
  }
  if (key.byteLength !== KEY_BYTES) {
    throw new PrecisFailure(
      'STORAGE_FAILED',
      `The storage key file (${MASTER_KEY_FILE} in the data folder) is damaged, so saved history cannot be read. Move it away to start a new, empty history.`,
    );
  }
  return key;
}
