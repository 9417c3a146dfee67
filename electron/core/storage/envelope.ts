import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { PrecisFailure } from '../errors';

/**
 * Envelope encryption for everything Precis keeps on disk that may contain document text
 * (so deleting one destroys only its key): each item has its own random 256-bit data key; the data key is stored only
 * wrapped (AES-256-GCM) by the master key. Deleting the wrapped key makes the ciphertext
 * unrecoverable even if the file system keeps old blocks around (crypto-shredding).
 *
 * Sealed layout: version byte (1) · IV (12) · GCM tag (16) · ciphertext.
 * The associated data binds a sealed blob to its purpose and id, so blobs cannot be swapped.
 */

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

/** Length in bytes of master and data keys. */
export const KEY_BYTES = 32;

/** A fresh random data key. */
export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** Encrypts and authenticates `plaintext` under `key`, bound to `aad`. */
export function seal(key: Buffer, plaintext: Uint8Array, aad: string): Buffer {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/**
 * Decrypts a blob made by {@link seal}. Throws STORAGE_FAILED when the blob was tampered with,
 * truncated, bound to another id, or sealed under a different key.
 */
export function unseal(key: Buffer, sealed: Uint8Array, aad: string): Buffer {
  assertKey(key);
  const blob = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (blob.byteLength < HEADER_BYTES || blob[0] !== VERSION) throw unreadable();
  const iv = blob.subarray(1, 1 + IV_BYTES);
  const tag = blob.subarray(1 + IV_BYTES, HEADER_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(blob.subarray(HEADER_BYTES)), decipher.final()]);
  } catch (e) {
    throw unreadable(e);
  }
}

/** Wraps a data key under the master key. */
export function wrapKey(masterKey: Buffer, dataKey: Buffer, aad: string): Buffer {
  return seal(masterKey, dataKey, `key:${aad}`);
}

/** Unwraps a data key made by {@link wrapKey}. */
export function unwrapKey(masterKey: Buffer, wrapped: Uint8Array, aad: string): Buffer {
  const key = unseal(masterKey, wrapped, `key:${aad}`);
  assertKey(key);
  return key;
}

function assertKey(key: Buffer): void {
  if (key.byteLength !== KEY_BYTES) throw new PrecisFailure('STORAGE_FAILED', 'The storage key has the wrong length; Precis cannot read its encrypted data. Restore the data folder from a backup, or move its keys away to start a new, empty history.');
}

function unreadable(cause?: unknown): PrecisFailure {
  return new PrecisFailure(
    'STORAGE_FAILED',
    'Stored data could not be decrypted: it was damaged, or the key that protects it changed (for example after an OS keychain reset). Delete the damaged item and make it again (a summary: summarize the document again).',
    { cause },
  );
}
