import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  applyContentsPolicy,
  applySessionPolicy,
  createRequestFilter,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  UNROUTABLE_DICTIONARY_URL,
  type BlockedRequests,
} from '../../electron/main/sessionPolicy';

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb', 'midiSysex', 'unknown'];

describe('E05 permissions denied', () => {
  it('every permission request is refused', () => {
    for (const p of PERMISSIONS) {
      const callback = vi.fn();
      denyPermissionRequest({}, p, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
  });
  it('every permission check answers false', () => {
    for (const p of PERMISSIONS) expect((denyPermissionCheck as (...a: unknown[]) => boolean)(null, p, 'app://main', {})).toBe(false);
  });
  it('both handlers are installed on the session, with the dictionary URL and request filter', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    applySessionPolicy(session as never, { count: 0 });
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyPermissionRequest);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(denyPermissionCheck);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(UNROUTABLE_DICTIONARY_URL);
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
  });
});

describe('E08 navigation denied', () => {
  it('will-navigate and will-frame-navigate deny every URL, including app:// lookalikes', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    applyContentsPolicy(contents as never);
    for (const url of ['file:///etc/passwd', 'http://example.com', 'javascript:alert(1)', 'app://evil/index.html', 'app://main/index.html']) {
      for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
        const e = { preventDefault: vi.fn(), url };
        contents.emit(event, e, url);
        expect(e.preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
    }
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });
  it('denyNavigation always prevents', () => {
    const e = { preventDefault: vi.fn() };
    denyNavigation(e);
    expect(e.preventDefault).toHaveBeenCalledTimes(1);
  });
});

describe('E09 new windows denied', () => {
  it('the window open handler denies everything and is installed on every web contents', () => {
    for (const url of ['https://github.com', 'app://main/x', 'about:blank', 'file:///']) expect((denyWindowOpen as (d: unknown) => unknown)({ url })).toEqual({ action: 'deny' });
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    applyContentsPolicy(contents as never);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledWith(denyWindowOpen);
  });
});

describe('C1 the window makes no network requests', () => {
  it('cancels and counts everything that is not app: (or in-page data/blob), remembering only scheme and host', () => {
    const blocked: BlockedRequests = { count: 0 };
    const filter = createRequestFilter(blocked);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      filter({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://main/index.html')).toBe(false);
    expect(decide('app://main/assets/a.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('https://api.openai.com/v1/chat?q=secret')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('ws://127.0.0.1:1/bridge')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('not a url')).toBe(true);
    expect(blocked.count).toBe(5);
    expect(blocked.last).toBe('invalid url');
    decide('https://cdn.example/x?contract=text');
    expect(blocked.last).toBe('https://cdn.example');
  });
});
