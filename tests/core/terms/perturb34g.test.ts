/**
 * The session-34 generality rewrites (tests/eval/perturb.ts): what each rewrites and what it leaves. Every contract here
 * is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { perturbationNamed } from '../../eval/perturb';
import { makeDoc } from './docFixture';

const rewrite = (name: string, text: string): string => perturbationNamed(name).apply(text) as string;

describe('numbers-digits-first', () => {
  it('writes the digits first and the words in brackets', () => {
    expect(rewrite('numbers-digits-first', 'for five (5) years on thirty (30) days\' notice and one hundred twenty (120) days')).toBe(
      'for 5 (five) years on 30 (thirty) days\' notice and 120 (one hundred twenty) days',
    );
  });
  it('leaves a number whose words and digits differ, digits alone and digits first already', () => {
    const text = 'for five (6) years, within 10 days, or 30 (thirty) days';
    expect(rewrite('numbers-digits-first', text)).toBe(text);
  });
});

describe('law-state-lowercase', () => {
  it('writes "State of" and "Commonwealth of" before a place in small letters', () => {
    expect(rewrite('law-state-lowercase', 'governed by the laws of the State of Ohio. Bolt LLC, organized in the Commonwealth of Kentucky')).toBe(
      'governed by the laws of the state of Ohio. Bolt LLC, organized in the commonwealth of Kentucky',
    );
  });
  it('leaves capitals, a state without "the" and a state of affairs', () => {
    const text = 'GOVERNED BY THE LAWS OF THE STATE OF OHIO. State of Ohio, County of Lake. The state of the goods.';
    expect(rewrite('law-state-lowercase', text)).toBe(text);
  });
  it('compares values with the word in small letters', () => {
    const { fold } = perturbationNamed('law-state-lowercase');
    expect(fold?.('State of Ohio')).toBe(fold?.('state of Ohio'));
  });
});

describe('period-compound', () => {
  it('writes "a period of N units" as "an N unit period"', () => {
    expect(rewrite('period-compound', 'for a period of two (2) years from the Effective Date, then for an additional period of one year, within a period of 90 days')).toBe(
      'for a two (2) year period from the Effective Date, then for an additional one year period, within a 90 day period',
    );
    expect(rewrite('period-compound', 'A period of eighteen (18) months. FOR A PERIOD OF 11 MONTHS')).toBe('An eighteen (18) month period. FOR AN 11 MONTH PERIOD');
  });
  it('leaves periods in the plural, a possessive and a period without a number', () => {
    const text = 'for successive periods of one year each, a period of ten days\' notice, a period of time, the period of two years';
    expect(rewrite('period-compound', text)).toBe(text);
  });
});

describe('days-no-apostrophe', () => {
  it('leaves out the apostrophe after a plural length', () => {
    expect(rewrite('days-no-apostrophe', 'upon sixty (60) days\' written notice or 3 months’ notice')).toBe('upon sixty (60) days written notice or 3 months notice');
  });
  it('leaves a singular possessive and a party\'s possessive', () => {
    const text = 'on one year\'s notice; the Buyers\' rights';
    expect(rewrite('days-no-apostrophe', text)).toBe(text);
  });
});

describe('law-scope', () => {
  it('widens the subject of a governing-law sentence', () => {
    expect(rewrite('law-scope', 'This Agreement shall be governed by the laws of Ohio.')).toBe(
      'This Agreement and any dispute or claim arising out of or in connection with it shall be governed by the laws of Ohio.',
    );
    expect(rewrite('law-scope', 'THIS AGREEMENT IS GOVERNED BY OHIO LAW.')).toBe('THIS AGREEMENT AND ANY DISPUTE OR CLAIM ARISING OUT OF OR IN CONNECTION WITH IT IS GOVERNED BY OHIO LAW.');
  });
  it('leaves a sentence where this Agreement is not what is governed', () => {
    const text = 'This Agreement shall be binding. This Agreement will be construed fairly. The Plan shall be governed by Ohio law.';
    expect(rewrite('law-scope', text)).toBe(text);
  });
});

describe('hereof-toggle', () => {
  it('exchanges "of this Agreement" and "hereof" after term, date, expiration and termination', () => {
    expect(rewrite('hereof-toggle', 'during the term of this Agreement, from the date hereof until the Expiration of this Agreement')).toBe(
      'during the term hereof, from the date of this Agreement until the Expiration hereof',
    );
    expect(rewrite('hereof-toggle', 'THE INITIAL TERM OF THIS AGREEMENT')).toBe('THE INITIAL TERM HEREOF');
  });
  it('leaves other words before "of this Agreement" and "hereof"', () => {
    const text = 'the provisions of this Agreement, Section 3 hereof, a term of this kind';
    expect(rewrite('hereof-toggle', text)).toBe(text);
  });
});

describe('a renewal count with the digits first and the words in brackets ("up to 2 (two) additional terms", "1 (one) additional year")', () => {
  const renewalOf = (clause: string) =>
    extractKeyTerms(
      makeDoc([
        'SUPPLY AGREEMENT',
        'This Supply Agreement is made as of March 3, 2015 between Acme Inc. ("Acme") and Bolt LLC ("Bolt").',
        '2. Term. The initial term of this Agreement is 3 (three) years from the date hereof.',
        clause,
        'Acme shall deliver the goods.',
      ]),
    ).terms.renewal?.value;
  it('counts the renewals the same either way round', () => {
    const words = renewalOf('3. Renewal. Acme may renew this Agreement for up to two (2) additional terms of one (1) year each.');
    expect(words).toBe('1 year each, by option, up to 2');
    expect(renewalOf('3. Renewal. Acme may renew this Agreement for up to 2 (two) additional terms of 1 (one) year each.')).toBe(words);
  });
  it('reads a single renewal the same either way round', () => {
    const words = renewalOf('3. Renewal. This Agreement shall automatically renew for one (1) additional period of two (2) years.');
    expect(words).toBe('2 years each, automatic, one renewal');
    expect(renewalOf('3. Renewal. This Agreement shall automatically renew for 1 (one) additional period of 2 (two) years.')).toBe(words);
  });
  it('does not count successive renewals as one, nor a length in brackets as a count', () => {
    expect(renewalOf('3. Renewal. This Agreement shall automatically renew for 2 (two) additional periods of 1 (one) year.')).not.toMatch(/one renewal/);
    expect(renewalOf('3. Renewal. This Agreement shall automatically renew for successive periods of 1 (one) year.')).toBe('1 year each, automatic, successive');
  });
});

describe('a length before its noun counted from an Effective Date that is an event ("for a one (1) year period from the Effective Date")', () => {
  const expirationOf = (opening: string, term: string) =>
    extractKeyTerms(makeDoc(['HOSTING AGREEMENT', opening, term, 'Acme shall host the site.'])).terms.expiration?.value;
  const EVENT = 'This Hosting Agreement is dated as of May 4, 2012 and is made between Acme Inc. ("Acme") and Bolt LLC ("Bolt").';
  const EVENT_TERM = (length: string) =>
    `4. Term. This Agreement shall be effective as of that date (the "Effective Date") the site goes live, as confirmed in writing by both parties, and shall continue for ${length} from the Effective Date.`;
  it('states no end either way round, the agreement date not being the start', () => {
    expect(expirationOf(EVENT, EVENT_TERM('a period of two (2) years'))).toBeUndefined();
    expect(expirationOf(EVENT, EVENT_TERM('a two (2) year period'))).toBeUndefined();
    expect(expirationOf(EVENT, EVENT_TERM('a two-year term'))).toBeUndefined();
  });
  it('still counts the length from an Effective Date that is a date', () => {
    const dated = 'This Hosting Agreement is made as of May 4, 2012 (the "Effective Date") between Acme Inc. ("Acme") and Bolt LLC ("Bolt").';
    expect(expirationOf(dated, '4. Term. This Agreement shall continue for a two (2) year period from the Effective Date.')).toBe('2014-05-04');
  });
});

describe('"the term hereof" read as "the term of this Agreement"', () => {
  const expirationOf = (...clauses: string[]) =>
    extractKeyTerms(
      makeDoc([
        'SERVICES AGREEMENT',
        'This Services Agreement is made as of April 2, 2013 (the "Effective Date") between Acme Inc. ("Acme") and Bolt LLC ("Bolt").',
        ...clauses,
        'Bolt shall perform the services.',
      ]),
    ).terms.expiration?.value;
  const RENEWS =
    'This Agreement shall be subject to an automatic extension for consecutive one (1) year periods thereafter (each, a "Renewal Term" and together with the Initial Term, the "Term"), unless either party gives ninety (90) days\' written notice.';
  it('finds the same term either way', () => {
    const of = expirationOf('5. Term. (a) The term of this Agreement shall commence on the Service Start Date and remain effective for eight (8) years (the "Initial Term") unless terminated in accordance with its terms.', RENEWS);
    expect(of).toBe('2021-04-02');
    expect(expirationOf('5. Term. (a) The term hereof shall commence on the Service Start Date and remain effective for eight (8) years (the "Initial Term") unless terminated in accordance with its terms.', RENEWS)).toBe(of);
  });
  it('reads a term that lasts while a state of things lasts either way', () => {
    const clause = (term: string) => `5. Term. Unless terminated earlier by the parties, ${term} shall continue in effect until Bolt ceases to market the Product.`;
    expect(expirationOf(clause('the term of this Agreement'))).toBe('perpetual');
    expect(expirationOf(clause('the term hereof'))).toBe('perpetual');
  });
  it('does not read "hereof" after other words as the term', () => {
    expect(expirationOf('5. Payment. The fees hereof shall continue in effect until Bolt ceases to market the Product.')).toBeUndefined();
  });
});
