import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const terms = (...body: (string | { text: string; clause?: string })[]) =>
  extractKeyTerms(makeDoc([{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, ...body])).terms;

describe('expiration, effective and agreement dates (contracts written for the rule)', () => {
  it('computes the end from a term stated in other words ("the term of the Franchise shall be")', () => {
    const t = terms('This Agreement is made on March 2, 2015 by and between Orrin Gas Co. ("Orrin") and the Town of Vell ("Town").', { text: 'The term of the Franchise shall be twenty (20) years, commencing on January 1, 2016.', clause: '2' });
    expect(t.expiration?.value).toBe('2036-01-01');
  });

  it('never takes a period after the term, a recurring period or a renewal for the term', () => {
    const t = terms(
      'This Agreement is made as of May 22, 2000 between Kestrel Media Inc. ("Kestrel") and Lumo Labs LLC ("Lumo").',
      { text: 'During the Term of this Agreement, and for a period of two (2) years thereafter, Lumo shall not solicit Kestrel employees.', clause: '3' },
      { text: 'The parties will meet every three (3) months during the term of this Agreement.', clause: '4' },
      { text: 'This agreement shall automatically renew for additional successive terms of twelve (12) months each at the end of the Initial Term, unless either party gives notice.', clause: '5.2' },
      { text: 'The initial term of this Agreement shall be two (2) years from the Effective Date (the "Initial Term").', clause: '5.1' },
    );
    expect(t.expiration?.value).toBe('2002-05-22');
  });

  it('reads "ending ten (10) years thereafter" as the end, and "until terminated" as perpetual', () => {
    const t = terms('This Agreement is made as of October 3, 2018 between Pell Audio, Inc. ("Pell") and Quay Hearing, Inc. ("Quay").', { text: 'The initial term of this Agreement shall be for a period beginning on the Effective Date and ending ten (10) years thereafter.', clause: '1' });
    expect(t.expiration?.value).toBe('2028-10-03');
    const p = terms('This Agreement is made as of October 3, 2018 between Pell Audio, Inc. ("Pell") and Quay Hearing, Inc. ("Quay").', { text: 'This Agreement shall remain effective until terminated.', clause: '9' });
    expect(p.expiration?.value).toBe('perpetual');
  });

  it('does not read "unless earlier terminated … shall take effect on X" as an end on X', () => {
    const t = terms('This Sponsorship Agreement is between Rook Racing, Inc. ("Rook") and Sable Parts LLC ("Sable").', { text: 'Unless earlier terminated, this Agreement shall take effect on December 1, 2015 and shall expire on November 30, 2016.', clause: '6' });
    expect(t.expiration?.value).toBe('2016-11-30');
  });

  it('gives no effective date for a contract that only uses the words, nor for other things that are "effective"', () => {
    const t = terms(
      'AMENDMENT NO. 3 to the Distribution Agreement between Vanta Systems, Inc. ("Vanta") and Wold Supply Co. ("Wold").',
      'The parties agree to amend the Agreement as follows.',
      { text: 'The rights granted hereunder shall be effective as of the Effective Date and shall continue in force.', clause: '1' },
      ...Array.from({ length: 30 }, (_, i) => ({ text: `Clause ${i} applies from the Effective Date.`, clause: `${i + 3}` })),
      { text: 'Our internal control over financial reporting was effective as of December 31, 2013.', clause: '40' },
    );
    expect(t.effectiveDate).toBeUndefined();
  });

  it('takes the opening sentence\'s "effective as of" date as the agreement date, never a recital\'s date of another agreement', () => {
    const t = terms('Co-Branding Agreement, effective as of October 1, 1999 (this "Agreement"), between Tern Calling, Inc. ("Tern") and Umber Voice, Inc. ("Umber").');
    expect(t.agreementDate?.value).toBe('1999-10-01');
    const r = terms('WHEREAS: Tern and Umber entered into a Development Services Agreement on April 1, 2014;', 'This Agreement is made as of the Effective Date by and between Tern Calling, Inc. ("Tern") and Umber Voice, Inc. ("Umber").');
    expect(r.agreementDate).toBeUndefined();
  });
});

describe('renewal (contracts written for the rule)', () => {
  const opening = 'This Agreement is made as of June 1, 2004 between Cobalt Telecom Ltd. ("Cobalt") and Dune Telnet SRL ("Dune").';
  it('takes the renewal length after the words that renew, not the initial term before them', () => {
    const t = terms(opening, { text: 'This Agreement shall have a term of four (4) years from the effective date first set forth above, and shall automatically renew for additional one year terms unless earlier terminated by either party.', clause: '9' });
    expect(t.renewal?.value).toMatch(/^1 year each, automatic/);
  });

  it('reads renewal periods written as words ("from year to year", "annual periods", "an additional month")', () => {
    expect(terms(opening, { text: 'Thereafter, this agreement will renew automatically from year to year unless cancelled in writing by either Party giving 60 days notice.', clause: '9' }).renewal?.value).toMatch(/^1 year each/);
    expect(terms(opening, { text: 'This Agreement continues in effect for an initial term of seven (7) years and will automatically renew for one or more annual periods after the Initial Term.', clause: '9' }).renewal?.value).toMatch(/^1 year each/);
    expect(terms(opening, { text: 'Without notification the contract will automatically extend for an additional month of service.', clause: '9' }).renewal?.value).toMatch(/^1 month each/);
  });

  it('gives no renewal for one only by mutual agreement, an end "extended until", or additional terms and conditions', () => {
    expect(terms(opening, { text: 'This Agreement may be renewed upon mutual, written agreement of the parties.', clause: '9' }).renewal).toBeUndefined();
    expect(terms(opening, { text: 'The standstill period shall automatically be extended until thirty (30) days prior to the annual meeting.', clause: '9' }).renewal).toBeUndefined();
    expect(terms(opening, { text: 'Any additional or conflicting terms on a purchase order are rejected and shall not apply to this Agreement.', clause: '9' }).renewal).toBeUndefined();
  });
});

describe('title (contracts written for the rule)', () => {
  const title = (...lines: string[]) => extractKeyTerms(makeDoc([...lines.map((text) => ({ text, kind: 'heading' as const })), 'This Agreement is made between Ash Co. ("Ash") and Birch LLC ("Birch").'])).terms.title?.value;
  it('drops a party name, a date or an address glued before the title', () => {
    expect(title('HOLLOW CREEK CORPORATION AFFILIATE OFFICE AGREEMENT')).toBe('AFFILIATE OFFICE AGREEMENT');
    expect(title('November 24, 2009 Program Content License Agreement')).toBe('Program Content License Agreement');
    expect(title('Tulsa, Oklahoma 74103 OUTSOURCING AGREEMENT')).toBe('OUTSOURCING AGREEMENT');
  });
  it('joins a title set over two lines, but not a party line to the title under it', () => {
    expect(title('FIRST AMENDMENT TO REDWING', 'MANAGEMENT AND MAINTENANCE AGREEMENT')).toBe('FIRST AMENDMENT TO REDWING MANAGEMENT AND MAINTENANCE AGREEMENT');
    expect(title('HOLLOW CREEK CORPORATION', 'AFFILIATE OFFICE AGREEMENT')).toBe('AFFILIATE OFFICE AGREEMENT');
    expect(title('AMENDMENT NO. 3 TO THE NONEXCLUSIVE', 'VALUE ADDED RESELLER AGREEMENT')).toBe('AMENDMENT NO. 3 TO THE NONEXCLUSIVE VALUE ADDED RESELLER AGREEMENT');
  });
});

describe('effective date, governing law and durations in more wordings', () => {
  const opening = 'This Promotion Agreement is entered into effective September 10, 2015 between Lark Events LLC ("Lark") and Mire, Inc. ("Mire").';
  it('reads "entered into effective", "made and effective", "Effective Date | 01 April 2006", "commencement date … will be"', () => {
    expect(terms(opening).effectiveDate?.value).toBe('2015-09-10');
    expect(terms('This Addendum (the "Addendum") is made and effective November 7, 2017, between Lark Events LLC and Mire, Inc.').effectiveDate?.value).toBe('2017-11-07');
    expect(terms('Confirmation between Lark Bank, N.A. and Mire, Inc.', 'Effective Date | 01 April 2006').effectiveDate?.value).toBe('2006-04-01');
    expect(terms('Outsourcing Agreement between Lark Bank Ltd and Mire Ltd.', { text: 'The commencement date for this contract will be 16th June 2004.', clause: '3' }).effectiveDate?.value).toBe('2004-06-16');
  });

  it('reads choices of law that "govern", "control" or are "applied", and "the internal laws State of X"', () => {
    expect(terms(opening, { text: '12.6 The laws of California shall govern the construction and enforceability of the Agreement.', clause: '12.6' }).governingLaw?.value).toBe('California, United States');
    expect(terms(opening, { text: 'This AGREEMENT is controlled by the laws of the State of Texas.', clause: '12' }).governingLaw?.value).toBe('Texas, United States');
    expect(terms(opening, { text: 'This Agreement shall be governed by the internal laws State of New York.', clause: '12' }).governingLaw?.value).toBe('New York, United States');
  });

  it('counts "ten (10) Contract Years" as ten years of term', () => {
    const t = terms('This Agreement is made as of June 13, 2012 between Lark Stadium Company LLC ("Lark") and Mire, Inc. ("Sponsor").', { text: 'This Agreement shall commence on the Effective Date and shall continue for ten (10) Contract Years, unless terminated earlier (the “Term”).', clause: '2' });
    expect(t.expiration?.value).toBe('2022-06-13');
  });
});
