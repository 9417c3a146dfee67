import type { InvokeChannel, InvokeRequest, InvokeResponses, InvokeResult, PrecisApi, PushChannel, PushEvents } from '../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import type { PublicSettings } from '../../shared/ipc/contract';

type Handler<C extends InvokeChannel> = (req: InvokeRequest<C>) => InvokeResult<C> | Promise<InvokeResult<C>>;

/**
 * A scripted PrecisApi for component tests: each channel answers what the test says, every call is
 * recorded, and pushes are delivered on a later task like a real transport. The real transports are
 * exercised by the bridge client test and the end-to-end run.
 */
export function scriptedApi(handlers: { [C in InvokeChannel]?: Handler<C> } = {}) {
  const calls: { channel: InvokeChannel; request: unknown }[] = [];
  const listeners = new Map<PushChannel, Set<(p: never) => void>>();
  const api: PrecisApi = {
    async invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResult<C>> {
      calls.push({ channel, request });
      const h = handlers[channel] as Handler<C> | undefined;
      if (!h) return { ok: false, error: { code: 'INTERNAL', message: `no handler for ${channel}`, retryable: false } };
      return h(request);
    },
    on<P extends PushChannel>(channel: P, listener: (payload: PushEvents[P]) => void) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener as (p: never) => void);
      return () => void set.delete(listener as (p: never) => void);
    },
  };
  const push = <P extends PushChannel>(channel: P, payload: PushEvents[P]) => {
    for (const l of listeners.get(channel) ?? []) l(payload as never);
  };
  return { api, calls, push, listenerCount: (c: PushChannel) => listeners.get(c)?.size ?? 0 };
}

export function ok<T>(value: T) {
  return { ok: true as const, value };
}

export const PUBLIC_SETTINGS: PublicSettings = { ...DEFAULT_SETTINGS, apiKey: { set: false, persisted: false } };

export type { InvokeResponses };
