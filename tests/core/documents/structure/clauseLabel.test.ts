import { describe, expect, it } from 'vitest';
import { parseClauseLabel } from '../../../../electron/core/documents/structure/clauseLabel';

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
  ])('does not take %j for a clause label', (text) => {
    expect(parseClauseLabel(text)).toBeUndefined();
  });
});
