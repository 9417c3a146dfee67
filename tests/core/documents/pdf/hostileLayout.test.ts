import { describe, expect, it } from 'vitest';
import { buildLines, type TextRun } from '../../../../electron/core/documents/pdf/pdfLayout';

// Layout over crafted runs no real page holds: it must give a well-formed result, never fail.
describe('layout of crafted runs', () => {
  it('joins a stretched line of 200,000 single words without overflowing the stack', () => {
    // Every word a cell gap apart, all gaps equal: a justified line, read as one fragment.
    const runs: TextRun[] = Array.from({ length: 200_000 }, (_, i) => ({ text: 'ab', x: 20 + i * 40, y: 100, width: 10, fontSize: 10 }));
    const lines = buildLines(runs);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.fragments).toHaveLength(1);
    expect(lines[0]!.fragments[0]!.text.split(' ')).toHaveLength(200_000);
    expect(lines[0]!.fragments[0]!.box).toMatchObject({ x0: 20, x1: 20 + 199_999 * 40 + 10 });
  });

  it('still reads unequal gaps on such a line as separate cells', () => {
    const runs: TextRun[] = Array.from({ length: 200_000 }, (_, i) => ({ text: 'ab', x: 20 + i * 40 + (i % 3), y: 100, width: 10, fontSize: 10 }));
    expect(buildLines(runs)[0]!.fragments).toHaveLength(200_000);
  });
});
