/** The pure parts of OCR: which pages need it, page resolution, speckle, box mapping. */
import { describe, expect, it } from 'vitest';
import { chooseDpi } from '../../../../electron/core/documents/ocr/chooseDpi';
import { isolatedPixelShare, median3x3, SPECKLE_SHARE } from '../../../../electron/core/documents/ocr/despeckle';
import { toPageBox } from '../../../../electron/core/documents/ocr/pageText';
import { isGarbage, judgeTextLayer, lacksTextLayer, type PlacedText } from '../../../../electron/core/documents/ocr/textLayerQuality';
import { seededRandom } from '../../../helpers/seededRandom';

const LETTER = { width: 612, height: 792 };
const run = (text: string, x: number, y: number, fontSize = 10): PlacedText => ({ text, x, y, width: text.length * fontSize * 0.5, fontSize });
const PROSE =
  'The Licensee shall pay the fees set out in the Schedule within thirty days of the invoice date, and any amount not paid when due shall bear interest at the rate agreed by the parties.';

describe('which pages lack a usable text layer', () => {
  it('ignores a Bates number, a page number and a running header in the margin band', () => {
    const margins = [run('ACME-0001234', 480, 780, 8), run('7', 300, 770), run('CONFIDENTIAL', 260, 20, 8)];
    const v = judgeTextLayer(margins, LETTER.width, LETTER.height);
    expect(lacksTextLayer(v)).toBe(true);
    expect(v.garbage).toBe(false);
  });

  it('counts body text in the interior as a text layer', () => {
    const v = judgeTextLayer([run(PROSE.slice(0, 90), 72, 200), run(PROSE.slice(90), 72, 214)], LETTER.width, LETTER.height);
    expect(lacksTextLayer(v)).toBe(false);
    expect(v.garbage).toBe(false);
  });

  it('calls unmapped glyphs and letter soup garbage, and real prose in other languages not', () => {
    expect(isGarbage('\uE001\uE002\uE003 \uE004\uE005 \uE006\uE007\uE008\uE009 ab')).toBe(true);
    const rand = seededRandom(3);
    const soup = Array.from({ length: 60 }, () => Array.from({ length: 2 + Math.floor(rand() * 6) }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(rand() * 20)]).join('')).join(' ');
    expect(isGarbage(soup)).toBe(true);
    expect(isGarbage(PROSE.repeat(2))).toBe(false);
    expect(isGarbage('Der Lizenznehmer zahlt die im Anhang genannten Gebühren innerhalb von dreißig Tagen nach dem Rechnungsdatum, und jeder nicht fristgerecht gezahlte Betrag ist mit dem von den Parteien vereinbarten Satz zu verzinsen.')).toBe(false);
    expect(isGarbage('Le Licencié paie les redevances fixées dans l’annexe dans les trente jours suivant la date de la facture, et tout montant impayé à son échéance porte intérêt au taux convenu par les parties.')).toBe(false);
  });
});

describe('resolution from the page size', () => {
  it('draws ordinary pages at 300 dpi and oversized sheets at less, never under 150', () => {
    expect(chooseDpi(612, 792)).toBe(300);
    expect(chooseDpi(595, 842)).toBe(300);
    expect(chooseDpi(842 * 2, 1191 * 2)).toBeLessThan(300);
    expect(chooseDpi(842 * 2, 1191 * 2)).toBeGreaterThanOrEqual(150);
    expect(chooseDpi(5000, 5000)).toBe(150);
    expect(chooseDpi(612, 792, 150)).toBe(150);
  });
});

