import { describe, expect, it } from 'vitest';
import { LINE_HYPHEN } from '../../../../electron/core/documents/pdf/lineHyphens';
import { buildLines, joinLines, paragraphs, removeRunningLines, type LaidOutPage, type TextRun } from '../../../../electron/core/documents/pdf/pdfLayout';

const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu amber coral dune ember fjord'.split(' ');
const run = (text: string, x: number, y: number, fontSize = 10): TextRun => ({ text, x, y, width: text.length * fontSize * 0.5, fontSize });

describe('pdf layout', () => {
  it('joins runs on a baseline, spacing them, and splits cells at wide gaps', () => {
    const lines = buildLines([run('world', 60, 100.5), run('Hello', 30, 100), run('Cell', 200, 100)]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.fragments.map((f) => f.text)).toEqual(['Hello world', 'Cell']);
  });

  it('marks a word split at a line end for the document to decide, and keeps a number\'s hyphen', () => {
    expect(joinLines('the equip-', 'ment')).toBe(`the equip${LINE_HYPHEN}ment`);
    expect(joinLines('non-', 'Disclosure')).toBe(`non${LINE_HYPHEN}Disclosure`);
    expect(joinLines('a 30-', 'day notice')).toBe('a 30-day notice');
    expect(joinLines('ends here', 'next')).toBe('ends here next');
    expect(joinLines('terms -', 'next')).toBe('terms - next');
  });

  it('removes headers and page numbers that repeat across pages, and keeps body text', () => {
    const page = (n: number): LaidOutPage => ({
      width: 600,
      height: 800,
      lines: buildLines([
        run('ACME AGREEMENT', 30, 30),
        ...Array.from({ length: 10 }, (_, i) => run(`Body line ${WORDS[(n * 10 + i) % WORDS.length]} ${WORDS[(n * 3 + i * 7) % WORDS.length]} here.`, 30, 100 + i * 14)),
        run(`${n}`, 300, 780),
      ]),
    });
    const cleaned = removeRunningLines([page(1), page(2), page(3)]);
    for (const p of cleaned) {
      const texts = p.lines.map((l) => l.fragments.map((f) => f.text).join(' '));
      expect(texts).toHaveLength(10);
      expect(texts.every((t) => t.startsWith('Body line'))).toBe(true);
    }
  });

  it('removes a "Page n of m" line in the middle of a page, and keeps a clause that names a page', () => {
    // A sheet printed from a web page: its footer falls between two clauses, far from the edges.
    const page = (n: number): LaidOutPage => ({
      width: 600,
      height: 800,
      lines: buildLines([
        ...Array.from({ length: 12 }, (_, i) => run(`Clause ${WORDS[(n * 12 + i) % WORDS.length]} ${WORDS[(n * 5 + i * 3) % WORDS.length]} applies.`, 30, 100 + i * 14)),
        run(`Page ${n} of 2`, 300, 100 + 12 * 14),
        run('The fee schedule appears at page 2 of 2 of Exhibit B.', 30, 100 + 13 * 14),
        ...Array.from({ length: 6 }, (_, i) => run(`Further ${WORDS[(n * 6 + i) % WORDS.length]} text.`, 30, 100 + (14 + i) * 14)),
      ]),
    });
    for (const p of removeRunningLines([page(1), page(2)])) {
      const texts = p.lines.map((l) => l.fragments.map((f) => f.text).join(' '));
      expect(texts.some((t) => /^Page \d of 2$/.test(t))).toBe(false);
      expect(texts).toContain('The fee schedule appears at page 2 of 2 of Exhibit B.');
      expect(texts).toHaveLength(19);
    }
  });

  it('starts paragraphs at clause numbers and vertical gaps, joining wrapped lines', () => {
    const lines = buildLines([
      run('1.1 The Supplier shall deliver the goods to the Customer at the agreed place', 30, 100),
      run('and time.', 30, 112),
      run('1.2 The Customer shall pay.', 30, 124),
      run('A later paragraph after a gap.', 30, 160),
    ]);
    const units = paragraphs({ width: 600, height: 800, lines });
    expect(units.map((u) => u.text)).toEqual([
      '1.1 The Supplier shall deliver the goods to the Customer at the agreed place and time.',
      '1.2 The Customer shall pay.',
      'A later paragraph after a gap.',
    ]);
  });
});
