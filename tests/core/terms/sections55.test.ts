import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Invented sentences for the placement rules of this round.
const RISK = 'Risks and unusual clauses';
const KEY = 'Key terms';
const DUTY = 'Obligations';

describe('the kinds and limits of the insurance a party must carry', () => {
  it('is an obligation, though no verb binds and the kind of cover names liability', () => {
    expect(
      sectionOf(
        'The types of insurance, and minimum limits will be: (i) any insurance policy that is required by any Applicable Law; and (ii) general liability insurance with a minimum limit of Two Million Dollars ($2,000,000) per occurrence and Five Million Dollars ($5,000,000) in the aggregate.',
        undefined,
      ),
    ).toBe(DUTY);
    expect(sectionOf('(c) Umbrella liability insurance, with a minimum limit of $4,000,000 per occurrence and $4,000,000 in the aggregate;', 'liability', 'Liability')).toBe(DUTY);
    expect(sectionOf('Employer’s liability insurance with limits of at least $500,000 for each accident.', undefined)).toBe(DUTY);
    expect(sectionOf('(b) Motor vehicle insurance in an amount not less than $1,000,000 combined single limit for bodily injury and property damage;', 'miscellaneous', 'Schedule C')).toBe(DUTY);
  });

  it('leaves a cap measured by the insurance, an indemnity beside it, and a plain "in the aggregate" to the other rules', () => {
    expect(
      sectionOf('In no event shall Kestrel’s liability exceed the limits of its insurance of $1,000,000 per occurrence.', 'liability', 'Limitation of Liability'),
    ).toBe(RISK);
    expect(
      sectionOf('The Grower shall indemnify Kestrel against all claims and its insurance shall have limits of not less than $2,000,000 per occurrence.', 'indemnity', 'Indemnity'),
    ).toBe(RISK);
    expect(
      sectionOf('Each insurance subsidiary holds the licences it needs, except where the lack of one would not, individually or in the aggregate, have a material adverse effect.', undefined),
    ).not.toBe(DUTY);
  });
});

describe('a change of control named in a proviso as the ground of an ending', () => {
  const TAIL =
    'After the expiration of the Term, based on cumulative Net Revenue achieved during the Term, Brightwater agrees to pay Halden the applicable royalty payment set forth below for twelve (12) consecutive Calendar Quarters following the expiration of the Term';

  it('leaves the sentence to its main clause (a royalty owed after the end is a key term)', () => {
    expect(sectionOf(`${TAIL}; provided, however, the Tail Period shall be reduced if Brightwater terminates as a result of a Change of Control pursuant to Section 8.6.`, undefined)).toBe(KEY);
    expect(sectionOf(`${TAIL}; provided that the Tail Period ends early if Halden terminates following a change in control of Brightwater.`, 'payment', 'Royalties')).toBe(KEY);
  });

  it('still reads a change of control as the restraint when it is the right, the trigger or a deemed assignment', () => {
    expect(sectionOf(`${TAIL}; provided, however, that no royalty is owed upon a Change of Control of Brightwater.`, undefined)).toBe(RISK);
    expect(
      sectionOf('Brightwater may assign this Agreement to an Affiliate, provided that any change of control of Brightwater shall be deemed an assignment requiring consent.', 'assignment', 'Assignment'),
    ).toBe(RISK);
    expect(sectionOf('If Brightwater terminates as a result of a Change of Control, Brightwater shall pay Halden a fee of $50,000.', undefined)).toBe(RISK);
  });
});

describe('a missed sales floor after which the parties only talk', () => {
  it('is the floor, a key term, under any heading', () => {
    const talk =
      'If the Distributor fails to sell [five hundred thousand dollars (US$ 500,000.00)] worth of Products in the Territory within [eighteen (18)] months from the date of this Agreement, the Parties will mutually discuss whether to continue or terminate the Agreement.';
    expect(sectionOf(talk, undefined)).toBe(KEY);
    expect(sectionOf(talk, 'termination', 'Term and Termination')).toBe(KEY);
    expect(
      sectionOf('If Kestrel does not purchase the minimum quantity of crates in any Contract Year, the parties shall negotiate in good faith regarding an adjustment of the minimum.', 'miscellaneous', 'Purchases'),
    ).toBe(KEY);
  });

  it('stays a risk when the shortfall gives a right to end the contract or costs a sum, or when no floor is missed', () => {
    expect(
      sectionOf('Kestrel may terminate this Agreement on thirty days’ notice if the Distributor fails to meet the Annual Minimum Volume, and the parties shall discuss whether to wind down.', undefined),
    ).toBe(RISK);
    expect(
      sectionOf('If the Distributor fails to meet the minimum volume, the parties will discuss whether to continue, and the Distributor shall pay liquidated damages of $20,000.', undefined),
    ).toBe(RISK);
    expect(sectionOf('If the Product is withdrawn from the market, the parties will discuss whether to terminate this Agreement.', 'termination', 'Termination')).toBe(RISK);
  });
});

describe('hostile input', () => {
  it('stays fast on long runs of the new rules’ words', () => {
    const start = Date.now();
    for (const piece of [' ', 'provided that ', 'terminates for a change of control ', 'insurance 1 ', 'insurance per ', 'fails to sell worth ', 'discuss whether ']) {
      const long = piece.repeat(Math.ceil(100_000 / piece.length));
      sectionOf(long, undefined);
      sectionOf(`Kestrel shall ${long}`, 'termination', 'Insurance');
    }
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
