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
