import type { Session, WebContents } from 'electron';
import { APP_SCHEME } from './appProtocol';

/** Every permission request is refused (SECURITY E05): the app needs none. */
export function denyPermissionRequest(_wc: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** Every permission check answers no (SECURITY E05): Electron grants checks by default. */
export function denyPermissionCheck(): boolean {
  return false;
}

/** New windows are never opened (SECURITY E09); links go through safeOpenExternal after a click. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Navigation away from the loaded page is always refused (SECURITY E08), whatever the URL. */
export function denyNavigation(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/**
 * Whether a request from the window may proceed: only the app's own scheme (and in-page data/blob
 * URLs). This holds in cloud mode too: cloud calls are made by main (Node), never by the window.
 */
export function isRequestAllowed(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === `${APP_SCHEME}:` || u.protocol === 'devtools:' || u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return false;
}

/** Counts what the request filter cancelled: shown in diagnostics and asserted by privacy tests. */
export interface BlockedRequests {
  count: number;
  last?: string;
}

/**
 * A `webRequest.onBeforeRequest` listener cancelling every request that is not `app:` (SECURITY C1,
 * E01), in local and cloud mode alike. Only the scheme and host of a refused URL are remembered: a query could carry text.
 */
export function createRequestFilter(blocked: BlockedRequests) {
  return (details: { url: string }, callback: (response: { cancel: boolean }) => void): void => {
    const allowed = isRequestAllowed(details.url);
    if (!allowed) {
      blocked.count++;
      try {
        const u = new URL(details.url);
        blocked.last = `${u.protocol}//${u.host}`;
      } catch {
        blocked.last = 'invalid url';
      }
    }
    callback({ cancel: !allowed });
  };
}

/** The spellchecker must never fetch dictionaries (SECURITY E16, electron#22995): point it at an unroutable address. */
export const UNROUTABLE_DICTIONARY_URL = 'https://0.0.0.0/';

/** Applies the policy to the window's session. */
export function applySessionPolicy(session: Session, blocked: BlockedRequests): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setSpellCheckerDictionaryDownloadURL(UNROUTABLE_DICTIONARY_URL);
  session.webRequest.onBeforeRequest(createRequestFilter(blocked));
}

/** Applies the navigation rules to every web contents the app creates (`app.on('web-contents-created')`). */
export function applyContentsPolicy(contents: WebContents): void {
  contents.on('will-navigate', denyNavigation);
  contents.on('will-frame-navigate', denyNavigation);
  contents.on('will-redirect', denyNavigation);
  contents.on('will-attach-webview', denyNavigation);
  contents.setWindowOpenHandler(denyWindowOpen);
}
