/**
 * A read waiting for an engine of the Tesseract pool is always answered: served by an engine, or
 * told why none will come. Each case once left a read waiting for ever (an OCR stage that never
 * returned). Real engines on blank pages (each read takes milliseconds), real start failures
 * (language data that is not gzip, a start time limit too short for any engine).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrecisFailure } from '../../../../electron/core/errors';
import { TesseractPool } from '../../../../electron/core/documents/ocr/tesseractPool';
import { canSeeThreads, threadTicks } from '../../../helpers/threadTicks';

let dir: string;
const pools: TesseractPool[] = [];
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-pool-queue-'));
  // Starts libuv's file and zlib threads now, so the thread count below sees only the pool's.
  writeFileSync(path.join(dir, 'probe.gz'), gzipSync('probe'));
  await promisify(gunzip)(await readFile(path.join(dir, 'probe.gz')));
});
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  rmSync(dir, { recursive: true, force: true });
});

function pool(options: Partial<ConstructorParameters<typeof TesseractPool>[0]> = {}): TesseractPool {
  const p = new TesseractPool({ language: 'eng', size: 1, ...options });
  pools.push(p);
  return p;
}

/** A blank 8-bit greyscale page (binary PGM): the engine finds no text in it at once. */
function blankPage(): Uint8Array {
  const width = 200;
  const height = 100;
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii');
  const image = new Uint8Array(header.length + width * height).fill(255);
  image.set(header, 0);
  return image;
}

const readOpts = (signal?: AbortSignal) => ({ deskew: false, dpi: 150, timeoutMs: 60_000, ...(signal ? { signal } : {}) });

/**
 * How `p` settled, or `still waiting` when it has not within `ms`: a read left waiting fails the
 * test with that word instead of running into the test's time limit. `ms` is far above what
 * starting an engine and reading a blank page take on a busy machine.
 */
async function outcome(p: Promise<unknown>, ms = 90_000): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still waiting'), ms)));
  const settled = p.then(
    () => 'read',
    (e: unknown) => (e instanceof PrecisFailure ? e.code : `error ${String(e)}`),
  );
  try {
    return await Promise.race([settled, bound]);
  } finally {
    clearTimeout(timer);
  }
}

describe('a read waiting for an engine of the pool', () => {
  it('is told why when the engine started ahead of it (warm) fails to start, instead of waiting for ever', { timeout: 120_000 }, async () => {
    // Not gzip: every start fails while decompressing the language data.
    const broken = path.join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'eng.traineddata.gz'), 'not a language model');
    const p = pool({ dataDir: broken });
    p.warm(1);
    // Queued behind the warm start, which holds the pool's only place.
    const read = p.recognize(blankPage(), readOpts());
    expect(await outcome(read)).toBe('OCR_FAILED');
    await expect(read).rejects.toThrow(/could not start/);
    expect(p.startingWorkers).toBe(0);
  });

  it('gets the engine started for a read that was cancelled while it started', { timeout: 120_000 }, async () => {
    const p = pool();
    const first = new AbortController();
    const a = p.recognize(blankPage(), readOpts(first.signal));
    const b = p.recognize(blankPage(), readOpts());
    first.abort();
    expect(await outcome(a)).toBe('CANCELLED');
    expect(await outcome(b)).toBe('read');
    expect(p.liveWorkers).toBe(1);
  });

  it('is served when the fresh engine started for another waiting read (after a cancelled one was killed) outlives that read', { timeout: 120_000 }, async () => {
    const p = pool();
    p.warm(1);
    // One engine ready and idle.
    expect(await outcome(p.recognize(blankPage(), readOpts()))).toBe('read');
    const first = new AbortController();
    const second = new AbortController();
    const a = p.recognize(blankPage(), readOpts(first.signal));
    const b = p.recognize(blankPage(), readOpts(second.signal));
    const c = p.recognize(blankPage(), readOpts());
    // a is killed with its engine; an engine is started for the waiting reads, and b leaves
    // before it is ready: it must then serve c (not sit busy for ever with no read).
    first.abort();
    expect(await outcome(a)).toBe('CANCELLED');
    second.abort();
    expect(await outcome(b)).toBe('CANCELLED');
    expect(await outcome(c)).toBe('read');
    expect(p.liveWorkers).toBe(1);
    expect(await outcome(p.recognize(blankPage(), readOpts()))).toBe('read');
  });

  it('is answered with OCR_FAILED when no engine is ready within the start time limit, and that thread ends', { timeout: 120_000 }, async () => {
    const p = pool({ startTimeoutMs: 1 });
    const read = p.recognize(blankPage(), readOpts());
    expect(await outcome(read)).toBe('OCR_FAILED');
    await expect(read).rejects.toThrow(/not ready within/);
    expect(p.liveWorkers + p.startingWorkers).toBe(0);
  });
});

describe('closing the pool', () => {
  it.skipIf(!canSeeThreads())('ends the threads still starting before it resolves, and answers waiting reads with CANCELLED', { timeout: 120_000 }, async () => {
    const before = new Set(threadTicks().keys());
    const p = pool({ size: 2 });
    p.warm(2);
    const read = outcome(p.recognize(blankPage(), readOpts()));
    expect(p.startingWorkers).toBe(2);
    await p.close();
    expect(await read).toBe('CANCELLED');
    expect(p.liveWorkers + p.startingWorkers).toBe(0);
    // A worker's thread is gone once its terminate() resolved (libuv's file threads, which
    // reading the language data uses, were started in beforeAll).
    const left = [...threadTicks().keys()].filter((tid) => !before.has(tid));
    expect(left, 'threads started since the pool and still alive after close()').toEqual([]);
  });
});
