import { describe, expect, it } from 'vitest';
import { tellsClause } from './sectionEval';
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
