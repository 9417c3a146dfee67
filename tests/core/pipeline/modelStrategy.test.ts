import { describe, expect, it } from 'vitest';
import type { SummaryPoint } from '../../../shared/summary';
import { cutToFit, groupToFit, modelStrategy } from '../../../electron/core/pipeline/modelStrategy';
import { sampleDocument } from './sampleDocument';
import { scriptedProvider } from './scriptedProvider';

const citation = { blockId: 'p1.2', page: 1, clause: '1.1' };
const point = (text: string): SummaryPoint => ({ text, citations: [citation] });
/** At most `n` words (the scripted provider's tokens). */
const words = (n: number) => (ps: SummaryPoint[]) => ps.reduce((sum, p) => sum + p.text.split(/\s+/).filter(Boolean).length, 0) <= n;

describe('cutToFit', () => {
  it('keeps a point that fits as it is', () => {
    const p = point('The Supplier delivers monthly.');
    expect(cutToFit(p, words(10))).toBe(p);
  });

  it('cuts at a word, marks the cut and keeps the citations', () => {
    const chars = (n: number) => (ps: SummaryPoint[]) => ps.every((p) => p.text.length <= n);
    const cut = cutToFit(point('The Supplier shall deliver the goods to the Buyer every month.'), chars(22));
    expect(cut?.text).toBe('The Supplier shall…');
    expect(cut?.citations).toEqual([citation]);
  });

  it('cuts by the measure it is given, never inside a character', () => {
    const text = '😀'.repeat(30);
    // Two UTF-16 units per emoji: a budget in units would let a cut land mid-pair.
    const cut = cutToFit(point(text), (ps) => ps.every((p) => p.text.length <= 21));
    expect(cut?.text).toBe(`${'😀'.repeat(10)}…`);
  });

  it('gives nothing when not even the mark fits', () => {
    expect(cutToFit(point('Too long'), () => false)).toBeUndefined();
  });
});

describe('groupToFit', () => {
  it('starts a group when the next point would not fit, and keeps a lone long point alone', () => {
    const ps = [point('a b'), point('c d'), point('e f g h i j'), point('k')];
    expect(groupToFit(ps, words(4)).map((g) => g.map((p) => p.text))).toEqual([['a b', 'c d'], ['e f g h i j'], ['k']]);
  });
});

describe('modelStrategy budgets', () => {
  const provider = scriptedProvider({ contextSize: 600 });
  const steps = modelStrategy(provider).prepare(sampleDocument({ sections: 2 }), { length: 'standard', maxTokens: 300 });
  const long = point(Array.from({ length: 700 }, (_, i) => `w${i}`).join(' '));

  it('cuts a point too long for a reduce prompt before grouping it', () => {
    const groups = steps.reduceGroups([point('Short note.'), long]);
    const cut = groups.flat().find((p) => p.text.startsWith('w0 '));
    expect(cut?.text.endsWith('…')).toBe(true);
    expect(groups.flat()).toHaveLength(2);
  });

  it('keeps the leading points that fit the final prompt, and cuts a lone first point that does not', () => {
    expect(steps.fitsFinal([long])).toBe(false);
    const kept = steps.fitFinal([long, point('Later note.')]);
    expect(kept).toHaveLength(1);
    expect(kept[0]?.text).toMatch(/^w0 w1 .*…$/);
    expect(steps.fitsFinal(kept)).toBe(true);
    const short = [point('First note.'), point('Second note.')];
    expect(steps.fitFinal([...short, long])).toEqual(short);
  });
});
