/**
 * Parties (and the title) under rewrites a drafter could equally have chosen: a cover page that repeats the title and
 * the parties' names before the opening, a party's short name widened to take in its affiliates or successors, a second
 * short name beside a role, and a party list of three or more set apart with semicolons. Every contract here is written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOf, partiesOfText } from './partiesProbe';
import { titleOfText } from './titleProbe';

describe('a short name widened to take in the party\u2019s affiliates or successors', () => {
  it.each<[string, string, string]>([
    ['"together with its Affiliates" before the quoted name', 'This Agreement is made as of May 2, 2021 between Harrowgate Mills, Inc., a Vermont corporation (together with its Affiliates, "Harrowgate"), and Pellmore Textiles LLC ("Pellmore").', 'Harrowgate Mills, Inc. (Harrowgate); Pellmore Textiles LLC (Pellmore)'],
    ['with the article before the role', 'This Agreement is made between Harrowgate Mills, Inc. (together with its Affiliates, the "Supplier") and Pellmore Textiles LLC (the "Buyer").', 'Harrowgate Mills, Inc. (Supplier); Pellmore Textiles LLC (Buyer)'],
    ['"together with its permitted successors and assigns"', 'This Agreement is made between Harrowgate Mills, Inc. (together with its permitted successors and assigns, "Harrowgate") and Pellmore Textiles LLC ("Pellmore").', 'Harrowgate Mills, Inc. (Harrowgate); Pellmore Textiles LLC (Pellmore)'],
    ['"collectively with its subsidiaries" for the second party', 'This Agreement is made between Harrowgate Mills, Inc. ("Harrowgate") and Pellmore Textiles LLC (collectively with its subsidiaries, "Pellmore").', 'Harrowgate Mills, Inc. (Harrowgate); Pellmore Textiles LLC (Pellmore)'],
  ])('%s', (_name, opening, want) => {
    expect(partiesOf('SUPPLY AGREEMENT', [opening])).toBe(want);
  });

  it('when the opening runs the next party on without "and", the definitions still name each party', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ['This Supply Agreement between Harrowgate Mills, Inc. (together with its Affiliates, "Harrowgate") Pellmore Textiles LLC ("Pellmore") is effective as of May 2, 2021.'])).toBe('Harrowgate Mills, Inc. (Harrowgate); Pellmore Textiles LLC (Pellmore)');
  });

  it('a cover line without short names over an opening whose first party takes in its affiliates gives no party the other\u2019s short name', () => {
    expect(partiesOf('Hosting Agreement', ['between', 'Pellmore Textiles LLC', 'and', 'Harrowgate Mills, Inc.', '1', 'Hosting Agreement', 'Under this Hosting Agreement between Harrowgate Mills, Inc. (together with its Affiliates, "Harrowgate") and Pellmore Textiles LLC ("Customer"), Harrowgate will host the Customer\u2019s web site.'])).toBe('Harrowgate Mills, Inc. (Harrowgate); Pellmore Textiles LLC (Customer)');
  });

  it('a party without a short name does not take the next party’s, widened to its affiliates', () => {
    expect(partiesOf('SUPPLY AGREEMENT', ['This Agreement is made between Harrowgate Mills, Inc. and Pellmore Textiles LLC (together with its Affiliates, the "Customer").'])).toBe('Harrowgate Mills, Inc.; Pellmore Textiles LLC (Customer)');
  });

  it('a short name shared by two parties is still given to both', () => {
    expect(partiesOf('GUARANTEE AGREEMENT', ['This Agreement is made between Harrowgate Mills, Inc. and Harrowgate Dyeworks LLC (together, the "Harrowgate Parties") and Pellmore Textiles LLC ("Pellmore").'])).toBe('Harrowgate Mills, Inc. (Harrowgate Parties); Harrowgate Dyeworks LLC (Harrowgate Parties); Pellmore Textiles LLC (Pellmore)');
  });
});

describe('a second short name beside a role', () => {
  it.each<[string, string, string]>([
    ['the role, then the name', 'This Agreement is made between Harrowgate Mills, Inc. (the "Supplier" or "Harrowgate") and Pellmore Textiles LLC (the "Buyer" or "Pellmore").', 'Harrowgate Mills, Inc. (Supplier / Harrowgate); Pellmore Textiles LLC (Buyer / Pellmore)'],
    ['the name, then the role', 'This Agreement is made between Harrowgate Mills, Inc. ("Harrowgate" or the "Supplier") and Pellmore Textiles LLC ("Pellmore").', 'Harrowgate Mills, Inc. (Harrowgate / Supplier); Pellmore Textiles LLC (Pellmore)'],
  ])('%s', (_name, opening, want) => {
    expect(partiesOf('SUPPLY AGREEMENT', [opening])).toBe(want);
  });
});

describe('a party list set apart with semicolons', () => {
  it.each<[string, string, string]>([
    ['three parties with short names', 'This Agreement is made as of May 2, 2021 among Harrowgate Mills, Inc., a Vermont corporation ("Harrowgate"); Pellmore Textiles LLC, a Maine limited liability company ("Pellmore"); and Ostrava Dyeworks Ltd. ("Ostrava").', 'Harrowgate Mills, Inc. (Harrowgate); Pellmore Textiles LLC (Pellmore); Ostrava Dyeworks Ltd. (Ostrava)'],
    ['a description after each short name', 'This Agreement is made among Harrowgate Mills, Inc. ("Harrowgate"), a Vermont corporation; Pellmore Textiles LLC ("Pellmore"), a Maine limited liability company; and Ostrava Dyeworks Ltd. ("Ostrava"), an English company.', 'Harrowgate Mills, Inc. (Harrowgate); Pellmore Textiles LLC (Pellmore); Ostrava Dyeworks Ltd. (Ostrava)'],
    ['four parties without short names', 'This Agreement is made among Harrowgate Mills, Inc.; Pellmore Textiles LLC; Ostrava Dyeworks Ltd.; and Quenby Freight Corp.', 'Harrowgate Mills, Inc.; Pellmore Textiles LLC; Ostrava Dyeworks Ltd.; Quenby Freight Corp.'],
    ['in capitals', 'THIS AGREEMENT IS MADE AMONG HARROWGATE MILLS, INC. ("HARROWGATE"); PELLMORE TEXTILES LLC ("PELLMORE"); AND OSTRAVA DYEWORKS LTD. ("OSTRAVA").', 'HARROWGATE MILLS, INC. (HARROWGATE); PELLMORE TEXTILES LLC (PELLMORE); OSTRAVA DYEWORKS LTD. (OSTRAVA)'],
  ])('%s', (_name, opening, want) => {
    expect(partiesOf('JOINT VENTURE AGREEMENT', [opening])).toBe(want);
  });
});

describe('a cover page before the opening', () => {
  const cover = (date: string): string => `MASTER HAULAGE AGREEMENT\n\nbetween\n\nHarrowgate Mills, Inc.\n\nand\n\nPellmore Textiles LLC${date}\n\f`;
  const opening = 'MASTER HAULAGE AGREEMENT\n\nAGREEMENT made as of , 2021, between Harrowgate Mills, Inc., a Vermont corporation ("Harrowgate"), and Pellmore Textiles LLC, a Maine limited liability company ("Pellmore").\n\nWHEREAS, Harrowgate makes cloth.';

  it('without a date line, the opening after the page break still gives each party its own short name', async () => {
    expect(await partiesOfText(`${cover('')}${opening}`)).toBe('Harrowgate Mills, Inc. (Harrowgate); Pellmore Textiles LLC (Pellmore)');
  });
  it('with a date line, the same', async () => {
    expect(await partiesOfText(`${cover('\n\nDated as of May 2, 2021')}${opening}`)).toBe('Harrowgate Mills, Inc. (Harrowgate); Pellmore Textiles LLC (Pellmore)');
  });
  it('the title is the cover\u2019s', async () => {
    expect(await titleOfText(`${cover('')}${opening}`)).toBe('MASTER HAULAGE AGREEMENT');
  });
  it('a cover that names three parties, over an opening that defines them', async () => {
    const text = 'JOINT VENTURE AGREEMENT\n\namong\n\nHarrowgate Mills, Inc.\n\nPellmore Textiles LLC\n\nand\n\nOstrava Dyeworks Ltd.\n\f\nJOINT VENTURE AGREEMENT\n\nTHIS AGREEMENT is made among Harrowgate Mills, Inc. ("Harrowgate"), Pellmore Textiles LLC ("Pellmore") and Ostrava Dyeworks Ltd. ("Ostrava").\n\nWHEREAS, the parties weave cloth.';
    expect(await partiesOfText(text)).toBe('Harrowgate Mills, Inc. (Harrowgate); Pellmore Textiles LLC (Pellmore); Ostrava Dyeworks Ltd. (Ostrava)');
  });
});
