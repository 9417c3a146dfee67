import { WebSocket } from 'ws';
import type { Result } from '../../../shared/errors';
import type { InvokeChannel, InvokeResult } from '../../../shared/ipc/contract';
import { BRIDGE_PATH, type BridgeInvokeMessage, type BridgeServerMessage } from '../../../shared/ipc/bridgeProtocol';
import type { ConnectedClient } from '../service/inMemoryClient';
import { PrecisFailure } from '../errors';
import { createPushListeners } from '../../../shared/ipc/pushListeners';

export interface ConnectBridgeOptions {
  port: number;
  token: string;
  /** The Origin header to send; the page's own origin by default. */
  origin?: string;
}

/** A bridge client, with the single-use token the server handed it for its next connection. */
export type BridgeClient = ConnectedClient & { nextToken: string };

/**
 * A Node client of the loopback bridge speaking the same wire protocol as the renderer's bridge
 * transport. Tests and tools use it to drive `precis serve` exactly as the page does. Resolves once
 * the server admitted it; a refusal rejects with its PrecisFailure (BRIDGE_TOKEN_USED, BRIDGE_BUSY).
 */
export async function connectBridge(options: ConnectBridgeOptions): Promise<BridgeClient> {
  const origin = options.origin ?? `http://127.0.0.1:${options.port}`;
  const ws = new WebSocket(`ws://127.0.0.1:${options.port}${BRIDGE_PATH}?token=${encodeURIComponent(options.token)}`, {
    origin,
    perMessageDeflate: false,
  });
  let nextId = 1;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = createPushListeners();
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
  let admit: { resolve(token: string): void; reject(e: Error): void } | undefined;
  // The first message says whether the server admitted this socket.
  const admitted = new Promise<string>((resolve, reject) => {
    admit = { resolve, reject };
    ws.once('close', (code) => reject(new Error(`bridge closed the connection: ${code}`)));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`bridge refused: ${res.statusCode}`)));
    ws.once('error', reject);
  });

  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as BridgeServerMessage;
    if (message.type === 'session') admit?.resolve(message.token);
    else if (message.type === 'refused') admit?.reject(new PrecisFailure(message.error.code, message.error.message, { retryable: message.error.retryable }));
    else if (message.type === 'result') {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else listeners.emit(message.channel, message.payload);
  });
  ws.on('close', (code) => {
    // 1009: the server dropped a message larger than any it accepts (a file over the upload limit).
    const error =
      code === 1009
        ? { code: 'FILE_TOO_LARGE' as const, message: 'The file is larger than Precis accepts. Split it into smaller files.', retryable: false }
        : { code: 'CANCELLED' as const, message: 'The bridge closed.', retryable: true };
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
  });

  const nextToken = await admitted;
  return {
    clientId: 'bridge',
    nextToken,
    invoke<C extends InvokeChannel>(channel: C, request: unknown): Promise<InvokeResult<C>> {
      const id = nextId++;
      const message: BridgeInvokeMessage = { type: 'invoke', id, channel, request };
      return new Promise((resolve) => {
        pending.set(id, resolve as (r: Result<unknown>) => void);
        ws.send(JSON.stringify(message));
      });
    },
    on: listeners.on,
    async close() {
      ws.close();
      await closed;
    },
  };
}
