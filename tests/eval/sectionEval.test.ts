import { describe, expect, it } from 'vitest';
import { formatSectionEval, tellsClause } from './sectionEval';
import { wordWeights } from './summaryCoverage';

// An invented distribution contract: "the", "distributor", "shall", "this", "agreement" run through
// nearly every block; "solicit", "employees", "twelve" and "Vermont" stand in one each.
const BLOCKS = [
  'This Agreement is made between Quillfeather Ltd (the Distributor) and Brambleton Co.',
  'The Distributor shall buy the goods under this Agreement each month.',
  'The Distributor shall pay for the goods under this Agreement within thirty days.',
  'The Distributor shall not:',
  '(a) solicit the employees of Brambleton for twelve months after this Agreement ends;',
  'This Agreement shall be governed by the laws of the State of Vermont.',
  'The Distributor shall keep the goods insured while this Agreement runs.',
  'The Distributor shall keep the goods dry and this Agreement confidential.',
];

describe('tellsClause', () => {
  const weight = wordWeights(BLOCKS);

  it('refuses a lead-in or a piece made of the contract’s common words', () => {
    expect(tellsClause('The Distributor shall not:', weight, BLOCKS.length)).toBe(false);
    expect(tellsClause('under this Agreement shall be', weight, BLOCKS.length)).toBe(false);
  });

  it('keeps a span with telling words, and still refuses one under four words', () => {
    expect(tellsClause('solicit the employees of Brambleton for twelve months', weight, BLOCKS.length)).toBe(true);
    expect(tellsClause('This Agreement shall be governed by the laws of the State of Vermont.', weight, BLOCKS.length)).toBe(true);
    expect(tellsClause('solicit employees twelve', weight, BLOCKS.length)).toBe(false);
  });
});

describe('formatSectionEval', () => {
  const points = [
    { pdf: 'a.pdf', text: 'The Distributor shall keep the goods insured.', section: 'Obligations', categories: ['Insurance'] },
    { pdf: 'b.pdf', text: 'The Distributor shall not solicit the employees of Brambleton.', section: 'Key terms', categories: ['No-Solicit Of Employees'] },
  ];
  it('names the summary length it read, the shipped eight sentences when none is given', () => {
    expect(formatSectionEval({ contracts: 2, points, unread: [] })).toMatch(/^Section placement of the 8-sentence extractive summary/);
    expect(formatSectionEval({ contracts: 2, points, unread: [], sentences: 40 })).toMatch(/^Section placement of the 40-sentence extractive summary/);
  });
  it('counts a point as agreeing when it sits under the section its category expects', () => {
    expect(formatSectionEval({ contracts: 2, points, unread: [] })).toMatch(/all 1\/2 /);
  });
});
