/**
 * A one-word heading ("AGREEMENT") over the instrument's fuller name, as when a one-page document's running header
 * stands above a text whose title runs into its first paragraph: the fuller name of the same instrument is the title.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind: 'heading' | 'paragraph' };
const titleOf = (head: readonly Entry[]): unknown => extractKeyTerms(makeDoc([...head, 'The parties agree as follows.'])).terms.title?.value;
const heading = (text: string): Entry => ({ text, kind: 'heading' });

describe('a one-word heading over a fuller name', () => {
  it('takes the fuller name that ends in the same noun, run into the first paragraph or on a line of its own, past filing marks', () => {
    const runIn = 'Exhibit 7.1 JOINT MARKETING AGREEMENT The undersigned, Nordlicht GmbH and Harbor Lane Inc., agree to market the product together under the terms below.';
    expect(titleOf([heading('AGREEMENT'), heading('CONFIDENTIAL 1'), runIn])).toBe('JOINT MARKETING AGREEMENT');
    expect(titleOf([heading('AGREEMENT'), runIn])).toBe('JOINT MARKETING AGREEMENT');
    expect(titleOf([heading('AGREEMENT'), heading('CONFIDENTIAL'), heading('ROYALTY AGREEMENT'), 'Nordlicht GmbH and Harbor Lane Inc. agree on royalties.'])).toBe('ROYALTY AGREEMENT');
    expect(titleOf([heading('LEASE'), 'EXHIBIT 10.2 GROUND LEASE Nordlicht GmbH leases to Harbor Lane Inc. the land described below.'])).toBe('GROUND LEASE');
  });

  it('keeps the one-word heading when what follows names another instrument, or names none', () => {
    // A different noun is another instrument (the agreement a guaranty secures), not a fuller name of this one.
    expect(titleOf([heading('GUARANTY'), 'Exhibit 4 SUPPLY AGREEMENT The Guarantor guarantees the obligations of Harbor Lane Inc. under the supply agreement.'])).toBe('GUARANTY');
    // The first line of text that is no filing mark ends the search: a name further down heads something else.
    expect(titleOf([heading('AGREEMENT'), 'Nordlicht GmbH and Harbor Lane Inc. agree as set out below.', heading('ESCROW AGREEMENT')])).toBe('AGREEMENT');
  });
});
