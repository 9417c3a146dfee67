/**
 * Renewals worded in ways a drafter may choose that the first rules missed: present tense ("renews
 * on a year-to-year basis", "renews annually"), a renewal made automatic only by "unless" a party
 * stops it, and a length written just before "terms" in a sentence that also gives a notice.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const opening = 'This Agreement is made as of June 9, 2014 between Tamsin Boilers Ltd. ("Tamsin") and Ordway Valve Company ("Ordway").';
const terms = (text: string) => extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, opening, { text: '6. TERM', kind: 'heading', clause: '6' }, { text, clause: '6.1', section: ['6. TERM'] }])).terms;

describe('renewal wordings', () => {
  it('reads a renewal stated in the present tense, "renews on a year-to-year basis" or "renews annually"', () => {
    const y = terms('The initial term of this Agreement is one year. It renews on a year-to-year basis thereafter unless either party gives written notice of non-renewal no later than sixty days before the end of the then current term.');
    expect(y.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(y.renewalNotice?.value).toBe('60 days');
    const a = terms('The initial term of this Agreement is two years. Thereafter this Agreement shall renew annually unless either party gives notice of termination at least 60 days before the end of the then-current term.');
    expect(a.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(a.renewalNotice?.value).toBe('60 days');
    const p = terms('This Agreement renews for successive one (1) year terms unless either party gives written notice of non-renewal at least thirty (30) days before the end of the then-current term.');
    expect(p.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(p.renewalNotice?.value).toBe('30 days');
  });

  it('reads a renewal that happens unless a party ends it as automatic, with its notice', () => {
    const t = terms("This Agreement shall continue in force for an initial period of five (5) years and thereafter for successive periods of two (2) years unless terminated by either party giving not less than twelve (12) months' written notice to expire at the end of the initial period or any subsequent period.");
    expect(t.renewal?.value).toMatch(/^2 years each, automatic/);
    expect(t.renewalNotice?.value).toBe('12 months');
    // An option stays an option, whatever follows "unless".
    const o = terms('Ordway may renew this Agreement for one additional term of three (3) years unless Ordway is then in breach of this Agreement.');
    expect(o.renewal?.value).toMatch(/^3 years each, by option/);
  });

  it('takes "one (1) year terms unless notice …" as the renewal length, not as a notice period', () => {
    const t = terms('The initial term is three years. The Agreement will be automatically renewed for subsequent one (1) year terms unless notice of non-renewal is provided by either party at least 60 days prior to the end of the then current term.');
    expect(t.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(t.renewalNotice?.value).toBe('60 days');
  });

  it('finds the notice in a termination article that ends the contract at the end of the current term, on an anniversary, or declines renewal', () => {
    const withTermination = (sentence: string) =>
      extractKeyTerms(
        makeDoc([
          { text: 'SERVICES AGREEMENT', kind: 'heading' },
          opening,
          { text: '6. TERM', kind: 'heading', clause: '6' },
          { text: 'This Agreement has an initial term of two (2) years and shall automatically renew for successive one (1) year terms.', clause: '6.1', section: ['6. TERM'] },
          { text: '7. TERMINATION', kind: 'heading', clause: '7' },
          { text: sentence, clause: '7.1', section: ['7. TERMINATION'] },
        ]),
      ).terms.renewalNotice?.value;
    expect(withTermination("Either party may terminate this Agreement at the end of the current term by giving at least ninety (90) days' prior written notice.")).toBe('90 days');
    expect(withTermination('Either party may terminate this Agreement effective at the end of the Term by giving written notice at least sixty (60) days in advance.')).toBe('60 days');
    expect(withTermination('Either party may terminate this Agreement on any anniversary of the Effective Date by written notice at least 45 days prior to such anniversary.')).toBe('45 days');
    expect(withTermination('Either party may decline to renew this Agreement by written notice at least thirty (30) days before the end of the then-current term.')).toBe('30 days');
    expect(withTermination("Either party may opt out of renewal upon four (4) months' written notice prior to the end of the then-current term.")).toBe('4 months');
    // A right to end the contract at any time is not a notice to stop its renewal.
    expect(withTermination("Either party may terminate this Agreement at any time on sixty (60) days' written notice.")).toBeUndefined();
  });

  it('gives the number of renewals in digits however the contract writes it, and takes no count from "up to another" length', () => {
    const words = terms('Ordway may renew this Agreement for up to two additional terms of three (3) years each by written notice to Tamsin.');
    const both = terms('Ordway may renew this Agreement for up to two (2) additional terms of three (3) years each by written notice to Tamsin.');
    expect(words.renewal?.value).toBe('3 years each, by option, up to 2');
    expect(both.renewal?.value).toBe('3 years each, by option, up to 2');
    const another = terms('This Agreement shall be renewable on an annual basis for one year terms for up to another 10 years at the option of Ordway.');
    expect(another.renewal?.value).toBe('1 year each, by option');
  });
});
