/**
 * Openings set in capitals: the party reader must find the same parties as in ordinary case, where
 * lower-case words ("a Delaware corporation", "in the interest of", "its affiliates") show what is no
 * name. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

/** The parties of a short contract whose opening is `first` and whose body uses the short names in ordinary case. */
const partiesOf = (first: string, body = 'Harrow and Ilex shall each appoint a manager. The Client and the Promoter shall meet monthly.') =>
  extractKeyTerms(makeDoc([{ text: 'SERVICES AGREEMENT', kind: 'heading' }, first, 'WHEREAS, the parties wish to work together.', { text: body, clause: '1.1' }])).terms.parties?.value as Party[] | undefined;
const names = (first: string, body?: string) => partiesOf(first, body)?.map((p) => p.name);

describe('parties in an opening set in capitals', () => {
  it('keeps a party with no legal form whose short name, defined in capitals, the body uses in ordinary case', () => {
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BETWEEN HARROW DATA, INC. ("HARROW") AND LARKSPUR ("CLIENT").')).toEqual(['HARROW DATA, INC.', 'LARKSPUR']);
  });

  it('keeps a person with a middle initial and a courtesy title', () => {
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BETWEEN MERIDIAN FOODS CORPORATION ("MERIDIAN") AND JOHN A. SMITH ("SMITH").', 'Smith shall supply Meridian.')).toEqual(['MERIDIAN FOODS CORPORATION', 'JOHN A. SMITH']);
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BETWEEN MERIDIAN FOODS CORPORATION ("MERIDIAN") AND DR. JANE Q. ROE ("ROE").', 'Roe shall advise Meridian.')).toEqual(['MERIDIAN FOODS CORPORATION', 'DR. JANE Q. ROE']);
  });

  it('splits parties whose descriptions run on in capitals ("…, A COMPANY EXISTING UNDER THE LAWS OF X AND BOLT LTD, …")', () => {
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BY AND BETWEEN HARROW DATA, INC. ("HARROW"), AND ILEX PTE. LTD., A COMPANY ORGANIZED AND EXISTING UNDER THE LAWS OF SINGAPORE AND CORVANE SYSTEMS LTD, A COMPANY ORGANIZED AND EXISTING UNDER THE LAWS OF ISRAEL (EACH OF THEM "ILEX").')).toEqual(['HARROW DATA, INC.', 'ILEX PTE. LTD.', 'CORVANE SYSTEMS LTD']);
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BY AND AMONG MARLOW HOLDINGS, LLC, A DELAWARE LIMITED LIABILITY COMPANY ("MARLOW"), TIDEWATER TRADING, INC., A NEVADA CORPORATION ("TIDEWATER"), AND QUILL MEDIA, INC., A TEXAS CORPORATION ("QUILL").', 'Marlow, Tidewater and Quill shall meet.')).toEqual(['MARLOW HOLDINGS, LLC', 'TIDEWATER TRADING, INC.', 'QUILL MEDIA, INC.']);
    expect(names('THIS AGREEMENT IS MADE BY AND AMONG (A) HARROW DATA S.A. ("HARROW"), A COMPANY INCORPORATED IN LUXEMBOURG, (B) ILEX FREIGHT S.A. ("ILEX"), A COMPANY INCORPORATED IN LUXEMBOURG.')).toEqual(['HARROW DATA S.A.', 'ILEX FREIGHT S.A.']);
  });

  it('reads what goes on about a party as no party ("FOR THE BENEFIT OF …", "AS …", "AND ITS SUBSIDIARIES AND …")', () => {
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BETWEEN HARROW DATA, INC. ("HARROW"), FOR ITSELF AND FOR THE BENEFIT OF THE SUBSIDIARIES NAMED IN SCHEDULE 4 ("HARROW GROUP"), AND ILEX FREIGHT LLC ("ILEX").')).toEqual(['HARROW DATA, INC.', 'ILEX FREIGHT LLC']);
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BETWEEN HARROW DATA, INC. ("HARROW"), AND IN THE NAME OF THE SUBSIDIARIES NAMED IN SCHEDULE 4 ("HARROW GROUP"), AND ILEX FREIGHT LLC ("ILEX").')).toEqual(['HARROW DATA, INC.', 'ILEX FREIGHT LLC']);
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BY AND BETWEEN HARROW DATA, LLC, A DELAWARE LIMITED LIABILITY COMPANY ("HARROW") FOR ITSELF AND ITS SUBSIDIARIES AND ILEX FREIGHT, INC., A DELAWARE CORPORATION ("ILEX").')).toEqual(['HARROW DATA, LLC', 'ILEX FREIGHT, INC.']);
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BETWEEN HARROW DATA, INC. ("HARROW") AND ILEX TRUST COMPANY, AS TRUSTEE OF THE ILEX FAMILY TRUST ("ILEX").')).toEqual(['HARROW DATA, INC.', 'ILEX TRUST COMPANY']);
  });

  it('reads a description after ", A" in capitals as a description, not a second party', () => {
    // "The" before a name is dropped as in ordinary case ("the Institute for …").
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BETWEEN THE INSTITUTE FOR ADVANCED FREIGHT STUDIES, A NOT-FOR-PROFIT RESEARCH AND TEACHING INSTITUTION ("INSTITUTE") AND ILEX FREIGHT LLC ("ILEX").', 'The Institute shall teach Ilex.')).toEqual([
      'INSTITUTE FOR ADVANCED FREIGHT STUDIES',
      'ILEX FREIGHT LLC',
    ]);
  });

  // Guards of the short-name reading above: a short name used again no longer makes a party of these.
  it('never takes a phrase in capitals, roles joined by "and" or a defined date for a party', () => {
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BETWEEN HARROW DATA, INC. ("HARROW") AND THE INDIVIDUAL OR ENTITY IDENTIFIED ON THE COVER PAGE ("CLIENT").')).toEqual(['HARROW DATA, INC.']);
    expect(names('THE SUPPLIER SHALL DELIVER SUCH GOODS AS ARE ORDERED IN WRITING BY AND BETWEEN SUPPLIER AND CUSTOMER, AND PROVIDE THE WORK LISTED IN SCHEDULE 2 BELOW.', 'The Supplier shall invoice the Customer.')).toBeUndefined();
    expect(names('THIS AGREEMENT WAS MADE AS OF MAY 1, 2019 BY AND BETWEEN HARROW DATA, INC. ("HARROW") AND ILEX FREIGHT LLC ("ILEX") AND AMENDED BY THE PARTIES ON MAY 2, 2020 ("AMENDMENT EFFECTIVE DATE").', 'Harrow and Ilex agree. From the Amendment Effective Date Ilex pays more.')).toEqual(['HARROW DATA, INC.', 'ILEX FREIGHT LLC']);
  });

  it('reads the reader of a standard form written "YOU", and a name that starts with the word', () => {
    expect(partiesOf('THIS AGREEMENT IS BETWEEN HARROW BANK, N.A. AND YOU AS AN "AFFILIATE" IN THE HARROW AFFILIATE PROGRAM.')).toEqual([{ name: 'HARROW BANK, N.A.' }, { name: 'You', role: 'Affiliate' }]);
    expect(names('THIS AGREEMENT IS MADE BETWEEN HARROW DATA LIMITED ("LICENSOR") AND YOU ON DEMAND MEDIA, INC. ("LICENSEE").', 'The Licensor licenses the Licensee.')).toEqual(['HARROW DATA LIMITED', 'YOU ON DEMAND MEDIA, INC.']);
  });

  it('keeps the list going past "IN THIS AGREEMENT" inside a party\'s entry', () => {
    expect(names('THIS AGREEMENT MADE THIS 5TH DAY OF MAY, 2019, BETWEEN HARROW DATA, LLC, A TEXAS LIMITED LIABILITY COMPANY, REFERRED TO IN THIS AGREEMENT AS "HARROW", AND ILEX FREIGHT, INC., A DELAWARE CORPORATION, REFERRED TO IN THIS AGREEMENT AS "ILEX".')).toEqual(['HARROW DATA, LLC', 'ILEX FREIGHT, INC.']);
  });

  it('reads parties defined in capitals when the opening has no "and" between them', () => {
    expect(names('THIS AMENDMENT IS ENTERED INTO BY AND BETWEEN HARROW DATA, LLC ("HARROW") ILEX FREIGHT CORPORATION ("ILEX") AND IS EFFECTIVE AS OF MAY 1, 2019.')).toEqual(['HARROW DATA, LLC', 'ILEX FREIGHT CORPORATION']);
  });
});

