import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBridge } from '../../electron/core/bridge/connectBridge';
import { createBridgeServer, type BridgeServer } from '../../electron/core/bridge/createBridgeServer';
import { createPrecisService, type PrecisService } from '../../electron/core/service/createPrecisService';
import { createFileHandles, documentsInFolder } from '../../electron/core/service/fileHandles';
import { connectInMemory } from '../../electron/core/service/inMemoryClient';
import { chosenPaths, createRegisterFilesHandler, openDialogOptions } from '../../electron/main/fileAccess';
import { clientIdFor, createInvokeHandler, type SenderEvent } from '../../electron/main/ipc';
import { scriptedDeps } from '../core/service/scriptedDeps';

// A client of the API (a compromised window, or any page that reached the bridge) names a file the
// user never chose. Each transport must refuse it before a byte is read.
const base = mkdtempSync(path.join(os.tmpdir(), 'precis-paths-'));
const secret = path.join(base, 'id_ed25519');
writeFileSync(secret, 'PRIVATE-KEY-CANARY-1f2e3d', { mode: 0o600 });
const pathRefs = [
  { jobId: 'j1', file: { kind: 'path', path: secret } },
  { jobId: 'j2', file: { kind: 'path', path: '/etc/shadow' } },
];

let service: PrecisService;
let deps: ReturnType<typeof scriptedDeps>;
const handles = createFileHandles();
let picked: string[] = [];

beforeAll(() => {
  const home = path.join(base, 'home');
  mkdirSync(home);
  deps = scriptedDeps(home);
  // `pickFiles` stands in for Electron's native dialog (the user's choice); everything after it is real.
  service = createPrecisService({ ...deps, fileHandles: handles, pickFiles: async () => picked });
});
afterAll(() => service.shutdown());

