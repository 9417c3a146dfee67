import { describe, expect, it } from 'vitest';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { splitSentences } from '../../../electron/core/terms/splitSentences';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('a stop after an amount or a section number does not end a sentence before a lower-case word', () => {
  it('reads on past an amount', () => {
    expect(texts('The Mill shall pay the Grower a storage fee of $12,500. per season plus any tax due. The Grower shall invoice each quarter.')).toEqual([
      'The Mill shall pay the Grower a storage fee of $12,500. per season plus any tax due.',
      'The Grower shall invoice each quarter.',
    ]);
    expect(texts('The deposit is EUR 4,000. payable on signing. The rest is due on delivery.')).toEqual(['The deposit is EUR 4,000. payable on signing.', 'The rest is due on delivery.']);
  });

  it('reads on past the number of a section, or the last of a list of them', () => {
    expect(texts('Except as stated in Section 6.2. for damaged grain, the Mill bears the risk. The Grower bears none.')).toEqual([
      'Except as stated in Section 6.2. for damaged grain, the Mill bears the risk.',
      'The Grower bears none.',
    ]);
    expect(texts('Either party may end this Agreement under Sections 9.1. or 9.4. below. Notice must be in writing.')).toEqual([
      'Either party may end this Agreement under Sections 9.1. or 9.4. below.',
      'Notice must be in writing.',
    ]);
  });

  it('still ends the sentence before a capital, after another number, or in lower-cased text', () => {
    expect(texts('The fee is $12,500. The Grower shall invoice it.')).toEqual(['The fee is $12,500.', 'The Grower shall invoice it.']);
    expect(texts('The Mill shall store 400 tonnes. then it shall mill them.')).toEqual(['The Mill shall store 400 tonnes.', 'then it shall mill them.']);
    expect(texts('you pay a fee of $5. you may cancel at any time.')).toEqual(['you pay a fee of $5.', 'you may cancel at any time.']);
  });
});

describe('a sentence that leans back behind a glued marker, a run-in title or a short opening phrase', () => {
  it('fires', () => {
    expect(needsPrevious('(ii)keep the grain apart from any other stock.')).toBe(true);
    expect(needsPrevious('STORAGE AND RISK: Notwithstanding the foregoing, the Mill bears the risk of damp.')).toBe(true);
    expect(needsPrevious('In support of and without limiting the foregoing duty, the Grower shall keep records.')).toBe(true);
    expect(needsPrevious('Except as set out in the preceding paragraph, no fee is due.')).toBe(true);
  });

  it('does not fire', () => {
    expect(needsPrevious('(a)the Mill shall pay the storage fee each quarter.')).toBe(false);
    expect(needsPrevious('STORAGE AND RISK: The Mill bears the risk of damp while it holds the grain.')).toBe(false);
    expect(needsPrevious('Payment: The Mill shall pay each invoice within thirty days.')).toBe(false);
    // "the foregoing" past a long opening, or with no comma after it, is left to the other tests.
    expect(needsPrevious('The Mill shall pay the fees set out in the foregoing schedule within thirty days of each delivery, and the Grower shall invoice them.')).toBe(false);
  });
});
