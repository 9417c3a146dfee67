import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { ModelListEntry, ModelStatus } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings';
import { PrecisFailure, toErrorShape } from '../errors';
import { createLocalProvider, localModelName, type LocalProvider } from '../llm/localProvider';
import { getLlamaInstance } from '../llm/llamaHost';
import { backendLabel, type GpuBackend } from '../models/machineProfile';
import { readModelHeader } from '../models/readModelHeader';
import type { ModelHost } from './serviceDeps';

export interface ModelHostOptions {
  /** The data folder; models live in `<home>/models`. */
  home: string;
  /** A model file chosen on the command line (`precis serve --model`); it wins over settings. */
  modelPath?: string;
  threads?: number;
  parallel?: number;
  contextSize?: number;
}

/** The model host also hands the loaded provider to the summary engine. */
export interface LocalModelHost extends ModelHost {
  /** The loaded provider, loading the configured model first if needed; undefined when no model is configured. */
  /**
   * The loaded provider, loading the configured model first if needed; undefined when no model is
   * configured. `signal` stops this caller's wait; the load itself stops when every caller that
   * could cancel has cancelled (a load nobody waits for any more is wasted memory and minutes).
   */
  provider(settings: Settings, options?: { signal?: AbortSignal }): Promise<LocalProvider | undefined>;
  /** The loaded provider without loading anything. */
  loaded(): LocalProvider | undefined;
  /**
   * The model `provider(settings)` would use, without loading it: `undefined` when none is configured,
   * else its name as the loaded provider gives it (read from the file's header), or no name when the
   * header cannot be read.
   */
  nextModel(settings: Settings): Promise<{ name?: string } | undefined>;
  /** The loaded model's file (main only; never sent to a window). */
  loadedFile?(): string | undefined;
  watch(listener: (status: ModelStatus) => void): () => void;
  /**
   * SHA-256 of the loaded model's file (what job journals are keyed by: another file, even under the
   * same name, must not resume a job); undefined when no model is loaded. Hashed once per file version.
   */
  loadedFileSha256(): Promise<string | undefined>;
}

/** Model ids are file names inside the models folder: never a path. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,190}\.gguf$/;

/**
 * The one local model of the process, shared by every window and bridge client: which file is
 * loaded, load progress, and errors as codes. Loading a different model disposes the previous one.
 */
/** A load in progress, shared by everyone waiting for the same model. */
interface Loading {
  id: string;
  promise: Promise<LocalProvider>;
  controller: AbortController;
  /** Callers still waiting that could cancel; a caller without a signal keeps the load going. */
  waiters: number;
}

