import { describe, expect, it } from 'vitest';
import { crossValidate } from './crossValidate';
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
});
