import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBridge } from '../../../electron/core/bridge/connectBridge';
import { createBridgeServer, type BridgeServer } from '../../../electron/core/bridge/createBridgeServer';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import { scriptedDeps } from '../service/scriptedDeps';

// The bridge over a real socket: each token opens one connection, and at most `maxConnections`
// are open at once; refusals arrive with their stable code.
let base: string;
let server: BridgeServer;
let service: PrecisService;

beforeAll(async () => {
  base = mkdtempSync(path.join(os.tmpdir(), 'precis-bridge-tokens-'));
  const root = path.join(base, 'renderer');
  mkdirSync(root);
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  mkdirSync(path.join(base, 'home'));
  service = createPrecisService(scriptedDeps(path.join(base, 'home')));
  server = await createBridgeServer({ service, rendererDir: root, maxConnections: 2 });
});
afterAll(async () => {
  await server.close();
  await service.shutdown();
  rmSync(base, { recursive: true, force: true });
});

/** What a raw socket presenting `token` receives: its first message and its close code and reason. */
function rawAttempt(token: string): Promise<{ first: unknown; code: number; reason: string }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/bridge?token=${token}`, { origin: `http://127.0.0.1:${server.port}` });
    let first: unknown;
    ws.once('message', (d) => (first = JSON.parse(d.toString())));
    ws.once('close', (code, reason) => resolve({ first, code, reason: reason.toString() }));
  });
}

describe('bridge tokens over the socket', () => {
  it('the printed token opens one connection; a second with the same token is refused with BRIDGE_TOKEN_USED', async () => {
    const client = await connectBridge({ port: server.port, token: server.token });
    expect((await client.invoke('app.info', {})).ok).toBe(true);
    await expect(connectBridge({ port: server.port, token: server.token })).rejects.toMatchObject({ code: 'BRIDGE_TOKEN_USED' });
    const raw = await rawAttempt(server.token);
    expect(raw).toEqual({ first: { type: 'refused', error: expect.objectContaining({ code: 'BRIDGE_TOKEN_USED' }) }, code: 4409, reason: 'BRIDGE_TOKEN_USED' });
    // The admitted client is unaffected.
    expect((await client.invoke('app.info', {})).ok).toBe(true);
    expect(server.connections()).toBe(1);

    // Its reconnect token replaces it (a reload); the replaced socket is closed by the server.
    const reloaded = await connectBridge({ port: server.port, token: client.nextToken });
    expect((await reloaded.invoke('app.info', {})).ok).toBe(true);
    expect((await client.invoke('app.info', {})).ok).toBe(false);
    await expect.poll(() => server.connections()).toBe(1);
    await reloaded.close();
    await expect.poll(() => server.connections()).toBe(0);
  });

  it('refuses a connection over the limit with BRIDGE_BUSY, keeps the others, and admits it once one closed', async () => {
    const a = await connectBridge({ port: server.port, token: server.issueToken() });
    const b = await connectBridge({ port: server.port, token: server.issueToken() });
    const third = server.issueToken();
    await expect(connectBridge({ port: server.port, token: third })).rejects.toMatchObject({ code: 'BRIDGE_BUSY', message: expect.stringMatching(/Close one of them/) });
    expect(server.connections()).toBe(2);
    expect((await a.invoke('app.info', {})).ok).toBe(true);
    await b.close();
    await expect.poll(() => server.connections()).toBe(1);
    // The refused attempt used up nothing: the same token now opens.
    const c = await connectBridge({ port: server.port, token: third });
    expect((await c.invoke('app.info', {})).ok).toBe(true);
    await a.close();
    await c.close();
  });
});
