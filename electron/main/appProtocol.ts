import { promises as fs } from 'node:fs';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../core/bridge/contentSecurityPolicy';
import { contentTypeFor, resolveStaticPath } from '../core/bridge/resolveStaticPath';

/** The renderer's scheme and origin: pages load only from app://main (SECURITY E01, E13). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'main';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is on our app origin. Node's WHATWG `URL` gives custom schemes an opaque origin
 * ("null"), although Chromium treats our registered standard scheme as a real one, so scheme and
 * host are compared instead of `.origin`.
 */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export { CONTENT_SECURITY_POLICY };

/** Privileges for `protocol.registerSchemesAsPrivileged` (before `app` is ready): a standard, secure origin; nothing more. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false, bypassCSP: false },
} as const;

function refuse(status: number): Response {
  return new Response(null, { status, headers: securityHeaders() });
}

/**
 * Answers one `app://` request from the renderer folder: only GET, only host `main`, only files
 * inside `rendererDir` (no `..`, encoded or not, no absolute paths, no symlink escape), with the CSP.
 */
export async function handleAppRequest(rendererDir: string, request: Pick<Request, 'url' | 'method'>): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return refuse(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
  // URL parsing already collapsed literal "..": the raw request string is checked too, so an
  // encoded or literal escape attempt is refused rather than silently re-rooted.
  const rawPath = request.url.slice(`${APP_SCHEME}://${APP_HOST}`.length).split(/[?#]/)[0] || '/';
  const raw = await resolveStaticPath(rendererDir, rawPath);
  if (!raw.ok) return refuse(raw.status);
  const resolved = await resolveStaticPath(rendererDir, url.pathname);
  if (!resolved.ok) return refuse(resolved.status);
  const body = await fs.readFile(resolved.filePath);
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(resolved.filePath) },
  });
}
