/**
 * An addendum named by the law that requires it, as franchise documents attach one for each state ("ADDENDUM REQUIRED BY
 * THE STATE OF OREGON"): the whole heading is the title, also where a text file runs it into the first sentence. Every
 * document here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf, titleOfText } from './titleProbe';

const FIRST = 'The following terms are added to the Franchise Agreement and prevail over any other terms in it.';

describe('an addendum required by a law', () => {
  it('is titled with the law that requires it, on a line of its own', () => {
    expect(titleOf(['ADDENDUM REQUIRED BY THE STATE OF OREGON'], FIRST)).toBe('ADDENDUM REQUIRED BY THE STATE OF OREGON');
    expect(titleOf(['Addendum to the Franchise Agreement Required by the State of Oregon'], FIRST)).toBe('Addendum to the Franchise Agreement Required by the State of Oregon');
    expect(titleOf(['STATE RIDER PURSUANT TO THE OREGON FRANCHISE ACT'], FIRST)).toBe('STATE RIDER PURSUANT TO THE OREGON FRANCHISE ACT');
  });
  it('and where a text file runs the heading into the first sentence', async () => {
    expect(await titleOfText(`ADDENDUM REQUIRED BY THE STATE OF OREGON   ${FIRST}`)).toBe('ADDENDUM REQUIRED BY THE STATE OF OREGON');
    expect(await titleOfText(`ADDENDUM TO THE FRANCHISE AGREEMENT REQUIRED BY THE STATE OF OREGON   ${FIRST}`)).toBe('ADDENDUM TO THE FRANCHISE AGREEMENT REQUIRED BY THE STATE OF OREGON');
  });
  it('is not read into a heading that names no law, nor into a sentence', async () => {
    expect(await titleOfText(`ADDENDUM TO THE FRANCHISE AGREEMENT   ${FIRST}`)).toBe('ADDENDUM TO THE FRANCHISE AGREEMENT');
    expect(titleOf(['SUPPLY AGREEMENT'], 'This Addendum is required by the laws of the State of Oregon and is attached to the Supply Agreement.')).toBe('SUPPLY AGREEMENT');
  });
});
