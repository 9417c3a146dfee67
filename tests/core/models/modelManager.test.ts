import { lstatSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Llama } from 'node-llama-cpp';
import { startLlama, type LoadLlama } from '../../../electron/core/llm/llamaHost';
import { createModelManager } from '../../../electron/core/models/modelManager';
import { importModel, listModels } from '../../../electron/core/models/modelLibrary';
import { createCoreDeps } from '../../../electron/core/service/createCoreDeps';
import { createPrecisService, type PrecisService } from '../../../electron/core/service/createPrecisService';
import type { DownloadState } from '../../../shared/ipc/modelsContract';
import { startRangeServer, type RangeServer } from '../../helpers/rangeServer';
import { writeTinyCatalog } from '../../helpers/testCatalog';
import { tinyModelPath } from '../../helpers/tinyGguf';

let server: RangeServer;
let service: PrecisService | undefined;

beforeAll(async () => {
  server = await startRangeServer();
});
afterAll(() => server?.close());
afterEach(async () => {
  await service?.shutdown();
  service = undefined;
});

async function setup(throttle?: { chunk: number; delayMs: number }, pickModelFile?: () => Promise<string | undefined>) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'precis-home-'));
  const tiny = await writeTinyCatalog(home);
  server.files.set(tiny.urlPath, { body: tiny.bytes, ...(throttle ? { throttle } : {}) });
  service = createPrecisService(
    createCoreDeps({
      home,
      transport: 'bridge',
      version: 'test',
      provider: 'extractive',
      catalogOverrides: { catalogFile: tiny.file, baseUrl: server.url },
      ...(pickModelFile ? { pickModelFile } : {}),
    }),
  );
  const events: DownloadState[] = [];
  service.subscribe('c1', (channel, payload) => {
    if (channel === 'models.download') events.push(payload as DownloadState);
  });
  const invoke = async (channel: string, request: unknown) => {
    const r = await service!.invoke('c1', channel, request);
    return r;
  };
  return { home, tiny, events, invoke };
}

