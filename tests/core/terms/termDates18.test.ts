import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { continuesSentence } from '../../../electron/core/terms/termContext';
import { makeDoc } from './docFixture';

/** An opening that dates the contract: its effective date is March 3, 2020. */
const OPENING = 'This Supply Agreement ("Agreement") is entered into as of March 3, 2020 (the "Effective Date") by and between Harlow Tide Ltd. ("Supplier") and Penmore Goods Inc. ("Buyer").';
const PAYMENT = '2. Payment. Buyer shall pay each invoice within thirty days of receipt, and late amounts bear interest at one percent a month.';

/** A contract whose clause 1 is `clause`, under a "Term" heading. */
const withTerm = (clause: string) =>
  extractKeyTerms(makeDoc([{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, OPENING, { text: '1. Term', kind: 'heading' }, clause, PAYMENT])).terms;

describe('a choice of ends whose arms are all dated', () => {
  it('takes the later of two anniversaries, not the first arm', () => {
    const t = withTerm('This Agreement shall expire on the later of (a) the third anniversary of the Effective Date and (b) the fifth anniversary of the Effective Date.');
    expect(t.expiration?.value).toBe('2025-03-03');
  });

  it('takes the earlier of an anniversary and a length, a number repeated in digits not read as an arm', () => {
    const t = withTerm('This Agreement shall terminate upon the earlier of (a) the fifth anniversary of the Effective Date, or (b) three (3) years from the Effective Date.');
    expect(t.expiration?.value).toBe('2023-03-03');
  });

  it('reads "the date that is eighteen (18) months after the Effective Date" as an arm', () => {
    const t = withTerm('The term of this Agreement shall end on the later of (i) the first anniversary of the Effective Date and (ii) the date that is eighteen (18) months after the Effective Date.');
    expect(t.expiration?.value).toBe('2021-09-03');
  });

  it('takes the later of two dates written out', () => {
    const t = withTerm('This Agreement shall continue until the later of (i) June 30, 2024 and (ii) December 31, 2024.');
    expect(t.expiration?.value).toBe('2024-12-31');
  });

  it('keeps the dated arm when the other arm is an event', () => {
    const t = withTerm('This Agreement shall continue in effect until the later of (a) the fourth (4th) anniversary of the Effective Date, or (b) the completion of the Research Program.');
    expect(t.expiration?.value).toBe('2024-03-03');
  });
});

describe('ends counted in calendar years or months', () => {
  it('reads December 31 of the Nth full calendar year following the Effective Date', () => {
    expect(withTerm('This Agreement shall expire on December 31 of the fifth full calendar year following the Effective Date.').expiration?.value).toBe('2025-12-31');
  });

  it('reads the last day of the calendar year in which an anniversary falls', () => {
    expect(withTerm('This Agreement shall terminate on the last day of the calendar year in which the third anniversary of the Effective Date occurs.').expiration?.value).toBe('2023-12-31');
  });

  it('reads the end of a numbered month, written as a compound ordinal', () => {
    expect(withTerm('This Agreement shall remain in effect until the end of the twenty-fourth (24th) month following the Effective Date.').expiration?.value).toBe('2022-03-03');
  });

  it('guard: the last day of the calendar month in which an anniversary falls stays the month end', () => {
    expect(withTerm('This Agreement shall commence on the Effective Date and shall end on the last day of the calendar month in which the third anniversary of the Effective Date falls.').expiration?.value).toBe('2023-03-31');
  });

  it('guard: a span "through and including" a date ends on it', () => {
    expect(withTerm('The term of this Agreement shall commence on the Effective Date and continue through and including June 30, 2023.').expiration?.value).toBe('2023-06-30');
  });
});

describe('a clause whose first line the layout took for a heading, cut by a page break', () => {
  const CLAUSE = 'Each party shall keep the other party\'s confidential information in confidence and use it only to perform this Agreement.';
  it('reads the sentence on across the break', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'ALLIANCE AGREEMENT', kind: 'heading' },
        'THIS ALLIANCE AGREEMENT (this "Agreement") is made as of 31 March, 2016, between Orrin Vale Limited ("Orrin") and Tessel Works Inc. ("Tessel").',
        ...Array.from({ length: 4 }, (_, i) => `${i + 1}. ${CLAUSE}`),
        { text: 'ARTICLE X', kind: 'heading' },
        { text: 'Section 4.03. Term. Except as otherwise provided in this Agreement, this ----', kind: 'heading' },
        { text: 'Agreement shall continue in effect until the third anniversary of the Effective Date.', page: 2 },
        { text: `Section 10.02. ${CLAUSE}`, page: 2 },
      ]),
    ).terms;
    expect(t.expiration?.value).toBe('2019-03-31');
  });

  it('guard: a heading that holds no sentence does not run on into the next block', () => {
    const block = (text: string, kind: 'heading' | 'paragraph') => ({ id: text.slice(0, 8), page: 1, kind, text, section: [] });
    const next = block('Agreement shall continue in effect until the third anniversary of the Effective Date.', 'paragraph');
    expect(continuesSentence(block('Section 4.03 Term of the', 'heading'), next)).toBe(false);
    expect(continuesSentence(block('Section 4.03. Term. Except as otherwise provided in this Agreement, this', 'heading'), next)).toBe(true);
  });
});

