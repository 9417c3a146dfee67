import { describe, expect, it } from 'vitest';
import { findDates } from '../../../electron/core/terms/date';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

/** A long clause of the body, past the length of a signature block's lines. */
const CLAUSE =
  'Each party shall keep the other party\'s confidential information in confidence and shall use it only to perform this Agreement, and shall disclose it only to those of its employees and advisers who need to know it and who are bound by duties of confidence no less strict than these, for as long as this Agreement is in force and for three years after.';

/** A contract whose opening gives no date of its own: it is made when it is signed. */
const undated = (...rest: (string | { text: string; kind?: 'heading' | 'paragraph' | 'table-row' })[]) =>
  extractKeyTerms(
    makeDoc([
      { text: 'SERVICES AGREEMENT', kind: 'heading' },
      'This Services Agreement ("Agreement") is entered into as of the Effective Date by and between Tamsin Works Ltd. ("Provider") and Ferrow Mills Inc. ("Client").',
      '"Effective Date" means the date of the last signature below.',
      ...Array.from({ length: 8 }, (_, i) => `${i + 1}. ${CLAUSE}`),
      ...rest,
    ]),
  ).terms;

describe('signature dates in a signature block run into one paragraph (a text that lost its line breaks)', () => {
  it('reads dates set over their "Date" labels', () => {
    const t = undated('IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date. Provider: Client: By: /s/ Rhea Voss By: /s/ Ilan Petrov Rhea Voss Ilan Petrov Printed Name Printed Name Director Treasurer Title Title 3/2/2021 03/04/2021 Date Date');
    expect(t.agreementDate?.value).toBe('2021-03-04');
    expect(t.effectiveDate?.value).toBe('2021-03-04');
  });

  it('reads dates after a row of "Date:" labels, the signers marked only by "S/"', () => {
    const t = undated('IN WITNESS WHEREOF, the parties have executed this Agreement as of the last date below. TAMSIN WORKS LTD: FERROW MILLS INC: S/ Rhea Voss S/ Ilan Petrov Rhea Voss Ilan Petrov Director Treasurer Date: Date: 5-10-2019 5-12-19');
    expect(t.agreementDate?.value).toBe('2019-05-12');
  });
});

describe('signature dates written beside the signature or under a "Date" label without a colon', () => {
  it('reads "Date 21/08/07" after a signer\'s fields', () => {
    const t = undated(
      'IN WITNESS WHEREOF, the parties have executed this Agreement by their duly authorised representatives.',
      'TAMSIN WORKS LTD. By: Name Rhea Voss Title DIRECTOR Signature /s/ Rhea Voss Date 21/08/07',
      'FERROW MILLS INC. By: Name Ilan Petrov Title TREASURER Signature /s/ Ilan Petrov Date 21/08/07',
    );
    expect(t.agreementDate?.value).toBe('2007-08-21');
  });

  it('reads a date set before the signer\'s typed name', () => {
    const t = undated('IN WITNESS WHEREOF, the parties sign this Agreement intending to be legally bound.', '/s/ Rhea Voss', { text: '4/19/16 RHEA VOSS', kind: 'heading' }, 'FERROW MILLS INC.', 'By: /s/ Ilan Petrov');
    expect(t.agreementDate?.value).toBe('2016-04-19');
  });

  it('reads a date whose "Date" label stands under its line, at the end of the row', () => {
    const t = undated('/s/ Rhea Voss 6/3/98 - ---------------------- ------ Tamsin Works Ltd. Date', '/s/ Ilan Petrov 6/3/98 - ---------------------- ------ Ferrow Mills Inc. Date');
    expect(t.agreementDate?.value).toBe('1998-06-03');
  });

  it('still takes no date from a signer\'s line that holds none', () => {
    const t = undated('IN WITNESS WHEREOF, the parties have signed this Agreement.', 'TAMSIN WORKS LTD. By: /s/ Rhea Voss Title: Director', 'FERROW MILLS INC. By: /s/ Ilan Petrov Title: Treasurer');
    expect(t.agreementDate).toBeUndefined();
  });
});

