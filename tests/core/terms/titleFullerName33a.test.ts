/**
 * A heading of several words over an opening that calls the same instrument by a wider name ending in the heading's words
 * ("HOSTING AGREEMENT" over "This Managed Hosting Agreement …"). Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const titleOf = (entries: Parameters<typeof makeDoc>[0]): unknown => extractKeyTerms(makeDoc(entries)).terms.title?.value;

const body = { text: '1. Services. Harlow shall host the Customer Platform.', clause: '1' };

describe('a heading the opening widens', () => {
  it('is the opening’s fuller name', () => {
    expect(
      titleOf([
        { text: 'HOSTING AGREEMENT', kind: 'heading' },
        'This Web and Mail Hosting Agreement ("Agreement") is entered into as of March 3, 2012 by and between Harlow Data, Inc. ("Harlow") and Pinecrest Foods LLC ("Customer").',
        body,
      ]),
    ).toBe('Web and Mail Hosting Agreement');
  });
  it('also in capitals after a filing mark', () => {
    expect(
      titleOf([
        'EXHIBIT 10.7',
        { text: 'TRANSPORT AGREEMENT', kind: 'heading' },
        'THIS BULK LIQUID TRANSPORT AGREEMENT (this "Agreement") is made this 4th day of May, 2008, by and between Ostrava Terminals LP ("Owner") and Fenwick Fuels LLC ("Shipper").',
        body,
      ]),
    ).toBe('BULK LIQUID TRANSPORT AGREEMENT');
  });
  it('is not an opening that calls it by another name of the same length', () => {
    expect(
      titleOf([
        { text: 'TRANSPORTATION SERVICES AGREEMENT', kind: 'heading' },
        'THIS RAIL TRANSPORTATION AGREEMENT (this "Agreement") is made this 4th day of May, 2008, by and between Ostrava Terminals LP ("Owner") and Fenwick Fuels LLC ("Shipper").',
        body,
      ]),
    ).toBe('TRANSPORTATION SERVICES AGREEMENT');
  });
  it('is not an opening that uses a shorter name than the heading', () => {
    expect(
      titleOf([
        { text: 'MASTER HOSTING AGREEMENT', kind: 'heading' },
        'This Hosting Agreement ("Agreement") is entered into as of March 3, 2012 by and between Harlow Data, Inc. ("Harlow") and Pinecrest Foods LLC ("Customer").',
        body,
      ]),
    ).toBe('MASTER HOSTING AGREEMENT');
  });
  it('is not an opening whose name ends otherwise than the heading', () => {
    expect(
      titleOf([
        { text: 'HOSTING AGREEMENT', kind: 'heading' },
        'This Managed Hosting Agreement Amendment ("Amendment") is entered into as of March 3, 2012 by and between Harlow Data, Inc. ("Harlow") and Pinecrest Foods LLC ("Customer").',
        body,
      ]),
    ).toBe('HOSTING AGREEMENT');
  });
});
