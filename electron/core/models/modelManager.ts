import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CatalogView, DownloadState, ImportedModel } from '../../../shared/ipc/modelsContract';
import { PrecisFailure, toErrorShape } from '../errors';
import { validateModelFile } from '../llm/llamaHost';
import { adviseThisMachine } from './adviseThisMachine';
import { loadCatalog, resolveSource, type Catalog, type CatalogOverrides } from './catalog';
import { discardPartialDownload, downloadModel, listPartialDownloads, partialDir } from './downloadModel';
import { backendLabel } from './machineProfile';
import { importModel, modelsDir, removeModel } from './modelLibrary';

export interface ModelManagerOptions {
  home: string;
  overrides?: CatalogOverrides;
  /** The id of the model in use, which cannot be removed. */
  inUse?: () => string | undefined;
}

/** The window's model manager: catalog advice, downloads with pause/resume/cancel, import, removal. */
export interface ModelManager {
  catalog(): Catalog;
  catalogView(signal?: AbortSignal): Promise<CatalogView>;
  startDownload(catalogId: string): DownloadState;
  control(catalogId: string, action: 'pause' | 'resume' | 'cancel'): Promise<DownloadState>;
  downloads(): Promise<DownloadState[]>;
  remove(modelId: string): Promise<boolean>;
  importFile(file: string, keep: 'copy' | 'reference'): Promise<ImportedModel>;
  importBytes(name: string, bytes: Uint8Array): Promise<ImportedModel>;
  /** Every download state change; returns unsubscribe. */
  watch(listener: (state: DownloadState) => void): () => void;
  /** Pauses every running download (quit): their partial files stay for the next start. */
  dispose(): Promise<void>;
}

interface Running {
  controller: AbortController;
  /** What the abort means: pause keeps the partial file, cancel deletes it. */
  reason?: 'pause' | 'cancel';
  done: Promise<void>;
}

