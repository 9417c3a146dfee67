/**
 * Common ways of stating the term, the start and the governing law that no development contract
 * happens to use: each rule must read the plain wording a lawyer would write, not only the
 * wordings met so far. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const opening = 'This Services Agreement is made as of March 3, 2016 (the "Effective Date") by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';

/** A short contract whose clause 5.1 is `clause`, followed by a right to end it early. */
const terms = (clause: string, first = opening) =>
  extractKeyTerms(
    makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      first,
      { text: 'NOW, THEREFORE, the parties agree as follows:' },
      { text: clause, clause: '5.1', section: ['Term'] },
      { text: 'Either party may terminate this Agreement for material breach on thirty (30) days written notice.', clause: '5.2' },
    ]),
  ).terms;

describe('expiration: the contract\'s duration in other verbs', () => {
  it('reads "is effective from X through Y" as an end on Y', () => {
    expect(terms('This Agreement is effective from April 1, 2016 through December 31, 2022.').expiration?.value).toBe('2022-12-31');
  });

  it('reads "in force", "run", "last" and "binding" for a length from the start', () => {
    expect(terms('This Agreement shall be in force for three years from the date of signature.').expiration?.value).toBe('2019-03-03');
    expect(terms('Unless terminated earlier, this Agreement will run for twenty-four (24) months from the Effective Date.').expiration?.value).toBe('2018-03-03');
    expect(terms('This Agreement shall last for two (2) years from the Effective Date.').expiration?.value).toBe('2018-03-03');
    expect(terms('This Agreement shall run for a period of two (2) years from the Effective Date.').expiration?.value).toBe('2018-03-03');
    expect(terms('This Agreement shall be binding for a period of 3 years.').expiration?.value).toBe('2019-03-03');
  });

  it('reads a contract "concluded" or "entered into" for a term', () => {
    expect(terms('This Agreement is entered into for a fixed term of three (3) years.').expiration?.value).toBe('2019-03-03');
    expect(terms('The Agreement is concluded for an indefinite period of time.').expiration?.value).toBe('perpetual');
  });

  it('reads an unlimited period as perpetual', () => {
    expect(terms('This Agreement shall be effective for an unlimited period of time.').expiration?.value).toBe('perpetual');
  });

  it('counts "the third (3rd) anniversary thereof" from the start the sentence names', () => {
    expect(terms('The term of this Agreement will commence on the Effective Date and expire on the third (3rd) anniversary thereof.').expiration?.value).toBe('2019-03-03');
  });

  it('still gives nothing for a contract that is only "in force" while something lasts', () => {
    expect(terms('Harrow shall keep the equipment insured while this Agreement is in force.').expiration).toBeUndefined();
  });
});

describe('effective date: coming into force', () => {
  const first = 'This Services Agreement is entered into as of January 15, 2019 by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';

  it('reads "shall come into force on", "enter into force on" and "come into effect on"', () => {
    expect(terms('This Agreement will come into force on February 1, 2019.', first).effectiveDate?.value).toBe('2019-02-01');
    expect(terms('This Agreement shall enter into force on February 1, 2019.', first).effectiveDate?.value).toBe('2019-02-01');
    expect(terms('This Agreement shall come into effect on 1 February 2019.', first).effectiveDate?.value).toBe('2019-02-01');
  });

  it('reads "The Effective Date of this Agreement is DATE", but not a price stated "on the Effective Date of this Agreement is …"', () => {
    expect(terms('The Effective Date of this Agreement is February 1, 2019.', first).effectiveDate?.value).toBe('2019-02-01');
    expect(terms('The discount on the Price List in effect on the Effective Date of this Agreement is [*] off the list price.', first).effectiveDate).toBeUndefined();
  });
});

describe('governing law: the place named before "law"', () => {
  it('reads "Texas law governs this Agreement" and "Swiss law shall govern"', () => {
    expect(terms('Governing Law. Texas law governs this Agreement.').governingLaw?.value).toBe('Texas, United States');
    expect(terms('Swiss law shall govern this Agreement and any dispute arising from it.').governingLaw?.value).toBe('Switzerland');
  });
});

