import type { PrecisErrorShape } from '../../../shared/errors';

/**
 * Whether the transport is connected, and why the server refused it if it did, as a tiny external
 * store for useSyncExternalStore.
 */
export function createConnectionStatus() {
  let connected = true;
  let refusal: PrecisErrorShape | undefined;
  const listeners = new Set<() => void>();
  return {
    set(value: boolean) {
      if (value === connected) return;
      connected = value;
      for (const l of listeners) l();
    },
    refuse(error: PrecisErrorShape) {
      refusal = error;
      for (const l of listeners) l();
    },
    get: () => connected,
    refusal: () => refusal,
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
