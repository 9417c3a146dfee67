import type { PublicSettings } from '../../../shared/ipc/contract';
import type { SecretsLike } from './serviceDeps';

/** A key holder that also hands the key to the cloud runner (main only). */
export interface KeyHolder extends SecretsLike {
  /** The key bound to `origin`; undefined when none is set or the key was entered for another server. */
  getApiKey(origin: string): Promise<string | undefined>;
}

const REASON = 'The browser bridge keeps the API key only until "precis serve" stops; the desktop app stores it in the OS keychain.';

/**
 * The API key for `precis serve`: held in this process's memory only, never written anywhere, never
 * sent to the page, and bound to the server origin it was entered for. It may start from
 * OPENAI_API_KEY, bound to `initialOrigin` (the server configured when `serve` started).
 */
export function createSessionSecrets(initialKey?: string, initialOrigin?: Promise<string>): KeyHolder {
  let key = initialKey?.trim() || undefined;
  let origin: Promise<string> | string | undefined = key ? (initialOrigin ?? Promise.resolve('')) : undefined;
  const status = async (current: string): Promise<PublicSettings['apiKey']> => {
    const bound = await origin;
    if (key !== undefined && bound === current) return { set: true, persisted: false, reason: REASON };
    return {
      set: false,
      persisted: false,
      reason: key !== undefined ? 'The API key Precis was started with is for another server. Enter the key for this server.' : REASON,
    };
  };
  return {
    status,
    setApiKey: async (k, keyOrigin) => {
      key = k.trim() || undefined;
      origin = key ? keyOrigin : undefined;
      return status(keyOrigin);
    },
    clearApiKey: async () => {
      key = undefined;
      origin = undefined;
      return { set: false, persisted: false, reason: REASON };
    },
    getApiKey: async (wanted) => (key !== undefined && (await origin) === wanted && wanted !== '' ? key : undefined),
  };
}
