import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { buildTermContext } from '../../../electron/core/terms/termContext';
import { makeDoc } from './docFixture';

// Openings built to make the party reader re-read what it has read: each took from 10 s to minutes
// before, and each stays well inside the generous bound now (about 0.2 to 3 s on a quiet machine).
const opening = (piece: string, length: number): string => `This Agreement is made between ${piece.repeat(Math.ceil(length / piece.length))} and Harbor Lane Inc.`;

describe('hostile openings', () => {
  it('reads a block of 200,000 short sentences without overflowing the stack', () => {
    const ctx = buildTermContext(makeDoc(['. '.repeat(200_000)]));
    expect(ctx.sentences.length).toBeGreaterThan(100_000);
  });

  it('reads an opening of one word 200,000 characters long in time', () => {
    const start = Date.now();
    extractKeyTerms(makeDoc([opening('Limited', 200_000)]));
    expect(Date.now() - start).toBeLessThan(10_000);
  });

  it('reads an opening of 300,000 characters of full stops and initials in time', () => {
    for (const piece of ['. ', 'S. à. r. ']) {
      const start = Date.now();
      extractKeyTerms(makeDoc([opening(piece, 300_000)]));
      expect(Date.now() - start).toBeLessThan(10_000);
    }
  });

  it('still reads the parties of an ordinary opening', () => {
    const terms = extractKeyTerms(makeDoc(['This Agreement is made between Kestrel Holdings Ltd. and Harbor Lane Inc. The parties agree as follows.'])).terms;
    expect(JSON.stringify(terms.parties?.value)).toMatch(/Kestrel Holdings Ltd.*Harbor Lane Inc/);
  });
});
