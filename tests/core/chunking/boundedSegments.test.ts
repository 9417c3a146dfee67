import { describe, expect, it } from 'vitest';
import { safeCut, sentencesOf, wordsOf } from '../../../electron/core/chunking/boundedSegments';

describe('boundedSegments', () => {
  const text = Array.from({ length: 400 }, (_, i) => `Clause ${i} binds the Supplier. It also binds the Customer!`).join(' ');

  it('gives sentences that concatenate back to the text, each within the window', () => {
    const pieces = [...sentencesOf(text, 256)];
    expect(pieces.join('')).toBe(text);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(256);
    // Boundaries are real sentence ends, not window edges: every piece but the last ends a sentence.
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[.!] $/);
    expect(pieces.length).toBe(800);
  });

  it('hands on a sentence longer than the window in window-sized pieces', () => {
    const run = 'x'.repeat(10_000);
    const pieces = [...sentencesOf(`${run}. Next one.`, 1000)];
    expect(pieces.join('')).toBe(`${run}. Next one.`);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(1000);
  });

  it('splits words lazily and never cuts a surrogate pair', () => {
    const emoji = '😀'.repeat(3000);
    const pieces = [...wordsOf(emoji, 101)];
    expect(pieces.join('')).toBe(emoji);
    // A piece starting with a low surrogate or ending with a high one would mean a pair was cut in two.
    for (const piece of pieces) {
      expect(piece.charCodeAt(0) >= 0xdc00 && piece.charCodeAt(0) <= 0xdfff).toBe(false);
      const last = piece.charCodeAt(piece.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
    expect(safeCut('a😀', 2)).toBe(1);
  });
});