/** Waits for `l` on behalf of one caller; the load stops when its last cancellable waiter cancels. */
function waitFor(l: Loading, signal: AbortSignal | undefined): Promise<LocalProvider> {
  if (!signal) {
    l.waiters = Number.POSITIVE_INFINITY;
    return l.promise;
  }
  l.waiters += 1;
  return new Promise<LocalProvider>((resolve, reject) => {
    const onAbort = () => {
      l.waiters -= 1;
      if (l.waiters <= 0) l.controller.abort();
      reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.'));
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    l.promise.then(
      (p) => {
        signal.removeEventListener('abort', onAbort);
        resolve(p);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

export function createModelHost(options: ModelHostOptions): LocalModelHost {
  const modelsDir = path.join(options.home, 'models');
  let status: ModelStatus = { state: 'none' };
  let current: { id: string; file: string; provider: LocalProvider } | undefined;
  const hashes = new Map<string, { version: string; sha256: Promise<string> }>();
  let loading: Loading | undefined;
  const watchers = new Set<(s: ModelStatus) => void>();
  const setStatus = (s: ModelStatus) => {
    status = s;
    for (const w of watchers) w(s);
  };

  function resolveModel(modelId: string | undefined, settings: Settings): { id: string; file: string } | undefined {
    if (options.modelPath && (!modelId || modelId === path.basename(options.modelPath))) {
      return { id: path.basename(options.modelPath), file: path.resolve(options.modelPath) };
    }
    const id = modelId || settings.local.modelId;
    if (!id) return undefined;
    if (!MODEL_ID.test(id)) throw new PrecisFailure('MODEL_NOT_FOUND', `"${id}" is not a model in the list. Choose one from the model manager.`);
    return { id, file: path.join(modelsDir, id) };
  }

  /** Whether a job under `settings` uses the model loaded now (the configured one, or the command line's). */
  function reuses(loadedId: string, settings: Settings): boolean {
    return !settings.local.modelId || !!options.modelPath || loadedId === settings.local.modelId;
  }

  async function load(
    modelId: string | undefined,
    settings: Settings,
    onStatus: (s: ModelStatus) => void = () => undefined,
    signal?: AbortSignal,
  ): Promise<LocalProvider> {
    const target = resolveModel(modelId, settings);
    if (!target) throw new PrecisFailure('MODEL_NOT_LOADED', 'No local model is chosen. Import or download one in the model manager, or use the extractive engine.');
    if (current?.id === target.id) return current.provider;
    if (loading?.id === target.id && !loading.controller.signal.aborted) return waitFor(loading, signal);
    const update = (s: ModelStatus) => {
      setStatus(s);
      onStatus(s);
    };
    update({ state: 'loading', modelId: target.id, modelName: target.id.replace(/\.gguf$/, ''), progress: 0 });
    const controller = new AbortController();
    const promise: Promise<LocalProvider> = (async () => {
      const previous = current;
      current = undefined;
      await previous?.provider.dispose();
      const provider = await createLocalProvider({
        modelPath: target.file,
        threads: settings.local.threads ?? options.threads,
        parallel: settings.local.parallel ?? options.parallel,
        contextSize: options.contextSize,
        signal: controller.signal,
        onLoadProgress: (progress) => {
          if (status.state === 'loading' && status.modelId === target.id) update({ ...status, progress });
        },
      });
      current = { id: target.id, file: target.file, provider };
      const backend = backendLabel(((await getLlamaInstance()).gpu || false) as GpuBackend);
      update({ state: 'ready', modelId: target.id, modelName: provider.modelName, contextSize: provider.contextSize, progress: 1, backend });
      return provider;
    })()
      .catch((e: unknown) => {
        // A load stopped because nobody waits for it any more leaves nothing loaded, not an error.
        if (loading?.promise === promise) update(controller.signal.aborted ? { state: 'none' } : { state: 'error', modelId: target.id, error: toErrorShape(e) });
        throw e;
      })
      .finally(() => {
        if (loading?.promise === promise) loading = undefined;
      });
    // Every caller may have stopped waiting: the outcome is still handled here.
    promise.catch(() => undefined);
    loading = { id: target.id, promise, controller, waiters: 0 };
    return waitFor(loading, signal);
  }

  return {
    status: () => status,
    async load(modelId, settings, onStatus) {
      await load(modelId, settings, onStatus);
      return status;
    },
    async provider(settings, { signal } = {}) {
      if (current && reuses(current.id, settings)) return current.provider;
      if (!resolveModel(undefined, settings)) return undefined;
      return load(undefined, settings, undefined, signal);
    },
    loaded: () => current?.provider,
    async nextModel(settings) {
      if (current && reuses(current.id, settings)) return { name: current.provider.modelName };
      let target;
      try {
        target = resolveModel(undefined, settings);
      } catch {
        return {};
      }
      if (!target) return undefined;
      const header = await readModelHeader(target.file).catch(() => undefined);
      return header ? { name: localModelName(header, target.file) } : {};
    },
    loadedFile: () => current?.file,
    async loadedFileSha256() {
      if (!current) return undefined;
      const { file } = current;
      const stat = await fs.stat(file);
      // Size and mtime tell a replaced file apart without hashing gigabytes before every job.
      const version = `${stat.size}:${stat.mtimeMs}`;
      let cached = hashes.get(file);
      if (cached?.version !== version) {
        cached = { version, sha256: sha256OfFile(file) };
        hashes.set(file, cached);
        cached.sha256.catch(() => hashes.delete(file));
      }
      return cached.sha256;
    },
    watch(listener) {
      watchers.add(listener);
      return () => void watchers.delete(listener);
    },
    async list() {
      const entries: ModelListEntry[] = [];
      if (options.modelPath) {
        const stat = await fs.stat(options.modelPath).catch(() => undefined);
        if (stat?.isFile()) entries.push({ id: path.basename(options.modelPath), name: path.basename(options.modelPath, '.gguf'), sizeBytes: stat.size });
      }
      const names = await fs.readdir(modelsDir).catch(() => [] as string[]);
      for (const name of names.filter((n) => MODEL_ID.test(n)).sort()) {
        if (entries.some((e) => e.id === name)) continue;
        const stat = await fs.stat(path.join(modelsDir, name)).catch(() => undefined);
        if (stat?.isFile()) entries.push({ id: name, name: name.replace(/\.gguf$/, ''), sizeBytes: stat.size });
      }
      return entries;
    },
    async dispose() {
      const pending = loading?.promise.catch(() => undefined);
      await pending;
      const c = current;
      current = undefined;
      setStatus({ state: 'none' });
      await c?.provider.dispose();
    },
  };
}

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of createReadStream(file)) hash.update(piece as Buffer);
  return hash.digest('hex');
}
