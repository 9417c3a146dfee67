import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushEvents } from '../../../shared/ipc/contract';
import type { SummaryEvent } from '../../../shared/summary';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import { createFileHandles } from '../../../electron/core/service/fileHandles';
import { connectInMemory } from '../../../electron/core/service/inMemoryClient';
import { scriptedDeps } from './scriptedDeps';

const CONTRACT = 'AGREEMENT\n\n1. Term. This agreement lasts two years.\n\n2. Payment. Fees are due in 30 days.\n';
const b64 = (s: string) => Buffer.from(s).toString('base64');

let home: string;
let deps: ReturnType<typeof scriptedDeps>;
let service: PrecisService;
beforeEach(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'precis-svc-'));
  deps = scriptedDeps(home, { deltas: 200, gapMs: 2 });
  service = createPrecisService(deps);
});
afterEach(() => service.shutdown());

function eventsOf(client: ReturnType<typeof connectInMemory>) {
  const events: SummaryEvent[] = [];
  const waiters: (() => void)[] = [];
  client.on('summary.event', (e: PushEvents['summary.event']) => {
    events.push(e);
    if (e.type === 'done' || e.type === 'failed' || e.type === 'cancelled') waiters.splice(0).forEach((w) => w());
  });
  const ended = (jobId: string) =>
    new Promise<void>((resolve) => {
      const check = () => (events.some((e) => e.jobId === jobId && ['done', 'failed', 'cancelled'].includes(e.type)) ? resolve() : waiters.push(check));
      check();
    });
  return { events, ended };
}

