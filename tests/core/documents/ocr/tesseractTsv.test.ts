/** Tesseract's TSV rows read into blocks, paragraphs, lines and words (the OCR thread's output). */
import { describe, expect, it } from 'vitest';
import { blocksFromTsv } from '../../../../electron/core/documents/ocr/tesseractTsv';

// level page block par line word left top width height conf text (as Tesseract 5 writes it)
const TSV = [
  '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3509\t-1\t',
  '2\t1\t1\t0\t0\t0\t187\t248\t2095\t3113\t-1\t',
  '3\t1\t1\t1\t0\t0\t188\t248\t2056\t69\t-1\t',
  '4\t1\t1\t1\t1\t0\t253\t248\t1991\t34\t-1\t',
  '5\t1\t1\t1\t1\t1\t253\t249\t126\t26\t96.080963\t"Content',
  '5\t1\t1\t1\t1\t2\t386\t249\t74\t26\t93.943033\tItem"',
  '4\t1\t1\t1\t2\t0\t253\t283\t400\t34\t-1\t',
  '5\t1\t1\t1\t2\t1\t253\t283\t400\t34\t12.5\tmeans',
  '3\t1\t1\t2\t0\t0\t188\t400\t300\t40\t-1\t',
  '4\t1\t1\t2\t1\t0\t188\t400\t300\t40\t-1\t',
  '5\t1\t1\t2\t1\t1\t188\t400\t300\t40\t0\t~',
  '',
].join('\n');

describe('blocksFromTsv', () => {
  it('nests words in lines in paragraphs in blocks, with boxes as corners and whole-number confidences', () => {
    const blocks = blocksFromTsv(TSV, [91, 3])!;
    expect(blocks).toHaveLength(1);
    const [first, second] = blocks[0]!.paragraphs;
    expect(first!.confidence).toBe(91);
    expect(first!.bbox).toEqual({ x0: 188, y0: 248, x1: 2244, y1: 317 });
    expect(first!.lines.map((l) => l.words.map((w) => w.text))).toEqual([['"Content', 'Item"'], ['means']]);
    expect(first!.lines[0]!.words.map((w) => w.confidence)).toEqual([96, 93]);
    expect(first!.lines[0]!.words[0]!.bbox).toEqual({ x0: 253, y0: 249, x1: 379, y1: 275 });
    expect(second!.confidence).toBe(3);
    expect(second!.lines[0]!.words).toEqual([{ text: '~', confidence: 0, bbox: { x0: 188, y0: 400, x1: 488, y1: 440 } }]);
  });

  it('reads a blank page as no blocks', () => {
    expect(blocksFromTsv('1\t1\t0\t0\t0\t0\t0\t0\t2480\t3509\t-1\t\n', [])).toEqual([]);
    expect(blocksFromTsv('', [])).toEqual([]);
  });

  it('gives up (the caller reads the JSON tree) when the paragraphs and their confidences do not match, or rows do not nest', () => {
    expect(blocksFromTsv(TSV, [91])).toBeUndefined();
    expect(blocksFromTsv(TSV, [91, 3, 50])).toBeUndefined();
    expect(blocksFromTsv('5\t1\t1\t1\t1\t1\t253\t249\t126\t26\t96\tword\n', [])).toBeUndefined();
  });
});
