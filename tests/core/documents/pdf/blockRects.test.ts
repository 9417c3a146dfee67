import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts, degrees, type PDFFont, type PDFPage } from 'pdf-lib';
import { extractDocument } from '../../../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../../../electron/core/documents/worker/parseInWorker';
import type { Block, ExtractedDocument, Rect } from '../../../../shared/document';

afterAll(async () => {
  await shutdownParseWorker();
});

const SIZE = 11;

/** A line drawn at (x, y) in the page's own PDF space (origin bottom-left), with its advance width. */
interface Drawn {
  text: string;
  x: number;
  y: number;
  width: number;
}

async function build(setup: (page: PDFPage, font: PDFFont, draw: (text: string, x: number, y: number) => Drawn) => void): Promise<{ bytes: Uint8Array }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const draw = (text: string, x: number, y: number): Drawn => {
    page.drawText(text, { x, y, size: SIZE, font });
    return { text, x, y, width: font.widthOfTextAtSize(text, SIZE) };
  };
  setup(page, font, draw);
  return { bytes: await pdf.save() };
}

async function extract(bytes: Uint8Array): Promise<ExtractedDocument> {
  return extractDocument({ bytes, name: 'rects.pdf' });
}

function blockWith(doc: ExtractedDocument, words: string): Block {
  const b = doc.blocks.find((x) => x.text.includes(words));
  if (!b) throw new Error(`no block with "${words}" in ${JSON.stringify(doc.blocks.map((x) => x.text))}`);
  return b;
}

/** The rectangle expected around an upright line, in display coordinates whose origin is (left, top) of PDF space. */
function uprightRect(d: Drawn, left: number, top: number): Rect {
  return { x: d.x - left, y: top - d.y - 0.8 * SIZE, width: d.width, height: 1.02 * SIZE };
}

/** Within a point, and within 1.5% along a line: pdf.js measures unembedded Helvetica with its own metrics. */
function expectClose(actual: Rect | undefined, expected: Rect): void {
  expect(actual, 'rect').toBeDefined();
  for (const k of ['x', 'y', 'width', 'height'] as const) {
    const tolerance = Math.max(1, 0.015 * expected[k]);
    expect(Math.abs(actual![k] - expected[k]), `${k}: ${actual![k]} vs ${expected[k]}`).toBeLessThanOrEqual(tolerance);
  }
}

describe('block rectangles from PDF ingestion', () => {
  it('gives each line of a paragraph its rectangle, in points from the top-left of the page, with the page size', async () => {
    const lines: Drawn[] = [];
    const { bytes } = await build((_page, _font, draw) => {
      lines.push(draw('1. The Supplier shall deliver the goods to the Customer at the', 72, 700));
      lines.push(draw('address named in the order, within thirty days of each order.', 72, 686));
      lines.push(draw('2. The Customer shall pay each invoice within thirty days.', 72, 650));
    });
    const doc = await extract(bytes);
    expect(doc.pages[0]!.size).toEqual({ width: 595, height: 842 });
    const first = blockWith(doc, 'Supplier shall deliver');
    expect(first.rects).toHaveLength(2);
    expectClose(first.rects![0], uprightRect(lines[0]!, 0, 842));
    expectClose(first.rects![1], uprightRect(lines[1]!, 0, 842));
    const second = blockWith(doc, 'Customer shall pay');
    expect(second.rects).toHaveLength(1);
    expectClose(second.rects![0], uprightRect(lines[2]!, 0, 842));
  });

  it('keeps each column of a two-column page on its side of the gutter', async () => {
    const left: Drawn[] = [];
    const right: Drawn[] = [];
    const { bytes } = await build((_page, _font, draw) => {
      for (let i = 0; i < 8; i++) {
        // Drawn across both columns line by line: content order is not reading order.
        left.push(draw(`Left clause line ${i + 1} reads in the first column`, 50, 760 - i * 14));
        right.push(draw(`Right clause line ${i + 1} reads in the second column`, 320, 760 - i * 14));
      }
    });
    const doc = await extract(bytes);
    const l = blockWith(doc, 'Left clause line 1');
    const r = blockWith(doc, 'Right clause line 1');
    expect(l.text).not.toContain('Right');
    expect(l.rects).toHaveLength(8);
    expect(r.rects).toHaveLength(8);
    l.rects!.forEach((rect, i) => expectClose(rect, uprightRect(left[i]!, 0, 842)));
    r.rects!.forEach((rect, i) => expectClose(rect, uprightRect(right[i]!, 0, 842)));
    for (const rect of l.rects!) expect(rect.x + rect.width).toBeLessThan(320);
    for (const rect of r.rects!) expect(rect.x).toBeGreaterThanOrEqual(319);
  });

  it('measures from the crop box of a cropped page', async () => {
    const lines: Drawn[] = [];
    const { bytes } = await build((page, _font, draw) => {
      page.setCropBox(40, 300, 450, 400);
      lines.push(draw('The Licensee shall keep the software confidential at all times.', 60, 600));
    });
    const doc = await extract(bytes);
    expect(doc.pages[0]!.size).toEqual({ width: 450, height: 400 });
    // Display origin: the crop box's top-left corner, (40, 700) in PDF space.
    expectClose(blockWith(doc, 'Licensee shall keep').rects![0], uprightRect(lines[0]!, 40, 700));
  });

  it('follows the page rotation: a /Rotate 90 page is shown turned clockwise', async () => {
    const lines: Drawn[] = [];
    const { bytes } = await build((page, _font, draw) => {
      page.setRotation(degrees(90));
      lines.push(draw('This Agreement is governed by the laws of the State of New York.', 100, 500));
    });
    const doc = await extract(bytes);
    // Turned clockwise, the 595 x 842 page displays 842 wide and 595 tall, and a point (x, y) of
    // PDF space lands at (y, x): the line now runs downwards, its glyphs' tops pointing right.
    expect(doc.pages[0]!.size).toEqual({ width: 842, height: 595 });
    const d = lines[0]!;
    expectClose(blockWith(doc, 'governed by the laws').rects![0], { x: d.y - 0.22 * SIZE, y: d.x, width: 1.02 * SIZE, height: d.width });
  });

  it('finds text drawn upright on a rotated page (a landscape page) where it is shown', async () => {
    let drawn: Drawn | undefined;
    const { bytes } = await build((page, font) => {
      page.setRotation(degrees(90));
      // Drawn rotated a quarter turn counter-clockwise, so it reads left to right once the page is turned.
      const text = 'The Landlord shall repair the roof within ten days of notice.';
      page.drawText(text, { x: 300, y: 100, size: SIZE, font, rotate: degrees(90) });
      drawn = { text, x: 300, y: 100, width: font.widthOfTextAtSize(text, SIZE) };
    });
    const doc = await extract(bytes);
    const d = drawn!;
    // Baseline starts at display (y, x) = (100, 300) and runs right; the glyphs rise towards smaller y.
    expectClose(blockWith(doc, 'Landlord shall repair').rects![0], { x: d.y, y: d.x - 0.8 * SIZE, width: d.width, height: 1.02 * SIZE });
  });
});
