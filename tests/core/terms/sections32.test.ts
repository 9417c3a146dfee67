import { describe, expect, it } from 'vitest';
import { sectionOf, statesDuty } from '../../../electron/core/terms/sectionOf';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';

// Each rule of the placement, both ways, with invented contract text.
describe('sectionOf: a right to end the contract early is a risk', () => {
  it('fires under a "Term" heading', () => {
    expect(sectionOf('Either party may terminate this Agreement at any time on sixty (60) days written notice.', 'term')).toBe('Risks and unusual clauses');
    expect(sectionOf('The Reseller licence is terminable by Vendor in its sole discretion.', 'ip')).toBe('Risks and unusual clauses');
  });
  it('does not fire on how long the contract runs', () => {
    expect(sectionOf('The initial term of this Agreement is two (2) years.', 'term')).toBe('Key terms');
  });
});

describe('sectionOf: restraints are risks', () => {
  it('fires on an assignment barred or void, competing, soliciting, first refusal', () => {
    expect(sectionOf('Any purported assignment without such consent shall be void.', 'assignment')).toBe('Risks and unusual clauses');
    expect(sectionOf('Neither party may assign this Agreement to a third party.', undefined)).toBe('Risks and unusual clauses');
    expect(sectionOf('The Rider shall not race for any other team which competes with Velotex.', undefined)).toBe('Risks and unusual clauses');
    expect(sectionOf('For one year Brightwell shall not solicit any employee of Harrow for employment.', undefined)).toBe('Risks and unusual clauses');
    expect(sectionOf('Grower shall have a right of first refusal over any sale of the orchard.', undefined)).toBe('Risks and unusual clauses');
  });
  it('does not fire on an assignment of rights that is the deal itself', () => {
    expect(sectionOf('Designer hereby assigns to Studio all copyright in the Drawings.', 'ip')).toBe('Key terms');
    expect(sectionOf('This Agreement binds the parties and their permitted successors and assigns.', undefined)).toBe('Key terms');
  });
});

describe('sectionOf: insurance and audits are obligations', () => {
  it('fires on keeping insurance, though it names liability, and on an audit', () => {
    expect(sectionOf('Hauler shall maintain general liability insurance of at least $2,000,000 per occurrence.', 'liability')).toBe('Obligations');
    expect(sectionOf('Tenant shall provide Landlord with a certificate of insurance upon request.', undefined)).toBe('Obligations');
    expect(sectionOf('Licensor may, on thirty (30) days notice, audit the books and records of Licensee.', 'payment')).toBe('Obligations');
  });
  it('does not fire on an indemnity or a limit of liability', () => {
    expect(sectionOf('Hauler shall indemnify Shipper against all claims, whether or not covered by insurance.', 'indemnity')).toBe('Risks and unusual clauses');
    expect(sectionOf('Neither party shall be liable for consequential damages.', undefined)).toBe('Risks and unusual clauses');
  });
});

describe('sectionOf: what a party must do once the contract ends is an obligation', () => {
  it('fires when the condition names the end and the main clause a duty', () => {
    expect(sectionOf('Upon termination of this Agreement, Reseller shall return all demonstration units to Vendor.', 'termination')).toBe('Obligations');
    expect(sectionOf('In the event this Agreement is terminated, Grower shall deliver the remaining crop within ten days.', 'termination')).toBe('Obligations');
  });
  it('does not fire on the ending itself, a liability, or a right to terminate', () => {
    expect(sectionOf('Upon termination of the Master Agreement, this Schedule shall automatically terminate.', 'termination')).toBe('Risks and unusual clauses');
    expect(sectionOf('Upon termination, Vendor shall not be liable for any lost profits of Reseller.', 'termination')).toBe('Risks and unusual clauses');
    expect(sectionOf('Reseller may terminate this Agreement if Vendor fails to deliver for sixty (60) days.', 'termination')).toBe('Risks and unusual clauses');
  });
});

describe('sectionOf: the date the contract ends on is a key term', () => {
  it('fires on an end date', () => {
    expect(sectionOf('This Agreement shall commence on signature and shall terminate automatically on June 30, 2031.', 'termination')).toBe('Key terms');
  });
  it('does not fire on an early end for breach', () => {
    expect(sectionOf('This Agreement shall terminate on the date of any material breach by Reseller.', 'termination')).toBe('Risks and unusual clauses');
  });
});

