// Types only from the contract: the preload bundle carries the channel lists, not the schemas.
import type { InvokeChannel, OpenedFile, PrecisApi, PushChannel } from '../../shared/ipc/contract';
import {
  ELECTRON_EVENT_CHANNEL,
  ELECTRON_INVOKE_CHANNEL,
  ELECTRON_REGISTER_FILES_CHANNEL,
  INVOKE_CHANNEL_NAMES,
  MAX_REGISTERED_FILES,
  PUSH_CHANNEL_NAMES,
} from '../../shared/ipc/channels';
import { err, ok, type Result } from '../../shared/errors';

/** The parts of Electron's renderer-side modules the preload uses (so it is tested with plain objects). */
export interface PreloadElectron {
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
    removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  };
  webUtils: { getPathForFile(file: never): string };
}

const invokeChannels: ReadonlySet<string> = new Set(INVOKE_CHANNEL_NAMES);
const pushChannels: ReadonlySet<string> = new Set(PUSH_CHANNEL_NAMES);

/**
 * The object the window sees as `window.precis` (SECURITY E15): named functions only, frozen, a
 * channel allow-list from the contract, listeners that get payloads (never the Electron event) and
 * an unsubscribe function back. No Electron object crosses the bridge.
 */
export function createPreloadApi(electron: PreloadElectron): Readonly<PrecisApi> {
  const invoke = (async (channel: InvokeChannel, request: unknown) => {
    if (!invokeChannels.has(channel)) return err('INVALID_REQUEST', 'Unknown request. Reload the window; if it repeats, restart Precis.');
    try {
      return await electron.ipcRenderer.invoke(ELECTRON_INVOKE_CHANNEL, channel, request);
    } catch {
      // Main's handler never throws; this is IPC itself failing (e.g. an uncloneable payload).
      return err('INVALID_REQUEST', 'The request could not be sent to Precis. Reload the window.');
    }
  }) as PrecisApi['invoke'];

  const on = ((channel: PushChannel, listener: (payload: unknown) => void) => {
    if (!pushChannels.has(channel) || typeof listener !== 'function') return () => undefined;
    const wrapped = (_event: unknown, eventChannel: unknown, payload: unknown) => {
      if (eventChannel === channel) listener(payload);
    };
    electron.ipcRenderer.on(ELECTRON_EVENT_CHANNEL, wrapped as (event: unknown, ...args: unknown[]) => void);
    return () => {
      electron.ipcRenderer.removeListener(ELECTRON_EVENT_CHANNEL, wrapped as (event: unknown, ...args: unknown[]) => void);
    };
  }) as PrecisApi['on'];

  const pathOf = (file: unknown): string => {
    try {
      return electron.webUtils.getPathForFile(file as never) || '';
    } catch {
      return '';
    }
  };

  // The dropped files' paths go to main on a channel the window cannot invoke; the window gets
  // opaque handles back and never sees a path. Only a real dropped or picked File has one.
  const registerDroppedFiles = async (files: readonly object[]): Promise<Result<(OpenedFile | null)[]>> => {
    if (!Array.isArray(files) || files.length > MAX_REGISTERED_FILES) return err('INVALID_REQUEST', `Drop at most ${MAX_REGISTERED_FILES} files at once.`);
    const paths = files.map(pathOf);
    if (paths.every((p) => p === '')) return ok(paths.map(() => null));
    try {
      return (await electron.ipcRenderer.invoke(ELECTRON_REGISTER_FILES_CHANNEL, paths)) as Result<(OpenedFile | null)[]>;
    } catch {
      return err('INVALID_REQUEST', 'The dropped files could not be handed to Precis. Drop them again.');
    }
  };

  return Object.freeze({ invoke, on, registerDroppedFiles });
}
