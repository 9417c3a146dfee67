import type { InvokeChannel, PushChannel } from './contract';
import type { ErrorCode, PrecisErrorShape, Result } from '../errors';

/**
 * Wire format of the loopback WebSocket bridge (`precis serve`). The page is served from
 * http://127.0.0.1:PORT/ and opened with `#token=<single-use token>`; it connects to
 * ws://127.0.0.1:PORT/bridge?token=<token>. The server refuses a missing or unknown token (HTTP
 * 401), an Origin other than its own, and any peer that is not loopback. A token already used, or
 * a server with all its connections taken, is refused on the socket: a `refused` message, then a
 * close with {@link refusalCloseCode}. An admitted socket first receives `session`: the token for
 * this window's next connection (the page keeps it in its address, so a reload reconnects).
 */
export const BRIDGE_PATH = '/bridge';

/** Client → server. `id` pairs the answer with the call. */
export interface BridgeInvokeMessage {
  type: 'invoke';
  id: number;
  channel: InvokeChannel;
  request: unknown;
}

/** Server → client: the Result of one invoke. */
export interface BridgeResultMessage {
  type: 'result';
  id: number;
  result: Result<unknown>;
}

/** Server → client: a pushed event for this client only. */
export interface BridgeEventMessage {
  type: 'event';
  channel: PushChannel;
  payload: unknown;
}

/** Server → client, first on an admitted socket: the single-use token for the next connection. */
export interface BridgeSessionMessage {
  type: 'session';
  token: string;
}

/** Server → client, the only message on a refused socket (BRIDGE_TOKEN_USED, BRIDGE_BUSY). */
export interface BridgeRefusedMessage {
  type: 'refused';
  error: PrecisErrorShape;
}

export type BridgeClientMessage = BridgeInvokeMessage;
export type BridgeServerMessage = BridgeResultMessage | BridgeEventMessage | BridgeSessionMessage | BridgeRefusedMessage;

/** The WebSocket close code of a refused socket (application range 4000–4999). */
export function refusalCloseCode(code: ErrorCode): number {
  return code === 'BRIDGE_BUSY' ? 4503 : 4409;
}
