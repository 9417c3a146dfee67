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
