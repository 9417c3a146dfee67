/** Whether the transport is connected, as a tiny external store for useSyncExternalStore. */
export function createConnectionStatus() {
  let connected = true;
  const listeners = new Set<() => void>();
  return {
    set(value: boolean) {
      if (value === connected) return;
      connected = value;
      for (const l of listeners) l();
    },
    get: () => connected,
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
