import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Each rule of the placement added in session 35, both ways, with invented contract text.
const RISK = 'Risks and unusual clauses';

describe('sectionOf: a duty to insure that names the indemnity the insurance covers', () => {
  it('fires when indemnification is only what the insurance covers', () => {
    expect(sectionOf('Each Party shall maintain (a) general liability insurance and (b) product liability insurance providing full indemnification against claims arising out of the Goods.', 'confidentiality', '9 Confidential Information')).toBe('Obligations');
    expect(sectionOf('Both Parties will each carry and maintain, during the Term (and any later period in which indemnification obligations continue), all product liability insurance reasonably necessary to cover such indemnification obligations.', 'liability', '11.4 Insurance')).toBe('Obligations');
  });
  it('does not fire when the sentence also promises an indemnity, a defence, or excludes consequential damages', () => {
    expect(sectionOf('The Bakery shall indemnify each of its directors and shall maintain directors’ liability insurance for their benefit.', 'liability', '5.2 Indemnity and Insurance')).toBe(RISK);
    expect(sectionOf('Grower shall maintain crop insurance and will defend Miller against any claim arising from the harvest.', undefined)).not.toBe('Obligations');
  });
});

describe('sectionOf: evidence of a policy is a duty to insure', () => {
  it('fires on "will submit evidence of such policy", "shall deliver proof of the insurance"', () => {
    expect(sectionOf('Within twenty (20) days of signing, Grower will submit to Miller evidence of such policy, naming Miller as a party the insurer must tell before any cancellation.', 'indemnity', '12. Indemnity')).toBe('Obligations');
    expect(sectionOf('Carrier shall deliver proof of the coverage to Shipper each year.', 'indemnity', '12. Indemnity')).toBe('Obligations');
  });
  it('does not fire on a policy that is no insurance, or on evidence of something else', () => {
    expect(sectionOf('Grower will submit to Miller evidence of its compliance with the privacy policy of Miller.', 'indemnity', '12. Indemnity')).toBe(RISK);
  });
});

describe('sectionOf: one coverage of a list under an insurance heading', () => {
  it('fires on a verbless item naming a kind of insurance', () => {
    expect(sectionOf('Commercial general liability insurance naming us and our officers as additional insureds, with limits of $2,000,000 per occurrence.', 'liability', '14.1 Required Insurance Coverage')).toBe('Obligations');
    expect(sectionOf('(b) Workers’ compensation insurance as required by the law of the State.', 'liability', '14.1 Insurance Coverage')).toBe('Obligations');
  });
  it('does not fire on a statement that there is none, under another heading, or under a heading of liability', () => {
    expect(sectionOf('The Producer has no insurance requirement.', 'liability', '6. Insurance')).toBe(RISK);
    expect(sectionOf('Commercial general liability insurance is excluded from the Services.', 'liability', '14. Limitation of Liability')).toBe(RISK);
  });
});

describe('sectionOf: a right lost at the end is no duty on the end', () => {
  it('fires on "shall not be entitled to claim" after termination', () => {
    expect(sectionOf('On the termination of this Agreement for any reason, Reseller shall not be entitled to claim any compensation for its goodwill or lost profits.', 'liability', '15. Limitation of Damages')).toBe(RISK);
  });
  it('does not fire on a duty that follows the end', () => {
    expect(sectionOf('On the termination of this Agreement for any reason, Reseller shall return all samples to Miller.', 'liability', '15. Limitation of Damages')).toBe('Obligations');
  });
});

describe('sectionOf: who owns what is a key term', () => {
  it('fires on "shall jointly own", "shall be the sole property of", also on the end', () => {
    expect(sectionOf('Upon termination of the Agreement, the Bakery and the Miller shall jointly own all customer data.', 'miscellaneous', '7.3 Customer Data')).toBe('Key terms');
    expect(sectionOf('All recipes developed under this Agreement shall be the sole and exclusive property of the Bakery.', undefined)).toBe('Key terms');
  });
  it('does not fire on a duty, or on ownership beside a word of risk', () => {
    expect(sectionOf('Upon termination of the Agreement, the Miller shall return all customer data to the Bakery.', 'miscellaneous', '7.3 Customer Data')).toBe('Obligations');
    expect(sectionOf('The Bakery shall own all recipes and shall indemnify the Miller against any claim that they infringe.', undefined)).toBe(RISK);
  });
});

describe('sectionOf: a price or royalty owed after a part of the contract ends is a key term', () => {
  it('fires on the transfer price and the applicable royalty', () => {
    expect(sectionOf('Following the expiration of the Exclusive Period, Reseller shall pay to Miller the Transfer Price for each Unit supplied.', 'payment', 'Transfer Price')).toBe('Key terms');
    expect(sectionOf('After the expiration of the Term, Grower agrees to pay Miller the applicable royalty for eight (8) calendar quarters.', 'payment', '8.4 Royalty after Expiration')).toBe('Key terms');
  });
  it('does not fire on settling amounts due on the end', () => {
    expect(sectionOf('Upon termination, Reseller shall pay to Miller all amounts accrued before the date of termination.', 'payment', '8.5 Payments on Termination')).toBe('Obligations');
  });
});

describe('sectionOf: a licence granted in "hereby grants" wording', () => {
  it('fires when the object of the grant is left out or redacted', () => {
    expect(sectionOf('At the Bakery’s election by written notice, the Miller shall grant, and hereby grants to the Bakery, effective as of the date of termination, [***] (the “Reverted Rights”).', 'miscellaneous', '12.4 Reversion')).toBe('Key terms');
  });
  it('does not fire on a grant that ends', () => {
    expect(sectionOf('All rights the Miller hereby grants to the Bakery shall terminate on the expiry of the Term.', 'miscellaneous', '12.4 Reversion')).toBe(RISK);
  });
});

describe('sectionOf: a promise never to challenge the other side’s rights', () => {
  it('fires on "shall not contest the validity", "will not challenge the ownership"', () => {
    expect(sectionOf('The parties agree that (i) the Bakery owns the Marks and (ii) the Miller shall not now or in the future contest the validity of the Marks.', 'termination', 'Term and Termination')).toBe(RISK);
    expect(sectionOf('Licensee will not challenge the ownership of the Licensed Patents.', 'ip', '4. Licence')).toBe(RISK);
  });
  it('does not fire on a challenge the party may bring, or on validity alone', () => {
    expect(sectionOf('Nothing herein limits the right of Licensee to contest the validity of any patent in court.', 'ip', '4. Licence')).toBe('Key terms');
    expect(sectionOf('The validity of the Licensed Patents shall be maintained by Licensor at its cost.', 'ip', '4. Licence')).toBe('Key terms');
  });
});
