/**
 * Pages are read while the PDF's parse still runs: extractDocument feeds each page to read to the
 * OCR hook's `stream` as the parse finds it (the read starts at the first), closes the feed when
 * the parse ends, and stops the read when the document fails or is cancelled (also once the parse
 * has ended and only the read goes on); ocrPages reads from
 * such a feed as pages come, says in its progress that more may come, and stops waiting for the
 * next page on cancel. One generated page read once at 150 dpi.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, type OcrHook, type OcrStreamRequest } from '../../../../electron/core/documents/extractDocument';
import { PageFeed } from '../../../../electron/core/documents/ocr/pageFeed';
import { ocrPages, ocrProgressMessage, type OcrProgress } from '../../../../electron/core/documents/ocr/ocrPages';
import { TesseractPool } from '../../../../electron/core/documents/ocr/tesseractPool';
import { shutdownParseWorker } from '../../../../electron/core/documents/worker/parseInWorker';
import { failureOf } from '../../../helpers/failureOf';
import { makeImageOnlyPdf, makeKnownPdf } from '../../../fixtures/makePdf';
import { joinPdfs, makeScannedPdf, writeTemp } from '../../../fixtures/makeScan';
import { pdfkitBytes } from '../../../fixtures/pdfkitBytes';

let dir: string;
/** Three text pages. */
let digital: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-ocr-stream-'));
  digital = (await makeKnownPdf()).bytes;
});
afterAll(async () => {
  await shutdownParseWorker();
  rmSync(dir, { recursive: true, force: true });
});

describe('PageFeed', () => {
  it('gives each page to one reader in the order added, makes readers wait for the next, and ends them on close', async () => {
    const feed = new PageFeed();
    feed.push(3);
    feed.push(3);
    const first = feed.take();
    const second = feed.take();
    const third = feed.take();
    feed.push(5);
    expect(await first).toBe(3);
    expect(await second).toBe(5);
    expect([feed.count, feed.complete]).toEqual([2, false]);
    feed.close();
    feed.push(7);
    expect(await third).toBeUndefined();
    expect(await feed.take()).toBeUndefined();
    expect([feed.pages, feed.complete]).toEqual([[3, 5], true]);
  });
});

/** A streaming hook that records what it saw, reading each page as "Recognised text of page N." */
function streamingHook(onPage?: (page: number, request: OcrStreamRequest) => Promise<void>): { hook: OcrHook; seen: string[] } {
  const seen: string[] = [];
  const stream = async (request: OcrStreamRequest) => {
    seen.push(`stream (feed ${request.pages.complete ? 'closed' : 'open'})`);
    const read: number[] = [];
    for (let page = await request.pages.take(); page !== undefined; page = await request.pages.take()) {
      seen.push(`page ${page}`);
      read.push(page);
      await onPage?.(page, request);
    }
    seen.push('closed');
    return read.map((page) => ({ page, text: `Recognised text of page ${page}.`, confidence: 90 }));
  };
  const hook: OcrHook = Object.assign(async () => {
    seen.push('called after the parse');
    return [];
  }, { stream });
  return { hook, seen };
}