describe('an option to renew stated after a passing mention of renewal', () => {
  it('reads the option and its length', () => {
    const t = withTerm(
      'The initial term of this Agreement is five (5) years. If Buyer is not in breach of this Agreement at the end of the Initial Term, and if Buyer brings its premises up to the standards then required of new or renewal licensees, Buyer will have the right to renew the License for one (1) further term of five (5) years (the "Renewal Term").',
    );
    expect(t.renewal?.value).toBe('5 years each, by option, one renewal');
  });

  it('guard: an option on something other than the contract is not a renewal', () => {
    const t = withTerm('The initial term of this Agreement is five (5) years. Buyer may extend the delivery window of any order by up to thirty (30) days by written notice.');
    expect(t.renewal).toBeUndefined();
  });
});

describe('an effective date set by the signatures in other words', () => {
  const signed = (opening: string) =>
    extractKeyTerms(
      makeDoc([
        { text: 'SUPPLY AGREEMENT', kind: 'heading' },
        opening,
        '1. Payment. Buyer shall pay each invoice within thirty days of receipt.',
        'IN WITNESS WHEREOF, the parties have signed this Agreement.',
        'HARLOW TIDE LTD. By: /s/ Ann Lee Name: Ann Lee Title: CEO Date: May 4, 2021',
        'PENMORE GOODS INC. By: /s/ Bo Tran Name: Bo Tran Title: CFO Date: May 6, 2021',
      ]),
    ).terms;

  it('"as of the date last signed below"', () => {
    expect(signed('This Agreement is made and entered into as of the date last signed below (the "Effective Date") by and between Harlow Tide Ltd. and Penmore Goods Inc.').effectiveDate?.value).toBe('2021-05-06');
  });

  it('"effective as of the later of the two signature dates below"', () => {
    expect(signed('This Agreement is effective as of the later of the two signature dates below and is made by and between Harlow Tide Ltd. and Penmore Goods Inc.').effectiveDate?.value).toBe('2021-05-06');
  });

  it('guard: "upon full execution of this Agreement"', () => {
    expect(signed('This Agreement shall become effective upon full execution of this Agreement (the "Effective Date") and is made by and between Harlow Tide Ltd. and Penmore Goods Inc.').effectiveDate?.value).toBe('2021-05-06');
  });
});

