/**
 * SECURITY S1, S2, S4: the API key is sealed with safeStorage's async API into an atomic 0600 file,
 * re-sealed when the keychain rotates, refused on Linux's basic_text/unknown backends (session only,
 * with a reason for the window), and `setUsePlainTextEncryption` is never called.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_KEY_FILE, createSecretStore, LEGACY_KEY_ORIGIN, type SafeStorageApi } from '../../electron/main/secretStore';
import { REPO_ROOT } from '../helpers/kit';

const KEY = 'sk-proj-SECRET-store-test-0123456789';
const O = 'https://llm.example.com';

/** A stand-in keychain with real encryption (AES-GCM under a key it keeps), so "ciphertext" means it. */
function fakeKeychain(opts: { available?: boolean; backend?: string } = {}) {
  let master = randomBytes(32);
  let rotated = false;
  const api: SafeStorageApi & { rotate(): void; calls: string[] } = {
    calls: [],
    isAsyncEncryptionAvailable: async () => opts.available ?? true,
    getSelectedStorageBackend: () => opts.backend ?? 'gnome_libsecret',
    async encryptStringAsync(plain) {
      api.calls.push('encrypt');
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', master, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([Buffer.from('v11'), iv, c.getAuthTag(), body]);
    },
    async decryptStringAsync(sealed) {
      api.calls.push('decrypt');
      const key = rotated ? previous : master;
      const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(3, 15));
      d.setAuthTag(sealed.subarray(15, 31));
      const result = Buffer.concat([d.update(sealed.subarray(31)), d.final()]).toString('utf8');
      const shouldReEncrypt = rotated;
      if (rotated) rotated = false;
      return { result, shouldReEncrypt };
    },
    rotate() {
      previous = master;
      master = randomBytes(32);
      rotated = true;
    },
  };
  let previous = master;
  return api;
}

let home: string;
let file: string;
beforeEach(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'precis-secrets-'));
  file = path.join(home, API_KEY_FILE);
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('S1 async safeStorage', () => {
  it('seals the key: the file never holds the plaintext, and a new store reads it back', async () => {
    const keychain = fakeKeychain();
    const store = createSecretStore({ safeStorage: keychain, file, platform: 'linux' });
    expect(await store.status(O)).toEqual({ set: false, persisted: false });
    expect(await store.setApiKey(`  ${KEY}  `, O)).toEqual({ set: true, persisted: true });
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from(KEY))).toBe(false);
    expect(bytes.toString('latin1')).not.toContain('SECRET');

    const later = createSecretStore({ safeStorage: keychain, file, platform: 'linux' });
    expect(await later.status(O)).toEqual({ set: true, persisted: true });
    expect(await later.getApiKey(O)).toBe(KEY);
  });

  it('re-seals when the keychain says shouldReEncrypt', async () => {
    const keychain = fakeKeychain();
    await createSecretStore({ safeStorage: keychain, file }).setApiKey(KEY, O);
    const before = readFileSync(file);
    keychain.rotate();
    expect(await createSecretStore({ safeStorage: keychain, file }).getApiKey(O)).toBe(KEY);
    const after = readFileSync(file);
    expect(after.equals(before)).toBe(false);
    // The new file opens under the new key without another rotation.
    expect(await createSecretStore({ safeStorage: keychain, file }).getApiKey(O)).toBe(KEY);
  });

  it('a sealed key the keychain cannot open fails with KEY_STORAGE_UNAVAILABLE and no key in the message', async () => {
    await createSecretStore({ safeStorage: fakeKeychain(), file }).setApiKey(KEY, O);
    const other = createSecretStore({ safeStorage: fakeKeychain(), file });
    await expect(other.getApiKey(O)).rejects.toMatchObject({ code: 'KEY_STORAGE_UNAVAILABLE' });
    await other.getApiKey(O).catch((e: Error) => expect(e.message).not.toContain(KEY));
  });

  it('clearing removes the sealed file', async () => {
    const store = createSecretStore({ safeStorage: fakeKeychain(), file });
    await store.setApiKey(KEY, O);
    expect(await store.clearApiKey()).toEqual({ set: false, persisted: false });
    expect(existsSync(file)).toBe(false);
    expect(await store.getApiKey(O)).toBeUndefined();
  });

  it('binds the key to the server it was entered for: never handed out, or reported set, for another', async () => {
    const keychain = fakeKeychain();
    await createSecretStore({ safeStorage: keychain, file }).setApiKey(KEY, O);
    const store = createSecretStore({ safeStorage: keychain, file });
    expect(await store.getApiKey('http://127.0.0.1:4444')).toBeUndefined();
    expect(await store.getApiKey('https://llm.example.com:8443')).toBeUndefined();
    expect(await store.getApiKey('')).toBeUndefined();
    expect(await store.status('http://127.0.0.1:4444')).toMatchObject({ set: false });
    expect(await store.getApiKey(O)).toBe(KEY);
  });

  it('a key sealed before keys were bound counts as entered for the default server, and is re-sealed with it', async () => {
    const keychain = fakeKeychain();
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, await keychain.encryptStringAsync(KEY));
    const store = createSecretStore({ safeStorage: keychain, file });
    expect(await store.getApiKey(O)).toBeUndefined();
    expect(await store.getApiKey(LEGACY_KEY_ORIGIN)).toBe(KEY);
    const reopened = await keychain.decryptStringAsync(readFileSync(file));
    expect(JSON.parse(reopened.result)).toEqual({ v: 1, origin: LEGACY_KEY_ORIGIN, key: KEY });
  });

  it('rejects keys that are empty or contain spaces', async () => {
    const store = createSecretStore({ safeStorage: fakeKeychain(), file });
    await expect(store.setApiKey('   ', O)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(store.setApiKey('sk abc', O)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });
});

