import { describe, expect, it } from 'vitest';
import { parseClauseLabel } from '../../../../electron/core/documents/structure/clauseLabel';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';

describe('parseClauseLabel', () => {
  it.each([
    ['ARTICLE IV DEFINITIONS', 'article', 'ARTICLE IV'],
    ['Section 5. Payment', 'section', 'Section 5'],
    ['Section 5.2 Payment', 'section', 'Section 5.2'],
    ['Schedule 2 Prices', 'schedule', 'Schedule 2'],
    ['5. CONFIDENTIALITY', 'number', '5'],
    ['5.2.1 The Supplier shall', 'number', '5.2.1'],
    ['(a) deliver on time', 'letter', '(a)'],
    ['(iv) any other loss', 'roman', '(iv)'],
    ['a) any information which', 'letter', '(a)'],
    // Numbers that could be dates but are clauses: words follow, or the last part could be a day.
    ['2.1.45 Service Factor: means the share used', 'number', '2.1.45'],
    ['5.2.10', 'number', '5.2.10'],
    ['12.13.98', 'number', '12.13.98'],
    // A space between the number and its full stop, as some PDFs' text prints it.
    ['3 . The Grower shall deliver', 'number', '3'],
  ])('reads %j', (text, kind, label) => {
    expect(parseClauseLabel(text)).toMatchObject({ kind, label });
  });

  it.each([
    'Section 2 for certain additional defined terms.',
    '2015 was a good year for the parties.',
    '30 days after notice, the licence ends.',
    'The Supplier shall deliver.',
    'section 4 of the Act applies.',
    // A date day.month.two-digit year on a signature line.
    '30.4.98',
    '20.3.98 - ------------------------',
    // A spaced full stop before a figure or lower-case words is no label.
    '3 . 5 million crates were shipped.',
    '3 . the Grower shall deliver',
    // A letter after the number that opens no item ("5. a total of…").
    '5. a total of nine crates',
  ])('does not take %j for a clause label', (text) => {
    expect(parseClauseLabel(text)).toBeUndefined();
  });

  it('reads an item printed on the number\'s line', () => {
    expect(parseClauseLabel('21. a. Survival. The duties of the Grower survive.')).toMatchObject({ kind: 'number', number: '21', item: '(a)' });
    expect(parseClauseLabel('4. (b) Kestrel Holdings may inspect.')).toMatchObject({ kind: 'number', number: '4', item: '(b)' });
    expect(parseClauseLabel('2.3 (c)')).toMatchObject({ number: '2.3', item: '(c)' });
    expect(parseClauseLabel('4. The Grower (a) delivers')).not.toHaveProperty('item');
  });
});

describe('buildStructure: numbers as some PDFs print them', () => {
  const page = (texts: [string, 'heading' | 'paragraph'][]) => ({ number: 1, units: texts.map(([text, hint]) => ({ text, hint })) });
  const clauses = (texts: [string, 'heading' | 'paragraph'][]): (string | undefined)[] =>
    buildStructure({ warnings: [], imageOnlyPages: [], pages: [page(texts)] }).blocks.map((b) => b.clause);

  it('cites a clause spaced from its full stop and the item on its number\'s line', () => {
    expect(
      clauses([
        ['2 . The Grower shall deliver apples to Northvale.', 'paragraph'],
        ['3. a. Records. The Grower keeps a record of each harvest.', 'paragraph'],
        ['3. b. Audit. Kestrel Holdings may inspect the records.', 'paragraph'],
      ]),
    ).toEqual(['2', '3(a)', '3(b)']);
  });

  it('reads "EXHIBIT 10(d)" atop a filing as its exhibit number, a contract\'s "Exhibit 3" as a part', () => {
    expect(clauses([['EXHIBIT 10(d)', 'heading'], ['ORCHARD SUPPLY AGREEMENT', 'heading'], ['Kestrel Holdings and the Grower agree as follows.', 'paragraph']])).toEqual([undefined, undefined, undefined]);
    expect(clauses([['Exhibit 3', 'heading'], ['Price List', 'heading'], ['Apples are priced per crate.', 'paragraph']])).toEqual(['Exhibit 3', 'Exhibit 3', 'Exhibit 3']);
  });

  it('still ends a clause at an unnumbered heading', () => {
    expect(clauses([['4. The Grower delivers apples.', 'paragraph'], ['Orchard Records', 'paragraph'], ['The Grower keeps records.', 'paragraph']])).toEqual(['4', undefined, undefined]);
  });
});