describe('a table whose label column and value column were each run into one cell', () => {
  const OPEN = 'This Distributor Agreement is made by and between Orrin Vale LLC ("Orrin") and Tessel Works Inc. ("Tessel").';
  it('does not give the first value to a label stacked under others', () => {
    const row = 'PERIOD: PRODUCTS: TERRITORY: EFFECTIVE DATE: | June 1, 2020 through November 30, 2020 (6 Months from the Effective Date) The Model 20 Meter The Western States The earlier of the date Tessel pays its first order or June 1, 2020.';
    const t = extractKeyTerms(makeDoc([{ text: 'DISTRIBUTOR AGREEMENT', kind: 'heading' }, OPEN, { text: 'INITIAL DISTRIBUTION', kind: 'heading' }, { text: row, kind: 'table-row' }, PAYMENT])).terms;
    expect(t.effectiveDate).toBeUndefined();
  });

  it('guard: a row that holds one label and its value is read', () => {
    const t = extractKeyTerms(makeDoc([{ text: 'DISTRIBUTOR AGREEMENT', kind: 'heading' }, OPEN, { text: 'Effective Date: | June 1, 2020', kind: 'table-row' }, PAYMENT])).terms;
    expect(t.effectiveDate?.value).toBe('2020-06-01');
  });
});

describe('signature dates in a row of fields over its rule and its row of labels', () => {
  const CLAUSE = 'Each party shall keep the other party\'s confidential information in confidence and shall use it only to perform this Agreement, and shall disclose it only to those of its employees and advisers who need to know it and who are bound by duties of confidence no less strict than these.';
  const signed = (...rest: string[]) =>
    extractKeyTerms(
      makeDoc([
        { text: 'HOSTING AGREEMENT', kind: 'heading' },
        'This Hosting Agreement ("Agreement") is entered into by and between Tamsin Works Ltd. ("Customer") and Ferrow Mills Inc. ("Provider"). This Agreement will be effective on the date of last signature below.',
        ...Array.from({ length: 6 }, (_, i) => `${i + 1}. ${CLAUSE}`),
        'Agreed and Accepted:',
        'Tamsin Works Ltd.  Ferrow Mills Inc.',
        'By: /s/ Rhea Voss  By: /s/ Ilan Petrov ---------------- ---------------- Customer Authorized Signature  Authorized Signature',
        ...rest,
      ]),
    ).terms;

  it('reads the dates over the rule, the later one the contract\'s', () => {
    const t = signed('Rhea Voss 1/9/02 Ilan Petrov 1/14/02 ------------------------------- ------------------------------- Name (type or print) Date Name (type or print) Date');
    expect(t.agreementDate?.value).toBe('2002-01-14');
  });

  it('guard: a rule under a line of prose with a date is no field row', () => {
    const t = signed('Invoices issued before 1/9/02 remain payable ------------------------------- Notes');
    expect(t.agreementDate).toBeUndefined();
  });
});

describe('a contract that lasts while a state of things lasts', () => {
  it('runs "until" a party ceases to do something: no end date, perpetual', () => {
    const t = withTerm('This Agreement shall be effective as of the Effective Date and, unless terminated earlier under Section 9, the term of this Agreement shall continue in effect until Buyer ceases development and commercialization of the Product.');
    expect(t.expiration?.value).toBe('perpetual');
  });

  it('"shall expire if the Manager ceases to act": perpetual', () => {
    expect(withTerm('This Agreement shall expire if the Manager or one of its affiliates ceases to act as manager of the Buyer\u2019s fleet.').expiration?.value).toBe('perpetual');
  });

  it('guard: a dated end stays the end', () => {
    expect(withTerm('This Agreement shall continue in effect until December 31, 2025, or until Buyer ceases to trade, if earlier.').expiration?.value).toBe('2025-12-31');
  });

  it('guard: a right to end it when a party ceases business is no term', () => {
    expect(withTerm('Supplier may terminate this Agreement if Buyer ceases to carry on business.').expiration).toBeUndefined();
  });
});

describe('a term label line whose end is said inclusively', () => {
  it('starts the contract on its first date and ends it on the second', () => {
    const t = extractKeyTerms(
      makeDoc([
        { text: 'TRANSPORT CONTRACT', kind: 'heading' },
        'This Transport Contract is entered into by and between Orrin Vale LLC ("Carrier") and Tessel Works Inc. ("Shipper").',
        'TERM OF SERVICE From June 1, 2020 through and including May 31, 2021',
        PAYMENT,
      ]),
    ).terms;
    expect(t.effectiveDate?.value).toBe('2020-06-01');
    expect(t.expiration?.value).toBe('2021-05-31');
  });
});
