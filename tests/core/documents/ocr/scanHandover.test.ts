/**
 * A scanned page's image is decoded once: the parse (which decodes it anyway, listing the page's
 * drawing operations to tell a scan from a blank page) hands it over to OCR ready to read, and
 * OCR reads it instead of decoding and taking it again in the render thread. The image handed
 * over equals, byte for byte, the one the render thread takes; a page that must be drawn is not
 * handed over (and only such a page has the render thread started early); OCR reads the handed
 * image to the same text. One generated page read twice at 150 dpi.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, type OcrHook, type OcrHookRequest } from '../../../../electron/core/documents/extractDocument';
import { closeKeptTesseractPools } from '../../../../electron/core/documents/ocr/keptTesseractPools';
import { ocrPages, type OcrRunStats } from '../../../../electron/core/documents/ocr/ocrPages';
import type { PageScan } from '../../../../electron/core/documents/ocr/pageScan';
import { PageRenderer } from '../../../../electron/core/documents/ocr/pageRenderer';
import { TesseractPool } from '../../../../electron/core/documents/ocr/tesseractPool';
import { readPdf } from '../../../../electron/core/documents/pdf/readPdf';
import { shutdownParseWorker } from '../../../../electron/core/documents/worker/parseInWorker';
import { pdfkitBytes } from '../../../fixtures/pdfkitBytes';
import { makeKnownPdf } from '../../../fixtures/makePdf';
import { makeScannedPdf, writeTemp } from '../../../fixtures/makeScan';
import { seededRandom } from '../../../helpers/seededRandom';

let dir: string;
/** Four 6 × 8 inch pages: a 100 dpi grey "scan", another, a text page, the scan under a visible Bates stamp. */
let mixed: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-scan-handover-'));
  // 4-pixel squares of random greys: any resampling would show, and no lone pixels for the speckle filter.
  const [width, height] = [600, 800];
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const data = ctx.createImageData(width, height);
  const rand = seededRandom(9);
  const squares = Array.from({ length: (width / 4) * (height / 4) }, () => Math.floor(rand() * 256));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = squares[(y >> 2) * (width / 4) + (x >> 2)]!;
      data.data.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  ctx.putImageData(data, 0, 0);
  const png = canvas.toBuffer('image/png');
  mixed = await pdfkitBytes((doc) => {
    for (let i = 0; i < 2; i++) {
      doc.addPage({ size: [432, 576], margin: 0 });
      doc.image(png, 0, 0, { width: 432, height: 576 });
    }
    doc.addPage({ size: [432, 576], margin: 0 });
    doc.font('Helvetica').fontSize(11).text('This page has real text on it.', 50, 100, { lineBreak: false });
    doc.addPage({ size: [432, 576], margin: 0 });
    doc.image(png, 0, 0, { width: 432, height: 576 });
    doc.font('Helvetica').fontSize(9).text('PRECIS-000123', 320, 552, { lineBreak: false });
  });
});
afterAll(async () => {
  await Promise.all([closeKeptTesseractPools(), shutdownParseWorker()]);
  rmSync(dir, { recursive: true, force: true });
});

/** The scans readPdf hands over, by page. */
async function handed(bytes: Uint8Array, scanImages?: { maxDpi: number; maxBytes: number }): Promise<Map<number, PageScan>> {
  const scans = new Map<number, PageScan>();
  await readPdf(bytes.slice(), { maxPages: 10, ...(scanImages ? { scanImages } : {}), onPage: (n, _total, _ocr, scan) => scan && scans.set(n, scan) });
  return scans;
}

