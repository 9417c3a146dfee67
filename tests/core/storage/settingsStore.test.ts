import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore, SETTINGS_FILE } from '../../../electron/core/storage/settingsStore';
import type { NoticeCode } from '../../../shared/notices';
import { DEFAULT_SETTINGS, type SettingsPatch } from '../../../shared/settings';

let home: string;
let warnings: string[];
let codes: NoticeCode[];
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-settings-'));
  warnings = [];
  codes = [];
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

const store = () =>
  createSettingsStore(home, {
    onWarning: (m, code) => {
      warnings.push(m);
      codes.push(code);
    },
  });
const file = () => path.join(home, SETTINGS_FILE);

describe('settingsStore', () => {
  it('starts with the defaults and writes nothing until a setting changes', async () => {
    expect(await store().get()).toEqual(DEFAULT_SETTINGS);
    await expect(fs.access(file())).rejects.toMatchObject({ code: 'ENOENT' });
    expect(warnings).toEqual([]);
  });

  it('merges nested patches and persists them across restarts (a new store on the same folder)', async () => {
    const s = store();
    await s.set({ mode: 'cloud', cloud: { baseUrl: 'http://127.0.0.1:11434/v1' } });
    const after = await s.set({ local: { threads: 2 }, summaryLength: 'detailed', ocr: 'force' });
    expect(after).toEqual({
      mode: 'cloud',
      local: { modelId: '', threads: 2 },
      cloud: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'gpt-4o-mini', redact: true },
      summaryLength: 'detailed',
      ocr: 'force',
    });
    expect(await store().get()).toEqual(after);
    expect((await fs.stat(file())).mode & 0o777).toBe(0o600);
  });

  it('keeps every patch when many arrive at once', async () => {
    const s = store();
    await Promise.all([s.set({ mode: 'cloud' }), s.set({ local: { threads: 3 } }), s.set({ cloud: { model: 'm' } }), s.set({ summaryLength: 'brief' })]);
    expect(await store().get()).toMatchObject({ mode: 'cloud', local: { threads: 3 }, cloud: { model: 'm' }, summaryLength: 'brief' });
  });

  it('rejects an invalid patch with INVALID_REQUEST and keeps the saved settings', async () => {
    const s = store();
    await s.set({ local: { threads: 4 } });
    await expect(s.set({ local: { threads: 0 } })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    await expect(s.set({ cloud: { baseUrl: 'not a url' } })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect((await s.get()).local.threads).toBe(4);
  });

  it('never writes an API key, even when one is smuggled into a patch', async () => {
    const s = store();
    const smuggled = { cloud: { model: 'x', apiKey: 'sk-SECRET-123' }, apiKey: 'sk-SECRET-456' } as unknown as SettingsPatch;
    const result = await s.set(smuggled);
    expect(JSON.stringify(result)).not.toContain('sk-SECRET');
    expect(await fs.readFile(file(), 'utf8')).not.toContain('sk-SECRET');
  });

  it('falls back to the defaults with a warning when the file is corrupt, and a later set repairs it', async () => {
    await fs.writeFile(file(), '{"mode": "cloud", "local": {');
    expect(await store().get()).toEqual(DEFAULT_SETTINGS);
    expect(warnings.join(' ')).toMatch(/damaged/);
    expect(codes).toEqual(['SETTINGS_DAMAGED']);
    // Not JSON at all: the file is left as it is for the user (nothing in it could be mended) until a setting is saved.
    expect(await fs.readFile(file(), 'utf8')).toBe('{"mode": "cloud", "local": {');
    await store().set({ summaryLength: 'brief' });
    expect(JSON.parse(await fs.readFile(file(), 'utf8'))).toMatchObject({ summaryLength: 'brief', mode: 'local' });
  });

  it('keeps the valid sections of a partly invalid file and names the ones it reset', async () => {
    await fs.writeFile(file(), JSON.stringify({ mode: 'cloud', local: { threads: -1 }, cloud: { model: 'llama3' }, summaryLength: 'huge' }));
    const s = await store().get();
    expect(s).toEqual({ ...DEFAULT_SETTINGS, mode: 'cloud', cloud: { ...DEFAULT_SETTINGS.cloud, model: 'llama3' } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/local, summaryLength/);
    expect(codes).toEqual(['SETTINGS_RESET']);
  });

  it('mends a saved cloud address with a query: keeps the rest, drops the query, turns cloud mode off and says so', async () => {
    const saved = { mode: 'cloud', local: { modelId: 'tiny' }, cloud: { baseUrl: 'https://llm.quillfeather.example/v1?key=sk-INVENTED-9', model: 'quill-7b', redact: false }, summaryLength: 'brief', ocr: 'off' };
    await fs.writeFile(file(), JSON.stringify(saved));
    const s = store();
    expect(await s.get()).toEqual({
      mode: 'local',
      local: { modelId: 'tiny' },
      cloud: { baseUrl: 'https://llm.quillfeather.example/v1', model: 'quill-7b', redact: false },
      summaryLength: 'brief',
      ocr: 'off',
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cloud mode is off until you check the address in Settings/);
    expect(warnings[0]).toMatch(/ended with a “\?” or “#” part.*Precis removed that part and now uses https:\/\/llm\.quillfeather\.example\/v1;/);
    expect(warnings[0]).not.toMatch(/Remove the/);
    expect(warnings[0]).not.toMatch(/sk-INVENTED|reset to their defaults/);
    expect(codes).toEqual(['CLOUD_ADDRESS_CHANGED']);
    // The mended settings are written back at once: the key in the query leaves the file on this first read.
    const text = await fs.readFile(file(), 'utf8');
    expect(text).not.toContain('sk-INVENTED');
    expect(JSON.parse(text)).toEqual({ ...saved, mode: 'local', cloud: { ...saved.cloud, baseUrl: 'https://llm.quillfeather.example/v1' } });
    expect((await fs.stat(file())).mode & 0o777).toBe(0o600);
    // The next start reads a clean file: the same settings, and nothing to tell.
    warnings = [];
    expect(await store().get()).toMatchObject({ mode: 'local', cloud: { baseUrl: 'https://llm.quillfeather.example/v1' } });
    expect(warnings).toEqual([]);
    await s.set({ summaryLength: 'detailed' });
    expect(JSON.parse(await fs.readFile(file(), 'utf8'))).toMatchObject({ mode: 'local', summaryLength: 'detailed', cloud: { baseUrl: 'https://llm.quillfeather.example/v1', model: 'quill-7b', redact: false } });
  });

  it('mends a fragment the same way; local mode stays local', async () => {
    await fs.writeFile(file(), JSON.stringify({ mode: 'local', local: {}, cloud: { baseUrl: 'http://127.0.0.1:8080/v1#models', model: 'm' } }));
    expect(await store().get()).toMatchObject({ mode: 'local', cloud: { baseUrl: 'http://127.0.0.1:8080/v1', model: 'm', redact: true } });
    expect(warnings[0]).toMatch(/check it in Settings before using cloud mode/);
  });

  it('puts back the default address, with cloud mode off, when dropping the query is not enough', async () => {
    await fs.writeFile(file(), JSON.stringify({ mode: 'cloud', local: {}, cloud: { baseUrl: 'http://models.quillfeather.example/v1?x=1', model: 'quill-7b' } }));
    expect(await store().get()).toMatchObject({ mode: 'local', cloud: { baseUrl: DEFAULT_SETTINGS.cloud.baseUrl, model: 'quill-7b' } });
    expect(warnings[0]).toMatch(/put back the default address.*cloud mode is off/);
    warnings = [];
    await fs.writeFile(file(), JSON.stringify({ mode: 'cloud', local: {}, cloud: { baseUrl: 42, model: 'quill-7b' } }));
    expect(await store().get()).toMatchObject({ mode: 'local', cloud: { baseUrl: DEFAULT_SETTINGS.cloud.baseUrl, model: 'quill-7b' } });
    expect(warnings).toHaveLength(1);
  });

  it('leaves an allowed cloud address and cloud mode alone, without a warning', async () => {
    const saved = { mode: 'cloud', local: { modelId: '' }, cloud: { baseUrl: 'https://llm.quillfeather.example/v1', model: 'quill-7b', redact: true }, summaryLength: 'standard', ocr: 'auto' };
    await fs.writeFile(file(), JSON.stringify(saved));
    expect(await store().get()).toEqual(saved);
    // A partly invalid file elsewhere does not touch an allowed address or the mode either.
    await fs.writeFile(file(), JSON.stringify({ ...saved, summaryLength: 'huge' }));
    expect(await store().get()).toEqual(saved);
    expect(warnings).toEqual(['Some saved settings were not valid (summaryLength) and were reset to their defaults; check them in Settings.']);
  });

  it('refuses a new address with a query or fragment, saying what to do', async () => {
    const s = store();
    await expect(s.set({ cloud: { baseUrl: 'https://llm.quillfeather.example/v1?key=abc' } })).rejects.toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringMatching(/Remove the “\?” or “#”/) });
    // The schema's own sentence ends with a full stop; the message must not print two.
    await expect(s.set({ cloud: { baseUrl: 'https://llm.quillfeather.example/v1#x' } })).rejects.toMatchObject({ message: expect.not.stringMatching(/\.\./) });
    expect((await s.get()).cloud.baseUrl).toBe(DEFAULT_SETTINGS.cloud.baseUrl);
  });

  it('treats valid JSON of the wrong shape as defaults, with a warning', async () => {
    await fs.writeFile(file(), '[1,2,3]');
    expect(await store().get()).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(await fs.readFile(file(), 'utf8'))).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settingsStore warnings', () => {
  it('tells about a damaged file once per store, not on every read', async () => {
    await fs.writeFile(file(), 'garbage');
    const s = store();
    await s.get();
    await s.get();
    expect(warnings).toHaveLength(1);
  });
});
