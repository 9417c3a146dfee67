import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../../electron/core/terms/date';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: 'heading' | 'paragraph' | 'table-row'; clause?: string };
const terms = (...body: Entry[]) => extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, ...body])).terms;

/** Enough body that the opening and the signatures are not one short page. */
const body: Entry[] = [
  { text: '1. Services. Consultant shall advise the Company on its product plans as the Company asks from time to time.', clause: '1' },
  { text: '2. Fees. The Company shall pay Consultant monthly in arrears against an itemised invoice.', clause: '2' },
];

describe('agreement and effective dates: wordings written for the rule', () => {
  it('takes the date of making, not the effective date that follows it ("dated X, effective as of Y")', () => {
    const t = terms('Larch Optics, Inc. ("Larch") and Moray Partners B.V. ("Consultant") agree to this Consulting Agreement ("Agreement") dated March 3, 2021, effective as of April 1, 2021 ("Effective Date").', ...body);
    expect(t.agreementDate?.value).toBe('2021-03-03');
    expect(t.effectiveDate?.value).toBe('2021-04-01');
  });

  it('reads a date whose year is set off by a text filing’s underline dashes', () => {
    expect(toIsoDate('is made as of 31 December, --------- 1996, between')).toBe('1996-12-31');
    expect(toIsoDate('dated June 4, ------ 1997')).toBe('1997-06-04');
    expect(toIsoDate('the period 2019 - 2020')).toBeUndefined();
  });

  it('dates a contract by the last of the signature dates, also when the opening runs into the signatures', () => {
    const t = terms(
      'This Agreement is between Nettle Farms Co. ("Seller") and Osprey Foods Inc. ("Buyer").',
      ...body,
      'IN WITNESS WHEREOF, the Parties have executed this Agreement as of the date below.',
      { text: 'Nettle Farms Co. | Osprey Foods Inc.', kind: 'table-row' },
      { text: 'Date: 2/26/2021 | Date: 2/27/2021', kind: 'table-row' },
    );
    expect(t.agreementDate?.value).toBe('2021-02-27');
  });

  it('reads signature dates in a long row that sets both signers side by side', () => {
    const t = terms(
      'This Promotion Agreement sets out the terms on which Pike Tunes, Inc. ("Pike") runs a promotion for Quill Snacks Ltd. ("Sponsor").',
      ...body,
      'IN WITNESS WHEREOF, the parties have duly executed and delivered this Agreement:',
      { text: 'Signed in agreement: /s/ Ria Stone Title: Marketing Director Quill Snacks Ltd. Date: May 25, 2011 | Signed in agreement: /s/ Sol Tran President Pike Tunes, Inc. Date: May 28, 2011', kind: 'table-row' },
    );
    expect(t.agreementDate?.value).toBe('2011-05-28');
  });

  it('never dates the making by the end of a period in a definition', () => {
    const t = terms(
      'THIS ENDORSEMENT AGREEMENT ("Agreement") by and between Tove Lund ("Talent") and Umber Bank ("Bank").',
      'a) "CONTRACT PERIOD" means that period of time commencing upon the full execution of this Agreement by both Parties and terminating on May 31, 2026.',
      ...body,
    );
    expect(t.agreementDate).toBeUndefined();
  });

  it('reads an effective date from a head line, a table definition and what a term begins on', () => {
    const label = terms({ text: 'COMMENCEMENT DATE FOR SUPPORT UNDER THIS ADDENDUM: MARCH 1, 2011', kind: 'heading' }, 'This Addendum is made between Vale Soft Inc. ("Vale") and Wick Stores LLC ("Wick").', ...body);
    expect(label.effectiveDate?.value).toBe('2011-03-01');
    const row = terms('This Agreement is made on May 5, 2012 between Xeno Labs Inc. ("Xeno") and Yarrow Pharma Ltd. ("Yarrow").', ...body, { text: '“Effective Date” | Means August 10, 2010;', kind: 'table-row' });
    expect(row.effectiveDate?.value).toBe('2010-08-10');
    const term = terms('This Joint Venture Agreement is made between Zinc Holdings Inc. and Amber Lending LLC.', ...body, { text: '4. The duration of this Venture (the “Term”) will begin on March 1, 2020 and continue until February 28, 2025.', clause: '4' });
    expect(term.effectiveDate?.value).toBe('2020-03-01');
  });

  it('gives no effective date from something else that begins on a date, nor from an event "executed by both Parties"', () => {
    const other = terms(
      'This Sponsorship Agreement is made between Birch Media Inc. ("Birch") and Cove Apparel LLC ("Sponsor").',
      ...body,
      { text: 'The production period shall be two (2) months to commence on November 4, 2018 (the "Production Period").', clause: '3' },
      { text: 'Royalty advances are due each quarter, commencing with the Sponsor’s fiscal year which begins on April 1, 2019.', clause: '4' },
    );
    expect(other.effectiveDate).toBeUndefined();
    const event = terms(
      'This Site Agreement is made on August 9, 2019 between Dune Malls Inc. ("Dune") and Echo Kiosks LLC ("Echo").',
      ...body,
      { text: 'This Agreement shall be effective as of that date (the "Effective Date") the Site becomes fully operational as set forth in writing and executed by both Parties.', clause: '5' },
    );
    expect(event.effectiveDate).toBeUndefined();
  });

  it('finds the opening sentence after a long list of contents and exhibits', () => {
    const contents: Entry[] = Array.from({ length: 40 }, (_, i) => `Exhibit ${i + 1}.${i + 2} Schedule of the product specifications and the quality requirements for item ${i + 1}`);
    const t = terms(
      ...contents,
      'This DISTRIBUTORSHIP AGREEMENT (“Agreement”) is entered into as of March 18, 2019 (the “Effective Date”) by and between Gorse Pharma, Inc. (“Gorse”) and Heath Shinyo Co., Ltd. (“Distributor”).',
      ...body,
    );
    expect(t.agreementDate?.value).toBe('2019-03-18');
    // A sentence that speaks of another agreement's date is no opening.
    const other = terms(...contents, 'This Agreement replaces the supply agreement dated May 2, 2015 between Gorse and Heath.', ...body);
    expect(other.agreementDate).toBeUndefined();
  });

  it('takes the start of the appointment as a service agreement’s effective date', () => {
    const t = terms('This Service Agreement is made between Ivy Group plc (the "Company") and Jon Kerr (the "Executive").', ...body, { text: 'The Appointment will begin on 27 January 2020 or such other date as the parties shall agree.', clause: '3' });
    expect(t.effectiveDate?.value).toBe('2020-01-27');
  });

  it('reports a signature date the filed copy leaves blank as a blank, never as a date', () => {
    const dated = (line: string) =>
      terms(
        'THIS DEVELOPMENT AGREEMENT is made between Lumen Pharma A/S ("Lumen") and Mira Chemicals Limited ("Mira").',
        ...body,
        'IN WITNESS WHEREOF, the parties have caused this Agreement to be executed by their duly authorised representatives.',
        { text: 'Lumen Pharma A/S | Mira Chemicals Limited', kind: 'table-row' },
        { text: line, kind: 'table-row' },
      ).agreementDate;
    expect(dated('Dover, June ____, 2011 | Aarhus, June ____, 2011')).toMatchObject({ value: 'June ____, 2011', blank: true });
    expect(dated('Dated the ____ day of June, 2011.')).toMatchObject({ value: '____ day of June, 2011', blank: true });
    expect(dated('By: ______________ | By: ______________')).toBeUndefined();
  });
});
