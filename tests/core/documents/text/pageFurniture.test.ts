import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../electron/core/documents/text/extractText';

const GOODS = ['timber', 'gravel', 'copper', 'linen'];

/** Four pages of a converted PDF (form feeds between them), each with two clause paragraphs of its own and `foot(n)` as its last line. */
function converted(foot: (n: number) => string): string[] {
  const pages = GOODS.map(
    (goods, i) => `${i + 1}.1 Harbor Lane Inc. shall supply ${goods} by sea.\n\n${i + 1}.2 Nordlicht GmbH shall pay for the ${goods} on delivery.\n\n${foot(i + 1)}\n`,
  );
  const doc = extractText(new TextEncoder().encode(pages.join('\f')));
  return doc.pages.flatMap((p) => p.units.map((u) => u.text));
}

describe("a converted text's page-numbering lines", () => {
  it('drops the forms the PDF reader drops at a page edge', () => {
    for (const foot of [(n: number) => `Page ${n} of 4`, (n: number) => `- ${n} -`, (n: number) => `${n}`, (n: number) => `[${n}]`, (n: number) => `${n} | Page`, (n: number) => ['i', 'ii', 'iii', 'iv'][n - 1]!, (n: number) => `Schedule 2, Page ${n} of 4`]) {
      const units = converted(foot);
      expect(units).toHaveLength(8);
      expect(units.every((u) => /^\d\.\d (?:Harbor|Nordlicht)/.test(u))).toBe(true);
    }
  });

  it("keeps an exhibit's letter number, a heading and a sentence the word Page opens, at one page's edge", () => {
    // Printed on one page only, so that none is taken for a running line repeated on the pages.
    const onPage2 = (text: string) => (n: number) => (n === 2 ? text : '');
    expect(converted(onPage2('A-2'))).toContain('A-2');
    expect(converted(onPage2('EXHIBIT B-1'))).toContain('EXHIBIT B-1');
    expect(converted(onPage2('Page 2 of the Nordlicht schedule is attached.'))).toContain('Page 2 of the Nordlicht schedule is attached.');
    // And the page-numbering line it drops.
    expect(converted(onPage2('Schedule 2, Page 2'))).toHaveLength(8);
  });
});
