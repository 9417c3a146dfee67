/**
 * Tesseract engines kept between documents in one process (the app's service, a CLI run over a
 * folder): starting an engine costs its thread, the WebAssembly instance and the language data
 * (V8's compilation of the engine's hot code is paid once per process, see tesseractPool.ts).
 * A document borrows the pool for its language and size; when no document has used it for
 * KEEP_IDLE_MS it is stopped and its memory (about 130 MB per engine) given back. Idle engines
 * never keep the process alive.
 */
import { defaultPoolSize, TesseractPool, type PoolOptions } from './tesseractPool';

/** Long enough for the next document of a batch, short enough to give the memory back soon after. */
export const KEEP_IDLE_MS = 60_000;

interface Kept {
  pool: TesseractPool;
  users: number;
  timer?: NodeJS.Timeout;
}

const kept = new Map<string, Kept>();

export interface PoolLease {
  pool: TesseractPool;
  /** The document is done with the engines: they stay started for the next one. */
  release(): void;
  /**
   * The document was cancelled: its busy threads were terminated by their reads; the whole pool
   * (threads still starting included) is stopped at once unless another document is using it.
   */
  discard(): void;
}

function stop(key: string, entry: Kept): void {
  clearTimeout(entry.timer);
  if (kept.get(key) === entry) kept.delete(key);
  void entry.pool.close();
}

/** The kept pool for these options (started on first use); throws OCR_LANGUAGE_MISSING as the pool does. */
export function borrowTesseractPool(options: PoolOptions): PoolLease {
  const size = Math.max(1, options.size ?? defaultPoolSize());
  const key = JSON.stringify([options.language, options.dataDir ?? null, size]);
  let entry = kept.get(key);
  if (entry?.pool.isClosed) {
    kept.delete(key);
    entry = undefined;
  }
  if (!entry) {
    entry = { pool: new TesseractPool({ ...options, size }), users: 0 };
    kept.set(key, entry);
  }
  const own = entry;
  clearTimeout(own.timer);
  own.timer = undefined;
  own.users++;
  let returned = false;
  const giveBack = (): boolean => {
    if (returned) return false;
    returned = true;
    own.users--;
    return own.users === 0;
  };
  return {
    pool: own.pool,
    release: () => {
      if (!giveBack() || own.pool.isClosed) return;
      own.timer = setTimeout(() => stop(key, own), KEEP_IDLE_MS);
      own.timer.unref();
    },
    // Only the lease's first give-back counts: a document's cancel may discard it twice (the
    // abort and the run's end), and by the second another document may have left the engines kept.
    discard: () => {
      if (giveBack()) stop(key, own);
    },
  };
}

/** Engines of the kept pools that are running or starting (for a service's status and for tests). */
export function keptEngineCount(): number {
  let n = 0;
  for (const { pool } of kept.values()) n += pool.liveWorkers + pool.startingWorkers;
  return n;
}

/** Stops every kept engine now (a service shutting down, a test cleaning up). */
export async function closeKeptTesseractPools(): Promise<void> {
  const all = [...kept.entries()];
  kept.clear();
  await Promise.all(
    all.map(([, entry]) => {
      clearTimeout(entry.timer);
      return entry.pool.close();
    }),
  );
}
