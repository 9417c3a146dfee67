import { describe, expect, it } from 'vitest';
import { drawingWork, MAX_DRAWING_WORK, operationWork } from '../../../../electron/core/documents/ocr/drawingWork';

const OPS = { save: 10, restore: 11, dependency: 1, showText: 44, showSpacedText: 45, constructPath: 91, paintImageXObject: 85, paintInlineImageXObject: 86, paintImageMaskXObject: 83, paintImageXObjectRepeat: 88, paintImageMaskXObjectRepeat: 89, paintImageMaskXObjectGroup: 84, beginText: 31 };

describe('drawingWork', () => {
  it('counts a glyph for each one a run of text shows, one for any other painting, none for saving and restoring the state', () => {
    expect(operationWork(OPS.showText, [[{}, {}, {}, -120, {}]], OPS)).toBe(5);
    expect(operationWork(OPS.showSpacedText, [[{}, {}]], OPS)).toBe(2);
    expect(operationWork(OPS.showText, [[]], OPS)).toBe(1);
    expect(operationWork(OPS.constructPath, [1, [], null], OPS)).toBe(1);
    expect(operationWork(OPS.paintImageXObject, ['img_p0_1', 100, 99], OPS)).toBe(1);
    // A page scanned at 300 dpi: 2,550 by 3,300 pixels.
    expect(operationWork(OPS.paintImageXObject, ['img_p0_1', 2550, 3300], OPS)).toBe(842);
    expect(operationWork(OPS.paintInlineImageXObject, [{ width: 1000, height: 1000 }], OPS)).toBe(101);
    expect(operationWork(OPS.paintImageMaskXObject, [{ width: 200, height: 100, data: [] }], OPS)).toBe(3);
    expect(operationWork(OPS.paintImageXObject, ['img_p0_1', 'x', null], OPS)).toBe(1);
    // A run of paintings of one image, folded into one operation, counts each copy.
    expect(operationWork(OPS.paintImageXObjectRepeat, ['img_p0_1', 10, 10, new Float32Array(2000)], OPS)).toBe(1000);
    expect(operationWork(OPS.paintImageMaskXObjectRepeat, [{}, 1, 0, 0, 1, new Float32Array(40)], OPS)).toBe(20);
    expect(operationWork(OPS.paintImageMaskXObjectGroup, [[{}, {}, {}]], OPS)).toBe(3);
    expect(operationWork(OPS.save, [], OPS)).toBe(0);
    expect(operationWork(OPS.restore, [], OPS)).toBe(0);
  });

  it('puts a page of small print far below the limit, and one word drawn a hundred thousand times over above it', () => {
    // A page of 60 lines of 90 letters, each line one run of text.
    const page = Array.from({ length: 60 }, () => [OPS.save, OPS.beginText, OPS.showText, OPS.restore]).flat();
    const pageArgs = page.map((fn) => (fn === OPS.showText ? [Array.from({ length: 90 }, () => ({}))] : []));
    expect(drawingWork(page, pageArgs, OPS)).toBe(60 * 91);
    expect(drawingWork(page, pageArgs, OPS)).toBeLessThan(MAX_DRAWING_WORK / 10);
    const word = Array.from({ length: 7 }, () => ({}));
    const overprinted = Array.from({ length: 100_000 }, () => [OPS.beginText, OPS.showText]).flat();
    expect(drawingWork(overprinted, overprinted.map((fn) => (fn === OPS.showText ? [word] : [])), OPS)).toBeGreaterThan(MAX_DRAWING_WORK);
  });
});
