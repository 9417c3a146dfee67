/**
 * Parties named in more wordings common in the wild: a cover table's "BETWEEN: | A" over "AND: | B", a
 * name joined by "of" before its short name, a serial list that gives each party's address before the
 * next party, a group of parties a schedule names, and an opening "made by A and B" with no "between".
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

const BODY = 'Orrin shall supply Vesk. The Bank, the Company, the Investors and Tarrow shall meet each quarter.';
const partiesOf = (head: readonly string[]): Party[] | undefined =>
  extractKeyTerms(makeDoc([...head, 'WHEREAS, the parties wish to work together.', { text: BODY, clause: '1.1' }])).terms.parties?.value as Party[] | undefined;

describe('a cover table', () => {
  it('reads "BETWEEN: | A" over "AND: | B", the second party apart from the first', () => {
    expect(partiesOf(['SUPPLY AGREEMENT', 'BETWEEN: | Orrin Tools, Inc., a Delaware corporation ("Orrin")', 'AND: | Vesk Labs LLC, an Ohio limited liability company ("Vesk")'])).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Orrin' },
      { name: 'Vesk Labs LLC', role: 'Vesk' },
    ]);
  });
});

describe('a name joined by "of"', () => {
  it('keeps "Bank of Orrin, N.A." whole when the opening defines it without a between list', () => {
    expect(partiesOf(['LOAN AGREEMENT', 'Bank of Orrin, N.A., a national banking association (the "Bank"), and Vesk Labs LLC, an Ohio limited liability company ("Vesk"), agree as follows.'])).toEqual([
      { name: 'Bank of Orrin, N.A.', role: 'Bank' },
      { name: 'Vesk Labs LLC', role: 'Vesk' },
    ]);
  });
});

describe('a legal form spelled out', () => {
  it('keeps "Incorporated" after a name as its form, before "and its Affiliates" or "with its principal place"', () => {
    expect(
      partiesOf(['SUPPLY AGREEMENT', 'This Agreement is made between Orrin Tools, Incorporated and its Affiliates, a Delaware corporation ("Orrin"), and Vesk Labs, Incorporated with its principal place of business at 9 Mill Lane, Dover, DE 19901 ("Vesk").']),
    ).toEqual([
      { name: 'Orrin Tools, Incorporated', role: 'Orrin' },
      { name: 'Vesk Labs, Incorporated', role: 'Vesk' },
    ]);
    // "incorporated and existing under …" still describes the party.
    expect(partiesOf(['SUPPLY AGREEMENT', 'This Agreement is made between Orrin Tools Inc., incorporated and existing under the laws of Ohio ("Orrin"), and Vesk Labs LLC ("Vesk").'])).toEqual([
      { name: 'Orrin Tools Inc.', role: 'Orrin' },
      { name: 'Vesk Labs LLC', role: 'Vesk' },
    ]);
  });
});

describe('a serial list with addresses', () => {
  it('starts the next party after an address that follows a short name', () => {
    expect(
      partiesOf(['SUPPLY AGREEMENT', 'This Agreement is made among Orrin Tools, Inc. ("Orrin"), with offices at 12 Quarry Road, Lakeview, OR 97630, Vesk Labs LLC ("Vesk"), with offices at 9 Mill Lane, Dover, DE 19901, and Tarrow Partners L.P. ("Tarrow").']),
    ).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Orrin' },
      { name: 'Vesk Labs LLC', role: 'Vesk' },
      { name: 'Tarrow Partners L.P.', role: 'Tarrow' },
    ]);
  });

  it('starts the next party after an address that follows a legal form', () => {
    expect(partiesOf(['SUPPLY AGREEMENT', 'This Agreement is made among Orrin Tools, Inc., 12 Quarry Road, Lakeview, OR 97630, Vesk Labs LLC, 9 Mill Lane, Dover, DE 19901, and Tarrow Partners L.P.'])).toEqual([
      { name: 'Orrin Tools, Inc.' },
      { name: 'Vesk Labs LLC' },
      { name: 'Tarrow Partners L.P.' },
    ]);
    // A country after the postal code is the address's end, not a party ending in "S.A.".
    expect(
      partiesOf(['SUPPLY AGREEMENT', 'This Agreement is made between Orrin Tools, Inc., a Delaware corporation, located at 12 Quarry Road, Lakeview, OR 97630, U.S.A. ("Orrin"), and Vesk Labs GmbH, located at 4 Hafenweg, 20457 Hamburg, Germany ("Vesk").']),
    ).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Orrin' },
      { name: 'Vesk Labs GmbH', role: 'Vesk' },
    ]);
    // The address ends at its postal code, before the list's "and".
    expect(
      partiesOf(['SPONSORSHIP AGREEMENT', 'This Agreement is made between Orrin Media, a division of Vesk Holdings ("Orrin") with offices at 10 Harbor Road, Portland, Maine 04101 and Tarrow, Inc., ("Tarrow") with offices at 5 Elm Lane, Austin, Texas 78701.']),
    ).toEqual([
      { name: 'Orrin Media', role: 'Orrin' },
      { name: 'Tarrow, Inc.', role: 'Tarrow' },
    ]);
  });
});

describe('a group of parties a schedule names', () => {
  it('does not give the group\'s short name to the party before it', () => {
    expect(
      partiesOf(['INVESTORS AGREEMENT', 'This Agreement is entered into as of June 2, 2021 by and among Orrin Tools, Inc., a Delaware corporation (the "Company"), Vesk Labs LLC ("Vesk") and the persons listed on Exhibit A hereto (each, an "Investor" and collectively, the "Investors").']),
    ).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Company' },
      { name: 'Vesk Labs LLC', role: 'Vesk' },
    ]);
  });
});

describe('the signatory as a party', () => {
  it('does not give "the undersigned"\'s short name to the party before it, and reads a name after the word', () => {
    expect(partiesOf(['SUBSCRIPTION AGREEMENT', 'This Agreement is made between Orrin Tools, Inc. (the "Company") and the undersigned subscriber (the "Investor").'])).toEqual([{ name: 'Orrin Tools, Inc.', role: 'Company' }]);
    expect(partiesOf(['SUBSCRIPTION AGREEMENT', 'This Agreement is made between Orrin Tools, Inc. (the "Company") and the undersigned Vesk Labs LLC (the "Investor").'])).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Company' },
      { name: 'Vesk Labs LLC', role: 'Investor' },
    ]);
  });
});

describe('lettered parties after "and"', () => {
  it('starts a party at "and (b)"', () => {
    expect(partiesOf(['AGENCY AGREEMENT', 'This Agreement is made between Orrin Tools, Inc., on the one hand, and (a) Vesk Labs LLC and (b) Tarrow Partners, as agent, on the other hand.'])).toEqual([
      { name: 'Orrin Tools, Inc.' },
      { name: 'Vesk Labs LLC' },
      { name: 'Tarrow Partners' },
    ]);
  });
});

describe('an opening set in capitals', () => {
  it('keeps "BANK OF …" whole and drops the words that lead up to a name ("UNDER WHICH")', () => {
    expect(partiesOf(['LOAN AGREEMENT', 'BANK OF ORRIN, N.A., A NATIONAL BANKING ASSOCIATION (THE "BANK"), AND VESK LABS LLC, AN OHIO LIMITED LIABILITY COMPANY ("VESK"), AGREE AS FOLLOWS.'])).toEqual([
      { name: 'BANK OF ORRIN, N.A.', role: 'BANK' },
      { name: 'VESK LABS LLC', role: 'VESK' },
    ]);
    expect(partiesOf(['RESELLER AGREEMENT', 'THIS AGREEMENT SETS OUT THE TERMS UNDER WHICH ORRIN TOOLS, INC., A DELAWARE CORPORATION ("ORRIN"), AND VESK LABS LLC ("RESELLER") WILL WORK TOGETHER.'])).toEqual([
      { name: 'ORRIN TOOLS, INC.', role: 'ORRIN' },
      { name: 'VESK LABS LLC', role: 'RESELLER' },
    ]);
  });

  it('reads "AND AS A MEMBER OF …" as going on about the party before, not as a party', () => {
    expect(partiesOf(['COOPERATION AGREEMENT', 'THIS AGREEMENT IS MADE BY AND AMONG ORRIN TOOLS, INC. (THE "COMPANY") AND ANN LEE, IN HER INDIVIDUAL CAPACITY AND AS A MEMBER OF THE BOARD (THE "DESIGNEE").'])).toEqual([
      { name: 'ORRIN TOOLS, INC.', role: 'COMPANY' },
      { name: 'ANN LEE', role: 'DESIGNEE' },
    ]);
  });

  it('prefers the opening run in after a cover line to the cover line\'s own list', () => {
    expect(
      partiesOf([
        'EXHIBIT 10.1',
        'SPONSORSHIP AGREEMENT BETWEEN ORRIN HEART ASSOCIATION AND VESK TAG, INC. THIS AGREEMENT ("AGREEMENT") IS MADE EFFECTIVE MAY 2, 2021, BY AND BETWEEN VESK TAG INC., A DELAWARE CORPORATION ("COMPANY"), AND THE ORRIN HEART ASSOCIATION, INC. ("ASSOCIATION"), AN OHIO NOT-FOR-PROFIT CORPORATION.',
      ]),
    ).toEqual([
      { name: 'VESK TAG INC.', role: 'COMPANY' },
      { name: 'ORRIN HEART ASSOCIATION, INC.', role: 'ASSOCIATION' },
    ]);
  });
});

describe('a date defined after the last party', () => {
  it('is not given to that party as a short name', () => {
    expect(partiesOf(['SUPPLY AGREEMENT', 'This Amendment is made between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk"), as amended on May 1, 2021 (the "Amendment Effective Date").'])).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Orrin' },
      { name: 'Vesk Labs LLC', role: 'Vesk' },
    ]);
  });
});

describe('an opening "made by A and B"', () => {
  it('reads the parties listed after "made … by" with no "between"', () => {
    expect(partiesOf(['SUPPLY AGREEMENT', 'This Supply Agreement is made on June 2, 2021 by Orrin Tools, Inc. and Vesk Labs LLC.'])).toEqual([{ name: 'Orrin Tools, Inc.' }, { name: 'Vesk Labs LLC' }]);
    expect(partiesOf(['SUPPLY AGREEMENT', 'This Supply Agreement is made by Orrin Tools, Inc., a Delaware corporation, and Ann Lee, as of June 2, 2021.'])).toEqual([{ name: 'Orrin Tools, Inc.' }, { name: 'Ann Lee' }]);
    // A maker "in favor of" another is the one-sided reading's; "made by the parties" names none.
    expect(partiesOf(['GUARANTY', 'This Guaranty is made by Orrin Tools, Inc. ("Guarantor") in favor of Vesk Labs LLC ("Vesk").'])).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Guarantor' },
      { name: 'Vesk Labs LLC', role: 'Vesk' },
    ]);
    expect(partiesOf(['SUPPLY AGREEMENT', 'This Agreement is made by the parties named below on June 2, 2021.'])).toBeUndefined();
  });
});
