import { describe, expect, it } from 'vitest';
import { csvCell, keyTermsCsv } from '../../../electron/core/terms/keyTermsCsv';

describe('keyTermsCsv', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes one row per contract and one column per term, with citations and blanks', () => {
    const csv = keyTermsCsv([
      {
        file: 'a.pdf',
        terms: {
          governingLaw: { value: 'Ohio, United States', text: 'laws of the State of Ohio', citations: [{ blockId: 'p9.2', page: 9, clause: '14' }] },
          parties: { value: [{ name: '[Company Name]', role: 'Company' }], text: '[Company Name]', citations: [{ blockId: 'p1.1', page: 1 }], blank: true },
        },
      },
      { file: 'b.pdf', terms: {}, error: 'PASSWORD_REQUIRED locked' },
    ]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(',')).toEqual(expect.arrayContaining(['file', 'title', 'parties', 'governingLaw', 'insurance', 'error']));
    expect(lines[0]!.split(',')).toHaveLength(19);
    expect(lines[1]).toContain('"Ohio, United States [p. 9 §14]"');
    expect(lines[1]).toContain('[blank] [Company Name] (Company) [p. 1]');
    expect(lines[2]).toMatch(/^b\.pdf,+PASSWORD_REQUIRED locked$/);
  });
});
