import { describe, expect, it } from 'vitest';
import { pipelineHeldOut } from './pipelineHeldOut';
import type { PlainEnglishItem } from './summaryEval';

// Two invented documents: a long opening sentence and a short later one compete; the length penalty
// favours the short one unless the position weight is high. Document A is summarised by its
// opening, document B by the later sentence.
const opening = 'the service lets members share photos with friends and family members online every day.';
const later = 'members may delete their photos anytime.';
const item = (doc: string, uid: string, reference: string): PlainEnglishItem => ({ doc, uid, original_text: `${opening} ${later}`, reference_summary: reference });
const items = [item('A', 'a1', opening), item('A', 'a2', opening), item('B', 'b1', later)];
const base = { centrality: 0, signals: 0, figures: 0, length: 0.04 };
const leadFirst = { ...base, position: 2 };
const shortFirst = { ...base, position: 0 };

describe('the pipeline scored under held-out weights', () => {
  it('summarises each document through the pipeline with the weights given for it', async () => {
    const right = await pipelineHeldOut(items, new Map([['A', leadFirst], ['B', shortFirst]]));
    const wrong = await pipelineHeldOut(items, new Map([['A', shortFirst], ['B', leadFirst]]));
    expect(right.items).toBe(3);
    expect(right.perItem.map((p) => p.candidate)).toEqual([opening, opening, later]);
    expect(right.heldOut).toBeGreaterThan(90);
    expect(wrong.heldOut).toBeLessThan(60);
    // Lead-K (the opening) does not depend on the weights.
    expect(right.leadK).toBeCloseTo(wrong.leadK, 6);
  });

  it('refuses a document without held-out weights rather than scoring it with the shipped ones', async () => {
    await expect(pipelineHeldOut(items, new Map([['A', leadFirst]]))).rejects.toThrow(/document B/);
  });
});
