import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Invented sentences for the placement rules of this round.
const RISK = 'Risks and unusual clauses';
const KEY = 'Key terms';

describe('a first look that has lapsed', () => {
  it('is read with the restraint: the granting party is free to deal with others once the window has passed', () => {
    expect(sectionOf('If Harbor Lane and Nordlicht GmbH are unable to agree on the terms within sixty (60) days of the start of negotiations, Nordlicht GmbH shall be free to enter into an agreement with any third party.', undefined)).toBe(RISK);
    expect(sectionOf('Should the parties fail to reach agreement within twenty business days, Kestrel may offer the distribution rights to any third party on terms no better than those last offered.', 'term', 'Renewal')).toBe(RISK);
    expect(sectionOf('Nordlicht, after 45 days, shall have the right to present the design to other customers.', undefined)).toBe(RISK);
  });

  it('is not read into a right to deal with others alone, nor into a lapse with no such right', () => {
    // a reserved right, with no window before it
    expect(sectionOf('Harbor Lane may license the Software to any third party.', 'ip', 'License')).toBe(KEY);
    // a deadline, and no one is let loose to deal with others
    expect(sectionOf('If Kestrel fails to accept the Samples within ten days, the Samples are deemed accepted and the price is payable.', 'payment', 'Price')).toBe(KEY);
  });
});

describe('a contract personal to a party', () => {
  it('is a restraint on assigning it', () => {
    expect(sectionOf('This Agreement is personal to the Grower.', 'assignment', 'Assignment')).toBe(RISK);
    expect(sectionOf('The rights granted to Harbor Lane under this Agreement are personal to Harbor Lane.', undefined)).toBe(RISK);
  });

  it('is not read into personal data or personal injury', () => {
    expect(sectionOf('The Grower shall keep personal data of the pickers in a locked file.', 'confidentiality', 'Confidentiality')).toBe(KEY);
    expect(sectionOf('This Agreement sets the price of personal training sessions at $40.', undefined)).toBe(KEY);
  });
});

describe('a right to match', () => {
  it('is what a right of first refusal lets its holder do, a restraint', () => {
    expect(sectionOf('If Kestrel does not agree to match such price within five days, its supply rights shall become non-exclusive.', 'payment', 'Pricing')).toBe(RISK);
    expect(sectionOf('Harbor Lane shall have ten days to match the third-party offer.', 'payment', 'Pricing')).toBe(RISK);
  });

  it('is not read into a price that matches a list, or matching funds', () => {
    expect(sectionOf('The price of each unit shall match the price list in Schedule B.', 'payment', 'Pricing')).toBe(KEY);
    expect(sectionOf('Nordlicht shall pay matching funds equal to the grant.', 'payment', 'Fees')).toBe(KEY);
  });
});

describe('a licence put as what the licensee holds', () => {
  it('is the grant, a key term, though "exclusive" sits in it', () => {
    expect(sectionOf('Harbor Lane shall have the exclusive right and license to distribute the Kits in the Territory.', undefined)).toBe(KEY);
    expect(sectionOf('The Grower will have a non-exclusive, royalty-free right and licence to use the Marks.', undefined)).toBe(KEY);
  });

  it('is not read into a right to buy a licensed copy', () => {
    expect(sectionOf('Kestrel will have the right to purchase a license copy of the software, on an exclusive basis.', undefined)).toBe(RISK);
  });
});

describe('hostile input', () => {
  it('stays fast', () => {
    const start = Date.now();
    for (const piece of ['may offer ', 'free to sell ', 'within ', 'after 30 ', 'unable to ', 'is personal to ', 'to match such ', 'shall have the ', 'right and ', 'if this agreement has been ', 'where the agreement ', 'agreement ', ' ', 'AAAA'])
      sectionOf(piece.repeat(Math.ceil(100_000 / piece.length)) + ' with any third party', 'assignment', 'Assignment');
    expect(Date.now() - start).toBeLessThan(5_000);
  });
});

describe('a condition that names the contract as ended', () => {
  const DUTY = 'Obligations';
  it('files what a party must or may still do after the end, whatever the conjunction', () => {
    expect(sectionOf('Where this Agreement has expired or has been terminated, Harbor Lane shall be entitled to sell its remaining stock of Kits for six months.', undefined)).toBe(DUTY);
    expect(sectionOf('If this Agreement is terminated by the Grower, Kestrel shall return the seed samples to the Grower.', undefined)).toBe(DUTY);
    expect(sectionOf('When the Agreement expires, Nordlicht GmbH shall remove its signs from the premises.', undefined)).toBe(DUTY);
  });

  it('is not read into "even if", into an ending, or into a right to end', () => {
    expect(sectionOf('Even if this Agreement is terminated, the claims of each party existing at that time shall survive.', undefined)).toBe(RISK);
    expect(sectionOf('If this Agreement is terminated by one party, it shall terminate the entire Agreement.', undefined)).toBe(RISK);
    expect(sectionOf('If this Agreement is terminated for breach, Harbor Lane may terminate any open order.', undefined)).toBe(RISK);
  });
});
