import { describe, expect, it } from 'vitest';
import { crossValidate, nestedCrossValidate } from './crossValidate';
import type { PlainEnglishItem } from './summaryEval';

// Two invented documents that want opposite lead priors. In each item a long opening sentence and a
// short later one compete; the length penalty favours the short one unless the position weight is high.
const opening = 'the service lets members share photos with friends and family members online every day.';
const later = 'members may delete their photos anytime.';
const item = (doc: string, uid: string, reference: string): PlainEnglishItem => ({ doc, uid, original_text: `${opening} ${later}`, reference_summary: reference });
// Document A (three items) is summarised by its opening, document B (one item) by the later sentence.
const items = [item('A', 'a1', opening), item('A', 'a2', opening), item('A', 'a3', opening), item('B', 'b1', later)];
const grid = { centrality: [0], signals: [0], figures: [0], length: [0.04], position: [0, 2] };

describe('leave-one-document-out cross-validation', () => {
  it('chooses the weights for a document on the other documents only, and ships the best on all', async () => {
    const cv = await crossValidate(items, grid);
    // Held out, A gets the weights B prefers and B those A prefers: both pick the wrong sentence.
    expect(cv.documents.map((d) => [d.doc, d.items, d.chosen.position])).toEqual([
      ['A', 3, 0],
      ['B', 1, 2],
    ]);
    expect(cv.best.position).toBe(2);
    // In sample, three of four items are summarised exactly; held out, none is.
    expect(cv.bestInSample).toBeGreaterThan(75);
    expect(cv.heldOut).toBeLessThan(cv.bestInSample - 50);
    // Lead-K is the opening on every item: exact for A, not for B.
    expect(cv.leadK).toBeGreaterThan(75);
    expect(cv.leadK).toBeLessThan(100);
  });

  it('nested: the choice between grids is made without the held-out document, and the grid chosen on all is shipped', async () => {
    // One item each: A and C are summarised by the opening, B by the later sentence. A grid that may
    // also follow B overfits (held out, a tie between two documents picks the wrong prior); the grid
    // that only offers the lead prior holds out better, and the inner choice has to find that.
    const three = [item('A', 'a1', opening), item('B', 'b1', later), item('C', 'c1', opening)];
    const leadOnly = { ...grid, position: [2] };
    const nested = await nestedCrossValidate(three, [
      { name: 'both', grid },
      { name: 'lead only', grid: leadOnly },
    ]);
    expect(nested.configurations.map((c) => c.gridPoints)).toEqual([2, 1]);
    expect(nested.configurations[1]!.loo).toBeGreaterThan(nested.configurations[0]!.loo + 50);
    expect(nested.shipped).toBe('lead only');
    // Holding out B leaves A and C, on which both grids are perfect: the tie goes to the first listed.
    expect(nested.documents.map((d) => [d.doc, d.configuration, d.chosen.position])).toEqual([
      ['A', 'lead only', 2],
      ['B', 'both', 2],
      ['C', 'lead only', 2],
    ]);
    // A and C are summarised exactly, B not: about two thirds, above what the flexible grid holds out.
    expect(nested.heldOut).toBeGreaterThan(60);
    expect(nested.heldOut).toBeGreaterThan(nested.configurations[0]!.loo + 50);
  });
});
