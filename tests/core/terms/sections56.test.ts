import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Invented sentences for the placement rules on what follows the end, records kept, and a floor put as "the minimum quantity".
const RISK = 'Risks and unusual clauses';
const DUTY = 'Obligations';
const KEY = 'Key terms';

describe('what a party must do once the contract ends', () => {
  it('reads "in case of termination" and "at the time of termination" as the end, as "upon termination" is', () => {
    expect(sectionOf('In the case of a termination of this Agreement, Kestrel shall return all Samples to the Grower within ten days.', 'ip', 'Samples')).toBe(DUTY);
    expect(sectionOf('If at the time of such termination the Grower is running any Field Trial, the Grower shall complete it at its own cost.', 'ip', 'Field Trials')).toBe(DUTY);
    expect(sectionOf('At the time of termination of this Agreement, Harbor Lane will render all documents needed to hand over the Services.', undefined)).toBe(DUTY);
  });

  it('reads "will" with an act of winding up (buying the stock, ceasing use, notifying customers) as a promise', () => {
    expect(sectionOf('Upon expiration or termination of this Agreement, the Agent will purchase any remaining inventory of the Kits at cost.', 'ip', 'Kits')).toBe(DUTY);
    expect(sectionOf('Upon termination of this Agreement, the Reseller will immediately cease all further use of the Nordlicht marks.', 'ip', 'Trademarks')).toBe(DUTY);
    expect(sectionOf('In the event that the Reseller terminates this Agreement under Section 7.2, the Reseller will notify its Subscribers that the Channel is no longer carried.', 'termination', 'Effect of Termination')).toBe(DUTY);
  });

  it('places help to hand over the services (termination or transition assistance) with the duties, whatever the heading', () => {
    expect(sectionOf('Commencing upon a notice of termination and for up to twelve months thereafter, Kestrel shall provide the termination assistance requested by the Grower.', 'termination', 'Termination')).toBe(DUTY);
    expect(sectionOf('As part of the Termination Assistance, Kestrel shall help the Grower plan the move of all processing to a new provider.', 'termination', 'Termination Assistance')).toBe(DUTY);
    expect(sectionOf('The Supplier shall cooperate with the Buyer to achieve an orderly transition of the manufacturing to a successor.', 'ip', 'Licences on Termination')).toBe(DUTY);
  });

  it('leaves a right to end, an ending, a liability and a named transition agreement to the other rules', () => {
    expect(sectionOf('Kestrel may terminate the Transition Services on thirty days’ notice.', 'termination', 'Termination')).toBe(RISK);
    expect(sectionOf('In the case of termination by Kestrel for an Event of Default, Kestrel shall be entitled to exercise all remedies available at law.', 'termination', 'Termination by Kestrel')).toBe(RISK);
    expect(sectionOf('In no event shall either party be liable under this Agreement or the Transition Services Agreement for lost profits.', 'liability', 'Limitation of Damages')).toBe(RISK);
    expect(
      sectionOf('Upon termination, all licences granted herein shall terminate and the Licensee shall provide the transition services set out in Schedule 4.', 'termination', 'Termination'),
    ).toBe(RISK);
    expect(sectionOf('16.3 Even if this Agreement is terminated, the liabilities of each party existing at the time of the termination shall remain.', 'termination', 'Termination')).toBe(RISK);
  });
});

describe('the books and records an audit would open', () => {
  it('is an obligation when kept in the passive or examined rather than audited', () => {
    expect(sectionOf('Such books, records and accounts will be maintained for at least three (3) years following the expiration of this Agreement.', undefined)).toBe(DUTY);
    expect(sectionOf('All batch records and reports shall be retained by the Grower for a minimum period of two (2) years after termination.', undefined)).toBe(DUTY);
    expect(sectionOf('The Grower will maintain a record of each complaint received for five (5) years.', undefined)).toBe(DUTY);
    expect(sectionOf('Kestrel shall have the right, on ten days’ notice, to examine the books and records of the Grower to verify the sales reported.', 'payment', 'Payment')).toBe(DUTY);
  });
});

describe('a floor on what a party must buy', () => {
  it('is a key term when put as "the minimum quantity / amount" or as sales targets', () => {
    expect(sectionOf('During each Contract Year, the Reseller shall purchase from Kestrel the minimum quantity of each Kit agreed in advance of that year.', 'miscellaneous', 'Orders')).toBe(KEY);
    expect(sectionOf('The Distributor agrees to purchase minimum agreed quantity of product in each of the first three years.', 'miscellaneous', 'Purchases')).toBe(KEY);
    expect(sectionOf('The Reseller agrees to meet the annual and quarterly sales targets set out in Schedule 3.', 'miscellaneous', 'Reseller Duties')).toBe(KEY);
  });

  it('leaves a termination right for missing the floor a risk, and a notice "at least" thirty days ahead a deadline', () => {
    expect(sectionOf('Kestrel may terminate this Agreement on written notice if the Reseller fails to purchase the minimum quantity for any Contract Year.', 'termination', 'Termination')).toBe(RISK);
    expect(sectionOf('The Reseller shall order the Kits by written notice given at least thirty (30) days before delivery.', undefined)).not.toBe(KEY);
  });
});

describe('hostile input', () => {
  it('stays fast on long runs of the new rules’ words', () => {
    const start = Date.now();
    for (const piece of [' ', 'records ', 'at the time of ', 'shall purchase the minimum ', 'transition services ']) {
      const long = piece.repeat(Math.ceil(100_000 / piece.length));
      sectionOf(long, undefined);
      sectionOf(`Kestrel shall ${long}`, 'termination', 'Termination Assistance');
    }
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