describe('parties named only in signature blocks written in ordinary case', () => {
  const signed = (...lines: string[]) =>
    extractKeyTerms(makeDoc([{ text: 'MUTUAL NONDISCLOSURE AGREEMENT', kind: 'heading' }, { text: 'Each party shall protect the other party\'s confidential information.', clause: '1' }, 'IN WITNESS WHEREOF, each party signs below.', ...lines])).terms.parties?.value as Party[] | undefined;

  it('reads a name ending in a legal form over its "By:" line, one block each or one table row', () => {
    expect(signed('Harrow Data, Inc.', 'By: /s/ Jane Roe', 'Name: Jane Roe', 'Ilex Freight LLC', 'By: /s/ John Doe')?.map((p) => p.name)).toEqual(['Harrow Data, Inc.', 'Ilex Freight LLC']);
    expect(signed({ text: 'Harrow Data, Inc. | Ilex Freight LLC', kind: 'table-row' } as never, { text: 'By: /s/ Jane Roe | By: /s/ John Doe', kind: 'table-row' } as never)?.map((p) => p.name)).toEqual(['Harrow Data, Inc.', 'Ilex Freight LLC']);
  });

  it('never reads a sentence or a name with no line to sign on', () => {
    expect(signed('Harrow Data, Inc. and Ilex Freight LLC agree to the above.', 'Dated: May 1, 2019')).toBeUndefined();
    expect(signed('Harrow Data, Inc.', 'Ilex Freight LLC', 'Dated: May 1, 2019')).toBeUndefined();
  });
});

