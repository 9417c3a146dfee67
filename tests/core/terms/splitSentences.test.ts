import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../electron/core/terms/splitSentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not end a sentence at company suffixes, "No." or "U.S."', () => {
    expect(texts('Marathon Pipe Line LLC and Acme Inc. agree. Payment No. 4 is due in U.S. Dollars. Done.')).toEqual([
      'Marathon Pipe Line LLC and Acme Inc. agree.',
      'Payment No. 4 is due in U.S. Dollars.',
      'Done.',
    ]);
  });

  it('does not end a sentence at initials written with dots, but still ends one after "p.m."', () => {
    expect(texts('The U.N. Convention on Contracts for the International Sale of Goods does not apply. Northwind S.A. and Southbay B.V. sign it.')).toEqual([
      'The U.N. Convention on Contracts for the International Sale of Goods does not apply.',
      'Northwind S.A. and Southbay B.V. sign it.',
    ]);
    expect(texts('Orders close at 5:00 p.m. The Buyer pays on delivery.')).toEqual(['Orders close at 5:00 p.m.', 'The Buyer pays on delivery.']);
  });

  it('keeps a leading clause number with its sentence', () => {
    expect(texts('4.2. The term is five years. It renews.')).toEqual(['4.2. The term is five years.', 'It renews.']);
  });

  it('splits lower-case text without capitals after the period', () => {
    expect(texts('you agree to these terms. if you are under 13 your parent agrees.')).toHaveLength(2);
  });

  it('keeps a list that runs inside a sentence together, and still ends one at "Section 4."', () => {
    expect(texts('you get a licence to 1. access the site and 2. use its services. you may not copy it.')).toEqual([
      'you get a licence to 1. access the site and 2. use its services.',
      'you may not copy it.',
    ]);
    expect(texts('The fees are set out in Section 4. The Buyer shall pay them.')).toEqual(['The fees are set out in Section 4.', 'The Buyer shall pay them.']);
  });

  it('ends a sentence before a bare clause number in text that lost its punctuation, but not inside a version number', () => {
    expect(texts('the sdk is provided as is without warranty from google 10 2 your use of the sdk is at your own risk.')).toEqual([
      'the sdk is provided as is without warranty from google',
      '10 2 your use of the sdk is at your own risk.',
    ]);
    expect(texts('content is licensed under the creative commons attribution 3 0 license and may be shared.')).toHaveLength(1);
    expect(texts('Section 10 2 The Buyer shall pay.')).toHaveLength(1);
  });

  it('ends a sentence at an abbreviation or dotted initials when a word that only opens a sentence follows', () => {
    expect(texts('Widgets are sold only in the U.S. The Reseller keeps a tenth of each sale.')).toEqual([
      'Widgets are sold only in the U.S.',
      'The Reseller keeps a tenth of each sale.',
    ]);
    expect(texts('The Buyer takes its shares from Larkspur Holdings, Inc. These shares carry no vote.')).toHaveLength(2);
    expect(texts('It covers tents, poles, ropes, etc. Upon expiry the Renter returns them.')).toHaveLength(2);
    expect(texts('Copies go to the filing office, Ltd. If it refuses, the Seller pays.')).toHaveLength(2);
    expect(texts('The filing was made with the SEC. Any change needs consent.')).toHaveLength(2);
    expect(texts('The mark is the state of the art. Each Party keeps its own.')).toHaveLength(2);
  });

  it('keeps the sentence going past an abbreviation when the next word goes on a name, a number or an example', () => {
    for (const one of [
      'Filings go to the U.S. Patent and Trademark Office within ten days.',
      'Payment is due in U.S. Dollars by wire.',
      'The rule in Smith v. The Harbour Board applies.',
      'The Licensee may use a newspaper (e.g. The Daily Courier) for notices.',
      'The fee is set out in Sec. 4 and in Schedule No. 2 hereto.',
      'Orders go to Larkspur Holdings, Inc. and to its agent.',
      'Notices go to Mr. Thistle at the address above.',
    ]) expect(texts(one)).toEqual([one]);
  });

  it('does not end a sentence at an abbreviation before an opener set in capitals, a label with a colon or "No."', () => {
    // In text set in capitals one name follows another; a signature block labels its lines with a colon.
    expect(texts('LARKSPUR HOLDINGS, INC. THE HARBOUR BOARD agree.')).toHaveLength(1);
    expect(texts('Signed for Larkspur Holdings, Inc. Its: President')).toHaveLength(1);
    expect(texts('Filed by Larkspur S.A. No. 7 of the register.')).toHaveLength(1);
  });

  it('ends a sentence after an item referred to in parentheses, but keeps a marker that opens an item', () => {
    expect(texts('The licence covers the kits in (a) or (b). The Seller keeps all other rights.')).toEqual([
      'The licence covers the kits in (a) or (b).',
      'The Seller keeps all other rights.',
    ]);
    expect(texts('The Seller shall (a) ship the kits and (b) The Buyer shall pay.')).toHaveLength(1);
    expect(texts('you get a licence to (1). access the site.')).toHaveLength(1);
  });

  it('reports where each sentence starts', () => {
    const text = 'First one here.  Second one here.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
