/**
 * Another document's title carried over two heading lines ("FIRST AMENDMENT TO" over "SUPPLY AGREEMENT")
 * after an exhibit with its own title ends the exhibit at its first line. Invented contracts.
 */
import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';

type Hint = 'heading' | 'paragraph';
const clauses = (texts: [string, Hint][]): (string | undefined)[] =>
  buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units: texts.map(([text, hint]) => ({ text, hint })) }] }).blocks.map((b) => b.clause);

const exhibit: [string, Hint][] = [
  ['EXHIBIT D', 'heading'],
  ['FORM OF CRATE RENTAL ORDER', 'heading'],
  ['[Form follows.]', 'paragraph'],
];

describe('a title carried over to the next line after an exhibit', () => {
  it('ends the exhibit at the title’s first line', () => {
    expect(clauses([...exhibit, ['FIRST AMENDMENT TO', 'heading'], ['CRATE SUPPLY AGREEMENT', 'heading'], ['This First Amendment is made by Harbor Lane Inc.', 'paragraph']])).toEqual([
      'EXHIBIT D',
      'EXHIBIT D',
      'EXHIBIT D',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps a heading ending on a joining word that makes no title with the next line', () => {
    expect(clauses([...exhibit, ['TERMS OF', 'heading'], ['RENTAL', 'heading'], ['Crates are rented by the week.', 'paragraph']]).slice(3)).toEqual(['EXHIBIT D', 'EXHIBIT D', 'EXHIBIT D']);
  });
});
