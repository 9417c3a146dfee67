/**
 * Text read by OCR is capped into blocks exactly as text-layer text is: a paragraph longer than the
 * block cap becomes several blocks on the same page, each cited to it (scanned, with the page's
 * confidence). The reading comes through the OCR seam as the engine's hook hands it over, so the
 * test needs no minutes of recognition to get a paragraph of 20,000 characters.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationOf, formatCitation } from '../../../../shared/document';
import { extractDocument, type OcrHook } from '../../../../electron/core/documents/extractDocument';
import { MAX_BLOCK_CHARS } from '../../../../electron/core/documents/structure/capBlockText';
import { shutdownParseWorker } from '../../../../electron/core/documents/worker/parseInWorker';
import { makeImageOnlyPdf, makeKnownPdf } from '../../../fixtures/makePdf';

let work: string;
let scanned: Uint8Array;
beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'precis-ocr-blocks-'));
  // One image-only page, then a page with a real text layer.
  scanned = await makeImageOnlyPdf(work, (await makeKnownPdf()).bytes, { textPage: true });
});
afterAll(async () => {
  await shutdownParseWorker();
  rmSync(work, { recursive: true, force: true });
});

const SENTENCE = 'The Licensee shall pay every invoice within thirty days of its date, without set-off or deduction of any kind. ';

describe('OCR text is capped into blocks like text-layer text', () => {
  it('splits a scanned paragraph over the cap into several cited blocks on its page, losing nothing', async () => {
    const long = SENTENCE.repeat(Math.ceil((MAX_BLOCK_CHARS * 2.5) / SENTENCE.length)).trim();
    const rects = [{ x: 72, y: 90, width: 450, height: 600 }];
    const requested: number[][] = [];
    const hook: OcrHook = async (request) => {
      requested.push(request.pages);
      return request.pages.map((page) => ({
        page,
        text: `1. Payment\n\n${long}\n\nA short closing line.`,
        paragraphs: [
          { text: '1. Payment', rects },
          { text: long, rects },
          { text: 'A short closing line.', rects },
        ],
        confidence: 88,
      }));
    };
    const doc = await extractDocument({ bytes: scanned, name: 'scan.pdf' }, { ocr: hook, ocrMode: 'auto' });
    expect(requested).toEqual([[1]]);
    const pieces = doc.blocks.filter((b) => b.page === 1 && b.text.startsWith('The Licensee') && b.text !== 'A short closing line.');
    expect(pieces.length).toBe(Math.ceil(long.length / MAX_BLOCK_CHARS));
    for (const b of pieces) {
      expect(b.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
      expect(b.scanned).toBe(88);
      expect(b.rects).toEqual(rects);
    }
    expect(pieces.map((b) => b.text).join(' ')).toBe(long);
    // Every block has its own id, and each citation leads back to its block on the scanned page.
    const ids = doc.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of pieces) {
      const c = citationOf(b);
      const target = doc.blocks.find((x) => x.id === c.blockId);
      expect(target?.text).toBe(b.text);
      expect(formatCitation(c)).toMatch(/^\[p\. 1, scanned, 88 %/);
    }
    // The page's text keeps the whole paragraph; the text-layer page is untouched.
    expect(doc.pages[0]!.text).toContain(long);
    expect(doc.pages[0]!.ocr).toEqual({ confidence: 88 });
    expect(doc.blocks.filter((b) => b.page === 2).every((b) => b.scanned === undefined)).toBe(true);
  });
});