describe('E12 service validation: every payload is checked, nothing throws', () => {
  it('refuses unknown channels and malformed payloads with INVALID_REQUEST', async () => {
    expect(await service.invoke('a', 'shell.exec', {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await service.invoke('a', '__proto__', {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await service.invoke('a', 'summary.start', { jobId: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await service.invoke('a', 'summary.start', { jobId: '../etc', file: { kind: 'bytes', name: 'x.txt', data: b64('x') } })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await service.invoke('a', 'settings.set', { patch: { mode: 'cloud' }, apiKey: 'sk-x' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await service.invoke('a', 'documents.inspect', 'not an object')).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('re-checks files main opened by handle: missing, relative, folder, FIFO, binary junk', async () => {
    const handles = createFileHandles();
    const withHandles = createPrecisService({ ...deps, fileHandles: handles });
    try {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-files-'));
      const fifo = path.join(dir, 'pipe');
      execFileSync('mkfifo', [fifo]);
      const junk = path.join(dir, 'junk.pdf');
      writeFileSync(junk, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));
      mkdirSync(path.join(dir, 'folder.pdf'));
      await expect(handles.register('a', path.join(dir, 'missing.pdf'))).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
      await expect(handles.register('a', 'relative.pdf')).rejects.toMatchObject({ code: 'FILE_INVALID' });
      await expect(handles.register('a', path.join(dir, 'folder.pdf'))).rejects.toMatchObject({ code: 'FILE_INVALID' });
      await expect(handles.register('a', fifo)).rejects.toMatchObject({ code: 'FILE_INVALID' });
      const { handle } = await handles.register('a', junk);
      expect(await withHandles.invoke('a', 'documents.inspect', { file: { kind: 'handle', handle } })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_TYPE' } });
      expect(deps.extracted).toBe(0);
    } finally {
      await withHandles.shutdown();
    }
  });

  it('treats bytes exactly like a file from disk and keeps only the base name', async () => {
    const r = await service.invoke('a', 'documents.inspect', { file: { kind: 'bytes', name: 'C:\\Users\\x\\nda.txt', data: b64(CONTRACT) } });
    expect(r.ok && r.value).toMatchObject({ fileName: 'nda.txt', kind: 'text', pageCount: 1, neverSend: false });
    expect(await service.invoke('a', 'documents.inspect', { file: { kind: 'bytes', name: 'x.pdf', data: '!!!' } })).toMatchObject({
      ok: false,
      error: { code: 'FILE_INVALID' },
    });
  });
});

describe('service: documents and jobs belong to their client', () => {
  it('inspect then start extracts once; another client cannot use the document', async () => {
    const a = connectInMemory(service, 'a');
    const b = connectInMemory(service, 'b');
    const facts = await a.invoke('documents.inspect', { file: { kind: 'bytes', name: 'nda.txt', data: b64(CONTRACT) } });
    if (!facts.ok) throw new Error(facts.error.message);
    expect(await b.invoke('documents.get', { documentId: facts.value.documentId })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(await b.invoke('summary.start', { jobId: 'j', file: { kind: 'document', documentId: facts.value.documentId } })).toMatchObject({ ok: false });
    const ea = eventsOf(a);
    const eb = eventsOf(b);
    expect(await a.invoke('summary.start', { jobId: 'j', file: { kind: 'document', documentId: facts.value.documentId }, options: {} })).toEqual({ ok: true, value: { jobId: 'j' } });
    await ea.ended('j');
    expect(deps.extracted).toBe(1);
    expect(ea.events.at(-1)?.type).toBe('done');
    expect(ea.events.map((e) => e.seq)).toEqual(ea.events.map((_, i) => i));
    expect(eb.events).toEqual([]);
    // The finished summary went to the (real, encrypted) history.
    const list = await a.invoke('history.list', {});
    expect(list.ok && list.value).toHaveLength(1);
  });

  it('the same bytes dropped again are the document already open (same id, no second read); another file with the same name is not', async () => {
    const a = connectInMemory(service, 'a');
    const b = connectInMemory(service, 'b');
    const inspect = async (client: typeof a, name: string, text: string) => {
      const r = await client.invoke('documents.inspect', { file: { kind: 'bytes', name, data: b64(text) } });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const first = await inspect(a, 'nda.txt', CONTRACT);
    const again = await inspect(a, 'nda.txt', CONTRACT);
    const copy = await inspect(a, 'nda (copy).txt', CONTRACT);
    expect(again.documentId).toBe(first.documentId);
    expect(copy.documentId).toBe(first.documentId);
    expect(deps.extracted).toBe(1);
    const other = await inspect(a, 'nda.txt', `${CONTRACT}\n3. Notices. In writing.\n`);
    expect(other.documentId).not.toBe(first.documentId);
    expect(other.sha256).not.toBe(first.sha256);
    expect(deps.extracted).toBe(2);
    // Another client reads its own copy: documents are never shared between clients.
    const theirs = await inspect(b, 'nda.txt', CONTRACT);
    expect(theirs.documentId).not.toBe(first.documentId);
    expect(deps.extracted).toBe(3);
  });

  it('closing a client cancels its job and nothing more reaches it', async () => {
    const a = connectInMemory(service, 'a');
    const ea = eventsOf(a);
    await a.invoke('summary.start', { jobId: 'long', file: { kind: 'bytes', name: 'nda.txt', data: b64(CONTRACT) } });
    await new Promise((r) => setTimeout(r, 60));
    expect(service.activeJobs()).toBe(1);
    await a.close();
    expect(service.activeJobs()).toBe(0);
    expect(ea.events.some((e) => e.type === 'done')).toBe(false);
  });

  it('cancelling a document being read stops the read itself, not only the window', async () => {
    let reading!: () => void;
    const started = new Promise<void>((r) => (reading = r));
    let parseSawAbort = false;
    deps.extract = (_bytes, o) =>
      new Promise((_resolve, reject) => {
        reading();
        o.signal?.addEventListener('abort', () => {
          parseSawAbort = true;
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
        });
      });
    const inspecting = service.invoke('a', 'documents.inspect', { file: { kind: 'bytes', name: 'c.txt', data: b64(CONTRACT) }, readId: 'doc-1' });
    await started;
    expect(await service.invoke('b', 'documents.cancelRead', { readId: 'doc-1' })).toEqual({ ok: true, value: { cancelled: false } });
    expect(await service.invoke('a', 'documents.cancelRead', { readId: 'doc-1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await inspecting).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(parseSawAbort).toBe(true);
    expect(await service.invoke('a', 'documents.cancelRead', { readId: 'doc-1' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('cancel is idempotent and may arrive before start', async () => {
    const a = connectInMemory(service, 'a');
    const ea = eventsOf(a);
    expect(await a.invoke('summary.cancel', { jobId: 'k' })).toEqual({ ok: true, value: { cancelled: false } });
    await a.invoke('summary.start', { jobId: 'k', file: { kind: 'bytes', name: 'nda.txt', data: b64(CONTRACT) } });
    await ea.ended('k');
    expect(ea.events.map((e) => e.type)).toEqual(['cancelled']);
  });

  it('settings round-trip through the real store and never expose a key', async () => {
    const r = await service.invoke('a', 'settings.set', { patch: { summaryLength: 'brief', local: { threads: 2 } } });
    expect(r).toMatchObject({ ok: true, value: { summaryLength: 'brief', local: { threads: 2 }, apiKey: { set: false } } });
    const again = await service.invoke('b', 'settings.get', {});
    expect(again).toMatchObject({ ok: true, value: { summaryLength: 'brief' } });
  });

  it('app.info says which transport carries the contract', async () => {
    expect(await service.invoke('a', 'app.info', {})).toMatchObject({ ok: true, value: { transport: 'bridge', version: '0.0.0-test', platform: process.platform } });
  });
});
