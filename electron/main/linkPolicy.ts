/**
 * New windows and navigations from the window happen only right after a real user gesture, and
 * then only as an allow-listed https page opened in the user's browser; everything else is denied.
 *
 * The gesture is what main itself saw arrive from the operating system (`input-event` on the
 * window's web contents): script inside the page cannot fake it, unlike `event.isTrusted` or a
 * message from the page. One gesture allows one opening (as a browser consumes a click's
 * activation for one popup), and it expires quickly, so a page cannot keep a click in reserve.
 */
import { isAllowedExternalUrl } from './safeOpenExternal';

/** How long after a click or key press an opening still counts as caused by it. */
export const GESTURE_LIFETIME_MS = 2000;

/** The fields of Electron's InputEvent that matter here (keyboard events also carry keyCode). */
export interface SeenInput {
  type: string;
  keyCode?: string;
}

/**
 * True for input that activates a link or button: a mouse button, a tap, or a key press other
 * than Escape. Movement, wheel, hover and key releases do not count.
 */
export function isActivatingInput(input: SeenInput): boolean {
  switch (input.type) {
    case 'mouseDown':
    case 'mouseUp':
    case 'pointerDown':
    case 'pointerUp':
    case 'touchEnd':
    case 'gestureTap':
      return true;
    case 'keyDown':
    case 'rawKeyDown':
      return input.keyCode !== 'Escape' && input.keyCode !== 'Esc';
    default:
      return false;
  }
}

/** Remembers the last activating input and hands it out once. */
export interface GestureGate {
  /** Call for every input main sees arrive for the window. */
  note(input: SeenInput): void;
  /** True (once) when an activating input came within the lifetime; every call uses it up. */
  consume(): boolean;
}

export function createGestureGate(now: () => number = Date.now, lifetimeMs = GESTURE_LIFETIME_MS): GestureGate {
  let lastAt: number | undefined;
  return {
    note(input) {
      if (isActivatingInput(input)) lastAt = now();
    },
    consume() {
      const at = lastAt;
      lastAt = undefined;
      if (at === undefined) return false;
      const age = now() - at;
      return age >= 0 && age <= lifetimeMs;
    },
  };
}

/** What to do with a request to open a window or navigate: never inside the app; maybe in the browser. */
export interface LinkDecision {
  /** Set when the address is opened in the user's browser. */
  openExternal?: string;
  /** Why nothing was opened (for the log and tests). */
  refused?: 'no-gesture' | 'not-allowed' | 'other-disposition';
}

/**
 * Decides a `window.open` / `target=_blank` request (`disposition` from Electron) or a navigation
 * of the window (`disposition` undefined). `gesture` is {@link GestureGate.consume}'s answer.
 * The app's own window is never replaced and no second app window is ever created.
 */
export function decideLinkOpen(request: { url: string; disposition?: string }, gesture: boolean): LinkDecision {
  // 'other' is Chromium's catch-all (not a link, form or window.open it recognises): never opened.
  if (request.disposition === 'other') return { refused: 'other-disposition' };
  if (!gesture) return { refused: 'no-gesture' };
  if (!isAllowedExternalUrl(request.url)) return { refused: 'not-allowed' };
  return { openExternal: request.url };
}

/** The parts of Electron's WebContents the policy is wired to (typed loosely so tests can fake them). */
export interface LinkContents {
  on(event: 'input-event', listener: (event: unknown, input: SeenInput) => void): unknown;
  on(event: 'will-navigate', listener: (event: { url: string; preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string; disposition: string }) => { action: 'deny' }): void;
}

/**
 * Wires the policy into the window: gestures from `input-event`, decisions in the window-open
 * handler and on `will-navigate` (which is always prevented; the session policy prevents it too).
 */
export function applyLinkPolicy(contents: LinkContents, openExternal: (url: string) => void, gate: GestureGate = createGestureGate()): GestureGate {
  contents.on('input-event', (_event, input) => gate.note(input));
  contents.setWindowOpenHandler((details) => {
    const decision = decideLinkOpen(details, gate.consume());
    if (decision.openExternal) openExternal(decision.openExternal);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    const decision = decideLinkOpen({ url: event.url }, gate.consume());
    if (decision.openExternal) openExternal(decision.openExternal);
  });
  return gate;
}
