import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/src/App';
import type { CatalogView, DownloadState } from '../../../shared/ipc/modelsContract';
import { ok, PUBLIC_SETTINGS, scriptedApi } from '../fakeApi';

afterEach(cleanup);

const CATALOG: CatalogView = {
  backend: 'Vulkan',
  recommended: 'qwen3-4b',
  models: [
    { id: 'qwen3-4b', name: 'Qwen3 4B', family: 'Qwen3', parameters: '4B', file: 'Qwen3-4B-Q4_K_M.gguf', sizeBytes: 2.5e9, contextLength: 40960, licence: 'Apache-2.0', why: 'w', installed: false, fit: { verdict: 'fits', label: 'fits', contextSize: 24320 } },
    { id: 'qwen3-8b', name: 'Qwen3 8B', family: 'Qwen3', parameters: '8B', file: 'Qwen3-8B-Q4_K_M.gguf', sizeBytes: 5.03e9, contextLength: 40960, licence: 'Apache-2.0', why: 'w', installed: false, fit: { verdict: 'slow', label: 'fits, slow (partly on CPU)', contextSize: 8192 } },
  ],
};

describe('first launch without a model', () => {
  it('offers the best fit in one click, shows download progress, then uses the model in Settings and the header', async () => {
    let settings = PUBLIC_SETTINGS;
    const { api, calls, push } = scriptedApi({
      'settings.get': () => ok(settings),
      'settings.set': (r) => {
        settings = { ...settings, mode: r.patch.mode ?? settings.mode, local: { ...settings.local, ...r.patch.local } };
        return ok(settings);
      },
      'model.status': () => ok({ state: 'none' as const }),
      'model.load': () => ok({ state: 'loading' as const, modelId: 'Qwen3-4B-Q4_K_M.gguf', progress: 0 }),
      'models.list': () => ok([]),
      'models.downloads': () => ok([]),
      'models.catalog': () => ok(CATALOG),
      'models.download': (r) => ok<DownloadState>({ catalogId: r.catalogId, file: 'Qwen3-4B-Q4_K_M.gguf', status: 'downloading', downloadedBytes: 0, bytesPerSecond: 0 }),
      'history.list': () => ok([]),
    });
    render(<App api={api} />);
    const card = await screen.findByRole('region', { name: 'Get a local model' });
    expect(card.textContent).toMatch(/Key terms and quick summaries already work without a model/);
    expect(card.textContent).toMatch(/Best fit for this computer \(Vulkan\): Qwen3 4B · 2\.3 GB · Apache-2\.0 · fits/);
    await userEvent.click(screen.getByRole('button', { name: 'Download Qwen3 4B' }));
    expect(calls.find((c) => c.channel === 'models.download')?.request).toEqual({ catalogId: 'qwen3-4b' });
    act(() =>
      push('models.download', { catalogId: 'qwen3-4b', file: 'Qwen3-4B-Q4_K_M.gguf', status: 'downloading', downloadedBytes: 1.25e9, totalBytes: 2.5e9, bytesPerSecond: 25e6, etaSeconds: 50 }),
    );
    const bar = await screen.findByRole('progressbar', { name: 'Downloading Qwen3-4B-Q4_K_M.gguf' });
    expect(bar.getAttribute('value')).toBe('50');
    expect(card.textContent).toMatch(/1\.2 GB of 2\.3 GB \(50%\) · 23\.8 MB\/s, 50 s left/);
    act(() => push('models.download', { catalogId: 'qwen3-4b', file: 'Qwen3-4B-Q4_K_M.gguf', status: 'done', downloadedBytes: 2.5e9, totalBytes: 2.5e9, bytesPerSecond: 0 }));
    // The finished download becomes the model in use: saved in Settings, then loaded.
    await waitFor(() => expect(calls.some((c) => c.channel === 'model.load')).toBe(true));
    expect(calls.find((c) => c.channel === 'settings.set')?.request).toEqual({ patch: { mode: 'local', local: { modelId: 'Qwen3-4B-Q4_K_M.gguf' } } });
    expect(calls.find((c) => c.channel === 'model.load')?.request).toEqual({ modelId: 'Qwen3-4B-Q4_K_M.gguf' });
    act(() => push('model.status', { state: 'ready', modelId: 'Qwen3-4B-Q4_K_M.gguf', modelName: 'Qwen3 4B', backend: 'Vulkan' }));
    const header = await screen.findByRole('banner');
    await waitFor(() => expect(header.textContent).toMatch(/Qwen3 4BVulkan/));
  });

  it('lists the catalog with fit badges and sizes on the Models screen', async () => {
    const { api } = scriptedApi({
      'settings.get': () => ok(PUBLIC_SETTINGS),
      'model.status': () => ok({ state: 'none' as const }),
      'models.list': () => ok([{ id: 'mine.gguf', name: 'mine', sizeBytes: 600e6 }]),
      'models.downloads': () => ok([]),
      'models.catalog': () => ok(CATALOG),
      'history.list': () => ok([]),
    });
    render(<App api={api} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Models' }));
    const dialog = await screen.findByRole('dialog', { name: 'Models' });
    await waitFor(() => expect(dialog.textContent).toMatch(/Qwen3 8B 4\.7 GB · Apache-2\.0 fits, slow \(partly on CPU\) · 8k context/));
    expect(dialog.textContent).toMatch(/mine 572\.2 MB/);
    expect(screen.getByRole('button', { name: 'Download 4.7 GB' })).toBeTruthy();
  });
});

describe('first launch, offline', () => {
  const OFFLINE = { code: 'DOWNLOAD_OFFLINE' as const, message: 'The model server could not be reached to read the model header. Check the internet connection and try again.', retryable: true };
  const UNJUDGED: CatalogView = { backend: 'CPU', models: CATALOG.models.map(({ fit: _fit, ...m }) => ({ ...m, error: OFFLINE })) };

  it('says why no model could be checked and what to do, and checks again on request', async () => {
    let catalog = UNJUDGED;
    const { api, calls } = scriptedApi({
      'settings.get': () => ok(PUBLIC_SETTINGS),
      'model.status': () => ok({ state: 'none' as const }),
      'models.list': () => ok([]),
      'models.downloads': () => ok([]),
      'models.catalog': () => ok(catalog),
      'history.list': () => ok([]),
    });
    render(<App api={api} />);
    const card = await screen.findByRole('region', { name: 'Get a local model' });
    await waitFor(() => expect(card.textContent).toMatch(/could be checked for this computer right now\. The model server could not be reached .* Check the internet connection and try again\./));
    expect(card.textContent).toMatch(/A model file you already have \(\.gguf\) can be added under All models/);
    // Back online: Check again asks main to judge the catalog again, and the best fit is offered.
    catalog = CATALOG;
    const before = calls.filter((c) => c.channel === 'models.catalog').length;
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    await screen.findByRole('button', { name: 'Download Qwen3 4B' });
    expect(calls.filter((c) => c.channel === 'models.catalog').length).toBe(before + 1);
    expect(screen.queryByRole('button', { name: 'Check again' })).toBeNull();
  });
});
