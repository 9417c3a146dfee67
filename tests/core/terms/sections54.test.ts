import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Invented sentences for the placement rules of this round.
const RISK = 'Risks and unusual clauses';
const KEY = 'Key terms';
const DUTY = 'Obligations';

describe('a survival clause: what the contract keeps in force once it ends', () => {
  it('is an obligation, with or without a time, under any heading', () => {
    expect(sectionOf('Sections 5, 7 and 9 shall survive any termination or expiration of this Agreement.', 'termination', 'Term and Termination')).toBe(DUTY);
    expect(sectionOf('The confidentiality obligations in this Article 6 shall survive termination of this Agreement for a period of three (3) years.', 'confidentiality', 'Confidentiality')).toBe(DUTY);
    expect(sectionOf('The provisions relating to the recipe and its secrecy will survive any expiration or earlier termination of this Agreement.', undefined)).toBe(DUTY);
    expect(
      sectionOf('The undertakings of this Clause shall continue in force without limit in time and shall survive termination of this Agreement.', 'confidentiality', 'Secrecy'),
    ).toBe(DUTY);
  });

  it('leaves a surviving warranty, indemnity or licence, and a term that names survival in passing, to the other rules', () => {
    expect(sectionOf('All representations, warranties and indemnities of the Grower shall survive the termination of this Agreement.', 'miscellaneous', 'Survival')).toBe(RISK);
    expect(sectionOf('Kestrel’s liability under Section 11 shall survive any termination of this Agreement.', 'miscellaneous', 'Survival')).toBe(RISK);
    expect(sectionOf('This Agreement shall expire on June 30, 2031, except that Section 9 shall survive.', 'term', 'Term')).toBe(KEY);
    expect(sectionOf('The licences granted to the Grower under Section 2 are hereby granted for ten years and shall survive any termination.', 'ip', 'Licence')).toBe(KEY);
    expect(sectionOf('THESE LIMITATIONS SHALL SURVIVE AND APPLY NOTWITHSTANDING THE FAILURE OF ANY LIMITED REMEDY.', 'liability', 'Limitation of Liability')).toBe(RISK);
  });

  it('reads the clause’s own survival with its clause when the clause sets an exposure, and no survival in a relative clause', () => {
    expect(sectionOf('This Section 11 shall survive any termination or expiration of this Agreement.', 'indemnity', 'Indemnification')).toBe(RISK);
    expect(sectionOf('This Section 9 shall survive any termination or expiration of this Agreement.', 'confidentiality', 'Confidentiality')).toBe(DUTY);
    expect(
      sectionOf('This Agreement contains the entire understanding of the parties and supersedes all earlier agreements (except the Letter Agreement of March 3, which shall survive this Agreement).', 'miscellaneous', 'Entire Agreement'),
    ).not.toBe(DUTY);
  });
});

describe('what a party does once the contract ends', () => {
  it('reads "will, and will cause its affiliates to," as a promise to act', () => {
    expect(
      sectionOf(
        'Upon expiration or termination of this Agreement, the Receiving Party will, and will cause its Representatives (and, where relevant, its Affiliates and resellers) to, promptly return or destroy all Confidential Information.',
        'confidentiality',
        'Confidentiality',
      ),
    ).toBe(DUTY);
    // a result, not a promise, stays with the ending
    expect(sectionOf('Upon termination of this Agreement, all licences granted to the Grower will terminate.', 'termination', 'Termination')).toBe(RISK);
  });

  it('reads a party that ends the contract with its legal form in its name, and "in the event" without "that"', () => {
    expect(sectionOf('In the event Kestrel, Inc. chooses to terminate this agreement, Harbor Lane Ltd. will have the right to purchase a copy of the software for $5,000.', undefined)).toBe(DUTY);
    expect(sectionOf('If Kestrel Orchards, LLC terminates this Agreement under Section 9.2, Kestrel shall reimburse the Grower for the seedlings already planted.', 'termination', 'Termination')).toBe(DUTY);
    // the right to end it, put after the same condition, is still the risk
    expect(sectionOf('In the event Kestrel, Inc. chooses to terminate this agreement, Harbor Lane Ltd. will have the right to terminate every order then open.', undefined)).toBe(RISK);
  });

  it('reads "will have the right to" after the end as "may", but not a right to renew', () => {
    expect(sectionOf('On expiration of the Initial Term, if you have complied with this Agreement, you will have the right to renew the franchise for one further term of five years.', undefined)).toBe(KEY);
    expect(sectionOf('Upon expiry of this Agreement, the Distributor will have the right to sell its remaining stock of the Kits for ninety days.', 'termination', 'Termination')).toBe(DUTY);
    expect(sectionOf('During the Term, the Distributor will have the right to sell the Kits in the Territory.', 'termination', 'Termination')).toBe(RISK);
  });
});

describe('a promise not to deal in competing or similar goods', () => {
  it('is a restraint, also once the contract has ended', () => {
    expect(sectionOf('The Distributor agrees not to represent or sell other products which are deemed to be competitive with the Kits.', undefined)).toBe(RISK);
    expect(
      sectionOf('In the event this Agreement is terminated under paragraph 17, the Party in default shall not enter into an agreement with any other party to provide services similar to those provided herein for six (6) months.', undefined),
    ).toBe(RISK);
  });

  it('is not read into a duty to supply the goods themselves or a price compared with others', () => {
    expect(sectionOf('The Supplier shall supply products similar to the samples approved by the Grower.', undefined)).toBe(DUTY);
    expect(sectionOf('Kestrel shall keep its prices for the Kits competitive with those of other suppliers in the Territory.', undefined)).not.toBe(RISK);
  });
});

describe('hostile input', () => {
  it('reads a long run of names with legal forms and conditions in linear time', () => {
    const text = `${'If Kestrel, Inc. and Harbor, LLC, '.repeat(6000)}chooses to end it, the Grower will, and will cause ${'its affiliates, '.repeat(6000)}to, return the Kits.`;
    const start = Date.now();
    sectionOf(text, 'termination', 'Effect of Termination');
    expect(Date.now() - start).toBeLessThan(5_000);
  });
});