describe('signatures set apart from "IN WITNESS WHEREOF" or after the last clauses', () => {
  it('reads the signers\' dates when clauses stand between "IN WITNESS WHEREOF" and the signatures', () => {
    const t = undated(
      'IN WITNESS WHEREOF, each party has signed this Agreement by its authorised officer:',
      `9. ${CLAUSE}`,
      `10. ${CLAUSE}`,
      'Agreed and signed: /s/ Rhea Voss Rhea Voss Director Tamsin Works Ltd. Date: October 2, 2012',
      'Agreed and signed: /s/ Ilan Petrov Ilan Petrov Treasurer Ferrow Mills Inc. Date: October 5, 2012',
    );
    expect(t.agreementDate?.value).toBe('2012-10-05');
  });

  it('reads the dates of a signature block without "IN WITNESS WHEREOF" right after a long clause, an attachment after it', () => {
    const t = undated(
      { text: 'ENTIRE AGREEMENT', kind: 'heading' },
      `11. ${CLAUSE}`,
      'PROVIDER CLIENT AGREED BY CLIENT Tamsin Works Ltd. November 9, 2017 Date: November 2, 2017',
      '/s/ Ilan Petrov /s/ Rhea Voss BY: Ilan Petrov BY: Rhea Voss Title: Treasurer Title: Director',
      { text: 'ATTACHMENT A', kind: 'heading' },
      ...Array.from({ length: 17 }, (_, i) => `A.${i + 1} ${CLAUSE}`),
    );
    expect(t.agreementDate?.value).toBe('2017-11-09');
  });
});

describe('agreement date: an opening run into the body (a text that lost its line breaks)', () => {
  const doc = (...entries: (string | { text: string; kind?: 'heading' | 'paragraph' })[]) => extractKeyTerms(makeDoc(entries)).terms;

  it('takes no date from a clause after "agree as follows" in the opening\'s block', () => {
    const t = doc({ text: 'SUPPLY AGREEMENT', kind: 'heading' }, 'This Supply Agreement (the "Agreement") is made by and between Orrin Feeds Ltd. ("Seller") and Pashley Farms LLC ("Buyer"). NOW, THEREFORE, the parties agree as follows: 1. Term. The term of this Agreement will begin on May 1, 2019 and end on April 30, 2021.');
    expect(t.agreementDate).toBeUndefined();
    expect(t.effectiveDate?.value).toBe('2019-05-01');
  });

  it('takes no date from a definition of another agreement "executed … on" after the words that lead into the clauses', () => {
    const t = doc({ text: 'SUPPLY AGREEMENT', kind: 'heading' }, 'This Supply Agreement is made by and between Orrin Feeds Ltd. ("Seller") and Pashley Farms LLC ("Buyer"). As used herein, the following terms shall have the following meanings: 1.1 "Prior Agreement" means the agreement executed between the parties on the 3rd day of March, 2015.');
    expect(t.agreementDate).toBeUndefined();
  });

  it('takes no date from an agreement the contract supersedes ("supersedes that certain … dated")', () => {
    const t = doc({ text: 'SUPPLY AGREEMENT', kind: 'heading' }, 'This Supply Agreement is made by and between Orrin Feeds Ltd. ("Seller") and Pashley Farms LLC ("Buyer").', 'This Agreement supersedes that certain Letter Agreement between Seller and Buyer, dated June 2, 2014, which is hereby terminated.');
    expect(t.agreementDate).toBeUndefined();
  });
});

