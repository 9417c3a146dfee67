import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const terms = (...body: (string | { text: string; clause?: string; kind?: 'heading' | 'paragraph' | 'table-row'; section?: string[] })[]) =>
  extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, ...body])).terms;

const opening = 'This Services Agreement is made as of March 3, 2016 (the "Effective Date") by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';

describe('expiration: the term sentence in more wordings (contracts written for the rule)', () => {
  it('takes the sentence that names the Term over clauses that only mention the term', () => {
    const t = terms(
      opening,
      { text: 'Either Party may terminate this Agreement upon ninety (90) days written notice to the other Party before the end of the term.', clause: '9.2', section: ['Term and Termination'] },
      { text: 'Harrow shall deliver the reports within thirty (30) days after the end of each quarter during the term of this Agreement.', clause: '4' },
      { text: 'The term (the "Term") shall commence on April 1, 2016 and end on March 31, 2018.', clause: '9.1' },
    );
    expect(t.expiration?.value).toBe('2018-03-31');
  });

  it('reads a term definition under another name ("Contract Period" shall mean …)', () => {
    const t = terms(opening, { text: '"Contract Period" shall mean that period of time commencing on January 1, 2017 and concluding December 31, 2019, unless terminated sooner as provided herein.', clause: '1.3' });
    expect(t.expiration?.value).toBe('2019-12-31');
  });

  it('counts the term before the words that renew, never the renewal', () => {
    const t = terms(opening, { text: 'This Agreement shall be for a term of thirty (30) years from the Effective Date, which shall automatically renew from year to year thereafter unless terminated by a Party.', clause: '3' });
    expect(t.expiration?.value).toBe('2046-03-03');
  });

  it('is not perpetual when only the renewal runs "until terminated"', () => {
    const t = terms(
      opening,
      { text: 'The initial term ("Initial Term") of this Agreement shall be for one year commencing on the Effective Date.', clause: '2.1' },
      { text: 'Unless either party gives written notice, after the Initial Term this Agreement shall continue on a year to year basis until terminated by either party.', clause: '2.2' },
    );
    expect(t.expiration?.value).toBe('2017-03-03');
  });

  it('ends on an anniversary of the effective date', () => {
    const t = terms(opening, { text: 'This Agreement shall become effective as of the Effective Date and, unless earlier terminated, shall continue until the later of (a) the fourth (4th) anniversary of the Effective Date or (b) the completion of the Research.', clause: '12.1' });
    expect(t.expiration?.value).toBe('2020-03-03');
    const y = terms(opening, { text: 'This Agreement shall expire upon the earlier of (i) the first anniversary of the Effective Date and (ii) the date that all Shares have been sold (the "Term").', clause: '5' });
    expect(y.expiration?.value).toBe('2017-03-03');
  });

  it('follows the term to a period or date defined elsewhere, also in a short definition line', () => {
    const t = terms(
      opening,
      { text: '“Service Period” means April 1, 2016 through to March 30, 2017.', clause: '1.7' },
      { text: 'The Agreement shall commence on the Effective Date and continue in effect for the Service Period, unless terminated earlier as provided in this Section.', clause: '8.1' },
    );
    expect(t.expiration?.value).toBe('2017-03-30');
    const h = terms(
      opening,
      { text: '1.40 “Expiration Date” means March 31, 2020.', kind: 'heading' },
      { text: 'This Agreement shall commence on the Effective Date and, unless earlier terminated, shall expire on the Expiration Date (the “Term”).', clause: '8.1' },
    );
    expect(h.expiration?.value).toBe('2020-03-31');
  });

  it('does not follow a sentence that names several periods of parts of the contract', () => {
    const t = terms(
      opening,
      { text: '“North License Term” means the period commencing on the Effective Date and ending twenty-four (24) months thereafter.', clause: '1.2' },
      { text: 'Unless earlier terminated, the term of this Agreement shall (i) with respect to the North Marks, be for the North License Term, and (ii) with respect to the South Marks, be for the South License Term.', clause: '7.1' },
    );
    expect(t.expiration?.value).not.toBe('2018-03-03');
  });

  it('reports a term length withheld from the filed copy as a blank, and an end on notice as perpetual', () => {
    const t = terms(opening, { text: 'Term. This Supply Agreement shall commence on the Effective Date, and shall continue for a period of [***] unless terminated earlier in accordance with its terms.', clause: '6.1', section: ['Term'] });
    expect(t.expiration?.value).toBe('[***]');
    expect(t.expiration?.blank).toBe(true);
    const p = terms(opening, { text: 'This Agreement shall become effective on the Effective Date and shall continue in effect until either Party informs the other Party with thirty (30) days prior written notice of termination.', clause: '10' });
    expect(p.expiration?.value).toBe('perpetual');
  });

  it('never reads a survival clause\'s "in perpetuity" as a contract without end', () => {
    const t = terms(opening, { text: 'Sections 2, 3 and 11 shall survive the expiration or termination of this Agreement in perpetuity.', clause: '7(c)' });
    expect(t.expiration).toBeUndefined();
  });

  it('reads "full calendar months" as months', () => {
    const t = terms(opening, { text: 'This Agreement shall commence on the Effective Date and shall continue for a period of twelve (12) full calendar months ("Initial Term").', clause: '14.1' });
    expect(t.expiration?.value).toBe('2017-03-03');
  });

  it('ends the term with the latest of periods that each name their own start date', () => {
    const t = terms(opening, {
      text: 'The set-up period shall be for a period of three (3) months to commence on April 1, 2016 (the "Set-up Period"), and the remaining term of this Agreement shall be for a period of eighteen (18) months to commence on the planned go-live date of July 1, 2016, unless terminated earlier as provided herein.',
      clause: '2',
    });
    expect(t.expiration?.value).toBe('2018-01-01');
    // A start followed by the end keeps the end: "commence on X and conclude on Y".
    const e = terms(opening, { text: 'The term of this Agreement (the "Term") shall commence on the Effective Date and conclude on November 30, 2016, unless sooner terminated.', clause: '3' });
    expect(e.expiration?.value).toBe('2016-11-30');
  });

  it('reads a "Termination Date:" label line or table row when no sentence states the term', () => {
    const t = terms(opening, { text: 'TERM OF SUPPLY', kind: 'heading' }, { text: 'Start Date: April 1, 2016', kind: 'heading' }, { text: 'Termination Date: March 31, 2019', kind: 'heading' });
    expect(t.expiration?.value).toBe('2019-03-31');
    const r = terms(opening, { text: 'Trade Date: | 14 March 2016', kind: 'table-row' }, { text: 'Termination Date: | 15 March 2021', kind: 'table-row' });
    expect(r.expiration?.value).toBe('2021-03-15');
  });

  it('gives no date for a term counted from an event or tied to patents and royalties', () => {
    const event = terms(
      opening,
      { text: 'The term of this Agreement shall be five (5) years (the "Term") which shall commence on the date upon which Harrow accepts the first shipment of Units.', clause: '2' },
      { text: 'For purposes of this Agreement, a Contract Year shall be the twelve (12) month period following the commencement of the Term.', clause: '3' },
    );
    expect(event.expiration).toBeUndefined();
    const royalties = terms(
      opening,
      { text: 'The term of this Agreement (the "Term") shall commence upon the Effective Date and, unless earlier terminated, shall expire on the last day of the last Royalty Term.', clause: '11.1' },
      { text: 'The Receiving Party shall keep the Confidential Information confidential for a period of five (5) years after disclosure.', clause: '8' },
    );
    expect(royalties.expiration).toBeUndefined();
    const later = terms(opening, { text: 'This Agreement shall commence on the Effective Date and shall continue in force for the longer of ten (10) years from the first commercial sale of a Product or until the expiration of the last Valid Claim covering the Product (the "Initial Term").', clause: '15.1' });
    expect(later.expiration).toBeUndefined();
  });

  it('reads an end at the close of a numbered contract year, and "the last day of" a month', () => {
    const y = terms(opening, { text: 'The term of this Agreement will commence on the Effective Date and, unless earlier terminated, will end automatically upon the end of Year 2.', clause: '10.1' });
    expect(y.expiration?.value).toBe('2018-03-03');
    const c = terms(opening, { text: 'This Agreement shall expire at the end of the fourth Contract Year (the "Term").', clause: '10.1' });
    expect(c.expiration?.value).toBe('2020-03-03');
    const d = terms(opening, { text: 'The term of this Agreement (the "Term") shall commence on the Effective Date and end on the last day of February, 2020.', clause: '4' });
    expect(d.expiration?.value).toBe('2020-02-29');
  });

  it('takes the one dated arm of a choice of ends', () => {
    const t = terms(opening, { text: 'The term of this Agreement (the "Term") shall commence as of April 1, 2016 and shall expire upon the later of: (a) the end of the 2019 racing season and (b) the last day in October, 2019, unless sooner terminated.', clause: '3' });
    expect(t.expiration?.value).toBe('2019-10-31');
    const e = terms(opening, { text: 'This Agreement shall continue until the earlier of (i) the completion of the Project or (ii) December 31, 2018.', clause: '3' });
    expect(e.expiration?.value).toBe('2018-12-31');
  });
});