describe('a client never names a file by path', () => {
  it('in-memory client (as the window uses the service): PATH_REFUSED, nothing read', async () => {
    const client = connectInMemory(service, 'window-1');
    for (const ref of pathRefs) {
      for (const channel of ['documents.inspect', 'summary.start'] as const) {
        const r = await client.invoke(channel, (channel === 'summary.start' ? ref : { file: ref.file }) as never);
        expect(r).toMatchObject({ ok: false, error: { code: 'PATH_REFUSED' } });
        expect(JSON.stringify(r)).not.toContain('CANARY');
      }
    }
    expect(deps.extracted).toBe(0);
    await client.close();
  });

  it('WebSocket bridge: PATH_REFUSED; handles and the desktop dialog do not exist there', async () => {
    const bridgeService = createPrecisService(scriptedDeps(mkdtempSync(path.join(base, 'bhome-'))));
    const root = mkdtempSync(path.join(base, 'renderer-'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    const server: BridgeServer = await createBridgeServer({ service: bridgeService, rendererDir: root });
    try {
      const client = await connectBridge({ port: server.port, token: server.token });
      for (const ref of pathRefs) {
        expect(await client.invoke('documents.inspect', { file: ref.file } as never)).toMatchObject({ ok: false, error: { code: 'PATH_REFUSED' } });
        expect(await client.invoke('summary.start', ref as never)).toMatchObject({ ok: false, error: { code: 'PATH_REFUSED' } });
      }
      expect(await client.invoke('documents.open', {})).toMatchObject({ ok: false, error: { code: 'NOT_AVAILABLE' } });
      const forged = { kind: 'handle', handle: `fh-${'A'.repeat(32)}` } as const;
      expect(await client.invoke('documents.inspect', { file: forged })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
      // Bytes are what the bridge takes.
      const bytes = { kind: 'bytes', name: 'nda.txt', data: Buffer.from('1. Term. Two years.').toString('base64') } as const;
      expect(await client.invoke('documents.inspect', { file: bytes })).toMatchObject({ ok: true });
      await client.close();
    } finally {
      await server.close();
      await bridgeService.shutdown();
    }
  });

  it('Electron IPC (the invoke handler main registers): PATH_REFUSED even from our trusted window', async () => {
    const trusted = new Set([3]);
    const handler = createInvokeHandler(service, trusted);
    const ev = { sender: { id: 3 }, senderFrame: { url: 'app://main/index.html', parent: null } } as unknown as SenderEvent;
    for (const ref of pathRefs) {
      expect(await handler(ev, 'documents.inspect', { file: ref.file })).toMatchObject({ ok: false, error: { code: 'PATH_REFUSED' } });
      expect(await handler(ev, 'summary.start', ref)).toMatchObject({ ok: false, error: { code: 'PATH_REFUSED' } });
    }
  });
});

describe('Electron: files main chose, by opaque handle', () => {
  const trusted = new Set([3, 4]);
  const register = createRegisterFilesHandler(handles, trusted);
  const ev = (id: number, url = 'app://main/index.html') => ({ sender: { id }, senderFrame: { url, parent: null } }) as unknown as SenderEvent;
  const doc = path.join(base, 'nda.txt');
  writeFileSync(doc, '1. Term. Two years.\n\n2. Fees. Net 30.');

  it('a dropped file registered by the preload opens for that window only, by a handle that is not its path', async () => {
    const r = await register(ev(3), [doc, '', path.join(base, 'missing.pdf'), base]);
    if (!r.ok) throw new Error(r.error.message);
    const [opened, noPath, missing, folder] = r.value;
    expect(opened).toMatchObject({ name: 'nda.txt', size: 37 });
    expect(opened!.handle).toMatch(/^fh-[A-Za-z0-9_-]{32}$/);
    expect(JSON.stringify(r.value)).not.toContain(base);
    expect([noPath, missing, folder]).toEqual([null, null, null]);

    const mine = connectInMemory(service, clientIdFor(3));
    const other = connectInMemory(service, clientIdFor(4));
    const file = { kind: 'handle', handle: opened!.handle } as const;
    expect(await mine.invoke('documents.inspect', { file })).toMatchObject({ ok: true, value: { fileName: 'nda.txt' } });
    expect(await other.invoke('documents.inspect', { file })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    // A reloaded or closed window's handles die with it.
    await mine.close();
    const again = connectInMemory(service, clientIdFor(3));
    expect(await again.invoke('documents.inspect', { file })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    await again.close();
    await other.close();
  });

  it('the drop channel refuses foreign senders and malformed payloads', async () => {
    expect(await register(ev(9), [doc])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await register(ev(3, 'https://evil.example/'), [doc])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await register(ev(3), doc)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await register(ev(3), [42])).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await register(ev(3), ['relative.txt'])).toEqual({ ok: true, value: [null] });
  });

  it('documents.open: main’s dialog picks files or a folder (walked without hidden entries or links)', async () => {
    const dir = mkdtempSync(path.join(base, 'folder-'));
    mkdirSync(path.join(dir, 'sub'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'b.pdf'), '%PDF-1.4');
    writeFileSync(path.join(dir, 'a.txt'), 'Term.');
    writeFileSync(path.join(dir, 'notes.exe'), 'MZ');
    writeFileSync(path.join(dir, 'sub', 'c.docx'), 'PK');
    writeFileSync(path.join(dir, '.git', 'd.txt'), 'x');
    symlinkSync(secret, path.join(dir, 'e.txt'));
    expect(await documentsInFolder(dir)).toEqual([path.join(dir, 'a.txt'), path.join(dir, 'b.pdf'), path.join(dir, 'sub', 'c.docx')]);

    const client = connectInMemory(service, clientIdFor(5));
    picked = [dir];
    const r = await client.invoke('documents.open', { folder: true });
    expect(r.ok && r.value.map((f) => f.name)).toEqual(['a.txt', 'b.pdf', 'c.docx']);
    expect(JSON.stringify(r)).not.toContain(dir);
    picked = [];
    expect(await client.invoke('documents.open', {})).toEqual({ ok: true, value: [] });
    picked = [doc];
    const one = await client.invoke('documents.open', {});
    if (!one.ok) throw new Error(one.error.message);
    expect(await client.invoke('documents.inspect', { file: { kind: 'handle', handle: one.value[0]!.handle } })).toMatchObject({ ok: true });
    await client.close();
  });

  it('dialog options: documents only, or one folder; a cancelled dialog gives nothing', () => {
    expect(openDialogOptions(false).properties).toEqual(['openFile', 'multiSelections', 'dontAddToRecent']);
    expect(openDialogOptions(false).filters?.[0]?.extensions).toEqual(['pdf', 'docx', 'txt', 'md', 'markdown']);
    expect(openDialogOptions(true).properties).toEqual(['openDirectory', 'dontAddToRecent']);
    expect(chosenPaths({ canceled: true, filePaths: ['/x'] })).toEqual([]);
    expect(chosenPaths({ canceled: false, filePaths: ['/x', ''] })).toEqual(['/x']);
  });
});
