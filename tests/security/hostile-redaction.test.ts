import { describe, expect, it } from 'vitest';
import { findNames } from '../../electron/core/privacy/findNames';
import { prepareForCloud } from '../../electron/core/privacy/prepareForCloud';
import { resolveOverlaps, type Span } from '../../electron/core/privacy/structuredIds';
import { makeDoc } from '../core/terms/docFixture';

// Cloud mode redacts every block before anything leaves the machine, in the main process: a crafted
// paragraph must not hold it for time that grows with the square of its length. Each input is a
// shape no contract takes, at a size where a quadratic step took a minute or more; read in linear
// time it takes a few seconds. The bound is generous so that a busy machine does not fail it.
const BOUND_MS = 20_000;

const OPENING = ['SERVICES AGREEMENT', 'This Agreement is made between Nordlicht GmbH and Harbor Lane Inc.'];

describe('cloud redaction of crafted text grows with its length, not its square', () => {
  it('one paragraph of 20,000 company names', () => {
    // Each name blanked out of the text rebuilt it whole; each kept name was compared with every other.
    const text = 'Acme Inc. and '.repeat(20_000);
    const started = performance.now();
    const prep = prepareForCloud(makeDoc([...OPENING, text]), { redact: true });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(prep.previewText).not.toMatch(/Acme|Nordlicht|Harbor Lane/);
  }, 120_000);

  it('a party name of thousands of words, and one hyphenated word of 50,000 characters', () => {
    // The name's pattern overflowed the regular-expression engine's stack and the preparation failed;
    // every word of the run was joined again for each defined-term length; an e-mail address was
    // looked for from every character of the long word.
    for (const piece of ['Nordlicht ', 'Nordlicht-']) {
      const text = piece.repeat(5_000);
      const doc = makeDoc(['SERVICES AGREEMENT', 'This Agreement is made between Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc.', text, 'IN WITNESS WHEREOF', text]);
      const started = performance.now();
      const prep = prepareForCloud(doc, { redact: true });
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
      expect(prep.previewText).not.toMatch(/Nordlicht|Harbor Lane/);
    }
  }, 120_000);

  it('one word of 200,000 characters of capitals and dots', () => {
    // A company name's word was read again from each capital after a dot.
    for (const piece of ['A.', 'Ab.', 'Aa-']) {
      const started = performance.now();
      expect(findNames(piece.repeat(200_000 / piece.length), { nlp: false })).toEqual([]);
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
    }
  }, 120_000);

  it('keeps the longest of overlapping spans, then the more specific kind, in text order', () => {
    const span = (kind: Span['kind'], start: number, end: number): Span => ({ kind, start, end, value: 'x'.repeat(end - start) });
    const kept = resolveOverlaps([span('PERSON', 0, 5), span('ORG', 3, 12), span('PHONE', 20, 30), span('ACCOUNT', 20, 30), span('PERSON', 12, 14), span('EMAIL', 29, 31)]);
    expect(kept.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['ORG', 3, 12],
      ['PERSON', 12, 14],
      ['ACCOUNT', 20, 30],
    ]);
    // 100,000 disjoint spans are kept whole, in order, without comparing each with all the others.
    const many = Array.from({ length: 100_000 }, (_, i) => span('ORG', (99_999 - i) * 3, (99_999 - i) * 3 + 2));
    const started = performance.now();
    const all = resolveOverlaps(many);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(all).toHaveLength(100_000);
    expect(all.every((s, i) => i === 0 || s.start > all[i - 1]!.start)).toBe(true);
  }, 120_000);
});