describe('speckle', () => {
  it('finds lone pixels on a speckled page, none on clean text, and the median removes them', () => {
    const w = 300;
    const h = 200;
    const clean = new Uint8Array(w * h).fill(255);
    // Anti-aliased strokes: a dark core with grey edges.
    for (let y = 20; y < h - 20; y += 12) for (let x = 20; x < w - 20; x++) {
      clean[(y - 1) * w + x] = 170;
      clean[y * w + x] = 0;
      clean[(y + 1) * w + x] = 0;
      clean[(y + 2) * w + x] = 170;
    }
    expect(isolatedPixelShare(clean, w, h)).toBeLessThan(SPECKLE_SHARE);
    const noisy = clean.slice();
    const rand = seededRandom(5);
    for (let i = 0; i < noisy.length; i++) if (rand() < 0.03) noisy[i] = noisy[i]! > 128 ? 0 : 255;
    expect(isolatedPixelShare(noisy, w, h)).toBeGreaterThan(SPECKLE_SHARE);
    median3x3(noisy, w, h);
    expect(isolatedPixelShare(noisy, w, h)).toBeLessThan(SPECKLE_SHARE);
  });

  it('takes dust of one dark pixel in a thousand for speckle, but not one in ten thousand', () => {
    const w = 900;
    const h = 600;
    const page = (dust: number, seed: number): Uint8Array => {
      const grey = new Uint8Array(w * h).fill(255);
      for (let y = 20; y < h - 20; y += 12) for (let x = 20; x < w - 20; x++) {
        grey[(y - 1) * w + x] = 170;
        grey[y * w + x] = 0;
        grey[(y + 1) * w + x] = 0;
        grey[(y + 2) * w + x] = 170;
      }
      const rand = seededRandom(seed);
      for (let i = 0; i < grey.length; i++) if (rand() < dust) grey[i] = 0;
      return grey;
    };
    // Specks this dense are read as stray punctuation between words: the page is filtered.
    expect(isolatedPixelShare(page(0.001, 3), w, h)).toBeGreaterThan(SPECKLE_SHARE);
    // A little dust reads as well without the filter, which would round thin strokes for nothing.
    expect(isolatedPixelShare(page(0.0001, 3), w, h)).toBeLessThan(SPECKLE_SHARE);
  });

  it('is the true median of each 3×3 window (the fast separable form equals sorting all nine)', () => {
    const w = 61;
    const h = 47;
    const rand = seededRandom(9);
    const grey = Uint8Array.from({ length: w * h }, () => (rand() < 0.3 ? Math.floor(rand() * 256) : rand() < 0.5 ? 0 : 255));
    const expected = grey.slice();
    for (let y = 1; y < h - 1; y++) {
      for (let x = 1; x < w - 1; x++) {
        const nine: number[] = [];
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) nine.push(grey[(y + dy) * w + x + dx]!);
        expected[y * w + x] = nine.sort((a, b) => a - b)[4]!;
      }
    }
    // With a header in front, as the PGM the renderer makes.
    const pgm = new Uint8Array(5 + w * h);
    pgm.set(grey, 5);
    median3x3(pgm, w, h, 5);
    expect(Array.from(pgm.subarray(5))).toEqual(Array.from(expected));
  });
});

describe('word boxes back on the page', () => {
  const frame = { scale: 300 / 72, pageWidth: 612, pageHeight: 792 };
  const px = (pt: number): number => (pt * 300) / 72;
  it('maps pixel boxes of an image drawn upright or turned back to page points', () => {
    // A word at x 100..200 pt, y 50..60 pt on the page.
    expect(toPageBox({ x0: px(100), y0: px(50), x1: px(200), y1: px(60) }, { ...frame, rotation: 0 })).toEqual({ x: 100, y: 50, width: 100, height: 10 });
    // Turned 180°: the word sits at the mirrored corner of the image.
    expect(toPageBox({ x0: px(412), y0: px(732), x1: px(512), y1: px(742) }, { ...frame, rotation: 180 })).toEqual({ x: 100, y: 50, width: 100, height: 10 });
    // Turned 90° clockwise: image x = pageHeight − y, image y = x.
    expect(toPageBox({ x0: px(732), y0: px(100), x1: px(742), y1: px(200) }, { ...frame, rotation: 90 })).toEqual({ x: 100, y: 50, width: 100, height: 10 });
    // Turned 270°: image x = y, image y = pageWidth − x.
    expect(toPageBox({ x0: px(50), y0: px(412), x1: px(60), y1: px(512) }, { ...frame, rotation: 270 })).toEqual({ x: 100, y: 50, width: 100, height: 10 });
  });
});
