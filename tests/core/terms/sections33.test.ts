import { describe, expect, it } from 'vitest';
import { sectionOf, statesDuty } from '../../../electron/core/terms/sectionOf';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';

// Each rule of the placement added in session 33, both ways, with invented contract text.
const RISK = 'Risks and unusual clauses';

describe('sectionOf: a duty to insure is an obligation', () => {
  it('fires on what the insurance must be, and on "will carry", "purchase", "furnish", "additional named insured"', () => {
    expect(sectionOf('The insurance shall be in an amount of not less than $1,000,000 per occurrence.', 'liability')).toBe('Obligations');
    expect(sectionOf('All coverage must be written by carriers rated A- or better.', undefined)).toBe('Obligations');
    expect(sectionOf('Grower will carry crop liability insurance with a reputable insurer.', 'liability')).toBe('Obligations');
    expect(sectionOf('Hauler shall purchase sufficient insurance for its trucks.', undefined)).toBe('Obligations');
    expect(sectionOf('Upon request, Hauler shall furnish Shipper a certification of insurance.', 'liability')).toBe('Obligations');
    expect(sectionOf('On a separate endorsement, Hauler shall name Shipper as an additional named insured.', 'liability')).toBe('Obligations');
  });
  it('fires on any duty under a clause headed as insurance, and on a sentence about the policy under a mixed heading', () => {
    expect(sectionOf('Hauler will not cancel or terminate any such cover without thirty (30) days notice to Shipper.', 'liability', '9. Insurance')).toBe('Obligations');
    expect(sectionOf('Hauler will make reasonable efforts to keep the policy non-cancellable.', 'liability', '12. Indemnity and Insurance')).toBe('Obligations');
  });
  it('does not fire on an indemnity, a sentence without insurance under a mixed heading, a breach, or a bare receipt of commissions', () => {
    expect(sectionOf('Hauler shall indemnify Shipper against every claim for damage to the cargo.', 'liability', '12. Indemnity and Insurance')).toBe(RISK);
    expect(sectionOf('Title to the cargo shall pass to Shipper on loading at the terminal.', 'liability', '8. Risk of Loss and Insurance')).not.toBe('Obligations');
    expect(sectionOf('Failure to keep the cover in force shall be a material breach of this Agreement.', 'liability', '9. Insurance')).toBe(RISK);
    expect(sectionOf('Broker will receive all commissions from the insurance carriers.', 'payment', '4. Commissions')).toBe('Key terms');
  });
});

describe('sectionOf: what follows the end of the contract is an obligation', () => {
  it('fires on a duty under a heading that names the end, with no condition of its own', () => {
    expect(sectionOf('Each party shall return the other party’s price lists within ten (10) days.', 'termination', '14.3 Effect of Termination')).toBe('Obligations');
    expect(sectionOf('The parties shall agree a plan for handing the bakery routes over to Miller.', 'termination', '12. Term, Termination and Transition')).toBe('Obligations');
  });
  it('fires on a right that runs on after the end, and on a long list of duties that names a liability only late', () => {
    expect(sectionOf('After expiration of this Agreement, Reseller may sell its remaining stock of the Goods for ninety (90) days.', 'termination')).toBe('Obligations');
    expect(
      sectionOf(
        'Upon the expiration or termination of this Agreement, (i) Reseller shall return all demonstration units to Vendor, (ii) Reseller shall remove the Vendor signs from its premises, (iii) Vendor shall buy back unsold Goods at cost, and (iv) neither party shall be liable to the other for the loss of expected profits.',
        'termination',
      ),
    ).toBe('Obligations');
    expect(sectionOf('In the event of a termination under clause 9.2, both parties agree to wind up the joint sales desk within sixty (60) days.', 'term')).toBe('Obligations');
  });
  it('does not fire under a heading of termination rights, on a remedy, a licence that ends, or a liability', () => {
    expect(sectionOf('Vendor shall pay the commissions earned before the termination date.', 'termination', '10. Rights of Termination')).not.toBe('Obligations');
    expect(sectionOf('After expiration of this Agreement, Vendor may recover any unpaid sums by action.', 'termination')).not.toBe('Obligations');
    expect(sectionOf('On termination, all licences granted hereunder shall also terminate, and Reseller shall delete the Software.', 'termination', '15. Effect of Termination')).toBe(RISK);
    expect(sectionOf('Upon termination, Vendor shall not be liable to Reseller for any loss of goodwill.', 'termination', '15. Effect of Termination')).toBe(RISK);
  });
});

describe('statesDuty: a survival clause binds no one', () => {
  it('does not fire on "shall survive"', () => {
    expect(statesDuty('This clause 14 shall survive the termination of this Agreement.')).toBe(false);
  });
  it('still fires on a duty next to it', () => {
    expect(statesDuty('This clause shall survive and Reseller shall keep the records for two years.')).toBe(true);
  });
});

describe('sectionOf: the grant of a licence is a key term', () => {
  it('fires on a grant with words of risk in its scope, wherever it stands', () => {
    expect(sectionOf('Author grants Publisher a perpetual, non-exclusive, worldwide licence to reproduce the Photographs.', undefined)).toBe('Key terms');
    expect(sectionOf('At Vendor’s election, Reseller hereby grants Vendor, effective on termination, a licence to use the customer list.', 'miscellaneous')).toBe('Key terms');
  });
  it('does not fire on a licence that ends, or on a limit of liability that names a licence', () => {
    expect(sectionOf('Upon expiry, the licence granted in clause 2 shall terminate.', 'termination')).toBe(RISK);
    expect(sectionOf('Licensor shall not be liable for any use of the licence granted to Licensee beyond its scope.', 'liability')).toBe(RISK);
  });
});

