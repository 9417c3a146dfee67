import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Invented sentences for the placement rules of this round.
const RISK = 'Risks and unusual clauses';
const KEY = 'Key terms';
const DUTY = 'Obligations';

describe('a right to end the contract put as a power, an entitlement or in the passive', () => {
  it('is a risk, whatever clause holds it', () => {
    expect(sectionOf('Harbor Lane and Kestrel are authorized to revoke the license granted to the Reseller at any time by written notice.', 'ip', 'License')).toBe(RISK);
    expect(sectionOf('Any failure by the Grower to pay within sixty days shall be deemed a material breach and shall entitle Nordlicht GmbH to terminate this Agreement.', 'payment', 'Payment Terms')).toBe(RISK);
    expect(sectionOf('Kestrel shall be entitled, at its sole option, to cancel the Program on ten days notice.', undefined)).toBe(RISK);
    expect(sectionOf('A late delivery shall entitle the Grower, in its sole discretion and in accordance with Section 9(b), to terminate this Agreement.', 'miscellaneous', 'Delivery')).toBe(RISK);
    expect(sectionOf('This Agreement may be terminated by the non-defaulting party upon any of the following events, each to be settled by arbitration.', 'termination', 'Termination for Cause')).toBe(RISK);
    expect(sectionOf('The Appointment may at any time be cancelled by Harbor Lane for a breach of the quality standards.', 'term', 'Appointment and Term')).toBe(RISK);
  });

  it('is not read into a denial of the right, an ending by both parties, or a right after the end', () => {
    expect(sectionOf('The Grower shall not be entitled to terminate this Agreement for convenience during the Initial Term.', 'term', 'Term')).toBe(KEY);
    expect(sectionOf('This Agreement may not be terminated before the Initial Term ends.', 'term', 'Term')).toBe(KEY);
    expect(sectionOf('This Agreement may be terminated at any time by mutual written agreement of the parties.', 'term', 'Term')).toBe(KEY);
    expect(sectionOf('Upon termination of this Agreement, Kestrel shall be entitled to cancel any open purchase order and shall return the samples.', undefined)).toBe(DUTY);
    // entitled to something other than ending it
    expect(sectionOf('Harbor Lane shall be entitled to receive the royalty set forth in Schedule C.', 'payment', 'Royalties')).toBe(KEY);
  });
});

describe('a court given the disputes', () => {
  it('names the forum, a key term, though "exclusive" sits in it and no heading says so', () => {
    expect(sectionOf('The High Court of Ruritania shall have exclusive jurisdiction over this Agreement.', undefined)).toBe(KEY);
    expect(sectionOf('The courts of the canton of Valmont will have sole and exclusive jurisdiction in respect of any matter arising under this Agreement.', 'miscellaneous', 'General')).toBe(KEY);
  });

  it('is not read into an authority with jurisdiction over the goods, or a court with a word of liability', () => {
    expect(sectionOf('Kestrel shall comply with the rules of each authority having jurisdiction over the orchard.', undefined)).toBe(DUTY);
    expect(sectionOf('No court shall have jurisdiction to award punitive damages against Harbor Lane.', undefined)).toBe(RISK);
  });
});

describe('a promise not to register the other side\'s rights', () => {
  it('is a restraint, a risk, as a promise not to contest them is', () => {
    expect(sectionOf('The Grower shall not, directly or indirectly, apply for or seek registration of any patent in the Work Product in any country without the written approval of Kestrel.', undefined)).toBe(RISK);
    expect(sectionOf('Harbor Lane will not register any domain name or trade name containing the Nordlicht Marks.', 'ip', 'Trademarks')).toBe(RISK);
  });

  it('is not read into a party freed of a duty to register, or into a duty to register', () => {
    expect(sectionOf('Harbor Lane shall not be required to register the Marks in any country outside the Territory.', 'ip', 'Trademarks')).toBe(KEY);
    expect(sectionOf('Kestrel shall apply for registration of the Marks in each country of the Territory.', undefined)).toBe(DUTY);
  });
});

describe('hostile input', () => {
  it('stays fast', () => {
    const start = Date.now();
    for (const piece of ['entitled ', 'authorized to ', 'agreement may ', 'agreement ', 'may be ', 'not be ', ', ', 'courts ', 'court shall have ', 'not ', 'not register ', 'apply for ', 'AAAA'])
      sectionOf(piece.repeat(Math.ceil(100_000 / piece.length)) + ' to terminate', 'termination', 'Termination');
    expect(Date.now() - start).toBeLessThan(5_000);
  });
});
