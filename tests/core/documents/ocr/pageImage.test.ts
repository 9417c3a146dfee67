/**
 * A scanned page that is one upright full-page image is read from that image instead of being
 * drawn: the pure checks on pdf.js's operator list and decoded image, and the render thread's
 * output, which must equal the scan's own pixels byte for byte (so OCR reads exactly what it read
 * when the page was drawn), while any page with something else that shows is still drawn.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { greyFromImage, soleFullPageImage } from '../../../../electron/core/documents/ocr/pageImage';
import { PageRenderer } from '../../../../electron/core/documents/ocr/pageRenderer';
import { pdfkitBytes } from '../../../fixtures/pdfkitBytes';
import { seededRandom } from '../../../helpers/seededRandom';

const OPS = { setGState: 9, save: 10, restore: 11, transform: 12, dependency: 1, paintImageXObject: 85, beginText: 31, endText: 32, setFont: 37, showText: 44, setTextRenderingMode: 38, setFillRGBColor: 59, constructPath: 91, fill: 22 };
const LETTER = [0, 0, 612, 792];
/** A page drawn as pdfkit writes it: flip to top-left coordinates, then the image at the page's size. */
const imagePage = (extra: [number, unknown][] = [], place: number[] = [612, 0, 0, -792, 0, 792]): { fn: number[]; args: unknown[] } => {
  const ops: [number, unknown][] = [
    [OPS.transform, [1, 0, 0, -1, 0, 792]],
    [OPS.save, null],
    [OPS.transform, place],
    [OPS.dependency, ['img_p0_1']],
    [OPS.paintImageXObject, ['img_p0_1', 2550, 3300]],
    [OPS.restore, null],
    ...extra,
  ];
  return { fn: ops.map((o) => o[0]), args: ops.map((o) => o[1]) };
};
const text = (mode: number): [number, unknown][] => [
  [OPS.beginText, null],
  [OPS.setTextRenderingMode, [mode]],
  [OPS.setFont, ['f1', 9]],
  [OPS.showText, [[]]],
  [OPS.endText, null],
];

describe('soleFullPageImage', () => {
  it('finds the one upright image covering the page, also under an invisible text layer', () => {
    const plain = imagePage();
    expect(soleFullPageImage(plain.fn, plain.args, OPS, LETTER)).toEqual({ id: 'img_p0_1', width: 2550, height: 3300 });
    const ocrLayer = imagePage(text(3));
    expect(soleFullPageImage(ocrLayer.fn, ocrLayer.args, OPS, LETTER)?.id).toBe('img_p0_1');
    // pdf.js clears the soft mask around every image it paints.
    const cleared = imagePage([[OPS.setGState, [[['SMask', false], ['LW', 2]]]]]);
    expect(soleFullPageImage(cleared.fn, cleared.args, OPS, LETTER)?.id).toBe('img_p0_1');
  });

  it('leaves to drawing a page with visible text, vector art, a second image, or an image that is flipped, turned or not the whole page', () => {
    const cases = [
      imagePage(text(0)),
      imagePage([[OPS.constructPath, []], [OPS.fill, null]]),
      imagePage([[OPS.paintImageXObject, ['img_p0_2', 10, 10]]]),
      imagePage([[OPS.setGState, [[['ca', 0.5]]]]]),
      imagePage([], [612, 0, 0, 792, 0, 0]), // upside down: no flip left after pdfkit's
      imagePage([], [0, 792, -612, 0, 612, 0]), // a quarter turn
      imagePage([], [306, 0, 0, -396, 0, 792]), // a quarter of the page
    ];
    for (const c of cases) expect(soleFullPageImage(c.fn, c.args, OPS, LETTER)).toBeUndefined();
    expect(soleFullPageImage([], [], OPS, LETTER)).toBeUndefined();
  });
});

describe('greyFromImage', () => {
  it('turns RGB, opaque RGBA and 1-bit images into grey, and refuses transparency', () => {
    const out = new Uint8Array(3 + 2);
    expect(greyFromImage({ width: 2, height: 1, kind: 2, data: new Uint8Array([255, 255, 255, 10, 10, 10]) }, out, 3)).toBe(true);
    expect([...out.subarray(3)]).toEqual([255, 10]);
    expect(greyFromImage({ width: 2, height: 1, kind: 3, data: new Uint8Array([0, 0, 0, 255, 200, 200, 200, 255]) }, out, 3)).toBe(true);
    expect([...out.subarray(3)]).toEqual([0, 200]);
    expect(greyFromImage({ width: 2, height: 1, kind: 3, data: new Uint8Array([0, 0, 0, 255, 200, 200, 200, 0]) }, out, 3)).toBe(false);
    // 1 bit per pixel, rows padded to whole bytes, 1 = white: 10 pixels, two rows.
    const bits = new Uint8Array(2 * 10);
    expect(greyFromImage({ width: 10, height: 2, kind: 1, data: new Uint8Array([0b10100000, 0b01000000, 0xff, 0x00]) }, bits, 0)).toBe(true);
    expect([...bits].map((v) => (v ? 1 : 0)).join('')).toBe('1010000001' + '1111111100');
    expect(greyFromImage({ width: 2, height: 1, kind: 9, data: new Uint8Array(8) }, out, 3)).toBe(false);
  });
});

describe('the render thread on a scanned page', () => {
  const open: PageRenderer[] = [];
  afterAll(async () => {
    await Promise.all(open.map((r) => r.close()));
  });

  it('takes a full-page scan at its own resolution pixel for pixel; a page with a visible stamp, or wanted at another resolution, is drawn', { timeout: 60_000 }, async () => {
    // A 100 dpi greyscale "scan" of a 6 × 8 inch page: 4-pixel squares of random greys, so any
    // resampling would show (and no lone pixels, so the speckle filter leaves it alone).
    const width = 600;
    const height = 800;
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    const data = ctx.createImageData(width, height);
    const rand = seededRandom(5);
    const squares = Array.from({ length: (width / 4) * (height / 4) }, () => Math.floor(rand() * 256));
    const grey = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const v = squares[(y >> 2) * (width / 4) + (x >> 2)]!;
        grey[y * width + x] = v;
        data.data.set([v, v, v, 255], (y * width + x) * 4);
      }
    }
    ctx.putImageData(data, 0, 0);
    const png = canvas.toBuffer('image/png');
    const bytes = await pdfkitBytes((doc) => {
      doc.addPage({ size: [432, 576], margin: 0 });
      doc.image(png, 0, 0, { width: 432, height: 576 });
      doc.addPage({ size: [432, 576], margin: 0 });
      doc.image(png, 0, 0, { width: 432, height: 576 });
      doc.font('Helvetica').fontSize(9).text('PRECIS-000123', 320, 552, { lineBreak: false });
    });
    const r = await PageRenderer.open(bytes, undefined, 60_000);
    open.push(r);
    const taken = await r.render(1, 100, 0, 60_000);
    expect(taken).toMatchObject({ source: 'image', width, height, dpi: 100, despeckled: false });
    expect(Buffer.from(taken.image.subarray(taken.image.length - width * height)).equals(Buffer.from(grey))).toBe(true);
    expect((await r.render(2, 100, 0, 60_000)).source).toBe('drawn');
    expect((await r.render(1, 72, 0, 60_000)).source).toBe('drawn');
    expect((await r.render(1, 100, 180, 60_000)).source).toBe('drawn');
  });
});
