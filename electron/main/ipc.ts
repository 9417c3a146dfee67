import type { IpcMainInvokeEvent } from 'electron';
import { err, type Result } from '../../shared/errors';
import { ELECTRON_EVENT_CHANNEL, ELECTRON_INVOKE_CHANNEL, type PushChannel } from '../../shared/ipc/contract';
import type { PrecisService } from '../core/service/createPrecisService';
import { isAppUrl } from './appProtocol';

/** What the IPC guard needs from an invoke event (a real IpcMainInvokeEvent has it). */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender: { id: number } };

/** A window's client id in the service: jobs started from it belong to it. */
export function clientIdFor(webContentsId: number): string {
  return `window-${webContentsId}`;
}

/**
 * True when an invoke comes from our window's top frame on our origin (SECURITY E12). Parsed with
 * `URL`, never with string prefixes; a destroyed or missing frame or a sub-frame is refused.
 */
export function isTrustedSender(event: SenderEvent, trustedWebContentsIds: ReadonlySet<number>): boolean {
  if (!trustedWebContentsIds.has(event.sender.id)) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent) return false;
  return isAppUrl(frame.url);
}

/**
 * The `ipcMain.handle` listener for every invoke: checks the sender, then hands the channel and the
 * raw payload to the service, which validates it. It never throws into the renderer.
 */
export function createInvokeHandler(service: PrecisService, trustedWebContentsIds: ReadonlySet<number>) {
  return async (event: SenderEvent, channel: unknown, request: unknown): Promise<Result<unknown>> => {
    try {
      if (!isTrustedSender(event, trustedWebContentsIds)) {
        return err('FORBIDDEN_SENDER', 'This request did not come from the Precis window and was refused.');
      }
      if (typeof channel !== 'string') return err('INVALID_REQUEST', 'The request named no channel. Reload the window.');
      return await service.invoke(clientIdFor(event.sender.id), channel, request);
    } catch {
      return err('INTERNAL', 'Something unexpected went wrong inside Precis. Try again, and report it if it repeats.');
    }
  };
}

/** Sends a pushed event to one window, unless it is gone. */
export function sendToWindow(
  contents: { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void },
  channel: PushChannel,
  payload: unknown,
): void {
  if (!contents.isDestroyed()) contents.send(ELECTRON_EVENT_CHANNEL, channel, payload);
}

export { ELECTRON_INVOKE_CHANNEL };