describe('a division named in capitals', () => {
  it('is the party under the division\'s name, as in ordinary case', () => {
    expect(names('THIS AGREEMENT IS MADE AS OF MAY 1, 2019 BETWEEN HARROW MEDIA, A DIVISION OF HARROW GROUP, INC. ("HARROW") AND ILEX FREIGHT LLC ("ILEX").')).toEqual(['HARROW MEDIA', 'ILEX FREIGHT LLC']);
  });
});

describe('the effective date in an opening set in capitals', () => {
  const effective = (opening: string) =>
    extractKeyTerms(makeDoc([{ text: 'AMENDMENT NO. 2 TO THE SERVICES AGREEMENT', kind: 'heading' }, opening, 'WHEREAS, the parties entered into the Services Agreement effective as of April 4, 2014.', { text: 'Section 3 is deleted.', clause: '1' }])).terms.effectiveDate?.value;

  it('reads a date the opening names "(AMENDMENT EFFECTIVE DATE)" as in ordinary case', () => {
    expect(effective('This Amendment No. 2 (the "Amendment") is effective as of October 9, 2020 ("Amendment Effective Date") between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").')).toBe('2020-10-09');
    expect(effective('THIS AMENDMENT NO. 2 (THE "AMENDMENT") IS EFFECTIVE AS OF OCTOBER 9, 2020 ("AMENDMENT EFFECTIVE DATE") BETWEEN HARROW DATA, INC. ("HARROW") AND ILEX FREIGHT LLC ("ILEX").')).toBe('2020-10-09');
  });

  it('still passes over a date the opening gives to another period, in capitals too', () => {
    expect(effective('THIS AMENDMENT NO. 2 IS MADE BETWEEN HARROW DATA, INC. ("HARROW") AND ILEX FREIGHT LLC ("ILEX") AND IS EFFECTIVE AS OF OCTOBER 9, 2020 (THE "PILOT PERIOD").')).not.toBe('2020-10-09');
  });
});
