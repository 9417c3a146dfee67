import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

// A document whose first paragraph runs its title into what follows, as a text conversion without line breaks gives it.
const run = (text: string): unknown => extractKeyTerms(makeDoc([{ text, kind: 'paragraph' }, 'The parties agree as follows.'])).terms.title?.value;

describe('a title in title case run into the paragraph after it', () => {
  it('ends at the instrument noun when a date, words in capitals or a sentence follow', () => {
    expect(run('Exhibit 4.2 Agency Agreement May 3, 2021 Quillon Widgets Inc. 12 Harbour Road Attention: Ann Lee Dear Ms. Lee: We propose to act as your agent.')).toBe('Agency Agreement');
    expect(run('Exhibit A Joint Filing Agreement QUILLON WIDGETS, INC. In accordance with the rules, the undersigned agree to file jointly.')).toBe('Joint Filing Agreement');
    expect(run('Grain Supply Agreement In consideration of the mutual promises below, Quillon Widgets Inc. and Tarrow Ltd agree as follows.')).toBe('Grain Supply Agreement');
    expect(run('Exhibit 10.3 Marketing Agreement Amendment NO. 2 This Amendment is entered into as of June 1, 2018 by Quillon Widgets Inc. and Tarrow Ltd.')).toBe('Marketing Agreement Amendment NO. 2');
    expect(run('Exhibit 10.2 Marketing Agreement Amendment No. 1 This Amendment is entered into as of May 1, 2017 by Quillon Widgets Inc. and Tarrow Ltd.')).toBe('Marketing Agreement Amendment No. 1');
  });

  it('is not read from a sentence that opens the paragraph', () => {
    expect(run('The Services Agreement Quillon Widgets Inc. signed last year stays in force, and the parties agree as follows.')).not.toBe('The Services Agreement');
    expect(run('Kindly Read This Subscription Agreement BEFORE SIGNING it, which Quillon Widgets Inc. offers to you.')).not.toBe('Kindly Read This Subscription Agreement');
    expect(run('This Supply Agreement In the form attached is made between Quillon Widgets Inc. and Tarrow Ltd.')).not.toBe('This Supply Agreement');
  });
});
