import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { applyLinkPolicy, createGestureGate, decideLinkOpen, GESTURE_LIFETIME_MS, isActivatingInput, type LinkContents } from '../../electron/main/linkPolicy';

const ALLOWED = 'https://github.com/precis/precis#readme';

describe('a new window or navigation needs a real user gesture', () => {
  it('counts clicks, taps and key presses (not Escape) as gestures; movement, wheel and releases are not', () => {
    for (const type of ['mouseDown', 'mouseUp', 'pointerDown', 'pointerUp', 'touchEnd', 'gestureTap']) expect(isActivatingInput({ type }), type).toBe(true);
    expect(isActivatingInput({ type: 'keyDown', keyCode: 'Enter' })).toBe(true);
    expect(isActivatingInput({ type: 'rawKeyDown', keyCode: 'Space' })).toBe(true);
    expect(isActivatingInput({ type: 'keyDown', keyCode: 'Escape' })).toBe(false);
    for (const type of ['mouseMove', 'mouseEnter', 'mouseLeave', 'mouseWheel', 'keyUp', 'char', 'contextMenu', 'gestureScrollUpdate', 'undefined']) {
      expect(isActivatingInput({ type }), type).toBe(false);
    }
  });

  it('a gesture allows one opening, within its lifetime only', () => {
    let t = 1000;
    const gate = createGestureGate(() => t);
    expect(gate.consume()).toBe(false);
    gate.note({ type: 'mouseMove' });
    expect(gate.consume()).toBe(false);
    gate.note({ type: 'mouseUp' });
    t += 50;
    expect(gate.consume()).toBe(true);
    // Used up: a second window.open from the same click is refused.
    expect(gate.consume()).toBe(false);
    gate.note({ type: 'keyDown', keyCode: 'Enter' });
    t += GESTURE_LIFETIME_MS + 1;
    expect(gate.consume()).toBe(false);
    // A clock that went backwards never makes an old gesture valid.
    gate.note({ type: 'mouseDown' });
    t -= 10_000;
    expect(gate.consume()).toBe(false);
  });

  it('decides: no gesture, a catch-all disposition or a host off the allow-list are refused; nothing ever opens inside the app', () => {
    expect(decideLinkOpen({ url: ALLOWED, disposition: 'foreground-tab' }, false)).toEqual({ refused: 'no-gesture' });
    expect(decideLinkOpen({ url: ALLOWED, disposition: 'other' }, true)).toEqual({ refused: 'other-disposition' });
    for (const url of ['https://evil.example/', 'http://github.com/', 'file:///etc/passwd', 'app://main/index.html', 'javascript:alert(1)', 'about:blank']) {
      expect(decideLinkOpen({ url, disposition: 'new-window' }, true), url).toEqual({ refused: 'not-allowed' });
    }
    expect(decideLinkOpen({ url: ALLOWED, disposition: 'foreground-tab' }, true)).toEqual({ openExternal: ALLOWED });
    expect(decideLinkOpen({ url: ALLOWED }, true)).toEqual({ openExternal: ALLOWED });
  });

  it('wired into a web contents: window.open and navigation are always denied in the app, opened outside only after a click', () => {
    let t = 0;
    const contents = new EventEmitter() as EventEmitter & { handler?: (d: { url: string; disposition: string }) => { action: 'deny' } };
    const fake = Object.assign(contents, {
      setWindowOpenHandler: (h: (d: { url: string; disposition: string }) => { action: 'deny' }) => {
        contents.handler = h;
      },
    });
    const opened: string[] = [];
    applyLinkPolicy(fake as unknown as LinkContents, (url) => opened.push(url), createGestureGate(() => t));

    // Script in the page opens a window on its own: denied, nothing opened.
    expect(contents.handler!({ url: ALLOWED, disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
    // The user clicks a link: the page's window.open opens it in the browser, once.
    contents.emit('input-event', {}, { type: 'mouseDown' });
    t += 30;
    expect(contents.handler!({ url: ALLOWED, disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(contents.handler!({ url: ALLOWED, disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    expect(opened).toEqual([ALLOWED]);
    // Navigation of the app's window itself is always prevented; with a fresh click an allowed link goes to the browser.
    const prevented: string[] = [];
    const nav = (url: string) => ({ url, preventDefault: () => prevented.push(url) });
    contents.emit('will-navigate', nav('https://evil.example/'));
    contents.emit('input-event', {}, { type: 'keyDown', keyCode: 'Enter' });
    contents.emit('will-navigate', nav(ALLOWED));
    contents.emit('will-navigate', nav(ALLOWED));
    expect(prevented).toEqual(['https://evil.example/', ALLOWED, ALLOWED]);
    expect(opened).toEqual([ALLOWED, ALLOWED]);
  });
});
