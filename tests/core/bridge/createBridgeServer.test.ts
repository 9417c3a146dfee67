import http from 'node:http';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryEvent } from '../../../shared/summary';
import { createBridgeServer, isLoopbackAddress, type BridgeServer } from '../../../electron/core/bridge/createBridgeServer';
import { connectBridge } from '../../../electron/core/bridge/connectBridge';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/bridge/contentSecurityPolicy';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import { scriptedDeps } from '../service/scriptedDeps';

let server: BridgeServer;
let service: PrecisService;
let root: string;
let outside: string;

beforeAll(async () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'precis-bridge-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Precis</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  outside = path.join(base, 'secret.txt');
  writeFileSync(outside, 'SECRET');
  symlinkSync(outside, path.join(root, 'assets', 'link.txt'));
  const home = path.join(base, 'home');
  mkdirSync(home);
  service = createPrecisService(scriptedDeps(home, { deltas: 400, gapMs: 2 }));
  server = await createBridgeServer({ service, rendererDir: root });
});
afterAll(async () => {
  await server.close();
  await service.shutdown();
});

/** A raw HTTP request so tests can set Host and paths that fetch() would normalise away. */
function raw(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: pathname, headers: { host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function upgradeStatus(url: string, origin?: string, host?: string): Promise<number> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    if (host) headers.host = host;
    const ws = new WebSocket(url, { origin, headers });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('error', () => resolve(-1));
  });
}

describe('bridge: serves the renderer on loopback with the CSP', () => {
  it('prints a loopback address with the token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves index.html and assets with the CSP and nosniff headers', async () => {
    const r = await raw('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Precis</title>');
    expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    const js = await raw('/assets/app.js');
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('refuses traversal in every spelling and symlinks that leave the folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '/assets/link.txt', '/%00index.html']) {
      const r = await raw(p);
      expect(r.status, p).toBeGreaterThanOrEqual(400);
      expect(r.body).not.toContain('SECRET');
    }
  });

  it('refuses a foreign Host header (DNS rebinding) and methods other than GET/HEAD', async () => {
    expect((await raw('/', { host: 'evil.example:80' })).status).toBe(403);
    const post = await new Promise<number>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, path: '/', method: 'POST' }, (res) => resolve(res.statusCode ?? 0));
      req.end();
    });
    expect(post).toBe(405);
  });

  it('listens on 127.0.0.1 only', async () => {
    const addrs = Object.values(os.networkInterfaces()).flat().filter((a) => a && !a.internal && a.family === 'IPv4');
    for (const a of addrs) {
      const connected = await new Promise<boolean>((resolve) => {
        const s = net.connect({ host: a!.address, port: server.port }, () => {
          s.destroy();
          resolve(true);
        });
        s.on('error', () => resolve(false));
      });
      expect(connected, a!.address).toBe(false);
    }
    expect(isLoopbackAddress('127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isLoopbackAddress('::1')).toBe(true);
    expect(isLoopbackAddress('192.168.1.2')).toBe(false);
    expect(isLoopbackAddress('::ffff:10.0.0.1')).toBe(false);
    expect(isLoopbackAddress(undefined)).toBe(false);
  });
});

describe('bridge: WebSocket admission', () => {
  it('refuses a missing or wrong token, a foreign origin, a foreign host, and other paths', async () => {
    const base = `ws://127.0.0.1:${server.port}`;
    const own = `http://127.0.0.1:${server.port}`;
    expect(await upgradeStatus(`${base}/bridge`, own)).toBe(401);
    expect(await upgradeStatus(`${base}/bridge?token=wrong`, own)).toBe(401);
    expect(await upgradeStatus(`${base}/bridge?token=${server.token}`, 'http://evil.example')).toBe(403);
    expect(await upgradeStatus(`${base}/bridge?token=${server.token}`, undefined)).toBe(403);
    expect(await upgradeStatus(`${base}/bridge?token=${server.token}`, own, 'evil.example')).toBe(403);
    expect(await upgradeStatus(`${base}/other?token=${server.token}`, own)).toBe(404);
    expect(await upgradeStatus(`${base}/bridge?token=${server.token}`, own)).toBe(101);
  });

  it('answers a malformed message with INVALID_REQUEST or drops the socket', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/bridge?token=${server.issueToken()}`, { origin: `http://127.0.0.1:${server.port}` });
    // The first message admits the socket and hands over the token for its next connection.
    expect(await new Promise<unknown>((r) => ws.once('message', (d) => r(JSON.parse(d.toString()))))).toMatchObject({ type: 'session', token: expect.any(String) });
    const reply = new Promise<unknown>((r) => ws.once('message', (d) => r(JSON.parse(d.toString()))));
    ws.send(JSON.stringify({ type: 'invoke', id: 7, channel: 'summary.start', request: { jobId: 1 } }));
    expect(await reply).toMatchObject({ type: 'result', id: 7, result: { ok: false, error: { code: 'INVALID_REQUEST' } } });
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send('not json');
    expect(await closed).toBe(1008);
  });
});

describe('bridge: the contract over the socket', () => {
  it('two clients never see each other’s events; closing one cancels its job', async () => {
    const a = await connectBridge({ port: server.port, token: server.issueToken() });
    const b = await connectBridge({ port: server.port, token: server.issueToken() });
    const ea: SummaryEvent[] = [];
    const eb: SummaryEvent[] = [];
    a.on('summary.event', (e) => ea.push(e));
    b.on('summary.event', (e) => eb.push(e));
    const data = Buffer.from('1. Term. Two years.\n\n2. Fees. Net 30.').toString('base64');
    expect(await a.invoke('summary.start', { jobId: 'same', file: { kind: 'bytes', name: 'a.txt', data } })).toEqual({ ok: true, value: { jobId: 'same' } });
    expect(await b.invoke('summary.start', { jobId: 'same', file: { kind: 'bytes', name: 'b.txt', data } })).toEqual({ ok: true, value: { jobId: 'same' } });
    await new Promise((r) => setTimeout(r, 100));
    expect(service.activeJobs()).toBe(2);
    await a.close();
    await expect.poll(() => service.activeJobs()).toBe(1);
    await b.invoke('summary.cancel', { jobId: 'same' });
    await expect.poll(() => eb.at(-1)?.type).toBe('cancelled');
    expect(ea.length).toBeGreaterThan(0);
    expect(ea.every((e) => e.type !== 'done' && e.type !== 'cancelled')).toBe(true);
    // b's deltas carry only b's text, numbered without gaps.
    expect(eb.map((e) => e.seq)).toEqual(eb.map((_, i) => i));
    await b.close();
  });
});
