import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHistoryStore } from '../../../electron/core/storage/historyStore';
import { createSafeStorageKeyProvider, SEALED_MASTER_KEY_FILE, type SafeStorageLike } from '../../../electron/core/storage/safeStorageKeyProvider';
import { summaryFixture } from '../jobs/summaryFixture';

/**
 * Stands in for Electron's safeStorage (the binary cannot run here): real AES under a "keychain"
 * key the test holds, so a wrong keychain genuinely fails to decrypt.
 */
function keychain(options: { backend?: string; available?: boolean } = {}) {
  const secret = randomBytes(32);
  const calls = { encrypt: 0, decrypt: 0 };
  const api: SafeStorageLike = {
    isAsyncEncryptionAvailable: () => Promise.resolve(options.available ?? true),
    encryptStringAsync(text) {
      calls.encrypt += 1;
      const iv = randomBytes(16);
      const c = createCipheriv('aes-256-cbc', secret, iv);
      return Promise.resolve(Buffer.concat([iv, c.update(text, 'utf8'), c.final()]));
    },
    decryptStringAsync(data) {
      calls.decrypt += 1;
      const d = createDecipheriv('aes-256-cbc', secret, data.subarray(0, 16));
      const result = Buffer.concat([d.update(data.subarray(16)), d.final()]).toString('utf8');
      return Promise.resolve({ result, shouldReEncrypt: false });
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
  return { api, calls };
}

let home: string;
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-safe-'));
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

describe('createSafeStorageKeyProvider', () => {
  it('keeps the master key only sealed by the keychain, in a private file, and returns it again after a restart', async () => {
    const { api } = keychain();
    const key = await createSafeStorageKeyProvider(home, api, { platform: 'linux' }).getMasterKey();
    expect(key.byteLength).toBe(32);
    const sealed = await fs.readFile(path.join(home, SEALED_MASTER_KEY_FILE));
    expect(sealed.includes(key)).toBe(false);
    expect(sealed.includes(Buffer.from(key.toString('base64')))).toBe(false);
    expect((await fs.stat(path.join(home, SEALED_MASTER_KEY_FILE))).mode & 0o777).toBe(0o600);
    expect((await createSafeStorageKeyProvider(home, api, { platform: 'linux' }).getMasterKey()).equals(key)).toBe(true);
  });

  it.each(['basic_text', 'unknown'])('refuses the Linux %s backend (not encryption) and writes nothing', async (backend) => {
    const { api, calls } = keychain({ backend });
    await expect(createSafeStorageKeyProvider(home, api, { platform: 'linux' }).getMasterKey()).rejects.toMatchObject({ code: 'KEY_STORAGE_UNAVAILABLE' });
    expect(calls.encrypt).toBe(0);
    await expect(fs.access(path.join(home, 'keys'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('asks only Linux for the backend name, and refuses when encryption is unavailable anywhere', async () => {
    await expect(createSafeStorageKeyProvider(home, keychain({ backend: 'basic_text' }).api, { platform: 'darwin' }).getMasterKey()).resolves.toHaveLength(32);
    await fs.rm(path.join(home, 'keys'), { recursive: true });
    await expect(createSafeStorageKeyProvider(home, keychain({ available: false }).api, { platform: 'win32' }).getMasterKey()).rejects.toMatchObject({
      code: 'KEY_STORAGE_UNAVAILABLE',
    });
  });

  it('re-seals the key when the keychain asks (shouldReEncrypt) without changing it', async () => {
    const { api } = keychain();
    const key = await createSafeStorageKeyProvider(home, api, { platform: 'linux' }).getMasterKey();
    const before = await fs.readFile(path.join(home, SEALED_MASTER_KEY_FILE));
    // Same keychain secret, but this time it reports a rotation.
    const reEncrypting: typeof api = { ...api, decryptStringAsync: async (d) => ({ ...(await api.decryptStringAsync(d)), shouldReEncrypt: true }) };
    expect((await createSafeStorageKeyProvider(home, reEncrypting, { platform: 'linux' }).getMasterKey()).equals(key)).toBe(true);
    const after = await fs.readFile(path.join(home, SEALED_MASTER_KEY_FILE));
    expect(after.equals(before)).toBe(false);
    expect((await createSafeStorageKeyProvider(home, api, { platform: 'linux' }).getMasterKey()).equals(key)).toBe(true);
  });

  it('never replaces a key another keychain sealed (that would orphan the history)', async () => {
    await createSafeStorageKeyProvider(home, keychain().api, { platform: 'linux' }).getMasterKey();
    const before = await fs.readFile(path.join(home, SEALED_MASTER_KEY_FILE));
    await expect(createSafeStorageKeyProvider(home, keychain().api, { platform: 'linux' }).getMasterKey()).rejects.toMatchObject({ code: 'STORAGE_FAILED' });
    expect((await fs.readFile(path.join(home, SEALED_MASTER_KEY_FILE))).equals(before)).toBe(true);
  });

  it('backs the history store: entries written under it reopen after a restart', async () => {
    const { api } = keychain();
    const saved = await createHistoryStore(home, createSafeStorageKeyProvider(home, api, { platform: 'linux' })).save(summaryFixture('CANARY-DOC-safe'));
    const reopened = createHistoryStore(home, createSafeStorageKeyProvider(home, api, { platform: 'linux' }));
    expect((await reopened.get(saved.id)).summary.markdown).toContain('CANARY-DOC-safe');
  });
});
