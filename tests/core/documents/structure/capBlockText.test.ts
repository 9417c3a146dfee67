import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_CHARS, capBlockText } from '../../../../electron/core/documents/structure/capBlockText';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';

const squash = (t: string): string => t.replace(/\s+/g, '');

describe('capBlockText', () => {
  it('keeps ordinary paragraphs whole', () => {
    expect(capBlockText('A short clause.')).toEqual(['A short clause.']);
  });

  it('cuts a long paragraph at sentence ends into pieces within the cap, losing nothing', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Sentence ${i} of the clause binds the Supplier.`).join(' ');
    const pieces = capBlockText(text, 1000);
    expect(pieces.length).toBeGreaterThan(100);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(1000);
      expect(piece.endsWith('.')).toBe(true);
    }
    expect(squash(pieces.join(''))).toBe(squash(text));
  });

  it('cuts text without spaces at the cap', () => {
    const pieces = capBlockText('y'.repeat(25_000), 1000);
    expect(pieces.map((p) => p.length)).toEqual(Array(25).fill(1000));
  });
});

describe('buildStructure with a megabyte paragraph', () => {
  it('makes many blocks on the same page and clause, each with its own id', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `The Supplier shall deliver item ${i} on time.`).join(' ');
    const { blocks } = buildStructure({
      pages: [
        { number: 1, units: [{ text: 'Preamble of the agreement.', hint: 'paragraph' }] },
        { number: 2, units: [{ text: '7.2 Delivery. ' + long, hint: 'paragraph' }] },
      ],
      warnings: [],
      imageOnlyPages: [],
    });
    const onPage2 = blocks.filter((b) => b.page === 2);
    expect(onPage2.length).toBeGreaterThan(long.length / MAX_BLOCK_CHARS);
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
    for (const b of onPage2) {
      expect(b.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
      expect(b.clause).toBe('7.2');
    }
    expect(onPage2.map((b) => b.id).slice(0, 3)).toEqual(['p2.1', 'p2.2', 'p2.3']);
  });
});
