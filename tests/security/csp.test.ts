import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseCsp } from '../../electron/core/bridge/contentSecurityPolicy';
import { handleAppRequest } from '../../electron/main/appProtocol';
import { REPO_ROOT } from '../helpers/kit';

const REQUIRED: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function assertPolicy(policy: string): void {
  const d = parseCsp(policy);
  for (const [name, sources] of Object.entries(REQUIRED)) expect(d.get(name), name).toEqual(sources);
  for (const [name, sources] of d) {
    for (const bad of ["'unsafe-eval'", "'unsafe-inline'", "'wasm-unsafe-eval'", '*', 'http:', 'https:']) {
      expect(sources, `${name} must not allow ${bad}`).not.toContain(bad);
    }
  }
}

describe('E07 Content-Security-Policy', () => {
  it('the policy the app sends is exactly the required one', () => assertPolicy(CONTENT_SECURITY_POLICY));

  it('the app:// protocol response carries it as a header', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-csp-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
    const res = await handleAppRequest(dir, { url: 'app://main/index.html', method: 'GET' });
    expect(res.status).toBe(200);
    assertPolicy(res.headers.get('content-security-policy') ?? '');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the page’s own meta CSP (renderer/index.html and the built page) matches', () => {
    const pages = [path.join(REPO_ROOT, 'renderer', 'index.html')];
    const built = path.join(REPO_ROOT, 'dist', 'renderer', 'index.html');
    try {
      readFileSync(built);
      pages.push(built);
    } catch {
      // Not built in this checkout: the source page is still checked.
    }
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i);
      expect(meta, page).not.toBeNull();
      assertPolicy(meta![1]!);
      // No inline script for 'self' to be bypassed with.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    }
  });

  it('rejects a weakened policy (the check can fail)', () => {
    expect(() => assertPolicy(CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"))).toThrow();
    expect(() => assertPolicy(CONTENT_SECURITY_POLICY.replace("connect-src 'self'", 'connect-src *'))).toThrow();
  });

  it('serves nothing for a folder without index.html', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-csp-'));
    mkdirSync(path.join(dir, 'index.html'));
    const res = await handleAppRequest(dir, { url: 'app://main/', method: 'GET' });
    expect(res.status).toBe(404);
  });
});
