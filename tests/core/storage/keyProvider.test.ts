import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileKeyProvider, MASTER_KEY_FILE } from '../../../electron/core/storage/keyProvider';

let home: string;
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-key-'));
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

describe('createFileKeyProvider', () => {
  it('creates a random 32-byte key in a private file and returns the same key afterwards', async () => {
    const key = await createFileKeyProvider(home).getMasterKey();
    expect(key.byteLength).toBe(32);
    const file = path.join(home, MASTER_KEY_FILE);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    expect((await fs.stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    expect((await createFileKeyProvider(home).getMasterKey()).equals(key)).toBe(true);
    expect(await fs.readdir(path.dirname(file))).toEqual(['master.key']);
  });

  it('agrees on one key when many providers start at once', async () => {
    const keys = await Promise.all(Array.from({ length: 8 }, () => createFileKeyProvider(home).getMasterKey()));
    expect(new Set(keys.map((k) => k.toString('hex'))).size).toBe(1);
  });

  it('refuses a damaged key file instead of silently replacing it (which would orphan the history)', async () => {
    await fs.mkdir(path.join(home, 'keys'), { recursive: true });
    await fs.writeFile(path.join(home, MASTER_KEY_FILE), 'short');
    await expect(createFileKeyProvider(home).getMasterKey()).rejects.toMatchObject({ code: 'STORAGE_FAILED' });
    expect(await fs.readFile(path.join(home, MASTER_KEY_FILE), 'utf8')).toBe('short');
  });
});
