/**
 * A settings file mended on load is written back at once; when that write fails, the store keeps
 * running on the mended settings, says so once, and does not retry on every read. The write is made
 * to fail here (a real read-only folder does not stop root).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrecisFailure } from '../../../electron/core/errors';
import type { NoticeCode } from '../../../shared/notices';
import type * as AtomicWrite from '../../../electron/core/storage/atomicWrite';

const failing = vi.hoisted(() => ({ code: undefined as 'DISK_FULL' | 'STORAGE_FAILED' | undefined, calls: 0 }));
vi.mock('../../../electron/core/storage/atomicWrite', async (importOriginal) => {
  const real = await importOriginal<typeof AtomicWrite>();
  return {
    ...real,
    atomicWrite: async (...args: Parameters<typeof real.atomicWrite>) => {
      failing.calls += 1;
      if (failing.code) throw new PrecisFailure(failing.code, 'Could not save settings.json: refused by the test.');
      return real.atomicWrite(...args);
    },
  };
});

const { createSettingsStore, SETTINGS_FILE } = await import('../../../electron/core/storage/settingsStore');

let home: string;
let told: { message: string; code: NoticeCode }[];
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-settings-wb-'));
  told = [];
  failing.code = undefined;
  failing.calls = 0;
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

const SAVED = JSON.stringify({ mode: 'cloud', local: {}, cloud: { baseUrl: 'https://llm.quillfeather.example/v1?key=sk-INVENTED-4', model: 'quill-7b' } });

describe('settings mended on load, when they cannot be written back', () => {
  it('keeps using the mended settings, says why and what to do once, and leaves the file for a later save', async () => {
    await fs.writeFile(path.join(home, SETTINGS_FILE), SAVED);
    failing.code = 'DISK_FULL';
    const store = createSettingsStore(home, { onWarning: (message, code) => told.push({ message, code }) });
    expect(await store.get()).toMatchObject({ mode: 'local', cloud: { baseUrl: 'https://llm.quillfeather.example/v1' } });
    expect(await store.get()).toMatchObject({ mode: 'local' });
    expect(told.map((t) => t.code)).toEqual(['CLOUD_ADDRESS_CHANGED', 'SETTINGS_NOT_SAVED']);
    expect(told[1]!.message).toMatch(/the disk is full.*Free some space, then save any setting/);
    for (const t of told) expect(t.message).not.toMatch(/sk-INVENTED|settings\.json|precis-settings-wb/);
    // One try per file: a second read of the same file does not write again.
    expect(failing.calls).toBe(1);
    expect(await fs.readFile(path.join(home, SETTINGS_FILE), 'utf8')).toBe(SAVED);
    // Once writing works again, saving a setting stores the mended settings with it.
    failing.code = undefined;
    await store.set({ summaryLength: 'brief' });
    const text = await fs.readFile(path.join(home, SETTINGS_FILE), 'utf8');
    expect(text).not.toContain('sk-INVENTED');
    expect(JSON.parse(text)).toMatchObject({ mode: 'local', summaryLength: 'brief', cloud: { baseUrl: 'https://llm.quillfeather.example/v1', model: 'quill-7b' } });
  });

  it('names a folder that cannot be written as the reason for other failures', async () => {
    await fs.writeFile(path.join(home, SETTINGS_FILE), SAVED);
    failing.code = 'STORAGE_FAILED';
    const store = createSettingsStore(home, { onWarning: (message, code) => told.push({ message, code }) });
    await store.get();
    expect(told.at(-1)).toMatchObject({ code: 'SETTINGS_NOT_SAVED', message: expect.stringMatching(/Check that the data folder can be written/) });
  });
});
