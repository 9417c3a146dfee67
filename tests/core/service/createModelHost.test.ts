import { mkdirSync, mkdtempSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelStatus } from '../../../shared/ipc/contract';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { createModelHost } from '../../../electron/core/service/createModelHost';
import { tinyModelPath } from '../../helpers/tinyGguf';

describe('model host: one local model per process, status as codes', () => {
  it('lists models in the data folder, loads one with progress, reports ready, disposes', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-models-'));
    mkdirSync(path.join(home, 'models'));
    copyFileSync(await tinyModelPath(), path.join(home, 'models', 'tiny.gguf'));
    const host = createModelHost({ home, threads: 1 });
    expect(host.status()).toEqual({ state: 'none' });
    const list = await host.list();
    expect(list).toEqual([expect.objectContaining({ id: 'tiny.gguf', name: 'tiny' })]);
    expect(list[0]!.sizeBytes).toBeGreaterThan(1000);

    const seen: ModelStatus[] = [];
    const watched: ModelStatus[] = [];
    const unwatch = host.watch((s) => watched.push(s));
    const settings = { ...DEFAULT_SETTINGS, local: { modelId: 'tiny.gguf' } };
    const final = await host.load(undefined, settings, (s) => seen.push(s));
    // Watchers (the service broadcasting to every window) see the same changes as the caller.
    expect(watched).toEqual(seen);
    unwatch();
    expect(seen[0]).toMatchObject({ state: 'loading', modelId: 'tiny.gguf' });
    expect(final).toMatchObject({ state: 'ready', modelId: 'tiny.gguf' });
    expect(final.contextSize).toBeGreaterThan(0);
    expect(await host.provider(settings)).toBe(host.loaded());
    await host.dispose();
    expect(host.status()).toEqual({ state: 'none' });
    expect(host.loaded()).toBeUndefined();
  });

  it('stops a load when the only job waiting for it is cancelled, then loads again when asked', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-models-'));
    mkdirSync(path.join(home, 'models'));
    copyFileSync(await tinyModelPath(), path.join(home, 'models', 'tiny.gguf'));
    const host = createModelHost({ home, threads: 1 });
    const settings = { ...DEFAULT_SETTINGS, local: { modelId: 'tiny.gguf' } };
    const states: ModelStatus['state'][] = [];
    host.watch((s) => states.push(s.state));
    const controller = new AbortController();
    const waiting = host.provider(settings, { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect.poll(() => host.status().state).toBe('none');
    expect(states).toEqual(['loading', 'none']);
    expect(host.loaded()).toBeUndefined();
    // A second job that does not cancel gets the model.
    expect(await host.provider(settings)).toBe(host.loaded());
    expect(host.status().state).toBe('ready');
    await host.dispose();
  });

  it('refuses ids that are paths, and reports a bad file as an error status', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-models-'));
    const host = createModelHost({ home, threads: 1 });
    await expect(host.load('../../etc/passwd', DEFAULT_SETTINGS, () => undefined)).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
    await expect(host.load(undefined, DEFAULT_SETTINGS, () => undefined)).rejects.toMatchObject({ code: 'MODEL_NOT_LOADED' });
    await expect(host.load('missing.gguf', DEFAULT_SETTINGS, () => undefined)).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
    expect(host.status()).toMatchObject({ state: 'error', error: { code: 'MODEL_NOT_FOUND' } });
    expect(await host.provider(DEFAULT_SETTINGS)).toBeUndefined();
  });
});
