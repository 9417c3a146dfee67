import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryEvent } from '../../../shared/summary';
import { createCoreDeps } from '../../../electron/core/service/createCoreDeps';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import { connectInMemory, type ConnectedClient } from '../../../electron/core/service/inMemoryClient';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { makeKnownPdf } from '../../fixtures/makePdf';
import { makeContractDocx } from '../../fixtures/makeDocx';

// The Source panel's channel: the document itself, by id, for the client that opened it; kept
// with the history entry so a reopened summary draws its pages the same way.
let home: string;
let service: PrecisService;

beforeAll(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'precis-docfile-'));
  service = createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive' }));
});

afterAll(async () => {
  await service.shutdown();
  await shutdownParseWorker();
  rmSync(home, { recursive: true, force: true });
});

function done(client: ConnectedClient, jobId: string): Promise<SummaryEvent> {
  return new Promise((resolve) => {
    const off = client.on('summary.event', (e) => {
      if (e.jobId === jobId && (e.type === 'done' || e.type === 'failed' || e.type === 'cancelled')) {
        off();
        resolve(e);
      }
    });
  });
}

describe('documents.file', () => {
  it('gives the PDF bytes to the client that opened it, and to no other; a reopened history entry gives them again', async () => {
    const { bytes } = await makeKnownPdf();
    const data = Buffer.from(bytes).toString('base64');
    const a = connectInMemory(service);
    const facts = await a.invoke('documents.inspect', { file: { kind: 'bytes', name: 'known.pdf', data } });
    if (!facts.ok) throw new Error(facts.error.message);
    const file = await a.invoke('documents.file', { documentId: facts.value.documentId });
    expect(file).toEqual({ ok: true, value: { kind: 'pdf', data } });
    const other = connectInMemory(service);
    expect(await other.invoke('documents.file', { documentId: facts.value.documentId })).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    expect(await a.invoke('documents.file', { documentId: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });

    const ended = done(a, 'j1');
    expect(await a.invoke('summary.start', { jobId: 'j1', file: { kind: 'document', documentId: facts.value.documentId } })).toMatchObject({ ok: true });
    expect((await ended).type).toBe('done');
    const later = connectInMemory(service);
    const list = await later.invoke('history.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const entry = await later.invoke('history.get', { id: list.value[0]!.id });
    if (!entry.ok || !entry.value.documentId) throw new Error('no document with the entry');
    expect(await later.invoke('documents.file', { documentId: entry.value.documentId })).toEqual({ ok: true, value: { kind: 'pdf', data } });
    // The export does not carry the file.
    const exported = await later.invoke('export.summary', { id: list.value[0]!.id, format: 'markdown' });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(Buffer.from(exported.value.data, 'base64').toString('utf8')).not.toContain(data.slice(0, 40));
  });

  it('gives a Word document as HTML with its clause numbers written in and no image or link target', async () => {
    const bytes = await makeContractDocx();
    const a = connectInMemory(service);
    const facts = await a.invoke('documents.inspect', { file: { kind: 'bytes', name: 'contract.docx', data: Buffer.from(bytes).toString('base64') } });
    if (!facts.ok) throw new Error(facts.error.message);
    const file = await a.invoke('documents.file', { documentId: facts.value.documentId });
    if (!file.ok || file.value.kind !== 'docx') throw new Error(`expected docx, got ${JSON.stringify(file)}`);
    const doc = await a.invoke('documents.get', { documentId: facts.value.documentId });
    if (!doc.ok) throw new Error(doc.error.message);
    // Every numbered block's text appears in the HTML as the reader sees it (numbers included).
    const text = file.value.html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
    const numbered = doc.value.blocks.filter((b) => /^\d+(\.\d+)*\.?\s/.test(b.text) && b.kind !== 'table-row');
    expect(numbered.length).toBeGreaterThan(0);
    for (const b of numbered) expect(text).toContain(b.text);
    expect(file.value.html).not.toMatch(/<img|src=/i);
  });

  it('has nothing more than the blocks for a text file', async () => {
    const a = connectInMemory(service);
    const facts = await a.invoke('documents.inspect', { file: { kind: 'bytes', name: 'a.txt', data: Buffer.from('1. Term. Two years.\n').toString('base64') } });
    if (!facts.ok) throw new Error(facts.error.message);
    expect(await a.invoke('documents.file', { documentId: facts.value.documentId })).toEqual({ ok: true, value: { kind: 'none' } });
  });
});
