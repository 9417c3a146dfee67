import { describe, expect, it } from 'vitest';
import { compressSentence } from '../../../electron/core/terms/compressSentence';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { overviewFromTerms } from '../../../electron/core/terms/overviewFromTerms';
import type { KeyTerms, Party } from '../../../shared/terms';

describe('summary points end and start cleanly', () => {
  it('ends a list item picked on its own with a full stop, not its joining "; and" / "; or" / ";"', () => {
    expect(compressSentence('The Buyer shall keep the samples in a locked store; and')).toBe('The Buyer shall keep the samples in a locked store.');
    expect(compressSentence('The Seller fails to deliver three orders in a row; or')).toBe('The Seller fails to deliver three orders in a row.');
    expect(compressSentence('The Agent shall return all price lists (the “Lists”);')).toBe('The Agent shall return all price lists (the “Lists”).');
    // A semicolon inside the sentence stays.
    expect(compressSentence('The Agent may sell in the Region; the Principal may not appoint another agent there.')).toBe(
      'The Agent may sell in the Region; the Principal may not appoint another agent there.',
    );
  });

  it('drops a page number glued before the text, and keeps a numeral that counts something', () => {
    expect(compressSentence('14 The Distributor shall keep its books at its main office.')).toBe('The Distributor shall keep its books at its main office.');
    expect(compressSentence('6 (c) The Distributor shall insure the stock against fire.')).toBe('The Distributor shall insure the stock against fire.');
    expect(compressSentence('30 Business Days after notice, the Buyer shall pay the balance.')).toBe('30 Business Days after notice, the Buyer shall pay the balance.');
    expect(compressSentence('10 Shares of the Company shall be issued to the Adviser each month.')).toBe('10 Shares of the Company shall be issued to the Adviser each month.');
  });

  it('drops doubled-letter and nested enumerators, and clause numbers that lost their space or carry a letter', () => {
    expect(compressSentence('(ee) The Company maintains insurance in amounts customary for its business.')).toBe('The Company maintains insurance in amounts customary for its business.');
    expect(compressSentence('(b) (ii) The Company has filed all returns that it must file.')).toBe('The Company has filed all returns that it must file.');
    expect(compressSentence('7.Payment is due thirty days after delivery of the goods.')).toBe('Payment is due thirty days after delivery of the goods.');
    expect(compressSentence('12A.3 The Operator shall keep the plant in good repair.')).toBe('The Operator shall keep the plant in good repair.');
  });

  it('reads a sub-item behind a glued page number as the sub-item it is', () => {
    expect(needsPrevious('9 (c) within ten days after expiry, the Buyer shall return the samples;')).toBe(true);
    expect(needsPrevious('9 (c) The Buyer shall return the samples within ten days after expiry.')).toBe(true);
    expect(needsPrevious('10 (ten) Business Days after notice, the Buyer may end the order.')).toBe(false);
  });

  it('does not show the rest of a sentence that opens inside a parenthesis', () => {
    expect(needsPrevious('(solely for the purposes set out in the work order) the Seller may enter the site.')).toBe(true);
    expect(needsPrevious('(a) The Seller may enter the site during working hours.')).toBe(false);
  });
});

describe('Overview of terms that address "you"', () => {
  const at = [{ blockId: 'b1', page: 1 }];
  const withParties = (parties: Party[]): KeyTerms => ({ parties: { value: parties, text: 'These terms are between …', citations: at } });

  it('makes no claim about the parties when "you" is the only one found', () => {
    const text = overviewFromTerms(withParties([{ name: 'You' }])).map((p) => p.text).join(' ');
    expect(text).not.toMatch(/names one party|\bYou\b/);
  });

  it('names the provider and "you" in a sentence that reads naturally', () => {
    const [first] = overviewFromTerms(withParties([{ name: 'Larkspur Media Ltd', role: 'Larkspur' }, { name: 'You', role: 'Member' }]));
    expect(first!.text).toBe('This agreement is between Larkspur Media Ltd ("Larkspur") and you ("Member").');
  });
});
