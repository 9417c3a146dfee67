/**
 * The name an opening gives the agreement, against the names of other agreements its clauses cite. Every document
 * here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOfText } from './titleProbe';

const BODY = 'Kestrel Holdings Inc. is the sole member of Harrow Drilling LLC.';

describe('an opening whose definition has a space inside its parenthesis', () => {
  it('still names the agreement', async () => {
    expect(await titleOfText(`THIS LIQUIDITY SUPPORT AGREEMENT ( "Agreement") is entered into by Kestrel Holdings Inc. and Wexford Bank.\n\n${BODY}`)).toBe('LIQUIDITY SUPPORT AGREEMENT');
    expect(await titleOfText(`This Liquidity Support Agreement ( the "Agreement") is entered into by Kestrel Holdings Inc. and Wexford Bank.\n\n${BODY}`)).toBe('Liquidity Support Agreement');
  });
});

describe('another agreement a clause cites', () => {
  const cited = 'Kestrel shall, during the term of the Loan Agreement, keep cash of at least $1,000,000 under the Loan Agreement dated May 1, 2002 with Wexford Bank.';
  it('is not taken for the title', async () => {
    expect(await titleOfText(`${BODY}\n\n${cited}`)).not.toBe('Loan Agreement');
    expect(await titleOfText(`${BODY}\n\nThis deed amends the Master Services Agreement dated June 3, 2011 between Kestrel and Wexford.`)).not.toBe('Master Services Agreement');
  });
  it('but a schedule that defines the agreement it is issued under as its own "Agreement" is still read with it', async () => {
    expect(await titleOfText(`${BODY}\n\nThis Order is issued pursuant to the Cloud Hosting and Support Agreement (the "Agreement") between Kestrel and Wexford.`)).toBe('Cloud Hosting and Support Agreement');
  });
  it('while the opening that makes the agreement still names it', async () => {
    expect(await titleOfText(`This Loan Agreement dated May 1, 2002 is made between Kestrel Holdings Inc. and Wexford Bank.\n\n${cited}`)).toBe('Loan Agreement');
    expect(await titleOfText(`${BODY}\n\nKestrel and Wexford enter into this Loan Agreement dated May 1, 2002 as follows.\n\n${cited}`)).toBe('Loan Agreement');
  });
});
