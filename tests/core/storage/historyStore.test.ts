import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileKeyProvider, createHistoryStore, HISTORY_DIR } from '../../../electron/core/storage/historyStore';
import { unseal, unwrapKey } from '../../../electron/core/storage/envelope';
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
    const older = await store.save(summaryFixture('CANARY-DOC-a', { createdAt: '2026-11-01T09:00:00.000Z' }));
    const newer = await store.save(summaryFixture('CANARY-DOC-b', { createdAt: '2026-11-02T09:00:00.000Z', model: 'other.gguf' }));
    expect(older).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fileName: 'CANARY-DOC-a supply agreement.pdf',
      sha256: 'a'.repeat(64),
      pageCount: 7,
      provider: 'local',
      model: 'tiny-test-model.gguf',
      createdAt: '2026-11-01T09:00:00.000Z',
    });
    // A new store instance (an app restart) sees the same history.
    const reopened = open();
    expect((await reopened.list()).map((e) => e.id)).toEqual([newer.id, older.id]);
    const got = await reopened.get(older.id);
    expect(got).toEqual({ ...older, summary: summaryFixture('CANARY-DOC-a', { createdAt: '2026-11-01T09:00:00.000Z' }) });
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
    const victim = await store.save(summaryFixture('CANARY-DOC-victim'));
    const survivor = await store.save(summaryFixture('CANARY-DOC-survivor'));
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
    const a = await store.save(summaryFixture('CANARY-DOC-a'));
    const b = await store.save(summaryFixture('CANARY-DOC-b'));
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

  it('honours an aborted signal before doing any work', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(open().save(summaryFixture('CANARY-DOC-y'), { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(fs.access(historyDir())).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
