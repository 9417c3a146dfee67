/**
 * Engines kept between documents (keptTesseractPools.ts): a second document reads with the engines
 * the first left running, a cancelled one stops them, and kept engines never keep a process alive.
 * One generated page at 150 dpi, read twice; one engine started in a child process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { borrowTesseractPool, closeKeptTesseractPools } from '../../../../electron/core/documents/ocr/keptTesseractPools';
import { ocrPages } from '../../../../electron/core/documents/ocr/ocrPages';
import { REPO_ROOT } from '../../../helpers/kit';
import { makeKnownPdf } from '../../../fixtures/makePdf';
import { makeScannedPdf, writeTemp } from '../../../fixtures/makeScan';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-kept-ocr-'));
});
afterAll(async () => {
  await closeKeptTesseractPools();
  rmSync(dir, { recursive: true, force: true });
});

describe('Tesseract engines kept between documents', () => {
  it('a second document starts no engine; a cancelled document stops the kept ones', { timeout: 300_000 }, async () => {
    const source = writeTemp(dir, 'known.pdf', (await makeKnownPdf()).bytes);
    const scan = await makeScannedPdf(dir, source, [1], { dpi: 150 });
    const read = async (pool: ReturnType<typeof borrowTesseractPool>['pool']) => {
      const stats = { enginesStarted: 0, engineStartCpuMs: 0, rendererStartCpuMs: 0 };
      const [page] = await ocrPages({ bytes: scan, pages: [1] }, { pool, stats, workers: 1, maxDpi: 150 });
      return { text: page!.paragraphs.map((p) => p.text).join('\n'), started: stats.enginesStarted };
    };
    const first = borrowTesseractPool({ language: 'eng', size: 1 });
    const a = await read(first.pool);
    first.release();
    expect(a.started).toBe(1);
    expect(a.text).toMatch(/\w{4,}/);
    expect(first.pool.liveWorkers).toBe(1);

    const second = borrowTesseractPool({ language: 'eng', size: 1 });
    expect(second.pool).toBe(first.pool);
    const b = await read(second.pool);
    expect(b.started).toBe(0);
    expect(b.text).toBe(a.text);

    second.discard();
    expect(second.pool.isClosed).toBe(true);
    expect(second.pool.liveWorkers).toBe(0);
    const third = borrowTesseractPool({ language: 'eng', size: 1 });
    expect(third.pool).not.toBe(first.pool);
    third.release();
  });

  it('a lease given back twice counts once: a cancelled document does not stop engines another one left kept', () => {
    // Leases only: no engine is started.
    const cancelled = borrowTesseractPool({ language: 'eng', size: 3 });
    const other = borrowTesseractPool({ language: 'eng', size: 3 });
    expect(other.pool).toBe(cancelled.pool);
    cancelled.discard();
    expect(cancelled.pool.isClosed).toBe(false);
    other.release();
    cancelled.discard();
    expect(other.pool.isClosed).toBe(false);
    const next = borrowTesseractPool({ language: 'eng', size: 3 });
    expect(next.pool).toBe(other.pool);
    next.discard();
    expect(next.pool.isClosed).toBe(true);
  });

  it('a process ends with engines kept idle: they do not hold it open until they are stopped', { timeout: 120_000 }, async () => {
    const child = path.join(dir, 'child.mts');
    const pools = JSON.stringify(path.join(REPO_ROOT, 'electron/core/documents/ocr/keptTesseractPools.ts'));
    writeFileSync(
      child,
      [
        `import { borrowTesseractPool } from ${pools};`,
        `const lease = borrowTesseractPool({ language: 'eng', size: 1 });`,
        `lease.pool.warm(1);`,
        `while (lease.pool.liveWorkers < 1) await new Promise((r) => setTimeout(r, 50));`,
        `lease.release();`,
        // Fires once nothing holds the event loop: with the engine still kept (1), not after the pool's idle stop (0).
        `process.once('beforeExit', () => console.log('engines kept at exit: ' + lease.pool.liveWorkers));`,
      ].join('\n'),
    );
    const out = await new Promise<string>((resolve, reject) => {
      const p = spawn(process.execPath, ['--import', 'tsx', child], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      let stdout = '';
      p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      p.on('error', reject);
      p.on('close', () => resolve(stdout));
    });
    expect(out).toContain('engines kept at exit: 1');
  });
});
