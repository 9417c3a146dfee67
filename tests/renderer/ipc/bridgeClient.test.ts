import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrecisErrorShape } from '../../../shared/errors';
import type { PrecisApi } from '../../../shared/ipc/contract';
import type { SummaryEvent } from '../../../shared/summary';
import { createBridgeServer, type BridgeServer } from '../../../electron/core/bridge/createBridgeServer';
import { createCoreDeps } from '../../../electron/core/service/createCoreDeps';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import { addressWithToken, bridgeUrl, createBridgeApi, type SocketLike } from '../../../renderer/src/ipc/bridgeClient';
import { corpusFile } from '../../helpers/kit';

// The window's bridge client against the real bridge server and the real service (extractive engine,
// real ingestion and stores), as `precis serve` runs them.
let base: string;
let server: BridgeServer;
let service: PrecisService;

beforeAll(async () => {
  base = mkdtempSync(path.join(os.tmpdir(), 'precis-bridge-client-'));
  const rendererDir = path.join(base, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Precis</title>');
  const home = path.join(base, 'home');
  mkdirSync(home);
  service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: '0.0.0-test', provider: 'extractive' }));
  server = await createBridgeServer({ service, rendererDir });
});

afterAll(async () => {
  await server?.close();
  await service?.shutdown();
  if (base) rmSync(base, { recursive: true, force: true });
});

/** Opens the window's bridge client at `address` (a fresh single-use address by default). */
function connect(address = `${new URL(server.url).origin}/#token=${server.issueToken()}`): {
  api: PrecisApi;
  socket: WebSocket;
  states: boolean[];
  sessions: string[];
  refusals: PrecisErrorShape[];
} {
  const u = new URL(address);
  const url = bridgeUrl({ host: u.host, hash: u.hash, protocol: u.protocol });
  expect(url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/bridge\?token=/);
  const socket = new WebSocket(url!, { origin: u.origin });
  const states: boolean[] = [];
  const sessions: string[] = [];
  const refusals: PrecisErrorShape[] = [];
  const api = createBridgeApi(socket as unknown as SocketLike, (c) => states.push(c), { onSession: (t) => sessions.push(t), onRefused: (e) => refusals.push(e) });
  return { api, socket, states, sessions, refusals };
}

const closedSocket = (socket: WebSocket) => new Promise<void>((resolve) => (socket.readyState === WebSocket.CLOSED ? resolve() : socket.once('close', () => resolve())));

describe('bridge client', () => {
  it('reads the token from the address hash', () => {
    expect(bridgeUrl({ host: '127.0.0.1:5', hash: '#token=a%2Bb', protocol: 'http:' })).toBe('ws://127.0.0.1:5/bridge?token=a%2Bb');
    expect(bridgeUrl({ host: '127.0.0.1:5', hash: '', protocol: 'http:' })).toBeNull();
  });

  it('invokes before the socket opens, receives pushed events, and summarizes a real contract', async () => {
    const { api, socket, states } = connect();
    const settings = await api.invoke('settings.get', {});
    expect(settings.ok && settings.value.mode).toBe('local');
    expect(states).toEqual([true]);

    const bytes = readFileSync(corpusFile('Example-Mutual-Non-Disclosure-Agreement.pdf')).toString('base64');
    const facts = await api.invoke('documents.inspect', { file: { kind: 'bytes', name: 'nda.pdf', data: bytes } });
    expect(facts.ok).toBe(true);
    if (!facts.ok) return;
    expect(facts.value.pageCount).toBe(2);

    const events: SummaryEvent[] = [];
    const done = new Promise<void>((resolve) =>
      api.on('summary.event', (e) => {
        events.push(e);
        if (e.type === 'done' || e.type === 'failed' || e.type === 'cancelled') resolve();
      }),
    );
    const started = await api.invoke('summary.start', { jobId: 'job-bridge-1', file: { kind: 'document', documentId: facts.value.documentId } });
    expect(started.ok).toBe(true);
    await done;
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(events.at(-1)?.type).toBe('done');

    const bad = await api.invoke('history.get', { id: 'no-such-entry' });
    expect(bad.ok).toBe(false);
    socket.close();
  });

  it('resolves pending and later invokes with an error once the connection is gone (never rejects)', async () => {
    const { api, socket, states } = connect();
    await api.invoke('app.info', {});
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.close();
    await closed;
    const after = await api.invoke('app.info', {});
    expect(after.ok).toBe(false);
    expect(!after.ok && after.error.message).toMatch(/connection to Precis was lost/);
    expect(states).toEqual([true, false]);
  });

  it('the printed address opens one window; a reload reconnects with the token the page kept; the old address is refused with its code', async () => {
    const first = connect(server.url);
    expect((await first.api.invoke('app.info', {})).ok).toBe(true);
    expect(first.sessions).toHaveLength(1);
    // The page keeps the next token in its own address, in place of the used one.
    const kept = addressWithToken(server.url, first.sessions[0]!);
    expect(kept).toMatch(/#token=/);
    expect(kept).not.toContain(server.token);

    // The printed address again (a second tab): refused, with a code and a message the window shows.
    const second = connect(server.url);
    const refused = await second.api.invoke('app.info', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'BRIDGE_TOKEN_USED' } });
    expect(second.refusals).toEqual([expect.objectContaining({ code: 'BRIDGE_TOKEN_USED', message: expect.stringMatching(/restart `precis serve`/) })]);
    await closedSocket(second.socket);

    // Reload: the first socket closes and the kept address connects.
    first.socket.close();
    await closedSocket(first.socket);
    const reloaded = connect(kept);
    expect((await reloaded.api.invoke('app.info', {})).ok).toBe(true);
    expect(reloaded.sessions).toHaveLength(1);
    reloaded.socket.close();
    await closedSocket(reloaded.socket);
  });
});
