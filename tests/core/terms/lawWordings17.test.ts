/**
 * A place named in a choice-of-law sentence only to be excluded ("the laws of a state other than
 * Ohio") is not the contract's law, even in a list headed "Applicable Laws" (a state addendum's list
 * of franchise terms its law overrides), which would otherwise be read as the governing-law clause.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const opening = 'This Franchise Agreement is made as of March 3, 2016 between Tallis Bakeries, Inc. ("we") and Orrin Vale ("you").';

describe('a place named only to be excluded', () => {
  it('is not the governing law, and the contract\u2019s own choice stands', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'FRANCHISE AGREEMENT', kind: 'heading' },
        opening,
        { text: 'This Agreement will be interpreted and construed exclusively under the laws of the State of Oregon.', clause: '27.1' },
        { text: 'ADDENDUM FOR FRANCHISEES IN OHIO', kind: 'heading' },
        { text: 'E. Applicable Laws: Franchise agreements which specify that any claims arising under the Ohio franchise law will be governed by the laws of a state other than Ohio.', clause: 'E' },
      ]),
    ).terms;
    expect(t.governingLaw?.value).toBe('Oregon, United States');
  });

});
