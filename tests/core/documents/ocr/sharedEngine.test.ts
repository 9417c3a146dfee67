/**
 * The engine's WebAssembly is compiled once per process and handed to every OCR thread
 * (tesseractPool.ts): engines started after a cancel terminated every thread read with it, two at
 * once, as well as the first did. One generated page at 150 dpi.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrPages } from '../../../../electron/core/documents/ocr/ocrPages';
import { TesseractPool } from '../../../../electron/core/documents/ocr/tesseractPool';
import { failureOf } from '../../../helpers/failureOf';
import { canSeeThreads, computingSince, followUntilEnded, threadTicks, TICKS_PER_SECOND, waitForComputing } from '../../../helpers/threadTicks';
import { makeKnownPdf } from '../../../fixtures/makePdf';
import { makeScannedPdf, pdfPageText, writeTemp } from '../../../fixtures/makeScan';
import { wordF1 } from '../../../fixtures/wordF1';

let dir: string;
let source: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-shared-engine-'));
  source = writeTemp(dir, 'known.pdf', (await makeKnownPdf()).bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (page: Awaited<ReturnType<typeof ocrPages>>[number] | undefined): string => page!.paragraphs.map((p) => p.text).join('\n');

describe('one compiled engine for every OCR thread of the process', () => {
  it.skipIf(!canSeeThreads())('engines started after a cancel stopped every thread read with it, side by side', { timeout: 300_000 }, async () => {
    const scan = await makeScannedPdf(dir, source, [1], { dpi: 150 });
    const first = new TesseractPool({ language: 'eng', size: 1 });
    const before = new Set(threadTicks().keys());
    const controller = new AbortController();
    const settled = failureOf(ocrPages({ bytes: scan, pages: [1], signal: controller.signal }, { pool: first, maxDpi: 150 }));
    // Observed, not timed: the engine and the render thread this run started are computing.
    await waitForComputing(before, 2, TICKS_PER_SECOND / 5, { also: () => first.liveWorkers === 1, work: settled, giveUpMs: 240_000 });
    const threads = computingSince(before, TICKS_PER_SECOND / 5);
    controller.abort();
    expect((await settled).code).toBe('CANCELLED');
    await first.close();
    const after = await followUntilEnded(threads, TICKS_PER_SECOND);
    expect(after.alive).toBe(0);
    expect(first.liveWorkers).toBe(0);

    const second = new TesseractPool({ language: 'eng', size: 2 });
    try {
      // Both engines instantiate the module the process compiled; then each reads the page.
      second.warm(2);
      for (let waited = 0; second.liveWorkers < 2; waited += 50) {
        if (waited > 240_000 || second.startingWorkers + second.liveWorkers < 2) throw new Error(`engines: ${second.liveWorkers} started, ${second.startingWorkers} starting`);
        await new Promise((r) => setTimeout(r, 50));
      }
      const [a, b] = await Promise.all([1, 2].map(() => ocrPages({ bytes: scan, pages: [1] }, { pool: second, maxDpi: 150 })));
      expect(second.startStats.engines).toBe(2);
      expect(text(a![0])).toBe(text(b![0]));
      expect(wordF1(text(a![0]), pdfPageText(source, 1))).toBeGreaterThan(0.9);
    } finally {
      await second.close();
    }
  });
});
