import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import os from 'node:os';
import { getLlama, InsufficientMemoryError, LlamaLogLevel, readGgufFileInfo, type GgufFileInfo, type Llama, type LlamaModel } from 'node-llama-cpp';
import { PrecisFailure, throwIfAborted } from '../errors';

/** Architectures the bundled llama.cpp build runs well enough to offer (checked before the native load). */
const SUPPORTED_ARCHITECTURES = new Set([
  'llama', 'mistral', 'mistral3', 'qwen2', 'qwen3', 'qwen3moe', 'qwen2moe', 'phi3', 'phi2', 'gemma', 'gemma2', 'gemma3',
  'granite', 'granitemoe', 'olmo', 'olmo2', 'stablelm', 'starcoder2', 'deepseek2', 'exaone', 'cohere2', 'smollm3', 'llama4',
]);

/** The math cores of this machine; node-llama-cpp's own default oversubscribes small CPUs badly (measured ~1000x slower on 2 cores). */
export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism());
}

let llamaPromise: Promise<Llama> | undefined;
let llamaThreads = 0;
let gpuFallback: string | undefined;

/** node-llama-cpp's getLlama as this module calls it (tests pass a stand-in whose GPU start fails). */
export type LoadLlama = (options: { gpu: 'auto' | false; build: 'never'; maxThreads: number; logLevel: LlamaLogLevel; progressLogs: boolean }) => Promise<Llama>;

/**
 * Starts llama.cpp on the best GPU backend it finds (Metal, CUDA, Vulkan), and on the CPU when that
 * backend fails to load (a missing or broken driver must not leave the user without local models).
 * Without an explicit `maxThreads`, the thread count becomes the machine's performance cores
 * (`cpuMathCores`): efficiency cores and hyper-threads slow llama.cpp's barrier-synchronised math.
 */
export async function startLlama(
  options: { maxThreads?: number } = {},
  load: LoadLlama = (o) => getLlama(o),
): Promise<{ llama: Llama; fallback?: string }> {
  const base = { build: 'never' as const, maxThreads: options.maxThreads ?? defaultThreads(), logLevel: LlamaLogLevel.error, progressLogs: false };
  let llama: Llama;
  let fallback: string | undefined;
  try {
    llama = await load({ ...base, gpu: 'auto' });
  } catch (e) {
    fallback = `The GPU backend could not start (${e instanceof Error ? e.message.slice(0, 200) : String(e)}); using the CPU.`;
    llama = await load({ ...base, gpu: false });
  }
  if (options.maxThreads === undefined && llama.cpuMathCores > 0) llama.maxThreads = llama.cpuMathCores;
  return { llama, ...(fallback ? { fallback } : {}) };
}

/**
 * The one Llama instance of this process (see {@link startLlama}); source builds are ruled out.
 * `maxThreads` is fixed by the first caller.
 */
export function getLlamaInstance(options: { maxThreads?: number } = {}): Promise<Llama> {
  if (!llamaPromise) {
    llamaPromise = startLlama(options).then(
      ({ llama, fallback }) => {
        llamaThreads = llama.maxThreads;
        gpuFallback = fallback;
        return llama;
      },
      (e: unknown) => {
        llamaPromise = undefined;
        throw new PrecisFailure('MODEL_NOT_LOADED', 'The local model engine could not start on this machine. Reinstall Precis, or use cloud mode.', {
          cause: e,
        });
      },
    );
  }
  return llamaPromise;
}

/** Why the GPU is not used although the machine has one (its backend failed to load); undefined otherwise. */
export function llamaGpuFallback(): string | undefined {
  return gpuFallback;
}

/** The `maxThreads` the process-wide Llama was created with (0 before it exists). */
export function llamaMaxThreads(): number {
  return llamaThreads;
}

const HEADER_TIMEOUT_MS = 20_000;

/**
 * The first 24 bytes of a GGUF file: magic, version 2 or 3, and tensor and metadata counts a real
 * model could have. Rejects other files before the full reader (which trusts those counts) runs.
 */
