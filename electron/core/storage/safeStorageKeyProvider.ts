import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PrecisFailure } from '../errors';
import { atomicWrite } from './atomicWrite';
import { KEY_BYTES } from './envelope';
import { createExclusive, type KeyProvider } from './keyProvider';
import { storageFailure } from './storageFailure';

/**
 * The part of Electron's `safeStorage` this provider uses (the async API: the sync one is
 * deprecated). Main passes `safeStorage` itself; core never imports electron.
 */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux only: which keyring backs the encryption. */
  getSelectedStorageBackend?(): string;
}

/** Where the keychain-sealed master key lives, relative to the data folder. */
export const SEALED_MASTER_KEY_FILE = path.join('keys', 'master.sealed');

/**
 * Linux backends that are not encryption: `basic_text` uses a hard-coded password (anyone with the file could unwrap the key),
 * `unknown` means detection failed (electron#39789).
 */
const REFUSED_BACKENDS = new Set(['basic_text', 'unknown']);

/** Options for {@link createSafeStorageKeyProvider}. */
export interface SafeStorageKeyProviderOptions {
  /** The OS whose rules apply (tests); defaults to the running one. */
  platform?: NodeJS.Platform;
}

/**
 * The master key, generated here and stored only sealed by the OS keychain (`safeStorage`) in
 * `<home>/keys/master.sealed`. Copying the data folder to another machine or user account gives
 * nothing readable. Throws KEY_STORAGE_UNAVAILABLE when the OS offers no real keychain, so main can
 * choose (and tell the user) a weaker fallback such as {@link createFileKeyProvider}.
 *
 * A key that cannot be unsealed (keychain reset, another user) is never replaced automatically:
 * that would orphan the whole history; the error says how to start over.
 */
export function createSafeStorageKeyProvider(home: string, safeStorage: SafeStorageLike, options: SafeStorageKeyProviderOptions = {}): KeyProvider {
  const file = path.join(home, SEALED_MASTER_KEY_FILE);
  const platform = options.platform ?? process.platform;
  let cached: Promise<Buffer> | undefined;

  async function ensureKeychain(): Promise<void> {
    const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
    if ((backend !== undefined && REFUSED_BACKENDS.has(backend)) || !(await safeStorage.isAsyncEncryptionAvailable())) {
      throw new PrecisFailure(
        'KEY_STORAGE_UNAVAILABLE',
        'This computer has no usable keychain (on Linux: GNOME Keyring or KWallet), so Precis cannot protect its history with the OS keychain and saves no summaries. Install or unlock a keychain (on Linux: GNOME Keyring or KWallet) and restart Precis; until then, export or copy each summary you want to keep.',
      );
    }
  }

  async function load(): Promise<Buffer> {
    await ensureKeychain();
    let sealed = await readSealed(file);
    if (!sealed) {
      const fresh = randomBytes(KEY_BYTES);
      await createExclusive(file, await safeStorage.encryptStringAsync(fresh.toString('base64')));
      fresh.fill(0);
      sealed = await readSealed(file);
      if (!sealed) throw new PrecisFailure('STORAGE_FAILED', 'The storage key could not be created. Check that the data folder is writable.');
    }
    let opened: { result: string; shouldReEncrypt: boolean };
    try {
      opened = await safeStorage.decryptStringAsync(sealed);
    } catch (e) {
      throw cannotUnseal(e);
    }
    const key = Buffer.from(opened.result, 'base64');
    if (key.byteLength !== KEY_BYTES) throw cannotUnseal();
    if (opened.shouldReEncrypt) {
      // The keychain rotated its own key: seal ours again so it stays readable after the old one goes.
      await atomicWrite(file, await safeStorage.encryptStringAsync(opened.result)).catch(() => undefined);
    }
    return key;
  }

  return {
    getMasterKey() {
      cached ??= load().catch((e: unknown) => {
        cached = undefined;
        throw e;
      });
      return cached;
    },
  };
}

async function readSealed(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw storageFailure(e, 'read the storage key');
  }
}

function cannotUnseal(cause?: unknown): PrecisFailure {
  return new PrecisFailure(
    'STORAGE_FAILED',
    `The OS keychain could not unlock Precis's storage key (it may have been reset, or this is another user account), so saved history cannot be read. To start a new, empty history, move ${SEALED_MASTER_KEY_FILE} out of the data folder.`,
    { cause },
  );
}
