import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../electron/core/documents/text/extractText';

const PAGES = ['1. Tamsin Yards Ltd shall deliver the slate by barge.', '2. Orrick Vale LLC shall pay for the slate within thirty days.'];

const pagesOf = (text: string) => extractText(new TextEncoder().encode(text)).pages.map((p) => p.units.map((u) => u.text).join(' | '));

describe('form feeds in a text file', () => {
  it('reads a form feed after the last page (as pdftotext writes it) as the end of that page, not a page with no text', () => {
    expect(pagesOf(`${PAGES.join('\f')}\f`)).toEqual(PAGES);
    expect(pagesOf(`${PAGES.join('\f')}\f\n  \n`)).toEqual(PAGES);
  });

  it('keeps a blank page between two pages, and text after the last form feed as a page of its own', () => {
    expect(pagesOf(`${PAGES[0]}\f\f${PAGES[1]}`)).toEqual([PAGES[0], '', PAGES[1]]);
    expect(pagesOf(PAGES.join('\f'))).toEqual(PAGES);
  });
});