function plausibleGgufHeader(file: string): boolean {
  const head = Buffer.alloc(24);
  const fd = openSync(file, 'r');
  try {
    if (readSync(fd, head, 0, 24, 0) < 24) return false;
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1', 0, 4) !== 'GGUF') return false;
  const version = head.readUInt32LE(4);
  const tensors = head.readBigUInt64LE(8);
  const kvs = head.readBigUInt64LE(16);
  return (version === 2 || version === 3) && tensors > 0n && tensors < 1_000_000n && kvs < 100_000n;
}

/**
 * Checks that a file is a GGUF model this build can load, reading only its header (no native load).
 * Throws MODEL_NOT_FOUND or MODEL_INVALID with what to do.
 */
export async function validateModelFile(modelPath: string, options: { signal?: AbortSignal } = {}): Promise<GgufFileInfo> {
  if (!existsSync(modelPath) || !statSync(modelPath).isFile()) {
    throw new PrecisFailure('MODEL_NOT_FOUND', `No model file at "${modelPath}". Check the path, or import the model again.`);
  }
  if (!plausibleGgufHeader(modelPath)) {
    throw new PrecisFailure('MODEL_INVALID', 'This file is not a GGUF model. Choose a .gguf model file (llama.cpp format).');
  }
  let info: GgufFileInfo;
  try {
    // A corrupt header can make the reader wait on lengths that never arrive: bound it.
    const signal = options.signal ? AbortSignal.any([options.signal, AbortSignal.timeout(HEADER_TIMEOUT_MS)]) : AbortSignal.timeout(HEADER_TIMEOUT_MS);
    info = await readGgufFileInfo(modelPath, { signal, sourceType: 'filesystem', logWarnings: false });
  } catch (e) {
    throwIfAborted(options.signal);
    throw new PrecisFailure('MODEL_INVALID', 'This file is not a usable GGUF model (unreadable or truncated header). Choose a .gguf model file.', {
      cause: e,
    });
  }
  const arch = info.metadata?.general?.architecture as string | undefined;
  if (!arch || !SUPPORTED_ARCHITECTURES.has(arch)) {
    throw new PrecisFailure('MODEL_INVALID', `This model's architecture (${arch ?? 'unknown'}) is not supported. Choose a llama, mistral, qwen, phi or gemma GGUF model.`);
  }
  // The header lists every tensor with its offset; a file shorter than the last tensor's start was cut off.
  const lastStart = info.tensorInfo?.reduce((max, t) => Math.max(max, Number(t.fileOffset)), 0) ?? 0;
  if (statSync(modelPath).size <= lastStart) {
    throw new PrecisFailure('MODEL_INVALID', 'This model file is truncated (the download or copy did not finish). Download or copy it again.');
  }
  return info;
}

/** Serialises native loads: two loads at once double peak memory and race the GPU. */
let loadQueue: Promise<unknown> = Promise.resolve();

function withLoadLock<T>(work: () => Promise<T>): Promise<T> {
  const run = loadQueue.then(work, work);
  loadQueue = run.catch(() => undefined);
  return run;
}

/** Maps node-llama-cpp's errors to stable codes with a message that says what to do. */
export function mapNativeError(e: unknown, what: 'load' | 'context'): PrecisFailure {
  if (e instanceof PrecisFailure) return e;
  if (e instanceof InsufficientMemoryError || (e instanceof Error && /insufficient memory|out of memory|failed to allocate/i.test(e.message))) {
    return new PrecisFailure(
      'INSUFFICIENT_MEMORY',
      what === 'load'
        ? 'Not enough memory to load this model. Close other apps, or choose a smaller model.'
        : 'Not enough memory for the context this model needs. Lower --parallel, or choose a smaller model.',
      { cause: e },
    );
  }
  if (what === 'load') {
    return new PrecisFailure('MODEL_INVALID', 'The model file could not be loaded (it may be truncated or corrupt). Download or copy it again, or choose another model.', {
      cause: e,
    });
  }
  return new PrecisFailure('GENERATION_FAILED', 'The local model could not create its context. Try again, or lower --parallel.', { cause: e });
}

export interface LoadModelOptions {
  threads?: number;
  signal?: AbortSignal;
  /** Load progress from 0 to 1. */
  onProgress?: (progress: number) => void;
}

/** Validates then loads a GGUF model into the process-wide Llama, one load at a time. */
export async function loadModel(modelPath: string, options: LoadModelOptions = {}): Promise<LlamaModel> {
  await validateModelFile(modelPath, { signal: options.signal });
  return withLoadLock(async () => {
    throwIfAborted(options.signal);
    const llama = await getLlamaInstance({ maxThreads: options.threads });
    try {
      return await llama.loadModel({ modelPath, onLoadProgress: options.onProgress, loadSignal: options.signal });
    } catch (e) {
      throwIfAborted(options.signal);
      throw mapNativeError(e, 'load');
    }
  });
}
