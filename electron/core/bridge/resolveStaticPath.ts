import { promises as fs } from 'node:fs';
import path from 'node:path';

export type StaticResolution = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

/** Content type by extension; unknown types are served as opaque bytes (with nosniff, never executed). */
export function contentTypeFor(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path (as it appears in the request, still percent-encoded) to a file inside `rootDir`,
 * for the `app://` protocol and the bridge alike (a crafted URL must not read files outside the built window). Refuses `..` in any spelling
 * (decoded once: `%2e%2e`, `%2f`, backslashes), NUL, and anything whose real path (after
 * symlinks) is outside the root. `/` serves index.html.
 */
export async function resolveStaticPath(rootDir: string, urlPath: string): Promise<StaticResolution> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { ok: false, status: 400 };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 403 };
  // A drive letter or UNC form smuggled in as a segment ("C:") would make path.join leave the root on Windows.
  if (segments.some((s) => s.includes(':'))) return { ok: false, status: 403 };
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');

  let realRoot: string;
  try {
    realRoot = await fs.realpath(rootDir);
  } catch {
    return { ok: false, status: 404 };
  }
  const candidate = path.join(realRoot, relative);
  if (!isInside(realRoot, candidate)) return { ok: false, status: 403 };
  let real: string;
  try {
    real = await fs.realpath(candidate);
  } catch {
    return { ok: false, status: 404 };
  }
  if (!isInside(realRoot, real)) return { ok: false, status: 403 };
  const stat = await fs.stat(real).catch(() => undefined);
  if (!stat?.isFile()) return { ok: false, status: 404 };
  return { ok: true, filePath: real };
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
