import type { PublicSettings } from '../../../shared/ipc/contract';
import type { SecretsLike } from './serviceDeps';

/** A key holder that also hands the key to the cloud runner (main only). */
export interface KeyHolder extends SecretsLike {
  getApiKey(): Promise<string | undefined>;
}

const REASON = 'The browser bridge keeps the API key only until "precis serve" stops; the desktop app stores it in the OS keychain.';

/**
 * The API key for `precis serve`: held in this process's memory only, never written anywhere, never
 * sent to the page. Starts from OPENAI_API_KEY when the environment sets it, like the CLI.
 */
export function createSessionSecrets(initialKey?: string): KeyHolder {
  let key = initialKey?.trim() || undefined;
  const status = (): PublicSettings['apiKey'] => ({ set: key !== undefined, persisted: false, reason: REASON });
  return {
    status: async () => status(),
    setApiKey: async (k) => {
      key = k.trim() || undefined;
      return status();
    },
    clearApiKey: async () => {
      key = undefined;
      return status();
    },
    getApiKey: async () => key,
  };
}
