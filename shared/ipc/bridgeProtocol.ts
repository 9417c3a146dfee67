import type { InvokeChannel, PushChannel } from './contract';
import type { Result } from '../errors';

/**
 * Wire format of the loopback WebSocket bridge (`precis serve`). The page is served from
 * http://127.0.0.1:PORT/ and opened with `#token=<one-time token>`; it connects to
 * ws://127.0.0.1:PORT/bridge?token=<token>. The server refuses a missing or wrong token, an Origin
 * other than its own, and any peer that is not loopback.
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

export type BridgeClientMessage = BridgeInvokeMessage;
export type BridgeServerMessage = BridgeResultMessage | BridgeEventMessage;
