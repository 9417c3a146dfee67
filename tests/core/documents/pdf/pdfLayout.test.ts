import { describe, expect, it } from 'vitest';
import { LINE_HYPHEN } from '../../../../electron/core/documents/pdf/lineHyphens';
import { buildLines, joinLines, paragraphs, removeRunningLines, wrappedLeadingEm, type LaidOutPage, type TextRun } from '../../../../electron/core/documents/pdf/pdfLayout';

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

  describe("the first page's title, repeated on later pages", () => {
    const body = (n: number): TextRun[] => Array.from({ length: 10 }, (_, i) => run(`Body line ${WORDS[(n * 10 + i) % WORDS.length]} here.`, 30, 100 + i * 14));
    const first = (pages: LaidOutPage[]): string[] => removeRunningLines(pages).map((p) => p.lines[0]!.fragments[0]!.text);

    it('stays where the later pages print it as their running header in another case', () => {
      const page = (n: number): LaidOutPage => ({ width: 600, height: 800, lines: buildLines([run(n === 1 ? 'DISTRIBUTOR AGREEMENT' : 'Distributor Agreement', 30, n === 1 ? 78 : 75), ...body(n)]) });
      expect(first([page(1), page(2), page(3), page(4)])).toEqual(['DISTRIBUTOR AGREEMENT', ...Array(3).fill(expect.stringMatching(/^Body line/))]);
    });

    it('stays where a short contract repeats it once, as its exhibit heading; the repeat goes', () => {
      const page = (n: number): LaidOutPage => ({ width: 600, height: 800, lines: buildLines([...(n !== 2 ? [run('Web Hosting Agreement', 30, 40)] : []), ...body(n)]) });
      expect(first([page(1), page(2), page(3)])).toEqual(['Web Hosting Agreement', ...Array(2).fill(expect.stringMatching(/^Body line/))]);
    });
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

  describe('entries set apart on a page of few wrapped lines', () => {
    // One-line entries of a cover page or order form, each 20 pt below the last, long enough that
    // the short-line rule alone does not part them, and with no closing stop.
    const entries = [
      'CONTRACT NUMBER SV-2291-2019 issued under the framework for regional freight carriage',
      'SERVICE PROVIDER Harlow Pipeline Services Limited acting through its branch office',
      'TERM OF SERVICE From May 1, 2020 until April 30, 2021 for the capacity described here',
      'CONTRACTED CAPACITY Twelve thousand barrels per calendar day at the points of entry',
    ];
    const prose = [
      'The Provider shall carry the crude delivered at the point of entry to the point of exit using its own pipeline',
      'and shall keep the crude free of contamination and of water while it is in its custody, save only for the',
      'the losses allowed by the operating manual.',
    ];
    const entryRuns = (y0: number): TextRun[] => entries.map((e, i) => run(e, 30, y0 + i * 20));

    it('measures the line spacing from lines that wrap', () => {
      const lines = buildLines([...prose.map((t, i) => run(t, 30, 100 + i * 12)), ...entryRuns(150)]);
      expect(wrappedLeadingEm({ width: 600, height: 800, lines })).toBeCloseTo(1.2);
    });

    it('parts the entries when the page has prose to measure its line spacing by', () => {
      const lines = buildLines([...prose.map((t, i) => run(t, 30, 100 + i * 12)), ...entryRuns(150)]);
      const units = paragraphs({ width: 600, height: 800, lines }).map((u) => u.text);
      expect(units).toEqual([prose.join(' '), ...entries]);
    });

    it("parts them on a page of entries only by the document's line spacing", () => {
      const page = { width: 600, height: 800, lines: buildLines([...entryRuns(100), run(prose[0]!, 30, 180)]) };
      expect(paragraphs(page, 1.2).map((u) => u.text)).toEqual([...entries, prose[0]]);
    });

    it('keeps lines set apart together where the text plainly runs on', () => {
      const lines = buildLines([
        ...prose.map((t, i) => run(t, 30, 100 + i * 12)),
        run('This Carriage Agreement dated May 1, 2020 is between', 30, 150),
        run('Harlow Pipeline Services Limited, a company registered in Scotland', 30, 170),
        run('and Corran Crude Limited, a company registered in England.', 30, 190),
      ]);
      expect(paragraphs({ width: 600, height: 800, lines }).map((u) => u.text)).toEqual([
        prose.join(' '),
        'This Carriage Agreement dated May 1, 2020 is between Harlow Pipeline Services Limited, a company registered in Scotland and Corran Crude Limited, a company registered in England.',
      ]);
    });

    it('keeps the wrapped lines of a double-spaced page together', () => {
      const lines = buildLines([
        ...prose.map((t, i) => run(t, 30, 100 + i * 24)),
        ...prose.map((t, i) => run(t, 30, 220 + i * 24)),
      ]);
      expect(paragraphs({ width: 600, height: 800, lines }, 1.2).map((u) => u.text)).toEqual([prose.join(' '), prose.join(' ')]);
    });
  });
});
