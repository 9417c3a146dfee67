import { createHmac } from 'node:crypto';
import type { KeyProvider } from '../storage/keyProvider';

/**
 * The secret that keys the document fence's nonce (pipeline/prompts), derived from this
 * installation's master key: stable across runs and processes, so the same document gives the same
 * prompts (and, at temperature 0, the same summary) in the app, the bridge and the CLI alike; yet a
 * document's author still cannot predict the nonce, because the master key never leaves the machine.
 */
export function installFenceKey(keyProvider: KeyProvider): () => Promise<Uint8Array> {
  let key: Promise<Uint8Array> | undefined;
  return () => {
    key ??= keyProvider.getMasterKey().then((master) => createHmac('sha256', master).update('precis document fence v1').digest());
    // A failed read (keychain locked) is tried again on the next job rather than cached.
    key.catch(() => (key = undefined));
    return key;
  };
}