describe('sectionOf: law and disputes are key terms, not duties or deadlines', () => {
  it('fires on arbitration and governing law, with or without a heading', () => {
    expect(sectionOf('The promise to arbitrate shall be specifically enforceable under the laws of the State of Oregon.', undefined)).toBe('Key terms');
    expect(sectionOf('Any dispute shall be settled by arbitration in Denver within ninety (90) days of the demand.', undefined)).toBe('Key terms');
    expect(sectionOf('Each party shall bear its own costs of the mediation.', 'dispute-resolution')).toBe('Key terms');
  });
  it('does not fire when the sentence limits liability or waives a right', () => {
    expect(sectionOf('The arbitrator shall have no power to award punitive damages.', 'dispute-resolution')).toBe('Risks and unusual clauses');
    expect(sectionOf('Each party hereby waives trial by jury in any action before the courts.', undefined)).toBe('Risks and unusual clauses');
  });
});

describe('statesDuty: a sentence that only defines or computes binds no one', () => {
  it('does not fire on "shall be regarded as", "shall mean", "shall be deemed"', () => {
    expect(statesDuty('Any leftover proceeds shall be regarded as Net Revenue.')).toBe(false);
    expect(statesDuty('"Territory" shall mean the countries listed in Annex 2.')).toBe(false);
    expect(statesDuty('A notice sent by courier shall be deemed received on the second business day.')).toBe(false);
    expect(sectionOf('Any leftover proceeds shall be regarded as Net Revenue.', undefined)).toBe('Key terms');
  });
  it('fires on a duty, also next to a defining phrase', () => {
    expect(statesDuty('Packer shall label every crate with its lot number.')).toBe(true);
    expect(statesDuty('Proceeds shall be regarded as Net Revenue and Agent shall pay them within ten days.')).toBe(true);
    expect(sectionOf('Packer shall label every crate with its lot number.', undefined)).toBe('Obligations');
  });
});

describe('sectionOf: a plain duty in a warranty clause is an obligation', () => {
  it('fires on a quality check with no word of warranty', () => {
    expect(sectionOf('All Software shall be scanned for malware before shipment.', 'warranty')).toBe('Obligations');
  });
  it('does not fire on a warranty or a disclaimer', () => {
    expect(sectionOf('Vendor warrants that the Software shall conform to its Documentation.', 'warranty')).toBe('Risks and unusual clauses');
    expect(sectionOf('The Software is provided "as is" and Vendor shall give no other assurance.', 'warranty')).toBe('Risks and unusual clauses');
  });
});

