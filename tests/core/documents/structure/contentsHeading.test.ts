/**
 * Under a "Table of Contents" heading every label line is an entry, whatever its layout, until the contract's text
 * begins (its first sentence, or a label the contents already named): no entry's number is in force for the text
 * after the contents. Invented contracts.
 */
import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';

type Hint = 'heading' | 'paragraph' | 'table-row';
const blocks = (texts: [string, Hint][]) =>
  buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units: texts.map(([text, hint]) => ({ text, hint })) }] }).blocks;
const clauses = (texts: [string, Hint][]): (string | undefined)[] => blocks(texts).map((b) => b.clause);

const preamble: [string, Hint] = ['CRATE SUPPLY AGREEMENT, dated as of March 3, 2021 (this “Agreement”), by and between Harbor Lane Inc. and Nordlicht GmbH.', 'paragraph'];

describe('a table of contents with labels and titles on lines of their own', () => {
  const contents: [string, Hint][] = [
    ['TABLE OF CONTENTS', 'heading'],
    ['ARTICLE I', 'heading'],
    ['DEFINITIONS', 'heading'],
    ['Section 1.01.', 'heading'],
    ['Definitions', 'heading'],
    ['Section 9.04. | Counterparts | 12', 'table-row'],
    ['SCHEDULE A | – | Crate Sizes', 'table-row'],
  ];

  it('leaves the preamble after it outside every entry', () => {
    const cs = clauses([...contents, preamble, ['ARTICLE I', 'heading'], ['Section 1.01. Definitions. Terms have the meanings below.', 'paragraph']]);
    expect(cs.slice(0, 8)).toEqual(Array(8).fill(undefined));
    // The body's own labels are read as before.
    expect(cs.slice(8)).toEqual(['ARTICLE I', 'Section 1.01']);
  });

  it('ends at a label the contents named before, so the first article is read though no sentence came first', () => {
    const cs = clauses([...contents, ['ARTICLE I', 'heading'], ['DEFINITIONS', 'heading'], ['Section 1.01.', 'heading'], ['“Crate” means a reusable box.', 'paragraph']]);
    expect(cs.slice(7)).toEqual(['ARTICLE I', 'ARTICLE I', 'Section 1.01', 'Section 1.01']);
  });

  it('without the heading, a label met after a short line still opens its clause', () => {
    const cs = clauses([['Harbor Lane Inc.', 'heading'], ['Section 9.04. | Counterparts | 12', 'table-row'], ['SCHEDULE A – Crate Sizes', 'table-row'], preamble]);
    expect(cs[3]).toBe('SCHEDULE A');
  });

  it('does not reach past the contents: a schedule after the text keeps its label', () => {
    const cs = clauses([...contents, preamble, ['1. Supply. Nordlicht GmbH supplies crates.', 'paragraph'], ['SCHEDULE A', 'heading'], ['Crates are 40 by 60 centimetres.', 'paragraph']]);
    expect(cs.slice(-3)).toEqual(['1', 'SCHEDULE A', 'SCHEDULE A']);
  });
});
