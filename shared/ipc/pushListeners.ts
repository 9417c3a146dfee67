import type { PushChannel, PushEvents } from './contract';

/** The listeners of pushed events on one client: what every transport's `on` and delivery share. */
export interface PushListeners {
  /** Adds a listener; returns the function that removes it. */
  on<P extends PushChannel>(channel: P, listener: (payload: PushEvents[P]) => void): () => void;
  /** Delivers a payload to the channel's listeners. */
  emit(channel: PushChannel, payload: unknown): void;
  clear(): void;
}

/** Creates an empty listener registry. */
export function createPushListeners(): PushListeners {
  const byChannel = new Map<PushChannel, Set<(payload: never) => void>>();
  return {
    on(channel, listener) {
      let set = byChannel.get(channel);
      if (!set) byChannel.set(channel, (set = new Set()));
      const fn = listener as (payload: never) => void;
      set.add(fn);
      return () => void set.delete(fn);
    },
    emit(channel, payload) {
      for (const fn of byChannel.get(channel) ?? []) fn(payload as never);
    },
    clear() {
      byChannel.clear();
    },
  };
}
