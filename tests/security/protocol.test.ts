import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../electron/core/bridge/resolveStaticPath';
import { handleAppRequest } from '../../electron/main/appProtocol';

let root: string;
let outsideDir: string;
beforeAll(() => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'precis-proto-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'export {}');
  writeFileSync(path.join(root, 'assets', 'a b.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  outsideDir = path.join(base, 'outside');
  mkdirSync(outsideDir);
  writeFileSync(path.join(outsideDir, 'x.js'), 'SECRET');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  symlinkSync(outsideDir, path.join(root, 'dirlink'));
  symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'inside-link.js'));
});

const get = (url: string) => handleAppRequest(root, { url, method: 'GET' });

describe('E13 app:// resolves only inside the renderer folder', () => {
  it('serves the page and assets with their types', async () => {
    const index = await get('app://main/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>ok</title>');
    const js = await get('app://main/assets/app.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('app://main/assets/a%20b.css')).status).toBe(200);
    expect((await get('app://main/inside-link.js')).status).toBe(200);
    expect((await get('app://main/index.html?x=1#y')).status).toBe(200);
  });

  it('refuses .., encoded .., encoded slashes and backslashes, NUL, absolute paths', async () => {
    for (const url of [
      'app://main/../secret.txt',
      'app://main/%2e%2e/secret.txt',
      'app://main/%2E%2E/secret.txt',
      'app://main/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://main/assets/..%2f..%2fsecret.txt',
      'app://main/assets/..%5c..%5csecret.txt',
      'app://main/%00index.html',
      'app://main//etc/passwd',
      'app://main/C:%5cWindows%5cwin.ini',
      'app://main/%',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(await res.text()).not.toContain('SECRET');
    }
  });

  it('refuses symlinks that lead outside, to a file or through a folder', async () => {
    expect((await get('app://main/assets/link.txt')).status).toBe(403);
    expect((await get('app://main/dirlink/x.js')).status).toBe(403);
  });

  it('refuses other hosts, other schemes and other methods', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('file:///etc/passwd')).status).toBe(404);
    expect((await handleAppRequest(root, { url: 'app://main/index.html', method: 'POST' })).status).toBe(405);
  });

  it('the resolver refuses escapes whatever the caller passes', async () => {
    expect(await resolveStaticPath(root, '/../secret.txt')).toEqual({ ok: false, status: 403 });
    expect(await resolveStaticPath(root, '/a/%2e%2e/%2e%2e/secret.txt')).toEqual({ ok: false, status: 403 });
    expect(await resolveStaticPath(root, 'relative')).toEqual({ ok: false, status: 400 });
    expect(await resolveStaticPath(root, '/missing.js')).toEqual({ ok: false, status: 404 });
    expect(await resolveStaticPath(root, '/assets')).toEqual({ ok: false, status: 404 });
  });
});
