import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';
import type { SourceUnit } from '../../../../electron/core/documents/sourceDocument';

/** A unit on one line at height y, from x, `width` wide. */
const at = (text: string, hint: SourceUnit['hint'], x: number, y: number, width: number): SourceUnit => ({ text, hint, rects: [{ x, y, width, height: 10 }] });

const build = (units: SourceUnit[]): { clause?: string; section: string[] }[] =>
  buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units }] }).blocks.map((b) => ({ ...(b.clause ? { clause: b.clause } : {}), section: b.section }));

const clauses = (units: SourceUnit[]): (string | undefined)[] => build(units).map((b) => b.clause);

describe('the column heads of a table inside a clause', () => {
  const lead = at('4.2 Annual Fees. Harbor Lane Inc. pays Nordlicht GmbH the fee of each year:', 'paragraph', 50, 100, 450);
  const row = at('First year of the term $10,000', 'paragraph', 50, 140, 300);
  const after = at('The fees above are due within thirty days of each invoice.', 'paragraph', 50, 160, 400);

  it('keeps the clause over two title-case heads side by side on one line', () => {
    const units = [lead, at('Contract Year', 'paragraph', 120, 120, 80), at('Annual Fee', 'paragraph', 380, 120, 60), row, after];
    expect(clauses(units)).toEqual(['4.2', '4.2', '4.2', '4.2', '4.2']);
    // Nor do the heads become the section of the rows under them.
    expect(build(units)[4]!.section).not.toContain('Annual Fee');
  });

  it('still ends the clause at a title-case heading alone on its line', () => {
    expect(clauses([lead, at('Annual Fee', 'paragraph', 50, 120, 60), row])).toEqual(['4.2', undefined, undefined]);
  });

  it('still ends the clause at two headings on lines of their own', () => {
    expect(clauses([lead, at('Contract Year', 'paragraph', 50, 120, 80), at('Annual Fee', 'paragraph', 50, 132, 60), row])).toEqual(['4.2', undefined, undefined, undefined]);
  });

  it('still ends the clause at names in capitals side by side (the parties over a signature block)', () => {
    expect(clauses([lead, at('NORDLICHT GMBH', 'paragraph', 50, 120, 100), at('HARBOR LANE INC.', 'paragraph', 320, 120, 110), row])).toEqual(['4.2', undefined, undefined, undefined]);
  });
});