describe('agreement date: "This Agreement, effective as of <date> (…), is made by and between" set after a cover and contents', () => {
  const opening = 'This LICENSE AGREEMENT ("Agreement"), effective as of May 2, 2011 (the "Effective Date"), is made by and between Quarry Lane Software, Inc. ("Licensor") and Tobin Health Systems Ltd. ("Licensee").';

  it('past the opening blocks', () => {
    const t = extractKeyTerms(makeDoc([{ text: 'LICENSE AGREEMENT', kind: 'heading' }, ...Array.from({ length: 34 }, (_, i) => `Schedule ${i + 1} lists the modules and services that the licence covers.`), opening])).terms;
    expect(t.agreementDate?.value).toBe('2011-05-02');
  });

  it('in the opening blocks, after a cover line that mentions the agreement', () => {
    const t = extractKeyTerms(makeDoc(['Portions of this agreement have been omitted and filed separately.', { text: 'LICENSE AGREEMENT', kind: 'heading' }, ...['Definitions', 'Grant of Licence', 'Fees', 'Term', 'Warranties', 'General'].map((h, i) => `Article ${i + 1} ${h} and related matters`), opening])).terms;
    expect(t.agreementDate?.value).toBe('2011-05-02');
  });
});

describe('agreement date: a cover page whose lines were run together ends with its date', () => {
  const doc = (cover: string) => extractKeyTerms(makeDoc([cover, 'The Authority and the Engineer hereby agree to the following terms and conditions.', '1. Services. The Engineer shall design the works described in the Annex.'])).terms;

  it('reads the whole date that ends the run', () => {
    expect(doc('Exhibit 4.2 Engineering Services Contract Prepared for: Halbrook Water Authority Prepared by: Venn & Ostrander Engineers March 14, 2016').agreementDate?.value).toBe('2016-03-14');
  });

  it('reads a month and year that end the run, as a blank day', () => {
    const t = doc('Joint Development Agreement August 2014');
    expect(t.agreementDate?.value).toBe('August 2014');
    expect(t.agreementDate?.blank).toBe(true);
  });

  it('takes no date from a running header or a revision note', () => {
    expect(doc('Services Contract Commercial in Confidence Page 3 June 2014').agreementDate).toBeUndefined();
    expect(doc('Engineering Services Contract revised June 3, 2014').agreementDate).toBeUndefined();
    expect(doc('Engineering services. Contract terms were agreed on June 3, 2014').agreementDate).toBeUndefined();
  });
});

describe('a term schedule read from text that lost its cell borders and line breaks', () => {
  const terms = (...blocks: (string | { text: string; kind?: 'heading' | 'paragraph' })[]) =>
    extractKeyTerms(makeDoc([{ text: 'SWAP CONFIRMATION', kind: 'heading' }, 'This letter confirms the terms of the transaction between Larch Bank plc ("Party A") and Dunmore Funding Ltd. ("Party B").', ...blocks])).terms;

  it('reads an effective date set beside its label with nothing between', () => {
    expect(terms({ text: 'Effective Date 03 March 2008', kind: 'heading' }, { text: 'Termination Date: 3 March 2011', kind: 'heading' }).effectiveDate?.value).toBe('2008-03-03');
  });

  it('takes no effective date from a label line that goes on past its date', () => {
    expect(terms({ text: 'Effective Date 03 March 2008 or such later date as the parties agree', kind: 'heading' }).effectiveDate).toBeUndefined();
  });

  it('reads the term from a clause whose heading in capitals runs into its letter', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'DISTRIBUTION AGREEMENT', kind: 'heading' },
        'This Distribution Agreement (the "Effective Date" being the date of the last signature below) is made between Corvel Medical Ltd. and Anselm Trading LLC.',
        'PRICES AND PAYMENT A. Prices are set out in Annex 1. TERM/RENEWAL A. The Term will be 4 years from Effective Date with automatic 1 year extensions unless either party objects. B. Either party may terminate for breach.',
        'IN WITNESS WHEREOF, the parties have signed this Agreement.',
        'Date: June 2, 2014',
      ]),
    ).terms;
    expect(t.expiration?.value).toBe('2018-06-02');
  });
});

