import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileKeyProvider, createHistoryStore, HISTORY_DIR } from '../../../electron/core/storage/historyStore';
import { newDataKey, seal, unseal, unwrapKey, wrapKey } from '../../../electron/core/storage/envelope';
import type { SummaryResult } from '../../../shared/summary';
import type { KeyProvider } from '../../../electron/core/storage/keyProvider';
import { summaryFixture } from '../jobs/summaryFixture';

let home: string;
let warnings: string[];
let keys: KeyProvider;
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-history-'));
  warnings = [];
  keys = createFileKeyProvider(home);
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

/** A summary of the document named by `canary`: distinct documents have distinct SHA-256s. */
function docSummary(canary: string, overrides: Partial<SummaryResult> = {}): SummaryResult {
  const base = summaryFixture(canary, overrides);
  return { ...base, document: { ...base.document, sha256: createHash('sha256').update(canary).digest('hex') } };
}

const open = (provider: KeyProvider = keys) => createHistoryStore(home, provider, { onWarning: (m) => warnings.push(m) });
const historyDir = () => path.join(home, HISTORY_DIR);

/** Every file under `root` whose bytes contain the canary in any of the encodings a careless writer might use. */
async function filesContaining(root: string, canary: string): Promise<string[]> {
  const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le'), Buffer.from(Buffer.from(canary).toString('base64').slice(0, 12))];
  const hits: string[] = [];
  for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const bytes = await fs.readFile(full);
    if (needles.some((n) => bytes.includes(n))) hits.push(full);
  }
  return hits;
}

