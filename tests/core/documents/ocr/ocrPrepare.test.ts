/**
 * OCR's engines start while the PDF is still parsed (extractDocument's `prepare` on the OCR hook):
 * as soon as the parse meets a page without a usable text layer, at once with `force`, and never
 * for a document with no page to read. A cancel stops what was started, whether it comes during
 * the parse or the reading.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, type OcrHook, type OcrMode } from '../../../../electron/core/documents/extractDocument';
import { createOcrHook } from '../../../../electron/core/documents/ocr/createOcrHook';
import { closeKeptPageRenderer, hasKeptPageRenderer } from '../../../../electron/core/documents/ocr/keptPageRenderer';
import { closeKeptTesseractPools, keptEngineCount } from '../../../../electron/core/documents/ocr/keptTesseractPools';
import { readPdf } from '../../../../electron/core/documents/pdf/readPdf';
import { shutdownParseWorker } from '../../../../electron/core/documents/worker/parseInWorker';
import { failureOf } from '../../../helpers/failureOf';
import { canSeeThreads, computingSince, followUntilEnded, threadTicks, TICKS_PER_SECOND, waitForComputing } from '../../../helpers/threadTicks';
import { makeImageOnlyPdf, makeKnownPdf } from '../../../fixtures/makePdf';
import { makeScannedPdf, writeTemp } from '../../../fixtures/makeScan';

let dir: string;
/** Three text pages. */
let digital: Uint8Array;
/** An image-only page, then a text page. */
let mixed: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-ocr-prepare-'));
  digital = (await makeKnownPdf()).bytes;
  mixed = await makeImageOnlyPdf(dir, digital, { textPage: true });
});
afterEach(async () => {
  await Promise.all([closeKeptTesseractPools(), closeKeptPageRenderer()]);
});
afterAll(async () => {
  await shutdownParseWorker();
  rmSync(dir, { recursive: true, force: true });
});

/** A hook that reads nothing but records, in order, what extractDocument asked of it. */
function recordingHook(): { hook: OcrHook; calls: string[] } {
  const calls: string[] = [];
  const read = async (request: { pages: number[] }) => {
    calls.push(`read ${request.pages.join(',')}`);
    return request.pages.map((page) => ({ page, text: `Recognised text of page ${page}.`, confidence: 90 }));
  };
  const hook: OcrHook = Object.assign(read, {
    prepare: () => {
      calls.push('prepare');
      return { want: (n: number) => calls.push(`want ${n}`), done: () => calls.push('done') };
    },
  });
  return { hook, calls };
}

describe('OCR prepared during the parse', () => {
  it('the parse tells, page by page, which pages have no usable text layer', async () => {
    const seen: string[] = [];
    await readPdf(mixed.slice(), { maxPages: 10, onPage: (done, total, ocr) => seen.push(`${done}/${total} ${ocr}`) });
    expect(seen).toEqual(['1/2 true', '2/2 false']);
  });

  it('auto starts it at the first page to read and never for a digital PDF; force at once; off, text and Word files never', async () => {
    const run = async (bytes: Uint8Array, name: string, ocrMode: OcrMode): Promise<string[]> => {
      const { hook, calls } = recordingHook();
      await extractDocument({ bytes, name }, { ocr: hook, ocrMode });
      return calls;
    };
    expect(await run(digital, 'digital.pdf', 'auto')).toEqual([]);
    expect(await run(mixed, 'mixed.pdf', 'auto')).toEqual(['prepare', 'want 1', 'read 1', 'done']);
    // Asked for at once (before the page count is known), then for every page as the parse reads them.
    expect(await run(digital, 'digital.pdf', 'force')).toEqual(['prepare', 'want 1', 'want 3', 'read 1,2,3', 'done']);
    expect(await run(mixed, 'mixed.pdf', 'off')).toEqual([]);
    expect(await run(new TextEncoder().encode('A plain text agreement.\n\n1. Term. One year.'), 'a.txt', 'force')).toEqual([]);
  });

  it('what was started is given back when the document fails after it', async () => {
    const { hook, calls } = recordingHook();
    // The parse refuses the document (too many pages) after the engines were asked for.
    const failure = await failureOf(extractDocument({ bytes: mixed, name: 'mixed.pdf' }, { ocr: hook, ocrMode: 'force', limits: { maxPages: 1 } }));
    expect(failure.code).toBe('TOO_MANY_PAGES');
    expect(calls).toEqual(['prepare', 'want 1', 'done']);
  });

  it('the real hook starts no engine and no render thread for a digital PDF', async () => {
    const doc = await extractDocument({ bytes: digital, name: 'digital.pdf' }, { ocr: createOcrHook({ workers: 2 }) });
    expect(doc.pages).toHaveLength(3);
    expect(keptEngineCount()).toBe(0);
    expect(hasKeptPageRenderer()).toBe(false);
  });

  it.skipIf(!canSeeThreads())('a cancel once the engines compute stops every thread the document started, within a second of CPU', { timeout: 300_000 }, async () => {
    const scans = writeTemp(dir, 'scans.pdf', await makeScannedPdf(dir, writeTemp(dir, 'known.pdf', digital), [1, 2, 3], { dpi: 200 }));
    const before = new Set(threadTicks().keys());
    const controller = new AbortController();
    const hook = createOcrHook({ workers: 2 });
    let prepared = false;
    const prepare = hook.prepare!;
    hook.prepare = (signal) => {
      prepared = true;
      return prepare(signal);
    };
    const settled = failureOf(extractDocument({ path: scans }, { ocr: hook, ocrMode: 'force', signal: controller.signal }));
    // Observed, not timed: the engines were asked for, and three threads this document started
    // (the parse, engines, the render thread) have each computed for a tenth of a second.
    await waitForComputing(before, 3, TICKS_PER_SECOND / 10, { also: () => prepared && keptEngineCount() > 0, work: settled, giveUpMs: 240_000 });
    const started = computingSince(before, TICKS_PER_SECOND / 10);
    controller.abort();
    expect((await settled).code).toBe('CANCELLED');
    // The parse thread is not OCR's: one that finished before the abort is kept for the next document.
    await shutdownParseWorker();
    const after = await followUntilEnded(started, TICKS_PER_SECOND);
    for (const [tid, ticks] of after.spent) expect(ticks, `CPU ticks of thread ${tid} after the abort`).toBeLessThan(TICKS_PER_SECOND);
    expect(after.alive).toBe(0);
    expect(keptEngineCount()).toBe(0);
    expect(hasKeptPageRenderer()).toBe(false);
  });
});