describe('sectionOf: "non-exclusive" is no exclusivity', () => {
  it('does not file a non-exclusive right as a risk', () => {
    expect(sectionOf('Carrier is appointed as a non-exclusive carrier of the Goods in Wales.', undefined)).not.toBe(RISK);
  });
  it('still files an exclusive appointment as one', () => {
    expect(sectionOf('Carrier is appointed as the exclusive carrier of the Goods in Wales.', undefined)).toBe(RISK);
  });
});

describe('sectionOf: more restraints are risks', () => {
  it('fires on a sole appointment, an offer owed first, an option to buy, most favourable terms, selling outside the territory', () => {
    expect(sectionOf('For the first year, Stockist shall be the only distributor appointed by Brewer in Cornwall.', undefined)).toBe(RISK);
    expect(sectionOf('If a member wishes to sell its units, it shall first offer them to the other members at the same price.', 'assignment')).toBe(RISK);
    expect(sectionOf('Investor shall have the option, at its sole discretion, to purchase a further 5,000 units.', undefined)).toBe(RISK);
    expect(sectionOf('Brewer shall offer Stockist prices at least as low as the lowest prices it charges any other distributor in the region.', 'payment')).toBe(RISK);
    expect(sectionOf('Stockist shall not market or sell the Ales outside the Territory.', 'definitions')).toBe(RISK);
  });
  it('fires on an assignment void under a numbered section, and on consent required further on', () => {
    expect(sectionOf('Any assignment not in accordance with this Section 12.4 shall be void.', 'assignment')).toBe(RISK);
    expect(sectionOf('No rights under this Agreement, including the rights to the customer accounts, shall be assigned or transferred by either party to any person without the prior written consent of the other.', 'assignment')).toBe(RISK);
  });
  it('does not fire on a sole discretion, an option to renew, selling in the territory, or a plain price', () => {
    expect(sectionOf('Brewer may vary the recipe in its sole discretion.', undefined)).not.toBe(RISK);
    expect(sectionOf('Stockist shall sell the Ales only through licensed premises in the Territory.', undefined)).not.toBe(RISK);
    expect(sectionOf('Brewer shall charge Stockist the prices in Schedule 2.', 'payment')).toBe('Key terms');
  });
});

describe('sectionOf: a clause headed as a restraint is read as one', () => {
  it('fires on its exercise and its closing', () => {
    expect(sectionOf('The closing shall take place at the offices of the Buyer ninety (90) days after the notice.', 'miscellaneous', '11.4 Right of First Refusal')).toBe(RISK);
    expect(sectionOf('Consultant agrees during the term not to take on work inconsistent with the Services.', 'miscellaneous', '8. Conflicts of Interest; Non-Competition')).toBe(RISK);
  });
  it('does not fire on a sum owed under such a heading, or under a non-exclusive heading', () => {
    expect(sectionOf('Reseller must buy no less than $40,000 of Goods by June 30, 2031.', 'miscellaneous', '3. Exclusive Rights')).not.toBe(RISK);
    expect(sectionOf('Reseller shall keep a showroom in each city of the Territory.', 'miscellaneous', '3. Non-Exclusive Appointment')).not.toBe(RISK);
  });
});

describe('sectionOf: how long the contract runs is a key term, despite "unless sooner terminated"', () => {
  it('fires on a term clause with the usual saving', () => {
    expect(sectionOf('The Term shall commence on the Effective Date and continue for ten (10) years, unless sooner terminated as provided in Section 9.2.', 'termination')).toBe('Key terms');
    expect(sectionOf('The term of the Agreement will be for 24 months unless terminated sooner.', 'termination')).toBe('Key terms');
    expect(sectionOf('This Agreement shall terminate (i) the day after the Final Delivery Date, or (ii) on the date the Plant is sold.', 'termination')).toBe('Key terms');
  });
  it('does not fire on a right to end it early', () => {
    expect(sectionOf('The Term shall continue for ten (10) years, but either party may terminate it on ninety (90) days notice.', 'termination')).toBe(RISK);
    expect(sectionOf('This Agreement shall terminate upon the earlier of the Final Delivery Date or any material breach by Grower.', 'termination')).toBe(RISK);
  });
});

describe('the summary places by the clause heading too', () => {
  const doc = makeDoc([
    { text: 'HAULAGE AGREEMENT', kind: 'heading' },
    'This Haulage Agreement is made between Fenwick Freight Ltd ("Hauler") and Tamar Mills plc ("Shipper").',
    { text: 'Hauler will not cancel any policy without thirty (30) days written notice to Shipper.', section: ['Insurance'] },
  ]);
  const s = extractiveSummary(doc.blocks, { sentences: 8 });
  it('a notice duty under an Insurance heading is an obligation', () => {
    const at = s.markdown.indexOf('- Hauler will not cancel any policy');
    expect(at).toBeGreaterThan(-1);
    expect([...s.markdown.slice(0, at).matchAll(/^## (.+)$/gm)].at(-1)?.[1]).toBe('Obligations');
  });
});
