import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Invented sentences for the insurance placement rule.
const RISK = 'Risks and unusual clauses';
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

describe('hostile input', () => {
  it('stays fast on long runs of the new rules’ words', () => {
    const start = Date.now();
    for (const piece of [' ', 'insurance 1 ', 'insurance per ', 'insurance limit of ']) {
      const long = piece.repeat(Math.ceil(100_000 / piece.length));
      sectionOf(long, undefined);
      sectionOf(`Kestrel shall ${long}`, 'termination', 'Insurance');
    }
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