describe('S2 refuse basic_text', () => {
  it.each(['basic_text', 'unknown'])('on Linux with backend %s keeps the key for the session only and says why', async (backend) => {
    const keychain = fakeKeychain({ backend, available: true });
    // A key sealed earlier under a real keyring is removed, so two keys never disagree.
    await createSecretStore({ safeStorage: fakeKeychain(), file, platform: 'linux' }).setApiKey('sk-older-key', O);
    expect(existsSync(file)).toBe(true);
    const store = createSecretStore({ safeStorage: keychain, file, platform: 'linux' });
    const s = await store.setApiKey(KEY, O);
    expect(s).toMatchObject({ set: true, persisted: false });
    expect(s.reason).toContain(backend);
    expect(s.reason).not.toContain(KEY);
    expect(keychain.calls).not.toContain('encrypt');
    expect(await store.getApiKey(O)).toBe(KEY);
    expect(existsSync(file)).toBe(false);
    for (const f of readdirSync(home, { recursive: true, withFileTypes: true })) if (f.isFile()) expect(readFileSync(path.join(f.parentPath, f.name)).includes(KEY)).toBe(false);
    // A fresh process does not have it.
    expect(await createSecretStore({ safeStorage: keychain, file, platform: 'linux' }).getApiKey(O)).toBeUndefined();
  });

  it('keeps the key for the session when async encryption is unavailable on any OS', async () => {
    const s = await createSecretStore({ safeStorage: fakeKeychain({ available: false }), file, platform: 'darwin' }).setApiKey(KEY, O);
    expect(s).toMatchObject({ set: true, persisted: false });
    expect(s.reason).toMatch(/only until Precis quits/);
  });

  it('on macOS/Windows the Linux backend name is not consulted', async () => {
    const s = await createSecretStore({ safeStorage: fakeKeychain({ backend: 'basic_text' }), file, platform: 'win32' }).setApiKey(KEY, O);
    expect(s).toEqual({ set: true, persisted: true });
  });

  it('no source file calls setUsePlainTextEncryption', () => {
    const offenders: string[] = [];
    for (const dir of ['electron', 'shared', 'renderer', 'scripts']) {
      const root = path.join(REPO_ROOT, dir);
      if (!existsSync(root)) continue;
      for (const f of readdirSync(root, { recursive: true }).map(String)) {
        if (!/\.(ts|tsx|js|mjs|cjs)$/.test(f)) continue;
        if (/setUsePlainTextEncryption\s*\(/.test(readFileSync(path.join(root, f), 'utf8'))) offenders.push(`${dir}/${f}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('S4 atomic 0600 file', () => {
  it.runIf(process.platform !== 'win32')('writes the sealed key with mode 0600 and leaves no temporary files', async () => {
    await createSecretStore({ safeStorage: fakeKeychain(), file }).setApiKey(KEY, O);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });
});

describe('Electron edge', () => {
  it('createElectronSecretStore uses electron.safeStorage (mocked only here)', async () => {
    const keychain = fakeKeychain();
    vi.doMock('electron', () => ({ safeStorage: keychain }));
    try {
      const { createElectronSecretStore } = await import('../../electron/main/secretStore');
      const store = await createElectronSecretStore(home);
      await store.setApiKey(KEY, O);
      expect(keychain.calls).toContain('encrypt');
      expect(existsSync(path.join(home, API_KEY_FILE))).toBe(true);
    } finally {
      vi.doUnmock('electron');
    }
  });
});
