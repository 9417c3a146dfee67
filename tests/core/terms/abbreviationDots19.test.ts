/**
 * A full stop that closes an abbreviation inside a sentence ("Dec. 1, 2015", "Acme Co. and …") does
 * not end it: a rule that looks for the contract's verb "within the sentence" must read on past it,
 * as it reads past "December 1, 2015".
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { withoutAbbreviationDots } from '../../../electron/core/terms/splitSentences';
import { makeDoc } from './docFixture';

function termsOf(termSentence: string) {
  return extractKeyTerms(
    makeDoc([
      { text: 'ROADSHOW SPONSORSHIP AGREEMENT', kind: 'heading' },
      'This Roadshow Sponsorship Agreement is made by and between Harrow Lane Media, Inc. ("Harrow") and Quillon Tools LLC ("Quillon").',
      {
        text: `1.4 Signage. Harrow shall display the Quillon logo at each event listed in the Schedule. In the event of a conflict between the Schedule and this Agreement, the Schedule shall control. 2. Duration and Cancellation 1. Unless earlier terminated, ${termSentence} Quillon may cancel this Agreement if any event is cancelled.`,
        clause: '1.4',
        section: ['1.4 Signage'],
      },
    ]),
  ).terms;
}

describe('an abbreviated month inside the sentence that states the term', () => {
  it.each([
    ['this Agreement shall take effect on Feb. 1, 2016 and shall expire on Jan. 31, 2017.', '2017-01-31'],
    ['this Agreement shall take effect on Sept. 1, 2016 and shall expire on Aug. 31, 2017.', '2017-08-31'],
  ])('reads the end date as it does with the months written out: %s', (sentence, end) => {
    expect(termsOf(sentence).expiration?.value).toBe(end);
    const written = sentence.replace('Feb.', 'February').replace('Jan.', 'January').replace('Sept.', 'September').replace('Aug.', 'August');
    expect(termsOf(written).expiration?.value).toBe(end);
  });
});

describe('withoutAbbreviationDots', () => {
  it('writes the full stop of an abbreviation that goes on into its sentence as a space, the same length', () => {
    const text = 'It begins on Dec. 1, 2015 between Acme Co. and Beta Inc. (the "Parties") under Sec. 4.';
    const out = withoutAbbreviationDots(text);
    expect(out).toBe('It begins on Dec  1, 2015 between Acme Co  and Beta Inc  (the "Parties") under Sec  4.');
    expect(out).toHaveLength(text.length);
  });

  it('keeps a full stop that ends a sentence, or an abbreviation before a capital', () => {
    const text = 'Payment is due in Dec. The Company shall pay Acme Co. Beta shall deliver.';
    expect(withoutAbbreviationDots(text)).toBe(text);
  });
});
