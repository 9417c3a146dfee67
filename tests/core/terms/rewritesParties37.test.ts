/**
 * The rewrites of session 37 that probe how the opening's parties and the title are read: each changes the layout or
 * the order of the words and keeps the names, short names and title. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { perturbationNamed } from '../../../tests/eval/perturb';

const OPENING = 'SUPPLY AGREEMENT\n\nThis Supply Agreement (the "Agreement") is made as of May 1, 2021 by and between Kestrel Foods Inc., a Delaware corporation ("Kestrel"), and Harrow Mills LLC, a Texas limited liability company ("Harrow").\n\n1. Supply. Harrow shall supply the Goods.\n';
const apply = (name: string, text: string): string => perturbationNamed(name).apply(text) as string;

describe('rewrites of the opening\'s parties and the title', () => {
  it('parties-among-swap writes "by and between" as "by and among", and back', () => {
    const out = apply('parties-among-swap', OPENING);
    expect(out).toContain('by and among Kestrel Foods Inc.');
    expect(apply('parties-among-swap', out)).toBe(OPENING);
  });
  it('parties-short-name-first sets each short name before the description of its kind', () => {
    expect(apply('parties-short-name-first', OPENING)).toContain('between Kestrel Foods Inc. ("Kestrel"), a Delaware corporation, and Harrow Mills LLC ("Harrow"), a Texas limited liability company.');
  });
  it('parties-short-name-first leaves a list whose party has no such description', () => {
    const plain = OPENING.replace(', a Texas limited liability company', '');
    expect(apply('parties-short-name-first', plain)).toBe(plain);
  });
  it('parties-address-lines sets each party, its address and its short name on lines of their own', () => {
    const out = apply('parties-address-lines', OPENING);
    expect(out).toContain('BETWEEN:\n\nKestrel Foods Inc., a Delaware corporation\n100 Harbor Street, Suite 2\nSpringfield, IL 60600\n("Kestrel")');
    expect(out).toContain('AND:\n\nHarrow Mills LLC, a Texas limited liability company\n120 Harbor Street, Suite 3\nSpringfield, IL 60601\n("Harrow").');
  });
  it('title-two-lines breaks a title in capitals before its last word, and leaves a two-word title', () => {
    const out = apply('title-two-lines', OPENING.replace('SUPPLY AGREEMENT', 'MASTER SUPPLY AGREEMENT'));
    expect(out.startsWith('MASTER SUPPLY\nAGREEMENT\n\n')).toBe(true);
    expect(apply('title-two-lines', OPENING)).toBe(OPENING);
  });
});
