import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';

const opening = 'This Agreement is made as of March 3, 2011 between Harrow Pumps Inc. ("Harrow") and Quill Fluid Systems LLC ("Quill").';
const terms = (...body: (string | { text: string; clause?: string })[]) =>
  extractKeyTerms(makeDoc([{ text: 'DISTRIBUTION AGREEMENT', kind: 'heading' }, opening, ...body])).terms;

describe('renewal term (contracts written for the rule)', () => {
  it('reads renewals worded as a continuation from year to year or month to month', () => {
    const y = terms({ text: 'Unless either party gives written notice to terminate this Agreement at least six (6) months prior to the end of the Initial Term, this Agreement shall continue on a year to year basis thereafter.', clause: '12.2' });
    expect(y.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(y.renewalNotice?.value).toBe('6 months');
    const m = terms({ text: 'After the Initial Term, this Agreement shall continue on a month to month basis until terminated by either party upon thirty (30) days prior written notice.', clause: '12.2' });
    expect(m.renewal?.value).toMatch(/^1 month each, automatic/);
    expect(m.renewalNotice?.value).toBe('30 days');
  });

  it('reports a renewal length or notice withheld from the filed copy as a blank, and the Overview still says it renews', () => {
    const t = terms({ text: 'This Agreement will automatically renew for additional successive [***] terms unless either party gives written notice of non-renewal at least [***] prior to the end of the then-current term.', clause: '14.2' });
    expect(t.renewal?.value).toMatch(/^\[\*\*\*\] each, automatic/);
    expect(t.renewal?.blank).toBe(true);
    expect(t.renewalNotice?.value).toBe('[***]');
    expect(t.renewalNotice?.blank).toBe(true);
    const p = terms({ text: 'Following the Initial Term, this Agreement shall automatically be renewed for additional periods of **** each.', clause: '5.1' });
    expect(p.renewal?.blank).toBe(true);
    // A withheld fee elsewhere in the sentence is not the length.
    const f = terms({ text: 'This Agreement shall automatically renew for successive one (1) year terms, and the annual fee shall then increase by [***].', clause: '5.2' });
    expect(f.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(f.renewal?.blank).toBeUndefined();
    const overview = extractiveSummary(makeDoc([{ text: 'DISTRIBUTION AGREEMENT', kind: 'heading' }, opening, { text: 'This Agreement will automatically renew for additional successive [***] terms.', clause: '14.2' }]).blocks, { sentences: 8 }).overview.map((p) => p.text);
    expect(overview).toContain('It renews automatically.');
  });

  it('finds the notice in a numbered sub-clause of the same term clause a little further on', () => {
    const doc = makeDoc([
      { text: 'DISTRIBUTION AGREEMENT', kind: 'heading' },
      opening,
      { text: '9. TERM', kind: 'heading', clause: '9' },
      { text: 'The term of this Agreement shall be four (4) years from the Effective Date (the "Initial Term"), subject to automatic successive renewal terms of two (2) years each.', clause: '9', section: ['9. TERM'] },
      { text: '9.1 Termination. This Agreement may be ended as follows:', clause: '9.1', section: ['9. TERM', '9.1 Termination'] },
      { text: '9.1.1 By either party, upon written notice given no later than sixty (60) days prior to the expiration of the then current term;', clause: '9.1.1', section: ['9. TERM', '9.1 Termination'] },
    ]);
    const t = extractKeyTerms(doc).terms;
    expect(t.renewal?.value).toMatch(/^2 years each, automatic/);
    expect(t.renewalNotice?.value).toBe('60 days');
    // The same sentence in another clause is not the renewal's notice.
    const other = makeDoc([
      { text: 'DISTRIBUTION AGREEMENT', kind: 'heading' },
      opening,
      { text: 'The term of this Agreement shall be four (4) years from the Effective Date, subject to automatic successive renewal terms of two (2) years each.', clause: '9', section: ['9. TERM'] },
      { text: 'Prices may change each year.', clause: '10', section: ['10. PRICES'] },
      { text: 'Either party may end a purchase order upon written notice given no later than sixty (60) days prior to the expiration of the then current term of the order.', clause: '10.1', section: ['10. PRICES'] },
    ]);
    expect(extractKeyTerms(other).terms.renewalNotice).toBeUndefined();
  });

  it('reads an option to extend exercised by notice ("may, by written notice …, extend the term")', () => {
    const t = terms({ text: 'Harrow may, by written notice to Quill given at least thirty (30) days prior to the end of the then-current term, extend the term of this Agreement for the period stated in such notice, up to a maximum of one (1) year.', clause: '18.1' });
    expect(t.renewal?.value).toMatch(/^1 year each, by option/);
    expect(t.renewalNotice).toBeUndefined();
  });

  it('reads "automatic annual renewals", "renewable automatically", tacit renewal and an option "at its option"', () => {
    expect(terms({ text: 'The term of this Agreement shall be three (3) years from the Effective Date with automatic annual renewals thereafter.', clause: '8' }).renewal?.value).toMatch(/^1 year each, automatic/);
    expect(terms({ text: 'The Agreement is concluded per calendar year and is renewed tacitly every year.', clause: '8' }).renewal?.value).toMatch(/^1 year each, automatic/);
    expect(terms({ text: 'Following the end of the Initial Term, Quill may, at its option, renew this Agreement for subsequent periods of two (2) years each.', clause: '8' }).renewal?.value).toMatch(/^2 years each, by option/);
    expect(terms({ text: 'The Agreement shall be renewable on an annual basis for one (1) year terms for up to another six (6) years if Quill meets its targets.', clause: '8' }).renewal?.value).toMatch(/^1 year each/);
  });

  it('reads a renewal with no end as indefinite, and one of "the same duration" as the initial term', () => {
    const endless = terms({ text: 'This Agreement begins on the Commencement Date and shall continue for an initial term of two (2) years and indefinitely after that until terminated by either party giving at least nine (9) months\' prior written notice.', clause: '11.1' });
    expect(endless.renewal?.value).toMatch(/^indefinitely, automatic/);
    expect(endless.renewalNotice?.value).toBe('9 months');
    const same = terms({ text: 'This Agreement shall be for a period of four (4) years commencing upon the Effective Date (the "Initial Term"). Upon the expiry of the Initial Term this Agreement shall automatically renew for successive terms of the same duration, unless either party gives written notice not less than sixty (60) days prior to the expiration.', clause: '10' });
    expect(same.renewal?.value).toMatch(/^4 years each, automatic/);
    expect(same.renewalNotice?.value).toBe('60 days');
  });

  it('prefers the clause that states the renewal length over a mention that refers to it', () => {
    const t = terms(
      { text: 'The term of this Agreement shall begin on January 1, 2012 and continue for an initial period of three (3) years, and may be renewed under Section 9 hereof.', clause: '1.1' },
      { text: 'Harrow may renew this Agreement on the same terms for one (1) additional four year period by written notice to Quill by November 30, 2014.', clause: '9.1' },
    );
    expect(t.renewal?.value).toMatch(/^4 years each, by option/);
  });

  it('gives a renewal by mutual agreement only when its length is stated', () => {
    expect(terms({ text: 'At any time before the end of the Term, the Parties may agree in writing to extend this Agreement for successive one (1) year periods.', clause: '3' }).renewal?.value).toBe('1 year each, by agreement, successive');
    expect(terms({ text: 'This Agreement may be extended or renewed by the Parties in a writing signed by both Parties.', clause: '3' }).renewal).toBeUndefined();
  });

  it('gives nothing for options on other things, delays, talks, or an option with no length', () => {
    expect(terms({ text: 'Harrow may extend the Conversion Date to a date that is six (6) months after the migration of the accounts.', clause: '4' }).renewal).toBeUndefined();
    expect(terms({ text: 'The time required for performance shall be extended for a period equal to the period of such delay.', clause: '17' }).renewal).toBeUndefined();
    expect(terms({ text: 'The parties shall then engage in discussions regarding renewal for a period of 30 days.', clause: '5' }).renewal).toBeUndefined();
    expect(terms({ text: 'There are no additional terms which apply where the employee works abroad for a period exceeding one month.', clause: '6' }).renewal).toBeUndefined();
    expect(terms({ text: 'Prior to July 1, Harrow will provide Quill with the opportunity to renew this Agreement on terms set forth in a proposal.', clause: '6' }).renewal).toBeUndefined();
    expect(terms({ text: '"Renewal Term" shall have the meaning set forth in Section 8.2.', clause: '1.9' }).renewal).toBeUndefined();
  });

  it('reads a renewal length renewed "by notice" as the length, not as a notice period', () => {
    expect(terms({ text: 'This Agreement may be renewed for an additional term of five (5) years by notice in writing given by Quill at the expiry of the Term.', clause: '2' }).renewal?.value).toMatch(/^5 years each, by option/);
  });
});

describe('renewal notice period (contracts written for the rule)', () => {
  it('reads the notice in the renewal sentence even without the word "notice"', () => {
    const t = terms({ text: 'Upon expiration of the Initial Term, this Agreement shall automatically renew for consecutive one (1) year periods, unless terminated by Quill within sixty (60) days prior to the expiration of the Initial Term or any renewal term.', clause: '2' });
    expect(t.renewalNotice?.value).toBe('60 days');
    const u = terms({ text: 'This Agreement shall automatically be renewed for successive one (1) year increments unless either party requests in writing, at least ninety (90) days prior to the anniversary date, that this Agreement not be renewed.', clause: '2' });
    expect(u.renewalNotice?.value).toBe('90 days');
  });

  it('never takes a cure period, and gives no notice for taking up an option', () => {
    const cure = terms(
      { text: 'This Agreement shall automatically renew for successive one (1) year terms.', clause: '2.1' },
      { text: 'Either party may terminate this Agreement if the other party fails to cure a material breach within sixty (60) days after receiving written notice of the breach.', clause: '2.2' },
    );
    expect(cure.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(cure.renewalNotice).toBeUndefined();
    const option = terms({ text: 'Quill shall have the option to renew this Agreement for an additional three (3) year period by providing prior written notice to Harrow within ninety (90) days of the end of the initial period.', clause: '2' });
    expect(option.renewal?.value).toMatch(/^3 years each, by option/);
    expect(option.renewalNotice).toBeUndefined();
  });

  it('finds the notice in the sentence before the renewal when none follows', () => {
    const t = terms(
      { text: 'A party that does not wish to renew this Agreement shall give the other party notice thereof no less than forty-five (45) days before the expiration of the term then in effect.', clause: '3.1' },
      { text: 'If neither party gives such notice, the term of this Agreement shall be automatically renewed for another one (1) year.', clause: '3.2' },
    );
    expect(t.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(t.renewalNotice?.value).toBe('45 days');
  });
});

describe('renewal and notice: limits and termination rights stated apart', () => {
  it('reads no renewal from a limit that "shall not extend beyond" a time', () => {
    expect(terms({ text: 'No delay caused by the receiving Party under this Article shall extend beyond three (3) months.', clause: '7' }).renewal).toBeUndefined();
  });

  it('takes no notice from a right to terminate for convenience stated before the renewal', () => {
    const t = terms(
      { text: 'Either party may terminate this Agreement for convenience upon ninety (90) days written notice.', clause: '4.1' },
      { text: 'This Agreement shall automatically renew for successive one (1) year terms.', clause: '4.2' },
    );
    expect(t.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(t.renewalNotice).toBeUndefined();
  });
});

describe('renewal in the model-free Overview', () => {
  const overview = (...body: { text: string; clause?: string }[]) =>
    extractiveSummary(makeDoc([{ text: 'DISTRIBUTION AGREEMENT', kind: 'heading' }, opening, ...body]).blocks, { sentences: 8 }).overview.map((p) => p.text);

  it('says a contract that continues after its first term runs until a party ends it, and a renewal by agreement needs both parties', () => {
    expect(overview({ text: 'This Agreement shall continue for an initial term of two (2) years and indefinitely after that until terminated by either party giving at least nine (9) months\' prior written notice.', clause: '11' })).toContain("After its first term it continues until a party ends it with 9 months' notice.");
    expect(overview({ text: 'The initial term of this Agreement may be extended by a further period of two years upon the written consent of both parties.', clause: '11' })).toContain('It may be renewed once, for 2 years, if both parties agree.');
  });
});

describe('renewal notice: windows after an event and rights to cancel at any time', () => {
  it('takes no notice from a time counted after an event, or from a right to cancel at any time stated after the renewal', () => {
    const t = terms(
      { text: 'This Agreement shall automatically renew for successive one (1) year terms.', clause: '5.1' },
      { text: 'This Agreement may be canceled at any time without cause by either party upon ninety (90) days written notice.', clause: '5.2' },
      { text: 'A party may terminate within thirty (30) days following notice of a change of control of the other party.', clause: '5.3' },
    );
    expect(t.renewal?.value).toMatch(/^1 year each, automatic/);
    expect(t.renewalNotice).toBeUndefined();
  });
});