describe('the summary places by sectionOf', () => {
  const doc = makeDoc([
    { text: 'SUPPLY AGREEMENT', kind: 'heading' },
    'This Supply Agreement is made between Orland Fasteners Ltd ("Supplier") and Pike Marine Inc. ("Buyer").',
    { text: 'All Fasteners shall be salt-spray tested before dispatch.', section: ['Warranties'] },
    { text: 'Any dispute shall be finally settled by arbitration in Halifax within sixty (60) days of notice.', section: ['General'] },
  ]);
  const s = extractiveSummary(doc.blocks, { sentences: 8 });
  const under = (start: string) => {
    const at = s.markdown.indexOf(`- ${start}`);
    expect(at, start).toBeGreaterThan(-1);
    return [...s.markdown.slice(0, at).matchAll(/^## (.+)$/gm)].at(-1)?.[1];
  };
  it('a quality check under Obligations, arbitration under Key terms', () => {
    expect(under('All Fasteners shall be salt-spray tested')).toBe('Obligations');
    expect(under('Any dispute shall be finally settled')).toBe('Key terms');
  });
});

describe('sectionOf: soliciting is a restraint only when promised not to', () => {
  it('does not fire on a proxy solicitation', () => {
    expect(sectionOf('The Fund will reimburse the Holders for their costs of the proxy solicitation within ten (10) days.', undefined)).not.toBe('Risks and unusual clauses');
  });
});

describe('sectionOf: a penalty and a shortened time to sue are risks, whatever the heading', () => {
  it('fires in a payment clause and on a limitation period', () => {
    expect(sectionOf('If deliveries are late more than twice in a quarter, Carrier shall pay a penalty of $500 per late load.', 'payment')).toBe('Risks and unusual clauses');
    expect(sectionOf('No claim arising out of this Agreement may be brought more than one (1) year after it arose.', undefined)).toBe('Risks and unusual clauses');
  });
  it('does not fire on a plain payment or a claim procedure', () => {
    expect(sectionOf('Carrier shall invoice each load within ten (10) days of delivery.', 'payment')).toBe('Key terms');
    expect(sectionOf('Each claim shall be sent to the address stated in Schedule 1.', undefined)).toBe('Obligations');
  });
});

describe('sectionOf: a party organised under a state\'s laws is no dispute clause', () => {
  it('does not file a representation as law and disputes', () => {
    expect(sectionOf('Each party represents and warrants that it is a corporation organized under the laws of the State of Vermont.', 'warranty')).toBe('Risks and unusual clauses');
  });
  it('still files a governing-law sentence', () => {
    expect(sectionOf('This Agreement shall be construed in accordance with the laws of the State of Vermont.', undefined)).toBe('Key terms');
  });
});

describe('sectionOf: rights that end with the contract are not a duty', () => {
  it('does not file "all rights shall immediately terminate" as an obligation', () => {
    expect(sectionOf('Upon expiration or termination of this Agreement, all rights granted to Reseller shall immediately terminate.', 'termination')).toBe('Risks and unusual clauses');
    expect(sectionOf('Upon termination, the licence granted to Reseller shall forthwith terminate.', 'termination')).toBe('Risks and unusual clauses');
  });
});

describe('sectionOf: to stop using something after the end is a duty', () => {
  it('files "shall immediately cease use" as an obligation', () => {
    expect(sectionOf('Upon termination of this Agreement, Reseller shall immediately cease all use of the Marks.', 'termination')).toBe('Obligations');
  });
});

describe('extractiveSummary: a very long obligation is shown by its operative part', () => {
  // Under Obligations too, a 100-word list of duties drowns the point: the lead-in, the first item and
  // the item with the duty words are shown, as Risks and Key terms show theirs.
  const duties =
    'Upon the expiry or termination of this Agreement for any reason, the Distributor shall, at its own cost: ' +
    '(a) within fifteen (15) days deliver to Orchard Foods a list of every customer to which it sold the Products during the last twelve months of the term; ' +
    '(b) remove the Orchard Foods name and logo from its vans, shop fronts, websites and printed material used in the Territory; ' +
    '(c) sell off any Products it holds in stock within ninety (90) days, at prices no lower than those in the price list then in force; and ' +
    '(d) hand over to Orchard Foods, or destroy on its written request, all brochures, price lists and display stands it holds.';
  it('cuts a long list of duties', () => {
    const doc = makeDoc([
      { text: 'DISTRIBUTION AGREEMENT', kind: 'heading' },
      'This Distribution Agreement is made between Orchard Foods Ltd ("Orchard Foods") and Hillside Wholesale LLC ("Distributor").',
      { text: duties, clause: '14.3', section: ['Consequences of Termination'] },
    ]);
    const s = extractiveSummary(doc.blocks, { sentences: 3 });
    const obligations = s.markdown.split('## Obligations\n\n')[1]?.split('\n\n')[0]?.trim() ?? '';
    expect(obligations.startsWith('- Upon the expiry or termination of this Agreement for any reason, the Distributor shall, at its own cost: (a) within fifteen (15) days')).toBe(true);
    expect(obligations).toContain(' … ');
    expect(obligations.split(/\s+/).length).toBeLessThan(duties.split(/\s+/).length);
  });
  it('leaves a short duty whole', () => {
    const doc = makeDoc([
      { text: 'DISTRIBUTION AGREEMENT', kind: 'heading' },
      'This Distribution Agreement is made between Orchard Foods Ltd ("Orchard Foods") and Hillside Wholesale LLC ("Distributor").',
      { text: 'Upon termination, the Distributor shall return all price lists to Orchard Foods within ten (10) days.', clause: '14.3', section: ['Consequences of Termination'] },
    ]);
    const s = extractiveSummary(doc.blocks, { sentences: 3 });
    expect(s.markdown).toContain('- Upon termination, the Distributor shall return all price lists to Orchard Foods within ten (10) days. [');
  });
});
