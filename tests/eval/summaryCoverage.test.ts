import { describe, expect, it } from 'vitest';
import { holds, wordWeights } from './summaryCoverage';

// An invented contract's blocks: "this", "agreement", "shall" and the parties' names run through
// nearly all of them; "assignment", "void", "governed" and "Vermont" each stand in one.
const BLOCKS = [
  'This Agreement is made between Quillfeather Ltd and Brambleton Co.',
  'Quillfeather shall deliver the goods under this Agreement each month.',
  'Brambleton shall pay for the goods under this Agreement within thirty days.',
  'Either party may end this Agreement on notice, and this Agreement then ends.',
  'Any unauthorized assignment of this Agreement is void.',
  'This Agreement shall be governed by the laws of the State of Vermont.',
  'Quillfeather shall keep the goods insured while this Agreement runs.',
  'Brambleton shall keep the goods dry and this Agreement confidential.',
];

describe('holds', () => {
  it('counts the share of the span’s words the haystack holds, with multiplicity', () => {
    expect(holds('the cat sat on the mat', 'the cat sat')).toBe(true);
    expect(holds('the cat', 'the the cat dog')).toBe(false);
    expect(holds('anything', '')).toBe(false);
  });

  it('with a document’s weights, does not find a span through its common words alone', () => {
    const weight = wordWeights(BLOCKS);
    const span = 'Any unauthorized assignment of this Agreement is void.';
    // Five of its eight words ("any … of this agreement is"), all common in this document.
    const other = 'If any party breaches this Agreement, the other may end it on notice of the breach and is owed its costs.';
    expect(holds(other, span)).toBe(true);
    expect(holds(other, span, 0.6, weight)).toBe(false);
    // The span's own sentence, or one that keeps its telling words, is still found.
    expect(holds(span, span, 0.6, weight)).toBe(true);
    expect(holds('An unauthorized assignment of this Agreement shall be void.', span, 0.6, weight)).toBe(true);
  });

  it('weighs a word by the blocks that hold it, and a word found in none as a rare one', () => {
    const weight = wordWeights(BLOCKS);
    expect(weight('agreement')).toBeLessThan(weight('vermont'));
    expect(weight('agreement')).toBeCloseTo(Math.log(1 + 8 / 8));
    expect(weight('vermont')).toBeCloseTo(Math.log(1 + 8 / 1));
    expect(weight('zeppelin')).toBeCloseTo(weight('vermont'));
  });
});