describe('scanned pages handed from the parse to OCR', () => {
  it('the parse hands over the full-page scans, byte for byte as the render thread takes them, within its byte budget', { timeout: 60_000 }, async () => {
    const scans = await handed(mixed, { maxDpi: 100, maxBytes: 64 * 1024 * 1024 });
    expect([...scans.keys()]).toEqual([1, 2]);
    const renderer = await PageRenderer.open(mixed.slice(), undefined, 60_000);
    try {
      for (const page of [1, 2]) {
        const taken = await renderer.render(page, 100, 0, 60_000);
        expect(taken.source).toBe('image');
        const scan = scans.get(page)!;
        expect({ ...scan, image: undefined }).toEqual({ width: 600, height: 800, dpi: 100, despeckled: false, pageWidth: 432, pageHeight: 576, image: undefined });
        expect(Buffer.from(scan.image).equals(Buffer.from(taken.image))).toBe(true);
      }
    } finally {
      await renderer.close();
    }
    // Wanted at another resolution the scan would be drawn: nothing is handed over.
    expect((await handed(mixed, { maxDpi: 300, maxBytes: 64 * 1024 * 1024 })).size).toBe(0);
    // The budget is spent by the first page.
    expect([...(await handed(mixed, { maxDpi: 100, maxBytes: 1 })).keys()]).toEqual([1]);
    expect((await handed(mixed)).size).toBe(0);
  });

  it('extractDocument gives a hook with a scan resolution the handed images, and starts drawing only for a page that needs it', async () => {
    const calls: string[] = [];
    let images: OcrHookRequest['images'];
    const read = async (request: OcrHookRequest) => {
      calls.push(`read ${request.pages.join(',')}`);
      images = request.images;
      return request.pages.map((page) => ({ page, text: `Recognised text of page ${page}.`, confidence: 90 }));
    };
    const hook: OcrHook = Object.assign(read, {
      scanDpi: 100,
      prepare: () => {
        calls.push('prepare');
        return { want: (n: number) => calls.push(`want ${n}`), draw: () => calls.push('draw'), done: () => calls.push('done') };
      },
    });
    await extractDocument({ bytes: mixed, name: 'mixed.pdf' }, { ocr: hook });
    // Page 4's stamp shows, so that page is drawn: the only one that asks for drawing.
    expect(calls).toEqual(['prepare', 'want 1', 'want 2', 'want 3', 'draw', 'read 1,2,4', 'done']);
    expect([...(images?.keys() ?? [])]).toEqual([1, 2]);
    expect(images?.get(1)).toMatchObject({ width: 600, height: 800, dpi: 100 });
    // Off, nothing is handed over (nor read).
    calls.length = 0;
    images = undefined;
    await extractDocument({ bytes: mixed, name: 'mixed.pdf' }, { ocr: hook, ocrMode: 'off' });
    expect(calls).toEqual([]);
  });

  it('OCR reads a handed scan without drawing it, to the same text as the drawn page', { timeout: 300_000 }, async () => {
    const source = writeTemp(dir, 'known.pdf', (await makeKnownPdf()).bytes);
    const scan = await makeScannedPdf(dir, source, [1], { dpi: 150 });
    const pool = new TesseractPool({ language: 'eng', size: 1 });
    try {
      const stats = (): OcrRunStats => ({ enginesStarted: 0, engineStartCpuMs: 0, rendererStartCpuMs: 0 });
      const drawnStats = stats();
      const [drawn] = await ocrPages({ bytes: scan, pages: [1] }, { pool, stats: drawnStats, maxDpi: 150 });
      const images = await handed(scan, { maxDpi: 150, maxBytes: 64 * 1024 * 1024 });
      expect(images.size).toBe(1);
      const handedStats = stats();
      const [fromParse] = await ocrPages({ bytes: scan, pages: [1], images }, { pool, stats: handedStats, maxDpi: 150 });
      expect(drawnStats.pagesHanded).toBeUndefined();
      expect(handedStats.pagesHanded).toBe(1);
      // Taken, not kept: the map no longer holds the image.
      expect(images.size).toBe(0);
      expect(fromParse!.paragraphs.map((p) => p.text)).toEqual(drawn!.paragraphs.map((p) => p.text));
      expect(fromParse!.paragraphs.map((p) => p.text).join(' ')).toMatch(/\w{4,}/);
    } finally {
      await pool.close();
    }
  });
});