describe('expiration: a contract that governs the parties "thereafter, unless terminated" has no fixed end', () => {
  const terms = (clause: string) =>
    extractKeyTerms(
      makeDoc([
        { text: 'ADMINISTRATION AGREEMENT', kind: 'heading' },
        'This Administration Agreement is made as of April 4, 2011 between Merrow Street Funds ("Trust") and Calder Point Services LLC ("Administrator").',
        { text: '8. Duration and Termination of this Agreement.', kind: 'heading' },
        { text: clause, clause: '8' },
      ]),
    ).terms;

  it('reads "perpetual"', () => {
    expect(terms('This Agreement shall take effect on the date first written above and shall govern the dealings between the parties thereafter, unless terminated as provided in this Section 8.').expiration?.value).toBe('perpetual');
  });

  it('still reads a stated length before "thereafter, unless terminated"', () => {
    expect(terms('This Agreement shall take effect on the date first written above and shall remain in force for two (2) years and thereafter, unless terminated as provided in this Section 8, from year to year.').expiration?.value).toBe('2013-04-04');
  });
});

describe('numbers that look like dates but are not the term\'s', () => {
  it('reads no date in clause numbers written with dots ("Sections 3.1.1 through 3.1.12")', () => {
    expect(findDates('subject to the conditions in Sections 3.1.1 through 3.1.12 before each renewal')).toEqual([]);
    expect(findDates('as set out in clause 4.1.12 hereof')).toEqual([]);
    expect(findDates('signed at Oslo on 30.4.98').map((d) => d.iso)).toEqual(['1998-04-30']);
  });

  it('takes no end from a span the clause measures something over', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'CO-PROMOTION AGREEMENT', kind: 'heading' },
        'This Co-Promotion Agreement is made between Halden Pharma AS ("Halden") and Ruskin Therapeutics Inc. ("Ruskin").',
        { text: '7.2 This Agreement shall terminate if the net sales of the Products during the period 1 July 2012 - 30 June 2013 are less than the minimum set out in Schedule 2.', clause: '7.2' },
      ]),
    ).terms;
    expect(t.expiration).toBeUndefined();
  });

  it('still reads the end of a term given as a span with a dash', () => {
    const t = extractKeyTerms(makeDoc([{ text: 'CO-PROMOTION AGREEMENT', kind: 'heading' }, 'This Co-Promotion Agreement is made between Halden Pharma AS and Ruskin Therapeutics Inc.', { text: 'Term: 1 July 2012 - 30 June 2015', kind: 'heading' }])).terms;
    expect(t.expiration?.value).toBe('2015-06-30');
  });
});

describe('the contract\'s start said with "effect" ("has effect from", "with effect from")', () => {
  const terms = (clause: string) =>
    extractKeyTerms(
      makeDoc([
        { text: 'MAINTENANCE AGREEMENT', kind: 'heading' },
        'This Maintenance Agreement is made between Tarrow Lifts Ltd ("Contractor") and Oakham Estates plc ("Owner").',
        { text: '2. Commencement', kind: 'heading' },
        { text: clause, clause: '2' },
      ]),
    ).terms;

  it.each([
    ['This Agreement has effect from 1 July 2015 and continues for three (3) years.', '2015-07-01', '2018-07-01'],
    ['This Agreement shall have effect from 1 July 2015 for a period of three (3) years.', '2015-07-01', '2018-07-01'],
  ])('reads "%s"', (clause, start, end) => {
    const t = terms(clause);
    expect(t.effectiveDate?.value).toBe(start);
    expect(t.expiration?.value).toBe(end);
  });

  it('reads the start of an engagement "with effect from" a date', () => {
    expect(terms('The Contractor is engaged under this Agreement with effect from 1 July 2015.').effectiveDate?.value).toBe('2015-07-01');
  });
});