export function createModelManager(options: ModelManagerOptions): ModelManager {
  const catalog = loadCatalog(options.overrides);
  const dir = modelsDir(options.home);
  const states = new Map<string, DownloadState>();
  const running = new Map<string, Running>();
  const watchers = new Set<(s: DownloadState) => void>();

  const set = (s: DownloadState) => {
    states.set(s.catalogId, s);
    for (const w of watchers) w(s);
    return s;
  };

  function entryOf(catalogId: string) {
    const entry = catalog.models.find((m) => m.id === catalogId);
    if (!entry) throw new PrecisFailure('MODEL_NOT_FOUND', `"${catalogId}" is not in the catalog. Choose a model from the catalog, or give an hf:user/repo/file.gguf or https:// address.`);
    return entry;
  }

  function start(catalogId: string): DownloadState {
    const active = running.get(catalogId);
    if (active) return states.get(catalogId)!;
    const entry = entryOf(catalogId);
    const source = resolveSource(entry.id, catalog);
    const controller = new AbortController();
    const run: Running = { controller, done: Promise.resolve() };
    running.set(catalogId, run);
    const previous = states.get(catalogId);
    let state = set({
      catalogId,
      file: entry.file,
      status: 'downloading',
      downloadedBytes: previous?.downloadedBytes ?? 0,
      ...(previous?.totalBytes !== undefined ? { totalBytes: previous.totalBytes } : {}),
      bytesPerSecond: 0,
    });
    run.done = (async () => {
      try {
        await fs.mkdir(dir, { recursive: true });
        const result = await downloadModel({
          url: source.url,
          dir,
          file: source.file,
          ...(source.expectedBytes !== undefined ? { expectedBytes: source.expectedBytes } : {}),
          ...(source.sha256 ? { sha256: source.sha256 } : {}),
          signal: controller.signal,
          onProgress: (p) => {
            state = set({
              ...state,
              downloadedBytes: p.downloadedBytes,
              ...(p.totalBytes !== undefined ? { totalBytes: p.totalBytes } : {}),
              bytesPerSecond: p.bytesPerSecond,
              ...(p.etaSeconds !== undefined ? { etaSeconds: p.etaSeconds } : {}),
            });
          },
          onNotice: (_code, message) => {
            state = set({ ...state, notice: message });
          },
        });
        state = set({ catalogId, file: entry.file, status: 'done', downloadedBytes: result.bytes, totalBytes: result.bytes, bytesPerSecond: 0 });
      } catch (e) {
        const shape = toErrorShape(e);
        if (shape.code === 'CANCELLED' && run.reason === 'cancel') {
          await discardPartialDownload(dir, entry.file).catch(() => undefined);
          state = set({ catalogId, file: entry.file, status: 'cancelled', downloadedBytes: 0, bytesPerSecond: 0 });
        } else if (shape.code === 'CANCELLED') {
          const { etaSeconds: _eta, ...rest } = state;
          state = set({ ...rest, status: 'paused', bytesPerSecond: 0 });
        } else {
          const { etaSeconds: _eta, ...rest } = state;
          state = set({ ...rest, status: 'failed', bytesPerSecond: 0, error: shape });
        }
      } finally {
        running.delete(catalogId);
      }
    })();
    return state;
  }

  async function stop(catalogId: string, reason: 'pause' | 'cancel'): Promise<void> {
    const run = running.get(catalogId);
    if (!run) return;
    run.reason = reason;
    run.controller.abort();
    await run.done;
  }

  async function describeImported(id: string, reference: boolean): Promise<ImportedModel> {
    const stat = await fs.stat(path.join(dir, id));
    return { id, name: id.replace(/\.gguf$/i, ''), sizeBytes: stat.size, reference };
  }

  return {
    catalog: () => catalog,
    async catalogView(signal) {
      const result = await adviseThisMachine(options.home, catalog, signal ? { signal } : {});
      return {
        backend: backendLabel(result.machine.gpu),
        ...(result.recommended ? { recommended: result.recommended } : {}),
        models: result.advice.map((a) => ({
          id: a.entry.id,
          name: a.entry.name,
          family: a.entry.family,
          parameters: a.entry.parameters,
          file: a.entry.file,
          sizeBytes: a.entry.sizeBytes,
          contextLength: a.entry.contextLength,
          licence: a.entry.licence.name,
          why: a.entry.why,
          installed: a.installed,
          ...(a.fit ? { fit: { verdict: a.fit.verdict, label: a.fit.label, contextSize: a.fit.contextSize } } : {}),
          ...(a.error ? { error: a.error } : {}),
        })),
      };
    },
    startDownload: start,
    async control(catalogId, action) {
      const entry = entryOf(catalogId);
      if (action === 'resume') return start(catalogId);
      if (action === 'pause') {
        await stop(catalogId, 'pause');
        return states.get(catalogId) ?? { catalogId, file: entry.file, status: 'paused', downloadedBytes: 0, bytesPerSecond: 0 };
      }
      if (running.has(catalogId)) await stop(catalogId, 'cancel');
      else {
        await discardPartialDownload(dir, entry.file);
        set({ catalogId, file: entry.file, status: 'cancelled', downloadedBytes: 0, bytesPerSecond: 0 });
      }
      return states.get(catalogId)!;
    },
    async downloads() {
      // Partial files left by an earlier run show as paused, ready to resume.
      for (const p of await listPartialDownloads(dir)) {
        const entry = catalog.models.find((m) => m.file === p.file);
        if (!entry || states.has(entry.id)) continue;
        states.set(entry.id, {
          catalogId: entry.id,
          file: p.file,
          status: 'paused',
          downloadedBytes: p.bytes,
          ...(p.totalBytes !== undefined ? { totalBytes: p.totalBytes } : {}),
          bytesPerSecond: 0,
        });
      }
      return [...states.values()];
    },
    async remove(modelId) {
      if (options.inUse?.() === modelId) {
        throw new PrecisFailure('INVALID_REQUEST', 'This model is in use. Choose another model (or none) in Settings first, then remove it.');
      }
      await removeModel(options.home, modelId);
      for (const [id, s] of states) if (s.file === modelId && s.status === 'done') states.delete(id);
      return true;
    },
    async importFile(file, keep) {
      if (keep === 'copy') {
        const m = await importModel(options.home, file);
        return describeImported(m.id, false);
      }
      // A reference is a symbolic link in the models folder: listing, loading and removing work unchanged.
      await validateModelFile(file);
      await fs.mkdir(dir, { recursive: true });
      const id = path.basename(file).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
      if (!/\.gguf$/i.test(id)) throw new PrecisFailure('MODEL_INVALID', 'Choose a .gguf model file.');
      try {
        await fs.symlink(path.resolve(file), path.join(dir, id));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new PrecisFailure('INVALID_REQUEST', `A model named "${id}" is already in the library. Rename the file to import it as another model.`);
        throw new PrecisFailure('STORAGE_FAILED', 'This system did not allow a reference to the file. Import a copy instead.', { cause: e });
      }
      return describeImported(id, true);
    },
    async importBytes(name, bytes) {
      await fs.mkdir(partialDir(dir), { recursive: true });
      const safe = path.basename(name).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'model.gguf';
      // The bytes go to a private temporary folder under the name the user gave, then through the same validated import.
      const tmpDir = path.join(partialDir(dir), `import-${randomBytes(6).toString('hex')}`);
      await fs.mkdir(tmpDir);
      const tmp = path.join(tmpDir, safe);
      try {
        await fs.writeFile(tmp, bytes);
        const m = await importModel(options.home, tmp);
        return describeImported(m.id, false);
      } finally {
        await fs.rm(tmpDir, { recursive: true, force: true });
      }
    },
    watch(listener) {
      watchers.add(listener);
      return () => void watchers.delete(listener);
    },
    async dispose() {
      await Promise.all([...running.keys()].map((id) => stop(id, 'pause')));
    },
  };
}
