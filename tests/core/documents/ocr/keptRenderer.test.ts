/**
 * The page-render thread kept between documents (keptPageRenderer.ts): the next document is drawn
 * in the thread the last one left (its own pages, not the last one's), a cancelled document stops
 * it, and a kept thread never holds a process open. Pages at 150 dpi on one kept engine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeKeptPageRenderer, hasKeptPageRenderer } from '../../../../electron/core/documents/ocr/keptPageRenderer';
import { ocrPages, type OcrRunStats } from '../../../../electron/core/documents/ocr/ocrPages';
import { TesseractPool } from '../../../../electron/core/documents/ocr/tesseractPool';
import { failureOf } from '../../../helpers/failureOf';
import { REPO_ROOT } from '../../../helpers/kit';
import { settleWithin } from '../../../helpers/settleWithin';
import { canSeeThreads, threadTicks } from '../../../helpers/threadTicks';
import { makeKnownPdf } from '../../../fixtures/makePdf';
import { makeScannedPdf, pdfPageText, writeTemp } from '../../../fixtures/makeScan';
import { wordF1 } from '../../../fixtures/wordF1';

let dir: string;
let source: string;
const pool = new TesseractPool({ language: 'eng', size: 1 });
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-kept-renderer-'));
  source = writeTemp(dir, 'known.pdf', (await makeKnownPdf()).bytes);
});
afterAll(async () => {
  await Promise.all([pool.close(), closeKeptPageRenderer()]);
  rmSync(dir, { recursive: true, force: true });
});

const newStats = (): OcrRunStats => ({ enginesStarted: 0, engineStartCpuMs: 0, rendererStartCpuMs: 0 });

describe('the render thread kept between documents', () => {
  it.skipIf(!canSeeThreads())('draws the next document in the same thread, its own pages; a cancelled document stops it', { timeout: 300_000 }, async () => {
    const first = await makeScannedPdf(dir, source, [1], { dpi: 150 });
    const second = await makeScannedPdf(dir, source, [3], { dpi: 150 });
    const opts = (stats: OcrRunStats) => ({ pool, stats, keepRenderer: true, maxDpi: 150 });

    const before = new Set(threadTicks().keys());
    const a = newStats();
    const [pageA] = await ocrPages({ bytes: first, pages: [1] }, opts(a));
    expect(a.rendererReused).toBeUndefined();
    expect(hasKeptPageRenderer()).toBe(true);
    const threadsAfterFirst = new Set([...threadTicks().keys()].filter((t) => !before.has(t)));

    const b = newStats();
    const [pageB] = await ocrPages({ bytes: second, pages: [1] }, opts(b));
    expect(b.rendererReused).toBe(true);
    // No thread was started for the second document.
    expect([...threadTicks().keys()].filter((t) => !before.has(t) && !threadsAfterFirst.has(t))).toEqual([]);
    const text = (p: typeof pageA) => p!.paragraphs.map((x) => x.text).join('\n');
    expect(wordF1(text(pageA), pdfPageText(source, 1))).toBeGreaterThan(0.9);
    expect(wordF1(text(pageB), pdfPageText(source, 3))).toBeGreaterThan(0.9);

    // Cancelled as its first page starts: the kept thread it took is stopped, not kept again.
    const controller = new AbortController();
    const c = newStats();
    const failure = await settleWithin(failureOf(ocrPages({ bytes: first, pages: [1], signal: controller.signal }, { ...opts(c), onProgress: () => controller.abort() })), 120_000, 'the cancelled run');
    expect(failure.code).toBe('CANCELLED');
    expect(c.rendererReused).toBe(true);
    expect(hasKeptPageRenderer()).toBe(false);
  });

  it('does not hold a process open while kept', { timeout: 120_000 }, async () => {
    const scan = writeTemp(dir, 'scan.pdf', await makeScannedPdf(dir, source, [1], { dpi: 150 }));
    const child = path.join(dir, 'child.mts');
    const kept = JSON.stringify(path.join(REPO_ROOT, 'electron/core/documents/ocr/keptPageRenderer.ts'));
    writeFileSync(
      child,
      [
        `import { readFileSync } from 'node:fs';`,
        `import { openKeptPageRenderer, keepPageRenderer, hasKeptPageRenderer } from ${kept};`,
        `const { renderer } = await openKeptPageRenderer(new Uint8Array(readFileSync(${JSON.stringify(scan)})), undefined, 60_000);`,
        `keepPageRenderer(renderer);`,
        // Fires once nothing holds the event loop: with the thread still kept, not after its idle stop.
        `process.once('beforeExit', () => console.log('renderer kept at exit: ' + hasKeptPageRenderer()));`,
      ].join('\n'),
    );
    const p = spawn(process.execPath, ['--import', 'tsx', child], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const ended = new Promise<void>((resolve, reject) => {
      p.on('error', reject);
      p.on('close', () => resolve());
    });
    // A kept thread that held the process would keep it for ever (its idle timer alone does not).
    await settleWithin(ended, 90_000, 'the child process with a kept render thread').catch((e: unknown) => {
      p.kill();
      throw e;
    });
    expect(stdout).toContain('renderer kept at exit: true');
  });
});