describe('dates of another agreement, and a start the day after the signatures', () => {
  it('takes no date of making from another agreement "executed … on" right after its name', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'HOSTING AGREEMENT', kind: 'heading' },
        'Under this Hosting Agreement ("Agreement") between Velmor Systems Inc. ("Provider") and Quillon Retail LLC ("Customer"), Provider will host the Customer\'s web site.',
        ...Array.from({ length: 5 }, (_, i) => `${i + 1}. ${CLAUSE}`),
        '6. Information the parties exchange is governed by the terms of the Agreement for Exchange of Confidential Information executed by Provider on March 2, 2009 (the "Confidentiality Agreement").',
        ...Array.from({ length: 15 }, (_, i) => `${i + 7}. ${CLAUSE}`),
        'IN WITNESS WHEREOF, the parties have signed this Agreement.',
        'Date: October 6, 2009',
        'Date: October 8, 2009',
      ]),
    ).terms;
    expect(t.agreementDate?.value).toBe('2009-10-08');
  });

  it('still reads "This Amendment to the Supply Agreement (the "Amendment") is entered into as of" as the amendment\'s own date', () => {
    const t = extractKeyTerms(makeDoc([{ text: 'AMENDMENT NO. 1', kind: 'heading' }, 'This Amendment to the Supply Agreement (the "Amendment") is entered into as of May 4, 2012 by and between Velmor Systems Inc. and Quillon Retail LLC.'])).terms;
    expect(t.agreementDate?.value).toBe('2012-05-04');
  });

  it('starts the contract on the day after the last signature when it says so', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'HOSTING AGREEMENT', kind: 'heading' },
        'This Hosting Agreement is made between Velmor Systems Inc. ("Provider") and Quillon Retail LLC ("Customer").',
        'This Agreement will take effect at the start of the day following the date of the final signature below ("Effective Date").',
        ...Array.from({ length: 20 }, (_, i) => `${i + 2}. ${CLAUSE}`),
        'IN WITNESS WHEREOF, the parties have signed this Agreement.',
        'Date: October 6, 2009',
        'Date: October 31, 2009',
      ]),
    ).terms;
    expect(t.effectiveDate?.value).toBe('2009-11-01');
    expect(t.agreementDate?.value).toBe('2009-10-31');
  });

  it('reads a term sentence set in capitals whose length comes first as a sentence, not as a heading', () => {
    const t = extractKeyTerms(makeDoc([{ text: 'HOSTING AGREEMENT', kind: 'heading' }, 'THIS IS A HOSTING AGREEMENT BETWEEN VELMOR SYSTEMS INC. AND QUILLON RETAIL LLC.', 'THE EFFECTIVE TERM IS 12 MONTHS BEGINNING MARCH 1, 2010 AND ENDING FEBRUARY 28, 2011.'])).terms;
    expect(t.expiration?.value).toBe('2011-02-28');
  });
});

describe('a translated form\'s signatures marked "(seal)" and "(signature)", run into the last clause', () => {
  it('reads the date written after each signer\'s mark', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'COOPERATION AGREEMENT', kind: 'heading' },
        'Party A: Halden Township Council. Party B: Ruskin Solar Co., Ltd. Through friendly negotiation, Party A and Party B agree as follows:',
        ...Array.from({ length: 20 }, (_, i) => `${i + 1}. ${CLAUSE}`),
        `21. ${CLAUSE} Party A: Halden Township Council (seal) Mei Lin (signature) March 9, 2016 Party B: Ruskin Solar Co., Ltd. (seal) Tao Wen (signature) March 11, 2016`,
      ]),
    ).terms;
    expect(t.agreementDate?.value).toBe('2016-03-11');
  });
});

describe('a definition run into a block speaks of another agreement', () => {
  it('takes no date of making from "… "Prior Agreement" shall mean the agreement entered into by A and B on …"', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'LICENSE AGREEMENT', kind: 'heading' },
        'This License Agreement is made by and among Velmor Systems Inc. ("Licensor") and Quillon Retail LLC ("Licensee").',
        ...Array.from({ length: 5 }, (_, i) => `${i + 1}. ${CLAUSE}`),
        'the scope of the licence in each territory. 1.7 "Prior Agreement" shall mean the supply agreement entered into by Licensor and Licensee on June 28, 2011 attached as Annex 4. 1.8 "Territory" shall mean the countries listed in Annex 1.',
      ]),
    ).terms;
    expect(t.agreementDate).toBeUndefined();
  });
});
