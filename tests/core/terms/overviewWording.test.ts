import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';

describe('Overview wording', () => {
  it('says what a document is when its title is found and no party is named in its text', () => {
    // A template whose parties sign on a separate order form: the title is all the opening gives.
    const doc = makeDoc([
      { text: 'HOSTING SERVICES AGREEMENT', kind: 'heading' },
      { text: 'This agreement applies to every order form that refers to it.', clause: '1.1' },
      { text: 'The provider shall keep the service available for at least 99.5% of each month.', clause: '2.1' },
      { text: 'The customer shall pay each invoice within thirty (30) days of receipt.', clause: '3.1' },
      { text: 'This agreement is governed by the laws of the State of Oregon.', clause: '9.1' },
    ]);
    const overview = extractiveSummary(doc.blocks, { sentences: 8 }).overview.map((p) => p.text);
    expect(overview[0]).toBe('This document is the Hosting Services Agreement.');
    expect(overview).toContain('The law of Oregon (United States) governs it.');
  });

  it.each([
    ['the laws of the United States of America', 'The law of the United States governs it.'],
    ['the laws of the Netherlands', 'The law of the Netherlands governs it.'],
    ['the laws of England and Wales', 'The law of England and Wales governs it.'],
  ])('names a country with its article: %s', (law, sentence) => {
    const doc = makeDoc([
      { text: 'SUPPLY AGREEMENT', kind: 'heading' },
      'This Supply Agreement is made on 3 March 2021 between Orrin Tools Ltd (“Seller”) and Pell Works Inc. (“Buyer”).',
      { text: 'The Buyer shall pay each invoice within thirty (30) days of receipt.', clause: '2.1' },
      { text: `This Agreement is governed by ${law}.`, clause: '9.1' },
    ]);
    expect(extractiveSummary(doc.blocks, { sentences: 8 }).overview.map((p) => p.text)).toContain(sentence);
  });

  it('does not write "between" one party', () => {
    const doc = makeDoc([
      { text: 'FRAMEWORK AGREEMENT', kind: 'heading' },
      'This Framework Agreement is made on 4 April 2020 between Northvale Purchasing Authority (“Authority”) and the supplier named in the order form.',
      { text: 'The supplier shall deliver each order within ten (10) days.', clause: '2.1' },
    ]);
    const first = extractiveSummary(doc.blocks, { sentences: 8 }).overview[0]!.text;
    expect(first).not.toMatch(/between/);
    expect(first).toBe('This Framework Agreement names one party, Northvale Purchasing Authority ("Authority").');
  });

  it('names the party that is filled in when the other is left blank', () => {
    const doc = makeDoc([
      { text: 'SUPPLY AGREEMENT', kind: 'heading' },
      'This Supply Agreement is made on 4 April 2020 between Northvale Purchasing Authority (“Authority”) and ____________________ (“Supplier”).',
      { text: 'The supplier shall deliver each order within ten (10) days.', clause: '2.1' },
    ]);
    expect(extractiveSummary(doc.blocks, { sentences: 8 }).overview[0]!.text).toBe(
      'This Supply Agreement is between Northvale Purchasing Authority ("Authority") and a party left blank ("Supplier").',
    );
  });

  it("ends a sentence once when the last party's name ends with a full stop", () => {
    const doc = makeDoc([
      { text: 'LICENSE AGREEMENT', kind: 'heading' },
      'This License Agreement is made on 9 June 2019 between Tarrow Labs GmbH and Quillon Systems, Inc.',
      { text: 'The licensee shall pay each invoice within thirty (30) days of receipt.', clause: '2.1' },
    ]);
    expect(extractiveSummary(doc.blocks, { sentences: 8 }).overview[0]!.text).toBe('This License Agreement is between Tarrow Labs GmbH and Quillon Systems, Inc.');
  });
});
