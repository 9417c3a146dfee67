/**
 * The composition root with Electron mocked at its edge: what it registers, what it loads, and
 * that a real invoke from the window reaches the real service.
 */
import type { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const h = await vi.hoisted(async () => {
  const { EventEmitter: EE } = await import('node:events');
  const app = Object.assign(new EE(), {
    ready: undefined as undefined | (() => void),
    whenReady: () => new Promise<void>((resolve) => (app.ready = resolve)),
    enableSandbox: () => undefined,
    requestSingleInstanceLock: () => true,
    getVersion: () => '9.9.9',
    quit: () => undefined,
    exit: () => undefined,
  });
  const windows: { options: unknown; contents: EventEmitter; loaded?: string }[] = [];
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const session = {
    protocol: { handle: (scheme: string, fn: unknown) => handlers.set(`protocol:${scheme}`, fn as never) },
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setSpellCheckerDictionaryDownloadURL: () => undefined,
    webRequest: { onBeforeRequest: () => undefined },
  };
  const partitions: string[] = [];
  const privileged: unknown[] = [];
  const openedExternally: string[] = [];
  const windowOpenHandlers: ((d: { url: string; disposition: string }) => unknown)[] = [];
  return { app, windows, handlers, session, partitions, privileged, openedExternally, windowOpenHandlers, EE };
});

vi.mock('electron', () => {
  const EventEmitter = h.EE;
  class BrowserWindow extends EventEmitter {
    webContents: EventEmitter;
    constructor(options: unknown) {
      super();
      const contents = Object.assign(new EventEmitter(), {
        id: 42,
        isDestroyed: () => false,
        send: () => undefined,
        setWindowOpenHandler: (fn: (d: { url: string; disposition: string }) => unknown) => h.windowOpenHandlers.push(fn),
      });
      this.webContents = contents;
      h.windows.push({ options, contents });
    }
    async loadURL(url: string) {
      h.windows.at(-1)!.loaded = url;
    }
    show() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }
  return {
    app: h.app,
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => unknown) => h.handlers.set(channel, fn) },
    powerMonitor: new EventEmitter(),
    protocol: { registerSchemesAsPrivileged: (s: unknown[]) => h.privileged.push(...s) },
    safeStorage: {
      isAsyncEncryptionAvailable: async () => false,
      encryptStringAsync: async () => Buffer.alloc(0),
      decryptStringAsync: async () => ({ result: '', shouldReEncrypt: false }),
      getSelectedStorageBackend: () => 'basic_text',
    },
    session: { fromPartition: (p: string) => (h.partitions.push(p), h.session) },
    shell: { openExternal: async (url: string) => void h.openedExternally.push(url) },
  };
});

describe('Electron composition root', () => {
  it('registers app://, the IPC handler and one hardened window loading app://main, and serves invokes', async () => {
    process.env.PRECIS_HOME = mkdtempSync(path.join(os.tmpdir(), 'precis-main-'));
    await import('../../electron/main/main');
    expect(h.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    h.app.ready!();
    await expect.poll(() => h.windows[0]?.loaded).toBe('app://main/index.html');
    expect(h.partitions).toEqual(['precis-main']);
    expect(h.handlers.has('protocol:app')).toBe(true);
    const win = h.windows[0]!;
    expect(win.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(h.app.listenerCount('before-quit')).toBe(1);

    const invoke = h.handlers.get('precis:invoke')!;
    const fromWindow = { sender: { id: 42 }, senderFrame: { url: 'app://main/index.html', parent: null } };
    expect(await invoke(fromWindow, 'app.info', {})).toMatchObject({ ok: true, value: { transport: 'electron', version: '9.9.9' } });
    // No keychain here ("basic_text"): the key is session-only and the window is told why.
    expect(await invoke(fromWindow, 'settings.get', {})).toMatchObject({ ok: true, value: { apiKey: { set: false, persisted: false } } });
    expect(await invoke({ ...fromWindow, sender: { id: 1 } }, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });

    // Links: window.open without a click is denied and opens nothing; after a click, the browser opens it.
    const openWindow = h.windowOpenHandlers.at(-1)!;
    expect(openWindow({ url: 'https://github.com/', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(h.openedExternally).toEqual([]);
    win.contents.emit('input-event', {}, { type: 'mouseUp' });
    expect(openWindow({ url: 'https://github.com/', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    await expect.poll(() => h.openedExternally).toEqual(['https://github.com/']);

    const page = await (h.handlers.get('protocol:app') as (r: { url: string; method: string }) => Promise<Response>)({ url: 'app://main/../../package.json', method: 'GET' });
    expect(page.status).toBeGreaterThanOrEqual(400);
  });
});