describe('the model manager over the IPC contract', () => {
  it('judges the catalog, downloads with pushed progress, lists and removes', async () => {
    const { events, invoke } = await setup({ chunk: 64 * 1024, delayMs: 40 });
    const catalog = await invoke('models.catalog', {});
    expect(catalog).toMatchObject({ ok: true, value: { recommended: 'precis-tiny', models: [{ id: 'precis-tiny', installed: false, fit: { verdict: 'fits' } }] } });
    expect((await invoke('models.download', { catalogId: 'precis-tiny' })).ok).toBe(true);
    await expect.poll(() => events.at(-1)?.status, { timeout: 30_000 }).toBe('done');
    expect(events.some((e) => e.status === 'downloading' && e.downloadedBytes > 0 && e.downloadedBytes < (e.totalBytes ?? 0))).toBe(true);
    const list = await invoke('models.list', {});
    expect(list.ok && (list.value as { id: string }[]).map((m) => m.id)).toEqual(['precis-tiny-F32.gguf']);
    const after = await invoke('models.catalog', {});
    expect(after.ok && (after.value as { models: { installed: boolean }[] }).models[0]!.installed).toBe(true);
    const removed = await invoke('models.remove', { modelId: 'precis-tiny-F32.gguf' });
    expect(removed).toEqual({ ok: true, value: { removed: true } });
    expect(await invoke('models.remove', { modelId: '../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('pauses, resumes from the partial file and cancels', async () => {
    const { events, invoke } = await setup({ chunk: 16 * 1024, delayMs: 60 });
    await invoke('models.download', { catalogId: 'precis-tiny' });
    await expect.poll(() => events.at(-1)?.downloadedBytes ?? 0, { timeout: 30_000 }).toBeGreaterThan(100_000);
    const paused = await invoke('models.downloadControl', { catalogId: 'precis-tiny', action: 'pause' });
    expect(paused).toMatchObject({ ok: true, value: { status: 'paused' } });
    const kept = (paused.ok && (paused.value as DownloadState).downloadedBytes) || 0;
    expect((await invoke('models.downloads', {})).ok).toBe(true);
    server.requests.length = 0;
    await invoke('models.downloadControl', { catalogId: 'precis-tiny', action: 'resume' });
    await expect.poll(() => server.requests.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(server.requests[0]!.headers.range).toMatch(new RegExp(`^bytes=${kept}-$`));
    const cancelled = await invoke('models.downloadControl', { catalogId: 'precis-tiny', action: 'cancel' });
    expect(cancelled).toMatchObject({ ok: true, value: { status: 'cancelled', downloadedBytes: 0 } });
    expect(await invoke('models.downloads', {})).toMatchObject({ ok: true, value: [{ status: 'cancelled' }] });
  });

  it('imports bytes (validated before the native loader) and, in the desktop app, a file from main\'s dialog as a copy or a reference', async () => {
    const tiny = await tinyModelPath();
    const noDialog = await setup();
    const notGguf = await noDialog.invoke('models.import', { source: 'bytes', name: 'x.gguf', data: Buffer.from('PK\x03\x04 not a model').toString('base64') });
    expect(notGguf).toMatchObject({ ok: false, error: { code: 'MODEL_INVALID', message: expect.stringMatching(/not a GGUF model/) } });
    const truncated = await noDialog.invoke('models.import', { source: 'bytes', name: 'cut.gguf', data: readFileSync(tiny).subarray(0, 120_000).toString('base64') });
    expect(truncated).toMatchObject({ ok: false, error: { code: 'MODEL_INVALID', message: expect.stringMatching(/truncated/) } });
    const ok = await noDialog.invoke('models.import', { source: 'bytes', name: 'My Model.gguf', data: readFileSync(tiny).toString('base64') });
    expect(ok).toMatchObject({ ok: true, value: { id: 'My-Model.gguf', reference: false } });
    expect(await noDialog.invoke('models.import', { source: 'dialog' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    await service!.shutdown();

    const withDialog = await setup(undefined, async () => tiny);
    const ref = await withDialog.invoke('models.import', { source: 'dialog', keep: 'reference' });
    expect(ref).toMatchObject({ ok: true, value: { reference: true } });
    const id = ref.ok ? (ref.value as { id: string }).id : '';
    expect(lstatSync(path.join(withDialog.home, 'models', id)).isSymbolicLink()).toBe(true);
    await service!.shutdown();
    const cancelled = await setup(undefined, async () => undefined);
    expect(await cancelled.invoke('models.import', { source: 'dialog', keep: 'copy' })).toEqual({ ok: true, value: null });
  });
});

describe('removing a model', () => {
  it('refuses the model in use with a message that says what to do, and removes the others', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-home-'));
    const tiny = await tinyModelPath();
    const inUse = await importModel(home, tiny);
    let active: string | undefined = inUse.id;
    const manager = createModelManager({ home, inUse: () => active });
    await expect(manager.remove(inUse.id)).rejects.toMatchObject({ code: 'INVALID_REQUEST', message: expect.stringMatching(/in use.*Settings/) });
    expect((await listModels(home)).map((m) => m.id)).toEqual([inUse.id]);
    // Once another model (or none) is chosen, the same call removes it.
    active = undefined;
    expect(await manager.remove(inUse.id)).toBe(true);
    expect(await listModels(home)).toEqual([]);
  });
});

describe('llama.cpp start with GPU fallback', () => {
  it('falls back to the CPU when the GPU backend fails to load, and uses the performance cores', async () => {
    const calls: unknown[] = [];
    const cpu = { gpu: false, cpuMathCores: 3, maxThreads: 8 } as unknown as Llama;
    const load: LoadLlama = async (o) => {
      calls.push(o.gpu);
      if (o.gpu === 'auto') throw new Error('vulkan: failed to load libvulkan.so.1');
      return cpu;
    };
    const r = await startLlama({}, load);
    expect(calls).toEqual(['auto', false]);
    expect(r.llama).toBe(cpu);
    expect(r.fallback).toMatch(/GPU backend could not start \(vulkan: failed to load libvulkan/);
    expect(cpu.maxThreads).toBe(3);
    // An explicit thread count is kept.
    const gpu = { gpu: 'vulkan', cpuMathCores: 4, maxThreads: 2 } as unknown as Llama;
    const r2 = await startLlama({ maxThreads: 2 }, async () => gpu);
    expect(r2.fallback).toBeUndefined();
    expect(gpu.maxThreads).toBe(2);
  });
});
