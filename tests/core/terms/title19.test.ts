/**
 * A heading a text file ran into the lines after it twice, on the cover and again over the opening, with a subject after
 * the instrument's noun. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const titleOf = (entries: Parameters<typeof makeDoc>[0]): unknown => extractKeyTerms(makeDoc(entries)).terms.title?.value;

describe('a heading run into the cover and again into the opening', () => {
  it('is what the two paragraphs start with alike', () => {
    expect(
      titleOf([
        'Exhibit 10.4 Design Contract on Construction of the Eastgate Ferry Terminal Prepared by: Ostrander Design Office March 2, 2019',
        'Design Contract on Construction of the Eastgate Ferry Terminal The Owner: Marlow Port Holdings Inc. (hereinafter referred to as Party A) and the Designer: Ostrander Design Office (hereinafter referred to as Party B) agree to the following terms:',
        { text: 'Article 1. Party B shall design the terminal.', clause: '1' },
      ]),
    ).toBe('Design Contract on Construction of the Eastgate Ferry Terminal');
  });
  it('is not two paragraphs that start a sentence alike', () => {
    expect(
      titleOf([
        'The Supplier shall deliver the Goods to the Buyer at the port named in the order.',
        'The Supplier shall invoice the Buyer on delivery of each load.',
        { text: '1. Payment is due within 30 days.', clause: '1' },
      ]),
    ).toBeUndefined();
  });
});
