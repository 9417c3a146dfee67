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

  it('reports where each sentence starts', () => {
    const text = 'First one here.  Second one here.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
