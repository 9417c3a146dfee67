import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ELECTRON_REGISTER_FILES_CHANNEL } from '../../shared/ipc/channels';
import { ELECTRON_EVENT_CHANNEL, ELECTRON_INVOKE_CHANNEL, INVOKE_CHANNELS, PRECIS_GLOBAL } from '../../shared/ipc/contract';

// Electron is mocked only at its edge: contextBridge records what is exposed, ipcRenderer is an emitter.
const exposed = new Map<string, unknown>();
const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 'pong' })) });
const webUtils = { getPathForFile: vi.fn((file: { path?: string }) => file.path ?? '') };
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer,
  webUtils,
}));

type Api = {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(channel: string, listener: (...args: unknown[]) => void): () => void;
  registerDroppedFiles(files: object[]): Promise<unknown>;
};

beforeEach(async () => {
  exposed.clear();
  vi.resetModules();
  await import('../../electron/preload/preload');
});
const api = () => exposed.get(PRECIS_GLOBAL) as Api;

describe('E15 preload exposes no raw Electron API', () => {
  it('exposes one frozen object of named functions under window.precis', () => {
    expect([...exposed.keys()]).toEqual([PRECIS_GLOBAL]);
    const a = api();
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.keys(a).sort()).toEqual(['invoke', 'on', 'registerDroppedFiles']);
    for (const v of Object.values(a)) expect(typeof v).toBe('function');
    expect(Object.values(a)).not.toContain(ipcRenderer);
    expect(() => Object.assign(a, { ipcRenderer })).toThrow();
  });

  it('invokes only contract channels, through the one IPC channel', async () => {
    expect(await api().invoke('settings.get', {})).toEqual({ ok: true, value: 'pong' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(ELECTRON_INVOKE_CHANNEL, 'settings.get', {});
    // Cancelling a cloud preview is a contract channel like the other cancels.
    await api().invoke('cloud.cancelPreview', { previewId: 'preview-1' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(ELECTRON_INVOKE_CHANNEL, 'cloud.cancelPreview', { previewId: 'preview-1' });
    ipcRenderer.invoke.mockClear();
    for (const bad of ['shell.openExternal', 'precis:invoke', ELECTRON_REGISTER_FILES_CHANNEL, '__proto__', 'constructor']) {
      expect(await api().invoke(bad, {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(INVOKE_CHANNELS.length).toBeGreaterThan(10);
  });

  it('never rejects, even when IPC itself fails', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    expect(await api().invoke('settings.get', {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('listeners receive the payload only, for their channel only, and can unsubscribe', () => {
    const listener = vi.fn();
    const off = api().on('summary.event', listener);
    const fakeEvent = { sender: ipcRenderer, senderFrame: {} };
    ipcRenderer.emit(ELECTRON_EVENT_CHANNEL, fakeEvent, 'summary.event', { type: 'stage', seq: 0 });
    ipcRenderer.emit(ELECTRON_EVENT_CHANNEL, fakeEvent, 'model.status', { state: 'ready' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ type: 'stage', seq: 0 }]);
    off();
    ipcRenderer.emit(ELECTRON_EVENT_CHANNEL, fakeEvent, 'summary.event', { type: 'done' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount(ELECTRON_EVENT_CHANNEL)).toBe(0);
  });

  it('refuses to subscribe to channels outside the contract', () => {
    const off = api().on('precis:invoke', vi.fn());
    expect(ipcRenderer.listenerCount(ELECTRON_EVENT_CHANNEL)).toBe(0);
    expect(typeof off).toBe('function');
  });

  it('registers dropped files with main on its own channel and hands the window handles, never paths', async () => {
    ipcRenderer.invoke.mockImplementationOnce(async (_channel: unknown, paths: unknown) => ({
      ok: true,
      value: (paths as string[]).map((p, i) => (p ? { handle: `fh-${'a'.repeat(31)}${i}`, name: 'nda.pdf', size: 3 } : null)),
    }));
    webUtils.getPathForFile.mockImplementationOnce(() => {
      throw new TypeError('not a File');
    });
    const r = await api().registerDroppedFiles([{}, { path: '/home/u/nda.pdf' }]);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(ELECTRON_REGISTER_FILES_CHANNEL, ['', '/home/u/nda.pdf']);
    expect(r).toEqual({ ok: true, value: [null, { handle: `fh-${'a'.repeat(31)}1`, name: 'nda.pdf', size: 3 }] });
    expect(JSON.stringify(r)).not.toContain('/home/u');
    // Files with no path on disk (built in the page) never reach main: the window sends their bytes.
    ipcRenderer.invoke.mockClear();
    expect(await api().registerDroppedFiles([{}, {}])).toEqual({ ok: true, value: [null, null] });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    expect(await api().registerDroppedFiles(Array.from({ length: 1001 }, () => ({})))).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });
});
