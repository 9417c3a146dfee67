import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cloudOrigin } from '../../shared/cloudUrl';
import type { PublicSettings } from '../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { PrecisFailure } from '../core/errors';
import type { SecretsLike } from '../core/service/serviceDeps';
import { atomicWrite } from '../core/storage/atomicWrite';

/**
 * The part of Electron's `safeStorage` the key store uses: the async API only (the sync one is
 * deprecated and due for removal, SECURITY S1). Injected, so the logic is tested without Electron.
 */
export interface SafeStorageApi {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  /** Linux: the keyring behind the encryption ("basic_text" is a hard-coded password, not encryption). */
  getSelectedStorageBackend?(): string;
}

export interface SecretStoreOptions {
  safeStorage: SafeStorageApi;
  /** Where the sealed key lives (0600). */
  file: string;
  platform?: NodeJS.Platform;
}

/** The API key held in main: persisted only sealed by the OS keychain, else for this session only. */
export interface SecretStore extends SecretsLike {
  /**
   * The key for a cloud request to `origin` (main only: never sent to the window, logged or put in
   * an error); undefined when none is set or the key was entered for another server.
   */
  getApiKey(origin: string): Promise<string | undefined>;
}

/** A key and the server origin it was entered for. */
interface BoundKey {
  key: string;
  origin: string;
}

/** Keys sealed before keys were bound to a server were entered for the default one. */
export const LEGACY_KEY_ORIGIN = cloudOrigin(DEFAULT_SETTINGS.cloud.baseUrl);

/** What is sealed: the key with its origin, so a key can never be read back without it. */
export function sealedPayload(bound: BoundKey): string {
  return JSON.stringify({ v: 1, origin: bound.origin, key: bound.key });
}

export function openPayload(text: string): BoundKey {
  try {
    const p = JSON.parse(text) as { v?: unknown; origin?: unknown; key?: unknown };
    if (p && p.v === 1 && typeof p.key === 'string' && typeof p.origin === 'string') return { key: p.key, origin: p.origin };
  } catch {
    // An older file sealed the bare key.
  }
  return { key: text, origin: LEGACY_KEY_ORIGIN };
}

/** Linux backends that are not encryption (SECURITY S2; `unknown` = detection failed, electron#39789). */
const REFUSED_BACKENDS = new Set(['basic_text', 'unknown']);

/** The sealed key's file name inside the data folder. */
export const API_KEY_FILE = path.join('secrets', 'openai-api-key.sealed');

function sessionOnlyReason(backend: string | undefined): string {
  return backend === 'basic_text' || backend === 'unknown'
    ? `This system has no secure keyring (Electron reports "${backend}"), so the API key is kept only until Precis quits. Install and unlock GNOME Keyring or KWallet to save it.`
    : 'The OS keychain is not available, so the API key is kept only until Precis quits.';
}

/**
 * Creates the key store. Never calls `setUsePlainTextEncryption` (lint rule + deps-policy grep):
 * without a real keychain the key stays in memory and the window is told why (`reason`).
 */
export function createSecretStore(options: SecretStoreOptions): SecretStore {
  const { safeStorage, file } = options;
  const platform = options.platform ?? process.platform;
  let sessionKey: BoundKey | undefined;
  let persistedKey: BoundKey | undefined;
  let reason: string | undefined;

  async function keychainUsable(): Promise<{ ok: boolean; backend?: string }> {
    const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
    if (backend !== undefined && REFUSED_BACKENDS.has(backend)) return { ok: false, backend };
    return { ok: await safeStorage.isAsyncEncryptionAvailable(), ...(backend ? { backend } : {}) };
  }

  async function readSealed(): Promise<BoundKey | undefined> {
    if (sessionKey !== undefined) return sessionKey;
    if (persistedKey !== undefined) return persistedKey;
    let sealed: Buffer;
    try {
      sealed = await fs.readFile(file);
    } catch {
      return undefined;
    }
    let opened: { result: string; shouldReEncrypt: boolean };
    try {
      opened = await safeStorage.decryptStringAsync(sealed);
    } catch {
      throw new PrecisFailure('KEY_STORAGE_UNAVAILABLE', 'The saved API key could not be unlocked by the OS keychain. Enter the key again in Settings.');
    }
    persistedKey = openPayload(opened.result);
    // The keychain rotated its key (or the file predates bound keys): seal ours again under the new one (SECURITY S1).
    if (opened.shouldReEncrypt || opened.result !== sealedPayload(persistedKey)) {
      await atomicWrite(file, await safeStorage.encryptStringAsync(sealedPayload(persistedKey)), { mode: 0o600 });
    }
    return persistedKey;
  }

  async function status(origin: string): Promise<PublicSettings['apiKey']> {
    let bound: BoundKey | undefined;
    try {
      bound = await readSealed();
    } catch {
      return { set: false, persisted: false, reason: 'The saved API key could not be unlocked by the OS keychain. Enter the key again.' };
    }
    if (bound === undefined) return { set: false, persisted: false, ...(reason ? { reason } : {}) };
    if (bound.origin !== origin) {
      return { set: false, persisted: false, reason: 'The saved API key was entered for another server. Enter the key for this server.' };
    }
    return sessionKey !== undefined ? { set: true, persisted: false, ...(reason ? { reason } : {}) } : { set: true, persisted: true };
  }

  return {
    status,
    async setApiKey(key, origin) {
      const trimmed = key.trim();
      if (!trimmed || /\s/.test(trimmed)) throw new PrecisFailure('INVALID_REQUEST', 'That does not look like an API key (it is empty or contains spaces). Paste the key again.');
      if (!origin) throw new PrecisFailure('INVALID_REQUEST', 'Set the cloud server address before its API key.');
      const bound = { key: trimmed, origin };
      const usable = await keychainUsable();
      if (!usable.ok) {
        // Refused backend: keep the key for this session only, and remove any older sealed copy so two keys never disagree.
        sessionKey = bound;
        persistedKey = undefined;
        reason = sessionOnlyReason(usable.backend);
        await fs.rm(file, { force: true });
        return status(origin);
      }
      const sealed = await safeStorage.encryptStringAsync(sealedPayload(bound));
      await atomicWrite(file, sealed, { mode: 0o600 });
      persistedKey = bound;
      sessionKey = undefined;
      reason = undefined;
      return status(origin);
    },
    async clearApiKey() {
      sessionKey = undefined;
      persistedKey = undefined;
      await fs.rm(file, { force: true });
      return { set: false, persisted: false, ...(reason ? { reason } : {}) };
    },
    async getApiKey(origin) {
      const bound = await readSealed();
      return bound !== undefined && origin !== '' && bound.origin === origin ? bound.key : undefined;
    },
  };
}

/** The store over Electron's real `safeStorage` (call after `app` is ready: the backend is "unknown" before). */
export async function createElectronSecretStore(userDataDir: string): Promise<SecretStore> {
  const { safeStorage } = await import('electron');
  return createSecretStore({ safeStorage, file: path.join(userDataDir, API_KEY_FILE) });
}
