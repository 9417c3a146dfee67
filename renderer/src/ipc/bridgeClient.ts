import { BRIDGE_PATH, type BridgeClientMessage, type BridgeServerMessage } from '../../../shared/ipc/bridgeProtocol';
import {
  PUSH_CHANNELS,
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResult,
  type PrecisApi,
} from '../../../shared/ipc/contract';
import { err, type PrecisErrorShape } from '../../../shared/errors';
import { createPushListeners } from '../../../shared/ipc/pushListeners';

/** What the bridge client needs from a WebSocket; tests pass a loopback fake of the same shape. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', fn: () => void): void;
  addEventListener(type: 'message', fn: (e: { data: unknown }) => void): void;
}

const OPEN = 1;

/** The bridge URL for a page served by `precis serve` and opened with `#token=…`. */
export function bridgeUrl(loc: Pick<Location, 'host' | 'hash' | 'protocol'>): string | null {
  const token = new URLSearchParams(loc.hash.replace(/^#/, '')).get('token');
  if (!token) return null;
  const scheme = loc.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${loc.host}${BRIDGE_PATH}?token=${encodeURIComponent(token)}`;
}

/** The address to keep in the window for its next connection: the same page, `#token=` the new one. */
export function addressWithToken(href: string, token: string): string {
  const u = new URL(href);
  const params = new URLSearchParams(u.hash.replace(/^#/, ''));
  params.set('token', token);
  u.hash = params.toString();
  return u.toString();
}

/** What the server tells the page about its admission (see shared/ipc/bridgeProtocol.ts). */
export interface BridgeSessionHooks {
  /** Admitted: the single-use token for the next connection (a reload of this page). */
  onSession?(token: string): void;
  /** Refused (BRIDGE_TOKEN_USED, BRIDGE_BUSY): the error to show instead of the window. */
  onRefused?(error: PrecisErrorShape): void;
}

/**
 * PrecisApi over the loopback WebSocket bridge. Invokes never reject: a lost connection resolves
 * every pending call with an error Result, like the Electron transport would; a refused one with
 * the server's refusal.
 */
export function createBridgeApi(socket: SocketLike, onConnectionChange?: (connected: boolean) => void, hooks: BridgeSessionHooks = {}): PrecisApi {
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, (r: InvokeResult<InvokeChannel>) => void>();
  const listeners = createPushListeners();
  const waiting: string[] = [];

  let refusal: PrecisErrorShape | undefined;
  const lost = () =>
    refusal
      ? err(refusal.code, refusal.message, refusal.retryable)
      : err('INTERNAL', 'The connection to Precis was lost. Restart `precis serve` and open the new address.', true);

  socket.addEventListener('open', () => {
    for (const msg of waiting.splice(0)) socket.send(msg);
    onConnectionChange?.(true);
  });
  socket.addEventListener('close', () => {
    closed = true;
    for (const resolve of pending.values()) resolve(lost());
    pending.clear();
    onConnectionChange?.(false);
  });
  socket.addEventListener('message', (e) => {
    if (typeof e.data !== 'string') return;
    let msg: BridgeServerMessage;
    try {
      msg = JSON.parse(e.data) as BridgeServerMessage;
    } catch {
      return;
    }
    if (msg.type === 'session' && typeof msg.token === 'string') {
      hooks.onSession?.(msg.token);
    } else if (msg.type === 'refused' && msg.error && typeof msg.error.code === 'string') {
      refusal = msg.error;
      hooks.onRefused?.(msg.error);
    } else if (msg.type === 'result') {
      const resolve = pending.get(msg.id);
      if (!resolve) return;
      pending.delete(msg.id);
      resolve(msg.result as InvokeResult<InvokeChannel>);
    } else if (msg.type === 'event' && (PUSH_CHANNELS as readonly string[]).includes(msg.channel)) {
      listeners.emit(msg.channel, msg.payload);
    }
  });

  return {
    invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResult<C>> {
      if (closed) return Promise.resolve(lost() as InvokeResult<C>);
      const id = nextId++;
      const message: BridgeClientMessage = { type: 'invoke', id, channel, request };
      return new Promise<InvokeResult<C>>((resolve) => {
        pending.set(id, resolve as (r: InvokeResult<InvokeChannel>) => void);
        const text = JSON.stringify(message);
        if (socket.readyState === OPEN) socket.send(text);
        else waiting.push(text);
      });
    },
    on: listeners.on,
  };
}
