/**
 * SECURITY C6/C7 end to end: a contract carrying a random canary goes through the real service
 * (ingestion, extractive pipeline, history store, export). The canary must be in the results the
 * user asked for, and nowhere in plaintext on disk: not in the data folder, not in the OS temp
 * folder; after delete, nowhere at all.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreDeps } from '../../../electron/core/service/createCoreDeps';
import { createPrecisService } from '../../../electron/core/service/createPrecisService';
import { connectInMemory, type ConnectedClient } from '../../../electron/core/service/inMemoryClient';
import type { SummaryEvent } from '../../../shared/summary';

const CANARY = `CANARY-DOC-${randomBytes(8).toString('hex')}`;
const CONTRACT = [
  'SUPPLY AGREEMENT',
  ...Array.from(
    { length: 12 },
    (_, i) => `${i + 1}. Clause ${i + 1}. ${CANARY} Logistics Ltd shall deliver the goods listed in Schedule ${i + 1} within ten days, and the Buyer shall pay each invoice within thirty days.`,
  ),
].join('\n\n');

/** Needles a careless writer might leave: UTF-8, UTF-16 and the start of its base64. */
const NEEDLES = [Buffer.from(CANARY), Buffer.from(CANARY, 'utf16le'), Buffer.from(Buffer.from(CANARY).toString('base64').slice(0, 16))];

/**
 * Files under `root` containing the canary. With `newerThan` (a marker file), only files modified
 * after it are read: the shared temp folder holds tens of thousands of unrelated files, and find(1)
 * selects the new ones in milliseconds where stat-ing each from Node takes seconds.
 */
async function filesWithCanary(root: string, newerThan?: string): Promise<string[]> {
  const args = [root, '-xdev', '-type', 'f', '-size', '-65536k', ...(newerThan ? ['-newer', newerThan] : [])];
  const found = spawnSync('find', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const hits: string[] = [];
  for (const file of found.stdout.split('\n').filter(Boolean)) {
    const bytes = await fs.readFile(file).catch(() => undefined);
    if (bytes && NEEDLES.some((n) => bytes.includes(n))) hits.push(file);
  }
  return hits;
}

let home: string;
let client: ConnectedClient;
let marker: string;

beforeAll(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-canary-'));
  // Everything written after this file is a candidate leak.
  marker = path.join(home, 'marker');
  await fs.writeFile(marker, '');
  const past = new Date(Date.now() - 2000);
  await fs.utimes(marker, past, past);
  client = connectInMemory(createPrecisService(createCoreDeps({ home, transport: 'bridge', version: 'test', provider: 'extractive' })));
});
afterAll(async () => {
  await client?.close();
  await fs.rm(home, { recursive: true, force: true });
});

describe('canary: document text stays inside the encrypted store (SECURITY C6/C7)', () => {
  it('summarises, saves, reopens, exports and deletes without leaving the canary anywhere in plaintext', async () => {
    const events: SummaryEvent[] = [];
    const ended = new Promise<SummaryEvent>((resolve) =>
      client.on('summary.event', (e) => {
        events.push(e);
        if (e.type === 'done' || e.type === 'failed' || e.type === 'cancelled') resolve(e);
      }),
    );
    const started = await client.invoke('summary.start', {
      jobId: 'canary-job',
      file: { kind: 'bytes', name: `${CANARY} supply agreement.txt`, data: Buffer.from(CONTRACT).toString('base64') },
      options: {},
    });
    expect(started.ok).toBe(true);
    const last = await ended;
    expect(last.type).toBe('done');

    // The service saves to history after the terminal event; wait for it.
    let list = await client.invoke('history.list', {});
    for (let i = 0; i < 100 && list.ok && list.value.length === 0; i += 1) {
      await new Promise((r) => setTimeout(r, 20));
      list = await client.invoke('history.list', {});
    }
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value).toHaveLength(1);
    const id = list.value[0]?.id ?? '';
    expect(list.value[0]?.fileName).toContain(CANARY);

    // The canary really is in what was stored and what the user gets back ...
    const got = await client.invoke('history.get', { id });
    if (!got.ok) throw new Error(got.error.message);
    expect(JSON.stringify(got.value.summary)).toContain(CANARY);
    const exported = await client.invoke('export.summary', { id, format: 'markdown' });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(Buffer.from(exported.value.data, 'base64').toString()).toContain(CANARY);
    const docx = await client.invoke('export.summary', { id, format: 'docx' });
    expect(docx.ok).toBe(true);

    // ... and in no file in the clear: not in the data folder, not in the temp folder.
    expect(await filesWithCanary(home)).toEqual([]);
    expect(await filesWithCanary(os.tmpdir(), marker)).toEqual([]);
    expect((await fs.readdir(path.join(home, 'history'))).length).toBe(2);

    const deleted = await client.invoke('history.delete', { id });
    expect(deleted).toEqual({ ok: true, value: { deleted: true } });
    expect(await client.invoke('history.list', {})).toEqual({ ok: true, value: [] });
    expect(await fs.readdir(path.join(home, 'history'))).toEqual([]);
    expect(await filesWithCanary(home)).toEqual([]);
    expect(await filesWithCanary(os.tmpdir(), marker)).toEqual([]);
  });
});