describe('expiration: the term under its own heading or label', () => {
  it('reads a "Term of Agreement:" label line from one date to another', () => {
    expect(terms('Term of Agreement: March 3, 2016 to March 2, 2018').expiration?.value).toBe('2018-03-02');
  });

  it('reads a bare length after a run-in "Term." heading, or under a "TERM" heading', () => {
    expect(terms('Term. Five (5) years from the Effective Date, unless earlier terminated.').expiration?.value).toBe('2021-03-03');
    expect(terms('5.1 Term. Three years from the Effective Date.').expiration?.value).toBe('2019-03-03');
    const t = extractKeyTerms(
      makeDoc([
        { text: 'SERVICES AGREEMENT', kind: 'heading' },
        opening,
        { text: '5. TERM', kind: 'heading' },
        { text: 'Five (5) years from the Effective Date, unless earlier terminated.', clause: '5', section: ['5. TERM'] },
      ]),
    ).terms;
    expect(t.expiration?.value).toBe('2021-03-03');
    // A length under another heading is not the term.
    const other = extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, opening, { text: '7. WARRANTY', kind: 'heading' }, { text: 'Two (2) years from delivery of each unit.', clause: '7', section: ['7. WARRANTY'] }])).terms;
    expect(other.expiration).toBeUndefined();
  });

  it('reads "The Term shall commence on … and shall end five (5) years thereafter"', () => {
    expect(terms('The Term shall commence on the Effective Date and shall end five (5) years thereafter.').expiration?.value).toBe('2021-03-03');
  });
});

describe('effective date: label lines and definition lists', () => {
  const first = 'This Services Agreement is entered into by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';
  const doc = (...more: Parameters<typeof makeDoc>[0]) => extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, first, { text: 'NOW, THEREFORE, the parties agree as follows:' }, ...more])).terms;

  it('reads a definition list entry written with a dash: (xii) "EFFECTIVE DATE" - March 9th, 2011', () => {
    expect(doc({ text: '(xii) "EFFECTIVE DATE" - March 9th, 2011', kind: 'heading', page: 3 }).effectiveDate?.value).toBe('2011-03-09');
  });

  it('reads a schedule\'s "Effective Date:" line after the opening pages', () => {
    // Past the opening: 35 clauses of body stand before the schedule.
    const body = Array.from({ length: 35 }, (_, i) => ({ text: `Harrow shall perform obligation number ${i + 1} as described in Schedule 1.`, clause: String(i + 1) }));
    expect(doc(...body, { text: 'SCHEDULE 1', kind: 'heading', page: 4 }, { text: 'Effective Date: January 1, 2019', kind: 'heading', page: 4 }, { text: 'Termination Date: December 31, 2023', kind: 'heading', page: 4 }).effectiveDate?.value).toBe('2019-01-01');
  });

  it('reads a cover\'s label set over its date: "EFFECTIVE DATE" / "OCTOBER 4, 2007"', () => {
    const t = extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, { text: 'EFFECTIVE DATE', kind: 'heading' }, 'OCTOBER 4, 2007 ----------', first])).terms;
    expect(t.effectiveDate?.value).toBe('2007-10-04');
  });

  it('takes no label whose date does not follow it at once', () => {
    expect(doc({ text: 'Effective Date: as set out in the Order Form, with prices of March 1, 2019', kind: 'heading', page: 4 }, { text: 'Prices will be reviewed each year.', clause: '3' }).effectiveDate).toBeUndefined();
  });
});

