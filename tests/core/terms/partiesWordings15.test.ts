/**
 * Parties named in wordings common in the wild: a party that "enters into this Agreement with" the
 * other, a serial list of a company and people ("among A Inc., Ann Lee and Bo Park"), people given a
 * description before their short names, and cover tables labelled "Customer Name:" or "Party A | …".
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Party } from '../../../shared/terms';
import { perturbationNamed } from '../../eval/perturb';
import { makeDoc } from './docFixture';

const BODY = 'Orrin shall supply Vesk. The Customer, the Supplier, Party A, Party B, Lee and Park shall meet each quarter.';
const partiesOf = (head: readonly string[]): Party[] | undefined =>
  extractKeyTerms(makeDoc([...head, 'WHEREAS, the parties wish to work together.', { text: BODY, clause: '1.1' }])).terms.parties?.value as Party[] | undefined;

describe('openings', () => {
  it('reads a party that "enters into this Agreement with" the other', () => {
    expect(partiesOf(['SUPPLY AGREEMENT', 'Orrin Tools, Inc. ("Orrin") enters into this Agreement with Vesk Labs LLC ("Vesk") as of June 2, 2021.'])).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Orrin' },
      { name: 'Vesk Labs LLC', role: 'Vesk' },
    ]);
  });

  it('reads people in a serial list after a company: "among A Inc., Ann Lee and Bo Park"', () => {
    expect(partiesOf(['SHAREHOLDERS AGREEMENT', 'This Agreement is made as of June 2, 2021 by and among Orrin Tools, Inc., Ann Lee and Bo Park.'])).toEqual([{ name: 'Orrin Tools, Inc.' }, { name: 'Ann Lee' }, { name: 'Bo Park' }]);
    // A place after a company is no person: it goes on with a comma, not with the list's "and".
    expect(partiesOf(['SUPPLY AGREEMENT', 'This Agreement is made between Orrin Tools, Inc., San Remo, California and Vesk Labs LLC.'])).toEqual([{ name: 'Orrin Tools, Inc.' }, { name: 'Vesk Labs LLC' }]);
  });

  it('reads a person described before the short name: "Ann Lee, an individual ("Lee")"', () => {
    expect(partiesOf(['SHAREHOLDERS AGREEMENT', 'This Agreement is made as of June 2, 2021 by and among Orrin Tools, Inc. ("Orrin"), Ann Lee, an individual ("Lee"), and Bo Park, an individual resident in Ohio ("Park").'])).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Orrin' },
      { name: 'Ann Lee', role: 'Lee' },
      { name: 'Bo Park', role: 'Park' },
    ]);
  });
});

describe('a "The Parties:" label over a numbered list', () => {
  it('reads the list under the label with its article', () => {
    expect(partiesOf(['SUPPLY AGREEMENT', 'The Parties:', '1. Orrin Tools, Inc., a Delaware corporation ("Orrin")', '2. Vesk Labs LLC, an Ohio limited liability company ("Vesk")', 'The parties agree as follows.'])).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Orrin' },
      { name: 'Vesk Labs LLC', role: 'Vesk' },
    ]);
  });
});

describe('cover tables', () => {
  it('reads "Customer Name:" and "Supplier\'s Name:" lines', () => {
    expect(partiesOf(['SERVICES AGREEMENT', 'Customer Name: Orrin Tools, Inc.', "Supplier's Name: Vesk Labs LLC", 'Effective Date: June 2, 2021'])).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Customer' },
      { name: 'Vesk Labs LLC', role: 'Supplier' },
    ]);
  });

  it('reads "Party A | …" and "First Party | …" rows', () => {
    expect(partiesOf(['SUPPLY CONTRACT', 'Party A | Orrin Tools, Inc.', 'Party B | Vesk Labs LLC'])).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Party A' },
      { name: 'Vesk Labs LLC', role: 'Party B' },
    ]);
    expect(partiesOf(['SUPPLY CONTRACT', 'First Party | Orrin Tools, Inc. | Address | 1 Elm Road', 'Second Party | Vesk Labs LLC | Address | 2 Oak Road'])).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'First Party' },
      { name: 'Vesk Labs LLC', role: 'Second Party' },
    ]);
  });
});

describe('the party-addresses rewrite', () => {
  it('sets an address after each party\'s short name in the opening, and the parties stay', () => {
    const opening = 'This Agreement is made as of June 2, 2021 (the "Effective Date") by and between Orrin Tools, Inc. ("Orrin"), a Delaware corporation, and Vesk Labs LLC (the "Supplier").\n\nWHEREAS, Orrin wishes to buy (the "Goods").';
    const rewritten = perturbationNamed('party-addresses').apply(opening) as string;
    expect(rewritten).toBe('This Agreement is made as of June 2, 2021 (the "Effective Date") by and between Orrin Tools, Inc. ("Orrin"), with offices at 100 Main Street, Suite 5, Springfield, IL 60601, a Delaware corporation, and Vesk Labs LLC (the "Supplier"), with offices at 100 Main Street, Suite 5, Springfield, IL 60601.\n\nWHEREAS, Orrin wishes to buy (the "Goods").');
    const head = (text: string) => ['SUPPLY AGREEMENT', text.split('\n\n')[0]!];
    expect(partiesOf(head(rewritten))).toEqual(partiesOf(head(opening)));
    expect(partiesOf(head(rewritten))).toEqual([
      { name: 'Orrin Tools, Inc.', role: 'Orrin' },
      { name: 'Vesk Labs LLC', role: 'Supplier' },
    ]);
  });
});
