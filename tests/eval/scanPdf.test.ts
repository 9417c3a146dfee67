/** The eval's scan rewrite: an image-only PDF of every page, the same on every run; and the every-Nth choice of contracts. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { OFFICE_SCAN, scanPdfBytes } from './scanPdf';
import { everyNth, halves } from './termsEval';
import type { CuadContract } from './cuadLabels';

const dir = mkdtempSync(path.join(tmpdir(), 'precis-scan-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function textPdf(pages: number): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([612, 792]).drawText(`Supply Agreement between Harbor Lane Inc. and Nordlicht GmbH, page ${i}`, { x: 72, y: 700, size: 12, font });
  const file = path.join(dir, `text-${pages}.pdf`);
  writeFileSync(file, await doc.save());
  return file;
}

describe('scanPdfBytes', () => {
  it('gives one image a page at the scan resolution and no text layer, the same bytes twice', { timeout: 60_000 }, async () => {
    const source = await textPdf(1);
    expect(execFileSync('pdftotext', [source, '-'], { encoding: 'utf8' })).toContain('Harbor Lane');
    const scan = await scanPdfBytes(source, OFFICE_SCAN);
    const file = path.join(dir, 'scan.pdf');
    writeFileSync(file, scan);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).trim()).toBe('');
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/\b2550\s+3300\b.*\bjpeg\b.*\b300\s+300\b/);
    expect(Buffer.from(await scanPdfBytes(source, OFFICE_SCAN)).equals(Buffer.from(scan))).toBe(true);
  });
});

describe('everyNth', () => {
  const contract = (pdf: string): CuadContract => ({ pdf }) as CuadContract;
  const names = ['e.pdf', 'a.pdf', 'g.pdf', 'c.pdf', 'b.pdf', 'f.pdf', 'd.pdf'];
  it('takes places 0, n, 2n… in file-name order, whatever the folder order', () => {
    expect(everyNth(names.map(contract), 3).map((c) => c.pdf)).toEqual(['a.pdf', 'd.pdf', 'g.pdf']);
  });
  it('draws on both halves with an odd n, on one with an even n', () => {
    const all = names.map(contract);
    const inA = new Set(halves(all).a.map((c) => c.pdf));
    expect(new Set(everyNth(all, 3).map((c) => inA.has(c.pdf)))).toEqual(new Set([true, false]));
    expect(new Set(everyNth(all, 2).map((c) => inA.has(c.pdf)))).toEqual(new Set([true]));
  });
});