describe('historyStore', () => {
  it('saves, lists newest first, and reopens a summary exactly as it was', async () => {
    const store = open();
    const older = await store.save(docSummary('CANARY-DOC-a', { createdAt: '2026-11-01T09:00:00.000Z' }));
    const newer = await store.save(docSummary('CANARY-DOC-b', { createdAt: '2026-11-02T09:00:00.000Z', model: 'other.gguf' }));
    expect(older).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fileName: 'CANARY-DOC-a supply agreement.pdf',
      sha256: createHash('sha256').update('CANARY-DOC-a').digest('hex'),
      pageCount: 7,
      kind: 'pdf',
      provider: 'local',
      model: 'tiny-test-model.gguf',
      createdAt: '2026-11-01T09:00:00.000Z',
    });
    // A new store instance (an app restart) sees the same history.
    const reopened = open();
    expect((await reopened.list()).map((e) => e.id)).toEqual([newer.id, older.id]);
    const got = await reopened.get(older.id);
    expect(got).toEqual({ ...older, summary: docSummary('CANARY-DOC-a', { createdAt: '2026-11-01T09:00:00.000Z' }) });
    expect(warnings).toEqual([]);
  });

  it('keeps every summary of the same document as a version of one entry, newest first, each one opening', async () => {
    const store = open();
    const v1 = await store.save(docSummary('CANARY-DOC-same', { createdAt: '2026-11-01T09:00:00.000Z', provider: 'extractive', providerKind: 'extractive', model: 'extractive' }));
    const other = await store.save(docSummary('CANARY-DOC-other', { createdAt: '2026-11-02T09:00:00.000Z' }));
    const v2 = await store.save(docSummary('CANARY-DOC-same', { createdAt: '2026-11-03T09:00:00.000Z' }));
    const v3 = await store.save(docSummary('CANARY-DOC-same', { createdAt: '2026-11-04T09:00:00.000Z', provider: 'openai', providerKind: 'cloud', model: 'gpt-x' }));
    const list = await open().list();
    expect(list.map((e) => e.id)).toEqual([v3.id, other.id]);
    expect(list[0]).toMatchObject({ fileName: 'CANARY-DOC-same supply agreement.pdf', provider: 'openai', model: 'gpt-x', createdAt: '2026-11-04T09:00:00.000Z' });
    expect(list[0]!.versions).toEqual([
      { id: v3.id, provider: 'openai', model: 'gpt-x', createdAt: '2026-11-04T09:00:00.000Z' },
      { id: v2.id, provider: 'local', model: 'tiny-test-model.gguf', createdAt: '2026-11-03T09:00:00.000Z' },
      { id: v1.id, provider: 'extractive', model: 'extractive', createdAt: '2026-11-01T09:00:00.000Z' },
    ]);
    expect(list[1]!.versions?.map((v) => v.id)).toEqual([other.id]);
    for (const v of [v1, v2, v3]) expect((await store.get(v.id)).createdAt).toBe(v.createdAt);
    expect((await store.get(v1.id)).summary.provider).toBe('extractive');
  });

  it('deleting an entry (by any of its versions) deletes every version for good and nothing else', async () => {
    const store = open();
    const versions = [];
    for (const day of ['01', '02', '03']) versions.push(await store.save(docSummary('CANARY-DOC-gone', { createdAt: `2026-11-${day}T09:00:00.000Z` })));
    const kept = await store.save(docSummary('CANARY-DOC-kept'));
    expect(await store.delete(versions[1]!.id)).toBe(true);
    expect((await store.list()).map((e) => e.id)).toEqual([kept.id]);
    for (const v of versions) await expect(store.get(v.id)).rejects.toMatchObject({ code: 'JOB_NOT_FOUND' });
    expect((await fs.readdir(historyDir())).sort()).toEqual([`${kept.id}.data`, `${kept.id}.meta`].sort());
    expect(await store.delete(versions[0]!.id)).toBe(false);
    expect((await store.get(kept.id)).summary.markdown).toContain('CANARY-DOC-kept');
  });

  it('keeps the length each summary was written at with its version; one saved without a length lists and opens without one', async () => {
    const store = open();
    const unrecorded = await store.save(docSummary('CANARY-DOC-len', { createdAt: '2026-11-01T09:00:00.000Z' }));
    const brief = await store.save(docSummary('CANARY-DOC-len', { createdAt: '2026-11-02T09:00:00.000Z', length: 'brief' }));
    const detailed = await store.save(docSummary('CANARY-DOC-len', { createdAt: '2026-11-03T09:00:00.000Z', length: 'detailed' }));
    expect(detailed.length).toBe('detailed');
    expect(unrecorded).not.toHaveProperty('length');
    const [entry] = await open().list();
    expect(entry).toMatchObject({ id: detailed.id, length: 'detailed' });
    expect(entry!.versions).toEqual([
      { id: detailed.id, provider: 'local', model: 'tiny-test-model.gguf', length: 'detailed', createdAt: '2026-11-03T09:00:00.000Z' },
      { id: brief.id, provider: 'local', model: 'tiny-test-model.gguf', length: 'brief', createdAt: '2026-11-02T09:00:00.000Z' },
      { id: unrecorded.id, provider: 'local', model: 'tiny-test-model.gguf', createdAt: '2026-11-01T09:00:00.000Z' },
    ]);
    expect((await store.get(brief.id)).summary.length).toBe('brief');
    const old = await store.get(unrecorded.id);
    expect(old).not.toHaveProperty('length');
    expect(old.summary).not.toHaveProperty('length');
    expect(old.summary.markdown).toContain('CANARY-DOC-len');
  });

  it("keeps the server a cloud summary was written by with its version, and none for one saved without it", async () => {
    const store = open();
    const cloud = { provider: 'openai', providerKind: 'cloud' as const, model: 'gpt-x' };
    const unrecorded = await store.save(docSummary('CANARY-DOC-srv', { ...cloud, createdAt: '2026-11-01T09:00:00.000Z' }));
    const served = await store.save(docSummary('CANARY-DOC-srv', { ...cloud, server: 'https://llm.quayside.example', createdAt: '2026-11-02T09:00:00.000Z' }));
    expect(served.server).toBe('https://llm.quayside.example');
    const [entry] = await open().list();
    expect(entry).toMatchObject({ id: served.id, server: 'https://llm.quayside.example' });
    expect(entry!.versions).toEqual([
      { id: served.id, provider: 'openai', model: 'gpt-x', server: 'https://llm.quayside.example', createdAt: '2026-11-02T09:00:00.000Z' },
      { id: unrecorded.id, provider: 'openai', model: 'gpt-x', createdAt: '2026-11-01T09:00:00.000Z' },
    ]);
  });

  it('reads files written before versions existed (one entry per run) as versions of one entry, losing none', async () => {
    // Written the way the store wrote them then, by hand: wrapped data key plus sealed listing fields.
    const dir = historyDir();
    await fs.mkdir(dir, { recursive: true });
    const master = await keys.getMasterKey();
    const ids: string[] = [];
    for (const day of ['01', '02']) {
      const summary = docSummary('CANARY-DOC-legacy', { createdAt: `2026-10-${day}T09:00:00.000Z` });
      const id = randomUUID();
      const entry = { id, fileName: summary.document.fileName, sha256: summary.document.sha256, pageCount: 7, provider: 'local', model: 'm.gguf', createdAt: summary.createdAt };
      const dataKey = newDataKey();
      await fs.writeFile(path.join(dir, `${id}.data`), seal(dataKey, Buffer.from(JSON.stringify(summary)), `summary:${id}`));
      const meta = { v: 1, id, key: wrapKey(master, dataKey, id).toString('base64'), meta: seal(dataKey, Buffer.from(JSON.stringify(entry)), `meta:${id}`).toString('base64') };
      await fs.writeFile(path.join(dir, `${id}.meta`), JSON.stringify(meta));
      ids.push(id);
    }
    const store = open();
    const list = await store.list();
    expect(list).toHaveLength(1);
    expect(list[0]!.versions?.map((v) => v.id)).toEqual([ids[1], ids[0]]);
    for (const id of ids) expect((await store.get(id)).summary.markdown).toContain('CANARY-DOC-legacy');
    // A new summary of the same document joins them.
    const v3 = await store.save(docSummary('CANARY-DOC-legacy', { createdAt: '2026-11-05T09:00:00.000Z' }));
    expect((await store.list())[0]!.versions?.map((v) => v.id)).toEqual([v3.id, ids[1], ids[0]]);
    expect(warnings).toEqual([]);
  });

  it('keeps document text and file names out of every file in the data folder (SECURITY C6)', async () => {
    const canary = `CANARY-DOC-${randomBytes(6).toString('hex')}`;
    const store = open();
    const entry = await store.save(summaryFixture(canary));
    expect(await filesContaining(home, canary)).toEqual([]);
    // The listing's file names contain no hint of the document either.
    for (const name of await fs.readdir(historyDir())) expect(name).toMatch(/^[0-9a-f-]{36}\.(meta|data)$/);
    expect((await store.get(entry.id)).summary.markdown).toContain(canary);
    for (const name of await fs.readdir(historyDir())) expect((await fs.stat(path.join(historyDir(), name))).mode & 0o777).toBe(0o600);
  });

  it('deletes for good: the files go, and copies of the old ciphertext cannot be decrypted with anything left (SECURITY C7)', async () => {
    const store = open();
    const victim = await store.save(docSummary('CANARY-DOC-victim'));
    const survivor = await store.save(docSummary('CANARY-DOC-survivor'));
    // What an SSD or a snapshot might keep after the delete.
    const oldData = await fs.readFile(path.join(historyDir(), `${victim.id}.data`));
    const oldMeta = JSON.parse(await fs.readFile(path.join(historyDir(), `${victim.id}.meta`), 'utf8')) as { meta: string };

    expect(await store.delete(victim.id)).toBe(true);
    expect(await store.delete(victim.id)).toBe(false);
    await expect(store.get(victim.id)).rejects.toMatchObject({ code: 'JOB_NOT_FOUND' });
    expect((await store.list()).map((e) => e.id)).toEqual([survivor.id]);
    expect(await filesContaining(home, 'CANARY-DOC-victim')).toEqual([]);
    expect((await fs.readdir(historyDir())).filter((n) => n.startsWith(victim.id))).toEqual([]);

    // Every key that still exists: the master key and every remaining entry's data key.
    const master = await keys.getMasterKey();
    const candidates = [master];
    for (const name of await fs.readdir(historyDir())) {
      if (!name.endsWith('.meta')) continue;
      const id = name.slice(0, -5);
      const file = JSON.parse(await fs.readFile(path.join(historyDir(), name), 'utf8')) as { key: string };
      candidates.push(unwrapKey(master, Buffer.from(file.key, 'base64'), id));
    }
    expect(candidates).toHaveLength(2);
    for (const key of candidates) {
      for (const aad of [`summary:${victim.id}`, `summary:${survivor.id}`]) {
        expect(() => unseal(key, oldData, aad)).toThrow(expect.objectContaining({ code: 'STORAGE_FAILED' }));
      }
      expect(() => unseal(key, Buffer.from(oldMeta.meta, 'base64'), `meta:${victim.id}`)).toThrow(expect.objectContaining({ code: 'STORAGE_FAILED' }));
    }
    // The survivor is untouched.
    expect((await store.get(survivor.id)).summary.markdown).toContain('CANARY-DOC-survivor');
  });

  it('hides entries sealed under another master key (keychain reset) with a warning, and refuses to open them', async () => {
    const entry = await open().save(summaryFixture('CANARY-DOC-x'));
    const otherKey = randomBytes(32);
    const other = open({ getMasterKey: () => Promise.resolve(otherKey) });
    expect(await other.list()).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/1 saved summary could not be read/)]);
    await expect(other.get(entry.id)).rejects.toMatchObject({ code: 'STORAGE_FAILED' });
  });

  it('detects tampering and swapped files', async () => {
    const store = open();
    const a = await store.save(docSummary('CANARY-DOC-a'));
    const b = await store.save(docSummary('CANARY-DOC-b'));
    const aData = path.join(historyDir(), `${a.id}.data`);
    const bData = path.join(historyDir(), `${b.id}.data`);
    await fs.copyFile(aData, bData);
    await expect(store.get(b.id)).rejects.toMatchObject({ code: 'STORAGE_FAILED' });
    const bytes = await fs.readFile(aData);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0x40;
    await fs.writeFile(aData, bytes);
    await expect(store.get(a.id)).rejects.toMatchObject({ code: 'STORAGE_FAILED', message: expect.stringMatching(/decrypted|damaged/) });
    await fs.writeFile(path.join(historyDir(), `${a.id}.meta`), '{not json');
    expect((await open().list()).map((e) => e.id)).toEqual([b.id]);
  });

  it('treats ids that are not its own as not found, so no path outside the folder is ever touched', async () => {
    const store = open();
    await fs.writeFile(path.join(home, 'outside.meta'), 'x');
    for (const id of ['../outside', '..', 'outside', 'a/b', '']) {
      await expect(store.get(id)).rejects.toMatchObject({ code: 'JOB_NOT_FOUND' });
      expect(await store.delete(id)).toBe(false);
    }
    expect(await fs.readFile(path.join(home, 'outside.meta'), 'utf8')).toBe('x');
  });

  it('has an empty history before anything is saved and does not create the key until it must', async () => {
    expect(await open().list()).toEqual([]);
    await expect(fs.access(path.join(home, 'keys'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('sweeps orphaned ciphertext left by a save that crashed before committing', async () => {
    const store = open();
    const kept = await store.save(summaryFixture('CANARY-DOC-kept'));
    const orphan = path.join(historyDir(), '00000000-0000-4000-8000-000000000000.data');
    await fs.writeFile(orphan, randomBytes(100));
    const old = new Date(Date.now() - 3_600_000);
    await fs.utimes(orphan, old, old);
    expect((await open().list()).map((e) => e.id)).toEqual([kept.id]);
    await expect(fs.access(orphan)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lists again without reading a file it has read, and shows a save or a delete at once, also one made by another process', async () => {
    const store = open();
    const a = await store.save(docSummary('CANARY-DOC-a', { createdAt: '2026-11-01T09:00:00.000Z' }));
    const b = await store.save(docSummary('CANARY-DOC-b', { createdAt: '2026-11-02T09:00:00.000Z' }));
    const reads = vi.spyOn(fs, 'readFile');
    const metaReads = () => reads.mock.calls.filter(([file]) => String(file).endsWith('.meta')).length;
    try {
      expect((await store.list()).map((e) => e.id)).toEqual([b.id, a.id]);
      expect((await store.list()).map((e) => e.id)).toEqual([b.id, a.id]);
      expect(metaReads()).toBe(0);

      // This store's own save and delete: listed at once, nothing read.
      const c = await store.save(docSummary('CANARY-DOC-a', { createdAt: '2026-11-03T09:00:00.000Z', model: 'other.gguf' }));
      expect((await store.list()).map((e) => [e.id, e.versions?.map((v) => v.id)])).toEqual([
        [c.id, [c.id, a.id]],
        [b.id, [b.id]],
      ]);
      expect(await store.deleteVersion(c.id)).toBe(true);
      expect((await store.list()).map((e) => e.id)).toEqual([b.id, a.id]);
      expect(metaReads()).toBe(0);

      // Another process (another store on the same folder) saves one and deletes one: seen at the next listing,
      // reading only the new file.
      const other = open();
      const d = await other.save(docSummary('CANARY-DOC-d', { createdAt: '2026-11-04T09:00:00.000Z' }));
      expect(await other.delete(b.id)).toBe(true);
      const before = metaReads();
      expect((await store.list()).map((e) => e.id)).toEqual([d.id, a.id]);
      expect(metaReads() - before).toBe(1);
      expect((await store.listVersions()).map((e) => e.id)).toEqual([d.id, a.id]);
      expect(metaReads() - before).toBe(1);
    } finally {
      reads.mockRestore();
    }
  });

  it('reads again a .meta file another tool changed on disk since it was listed, and only that one', async () => {
    const store = open();
    const a = await store.save(docSummary('CANARY-DOC-a', { createdAt: '2026-11-01T09:00:00.000Z' }));
    const b = await store.save(docSummary('CANARY-DOC-b', { createdAt: '2026-11-02T09:00:00.000Z' }));
    const before = (await store.list()).find((e) => e.id === a.id)!.fileName;

    // A restored backup puts another listing under a's name: the same id, sealed under the same key.
    const metaFile = path.join(historyDir(), `${a.id}.meta`);
    const file = JSON.parse(await fs.readFile(metaFile, 'utf8')) as { v: 1; id: string; key: string; meta: string };
    const masterKey = await keys.getMasterKey();
    const dataKey = unwrapKey(masterKey, Buffer.from(file.key, 'base64'), a.id);
    const entry = JSON.parse(unseal(dataKey, Buffer.from(file.meta, 'base64'), `meta:${a.id}`).toString('utf8')) as { fileName: string };
    const restored = { ...file, meta: seal(dataKey, Buffer.from(JSON.stringify({ ...entry, fileName: 'Restored lease.pdf' }), 'utf8'), `meta:${a.id}`).toString('base64') };
    await fs.writeFile(metaFile, JSON.stringify(restored));

    const reads = vi.spyOn(fs, 'readFile');
    const metaReads = () => reads.mock.calls.filter(([f]) => String(f).endsWith('.meta')).map(([f]) => path.basename(String(f)));
    try {
      const listed = await store.list();
      expect(listed.find((e) => e.id === a.id)?.fileName).toBe('Restored lease.pdf');
      expect(before).not.toBe('Restored lease.pdf');
      expect(metaReads()).toEqual([`${a.id}.meta`]);
      // Unchanged since: not read again.
      await store.list();
      expect(metaReads()).toEqual([`${a.id}.meta`]);
      // Damaged by another tool: hidden with the warning, as at a first reading.
      await fs.writeFile(metaFile, '{not json');
      expect((await store.list()).map((e) => e.id)).toEqual([b.id]);
      expect(warnings.some((w) => /could not be read/.test(w))).toBe(true);
    } finally {
      reads.mockRestore();
    }
  });

  it('honours an aborted signal before doing any work', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(open().save(summaryFixture('CANARY-DOC-y'), { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(fs.access(historyDir())).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