describe('dates in formal and filed openings', () => {
  const agreement = (...opening: string[]) => extractKeyTerms(makeDoc([{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, ...opening])).terms.agreementDate?.value;

  it('reads "the twelfth (12th) day of the month of March, 2014", "5th (fifth) day of May", "A.D." and "1-Mar-2016"', () => {
    expect(agreement('This Supply Agreement is made on the twelfth (12th) day of the month of March, 2014 between Harrow Data S.A. and Ilex Freight LLC.')).toBe('2014-03-12');
    expect(agreement('This Supply Agreement is made this 5th (fifth) day of May 2010 between Harrow Data S.A. and Ilex Freight LLC.')).toBe('2010-05-05');
    expect(agreement('This Supply Agreement is made this 1st day of March, A.D. 2016, between Harrow Data S.A. and Ilex Freight LLC.')).toBe('2016-03-01');
    expect(agreement('This Supply Agreement is dated 1-Mar-2016 and made between Harrow Data S.A. and Ilex Freight LLC.')).toBe('2016-03-01');
  });

  it('reads an opening cut at a filing\'s underline: "made this 1st day of ---" / "November, 2003 by and between …"', () => {
    expect(agreement('This SUPPLY AGREEMENT (the "Agreement") is made this 1st day of ---', 'November, 2003 by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").')).toBe('2003-11-01');
  });
});

describe('parties written as universities, foreign companies and traders', () => {
  const parties = (opening: string) => extractKeyTerms(makeDoc([{ text: 'LICENSE AGREEMENT', kind: 'heading' }, opening])).terms.parties?.value;

  it('keeps "The Regents of the University of …" whole', () => {
    expect(parties('This License Agreement is entered into as of March 1, 2016 between The Regents of the University of Springfield ("University") and Ilex Freight LLC ("Licensee").')).toEqual([
      { name: 'The Regents of the University of Springfield', role: 'University' },
      { name: 'Ilex Freight LLC', role: 'Licensee' },
    ]);
  });

  it('reads "Sdn. Bhd." as a legal form, not a sentence end', () => {
    expect(parties('This License Agreement is entered into as of March 1, 2016 between Harrow Data Pte. Ltd., a company incorporated in Singapore ("Harrow") and Ilex Freight Sdn. Bhd., a company incorporated in Malaysia ("Ilex").')).toEqual([
      { name: 'Harrow Data Pte. Ltd.', role: 'Harrow' },
      { name: 'Ilex Freight Sdn. Bhd.', role: 'Ilex' },
    ]);
  });

  it('keeps a person trading under another name as the party', () => {
    expect(parties('This License Agreement is entered into as of March 1, 2016 between Harrow Data, Inc. ("Harrow") and Robert Lane, doing business as Lane Trucking ("Contractor").')).toEqual([
      { name: 'Harrow Data, Inc.', role: 'Harrow' },
      { name: 'Robert Lane, doing business as Lane Trucking', role: 'Contractor' },
    ]);
  });
});

describe('titles behind a filing legend, with a number, or over three lines', () => {
  const op = 'This Agreement is entered into as of March 1, 2016 by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';
  const title = (...head: string[]) => extractKeyTerms(makeDoc([...head.map((text) => ({ text, kind: 'heading' as const })), op])).terms.title?.value;

  it('skips a "CONFIDENTIAL TREATMENT REQUESTED" legend over the title', () => {
    expect(title('CONFIDENTIAL TREATMENT REQUESTED', 'LICENSE AND SUPPLY AGREEMENT')).toBe('LICENSE AND SUPPLY AGREEMENT');
    expect(title('CONFIDENTIAL TREATMENT REQUESTED LICENSE AND SUPPLY AGREEMENT')).toBe('LICENSE AND SUPPLY AGREEMENT');
  });

  it('keeps a contract number after the name', () => {
    expect(title('SERVICES AGREEMENT NO. 2016-04')).toBe('SERVICES AGREEMENT NO. 2016-04');
  });

  it('joins "SOFTWARE LICENSE" / "AND" / "MAINTENANCE AGREEMENT"', () => {
    expect(title('SOFTWARE LICENSE', 'AND', 'MAINTENANCE AGREEMENT')).toBe('SOFTWARE LICENSE AND MAINTENANCE AGREEMENT');
  });
});

describe('text layers and page breaks', () => {
  it('reads "the laws ofthe State ofOhio", a text layer that lost its spaces', () => {
    expect(terms('This Agreement shall be construed in accordance with and governed by the laws ofthe State ofOhio.').governingLaw?.value).toBe('Ohio, United States');
  });

  it('reads on across a page break before a bracketed short name', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'DISTRIBUTOR AGREEMENT', kind: 'heading' },
        'THIS DISTRIBUTOR AGREEMENT (the "Agreement") is made by and between Harrow Data Corp., a Delaware corporation',
        { text: '("Company") and Ilex Freight LLC ("Distributor") this 7th day of September, 1999.', page: 2 },
        'WHEREAS, the Company makes goods.',
      ]),
    ).terms;
    expect(t.agreementDate?.value).toBe('1999-09-07');
  });

  it('reads on across a page break between a number in words and its digits', () => {
    const renewal = extractKeyTerms(
      makeDoc([
        { text: 'SUPPLY AGREEMENT', kind: 'heading' },
        opening,
        { text: 'The initial term of this Agreement is three (3) years from the Effective Date. Ilex shall have the option to renew this Agreement for two (2) additional terms of five', clause: '5.1' },
        { text: '(5) years each by written notice to Harrow.', page: 2 },
      ]),
    ).terms.renewal?.value;
    expect(renewal).toBe('5 years each, by option');
  });
});

describe('governing law: more verbs of choice', () => {
  it('reads "applies", "subject to Swiss law", "determined under the laws of", "regulated by" and a label', () => {
    expect(terms('German law applies to this Agreement.').governingLaw?.value).toBe('Germany');
    expect(terms('The laws of the State of Delaware apply to this Agreement.').governingLaw?.value).toBe('Delaware, United States');
    expect(terms('This Agreement is subject to Swiss law.').governingLaw?.value).toBe('Switzerland');
    expect(terms('All questions concerning the validity and interpretation of this Agreement shall be determined under the laws of the State of Georgia.').governingLaw?.value).toBe('Georgia, United States');
    expect(terms('This Agreement shall be regulated by the laws of Hong Kong.').governingLaw?.value).toBe('Hong Kong');
    expect(terms('Applicable Law: State of Minnesota.').governingLaw?.value).toBe('Minnesota, United States');
  });

  it('prefers the contract\'s own choice to laws that only apply to a product', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'SUPPLY AGREEMENT', kind: 'heading' },
        opening,
        { text: 'The export control laws of the United States apply to the Products.', clause: '8' },
        { text: 'This Agreement shall be governed by the laws of the State of New York.', clause: '14' },
      ]),
    ).terms;
    expect(t.governingLaw?.value).toBe('New York, United States');
  });
});
