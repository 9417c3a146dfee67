import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

/** A short contract: a title, an opening that dates it, then one numbered clause per sentence given. */
const terms = (opening: string, ...clauses: string[]) =>
  extractKeyTerms(makeDoc([{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, opening, ...clauses.map((text, i) => ({ text, clause: String(i + 1) }))])).terms;

const OPENING = 'This Supply Agreement is made as of April 9, 2014 between Corvid Analytics, Inc. ("Corvid") and Heron Logistics LLC ("Heron").';

describe('expiration: short names defined with "hereinafter referred to as"', () => {
  it('does not take the "to" of "referred to as" for an end before the next date', () => {
    const t = terms(OPENING, 'The price list issued by Corvid (hereinafter referred to as the "Schedule") is dated June 1, 2015, and this Agreement shall remain in force through May 31, 2018.');
    expect(t.expiration?.value).toBe('2018-05-31');
  });

  it('reads the contract\'s term past a long definition between "This Agreement" and its verb', () => {
    const t = terms(
      OPENING,
      'This Agreement shall be effective on the date (hereinafter referred to as the "Commencement Date") on which Corvid has countersigned the first purchase schedule and delivered the opening batch of samples to Heron, and shall continue for a period of two (2) years from the Commencement Date.',
    );
    expect(t.expiration?.value).toBe('2016-04-09');
  });
});
