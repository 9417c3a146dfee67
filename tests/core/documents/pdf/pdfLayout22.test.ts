/**
 * A label-and-value table at the top of a page ("Customer Legal Name | Marlow Freight Ltd., …") with
 * body prose set just under it, a few points left of the label's edge: the prose is not wrapped text
 * of the label's cell. Invented lines laid out as pdf.js gives them.
 */
import { describe, expect, it } from 'vitest';
import { buildLines, paragraphs, type TextRun } from '../../../../electron/core/documents/pdf/pdfLayout';

const run = (text: string, x: number, y: number, fontSize = 10): TextRun => ({ text, x, y, width: text.length * fontSize * 0.5, fontSize });

describe('pdf layout: prose under a two-column table', () => {
  const table = [
    run('Customer Legal Name', 34, 100),
    run('Marlow Freight Ltd., a private company having', 250, 100),
    run('its registered office at 4 Dock Street,', 250, 112),
    run('Portcaster PC1 2AB', 250, 124),
  ];
  const prose = [
    'This Order Form is entered into by and between Quillby Systems, Inc., a Nevada corporation, and the',
    'Customer named above, and is governed by the Master Subscription Terms in force on the date it is signed.',
  ];

  it('ends the table where a line runs across its second column, a little left of the first cell', () => {
    const lines = buildLines([...table, ...prose.map((t, i) => run(t, 30, 140 + i * 12))]);
    expect(paragraphs({ width: 600, height: 800, lines }).map((u) => [u.hint, u.text])).toEqual([
      ['table-row', 'Customer Legal Name | Marlow Freight Ltd., a private company having its registered office at 4 Dock Street, Portcaster PC1 2AB'],
      ['paragraph', prose.join(' ')],
    ]);
  });

  it('still joins a short hanging line of the first cell to that cell', () => {
    const lines = buildLines([...table, run('(as registered)', 38, 112)]);
    expect(paragraphs({ width: 600, height: 800, lines }).map((u) => u.text)).toEqual([
      'Customer Legal Name (as registered) | Marlow Freight Ltd., a private company having its registered office at 4 Dock Street, Portcaster PC1 2AB',
    ]);
  });
});

describe('pdf layout: a definitions table whose labels start a few points apart', () => {
  // Prose above the table gives the page its line spacing (12 pt).
  const above = ['The following terms apply to this schedule and prevail over any other term of the', 'order where the two conflict, save that the price list attached as Annex B governs', 'the price of any goods and the discount for volume, and the payment terms of the', 'master terms apply.'];
  const rows = (dx: number, gap: number): TextRun[] => [
    ...above.map((t, i) => run(t, 36, 20 + i * 12)),
    run('TERM:', 36, 100),
    run('March 2, 2021 through', 200, 100),
    run('March 1, 2022', 200, 112),
    run('GOODS:', 36 - dx, 112 + gap),
    run('Cold-rolled steel coil', 200, 112 + gap),
    run('REGION:', 36 - dx, 112 + gap * 2),
    run('Northern Ireland', 200, 112 + gap * 2),
  ];

  it('starts a row at each label set after a blank line', () => {
    const lines = buildLines(rows(3, 24));
    expect(paragraphs({ width: 600, height: 800, lines }).map((u) => u.text)).toEqual([
      above.join(' '),
      'TERM: | March 2, 2021 through March 1, 2022',
      'GOODS: | Cold-rolled steel coil',
      'REGION: | Northern Ireland',
    ]);
  });

  it('keeps a label a few points off the edge in the row above when no blank line parts them', () => {
    const lines = buildLines([run('TERM:', 36, 100), run('March 2, 2021 through', 200, 100), run('(initial)', 33, 112), run('March 1, 2022', 200, 112)]);
    expect(paragraphs({ width: 600, height: 800, lines }).map((u) => u.text)).toEqual(['TERM: (initial) | March 2, 2021 through March 1, 2022']);
  });
});