describe('extractDocument with a hook that reads as pages come', () => {
  it('starts the read at the first page to read while the parse goes on, feeds the pages to read in order, and applies what was read', async () => {
    // A scan, two text pages, a scan.
    const scan = await makeImageOnlyPdf(dir, digital);
    const bytes = await pdfkitBytes((doc) => {
      doc.addPage();
      doc.font('Helvetica').fontSize(11).text('This page has real text on it.', 50, 100, { lineBreak: false });
    });
    const [s, t] = [writeTemp(dir, 's.pdf', scan), writeTemp(dir, 't.pdf', bytes)];
    const file = joinPdfs(dir, [[s, '1'], [t, '1'], [t, '1'], [s, '1']]);
    const { hook, seen } = streamingHook();
    const doc = await extractDocument({ path: file }, { ocr: hook });
    expect(seen).toEqual(['stream (feed open)', 'page 1', 'page 4', 'closed']);
    expect(doc.pages.map((p) => p.text)).toEqual(['Recognised text of page 1.', 'This page has real text on it.', 'This page has real text on it.', 'Recognised text of page 4.']);
    expect(doc.pages.map((p) => p.ocr?.confidence)).toEqual([90, undefined, undefined, 90]);

    // A digital PDF never starts it; `off` never; `force` feeds every page.
    const digitalRun = streamingHook();
    await extractDocument({ bytes: digital, name: 'digital.pdf' }, { ocr: digitalRun.hook });
    expect(digitalRun.seen).toEqual([]);
    const off = streamingHook();
    await extractDocument({ path: file }, { ocr: off.hook, ocrMode: 'off' });
    expect(off.seen).toEqual([]);
    const forced = streamingHook();
    await extractDocument({ bytes: digital, name: 'digital.pdf' }, { ocr: forced.hook, ocrMode: 'force' });
    expect(forced.seen).toEqual(['stream (feed open)', 'page 1', 'page 2', 'page 3', 'closed']);
  });

  it('a cancel during the read stops it (its signal aborts) and the document ends CANCELLED', async () => {
    const controller = new AbortController();
    let readSignal: AbortSignal | undefined;
    const { hook } = streamingHook(async (_page, request) => {
      readSignal = request.signal;
      controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const failure = await failureOf(extractDocument({ bytes: digital, name: 'digital.pdf' }, { ocr: hook, ocrMode: 'force', signal: controller.signal }));
    expect(failure.code).toBe('CANCELLED');
    expect(readSignal?.aborted).toBe(true);
  });

  it('a cancel after the parse ended (the feed closed) still stops the read', async () => {
    const controller = new AbortController();
    let abortedInRead: boolean | undefined;
    const stream = async (request: OcrStreamRequest) => {
      const pages: number[] = [];
      for (let page = await request.pages.take(); page !== undefined; page = await request.pages.take()) pages.push(page);
      // The parse has ended; the read is still going (as OCR's last pages are) when the user cancels.
      controller.abort();
      await new Promise((resolve) => setTimeout(resolve, 0));
      abortedInRead = request.signal?.aborted;
      return pages.map((page) => ({ page, text: `Recognised text of page ${page}.`, confidence: 90 }));
    };
    const hook: OcrHook = Object.assign(async () => [], { stream });
    const failure = await failureOf(extractDocument({ bytes: digital, name: 'digital.pdf' }, { ocr: hook, ocrMode: 'force', signal: controller.signal }));
    expect(failure.code).toBe('CANCELLED');
    expect(abortedInRead).toBe(true);
  });
});

describe('ocrPages reading from a feed', () => {
  it('reads a page before the feed is closed, telling that more may come; stops waiting for the next page on cancel', { timeout: 300_000 }, async () => {
    const source = writeTemp(dir, 'known.pdf', digital);
    const scan = await makeScannedPdf(dir, source, [1], { dpi: 150 });
    const pool = new TesseractPool({ language: 'eng', size: 1 });
    try {
      // Cancelled while waiting for its first page: rejects at once, the pool it was lent left running.
      const controller = new AbortController();
      const waiting = failureOf(ocrPages({ bytes: scan, pages: new PageFeed(), signal: controller.signal }, { pool, maxDpi: 150 }));
      controller.abort();
      expect((await waiting).code).toBe('CANCELLED');
      expect(pool.isClosed).toBe(false);

      const feed = new PageFeed();
      const progress: OcrProgress[] = [];
      let told!: () => void;
      const started = new Promise<void>((resolve) => (told = resolve));
      const reading = ocrPages({ bytes: scan, pages: feed }, { pool, maxDpi: 150, onProgress: (p) => (progress.push(p), told()) });
      feed.push(1);
      // The page is being read while the feed is still open (as while the parse still runs).
      await started;
      expect(progress).toEqual([{ index: 1, total: 1, page: 1, more: true }]);
      expect(ocrProgressMessage(progress[0]!)).toBe('Reading scanned page 1 of 1 so far');
      feed.close();
      const [page] = await reading;
      expect(page!.page).toBe(1);
      expect(page!.paragraphs.map((p) => p.text).join(' ')).toMatch(/\w{4,}/);
    } finally {
      await pool.close();
    }
  });
});
