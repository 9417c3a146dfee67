/**
 * Openings worded in the other ways drafters name the parties: short names defined with
 * "hereinafter referred to as the …", a "PARTIES" heading over a numbered list, filing lines before
 * the title. Each must give the same parties (and title) as the plain opening. Every contract here
 * is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

/** The terms of a short contract made of `head` blocks, a recital and one clause that uses the short names. */
const termsOf = (head: readonly string[], body = 'The Company shall pay the Advisor monthly. The Employer and the Executive shall meet each quarter.') =>
  extractKeyTerms(makeDoc([...head, 'WHEREAS, the parties wish to work together.', { text: body, clause: '1.1' }])).terms;
const partiesOf = (head: readonly string[], body?: string) => termsOf(head, body).parties?.value as Party[] | undefined;

describe('short names defined with "hereinafter referred to as the …"', () => {
  it('reads a letter agreement that names its parties only by their definitions', () => {
    const letter = (define: (role: string) => string) => [
      'ADVISORY AGREEMENT',
      `Harrow Data, Inc., a Delaware corporation ${define('Company')}, is pleased to engage Nadia Vell ${define('Advisor')} to give the advice set out below on the following terms:`,
    ];
    const expected = [
      { name: 'Harrow Data, Inc.', role: 'Company' },
      { name: 'Nadia Vell', role: 'Advisor' },
    ];
    const hereinafter = (verb: string) => (r: string) => `(hereinafter ${verb} the "${r}")`;
    for (const define of [(r: string) => `(the "${r}")`, hereinafter('referred to as'), hereinafter('called'), (r: string) => `(hereinafter "${r}")`]) {
      expect(partiesOf(letter(define)), define('X')).toEqual(expected);
    }
  });
});

describe('a "PARTIES" heading run into its numbered list', () => {
  const head = (list: string) => ['SERVICE AGREEMENT', 'THIS AGREEMENT is dated 2 March 2021 and is made between the parties below.', list];
  const expected = [
    { name: 'Heron Labs UK Limited', role: 'Employer' },
    { name: 'Ada Quill', role: 'Executive' },
  ];

  it('reads "PARTIES (1) A … (the "Employer"); and (2) B … (the "Executive")" on one line', () => {
    expect(partiesOf(head('PARTIES (1) Heron Labs UK Limited, a company incorporated in England and Wales with number 01234567 whose registered office is at 4 Quay Street, Bristol (the "Employer"); and (2) Ada Quill of 9 Mill Road, Leeds (the "Executive").'))).toEqual(expected);
    expect(partiesOf(head('PARTIES (1) Heron Labs UK Limited is a company registered in England whose registered office is at 4 Quay Street, Bristol BS1 4DJ (the "Employer"); and (2) Ada Quill of [address] (the "Executive").'))).toEqual(expected);
  });

  it('reads the heading with a colon too', () => {
    expect(partiesOf(head('Parties: (1) Heron Labs UK Limited, a company incorporated in England and Wales (the "Employer"); and (2) Ada Quill of 9 Mill Road, Leeds (the "Executive").'))).toEqual(expected);
  });
});

describe('filing lines before the title', () => {
  const contract = (cover: readonly string[]) =>
    termsOf([...cover, 'CONSIGNMENT AGREEMENT Harrow Data, Inc. 12 Orchard Lane, Fairview, OH 44100', 'This Agreement is made as of May 4, 2019 between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").'], 'Harrow shall consign goods to Ilex.');

  it('reads a title run into the cover text after an exhibit number, "EXECUTION VERSION" and a legend, and keeps the parties', () => {
    const plain = contract([]);
    expect(plain.title?.value).toBe('CONSIGNMENT AGREEMENT');
    for (const cover of [['EXHIBIT 10.4'], ['EXHIBIT 10.4', 'EXECUTION VERSION', 'Confidential treatment requested: omitted text is marked [***].'], ['Exhibit 99.2', 'CONFIDENTIAL', 'EXECUTION COPY', 'Portions of this exhibit marked [***] are omitted.']]) {
      const covered = contract(cover);
      expect(covered.title?.value, cover.join(' / ')).toBe('CONSIGNMENT AGREEMENT');
      expect(covered.parties?.value, cover.join(' / ')).toEqual(plain.parties?.value);
    }
  });
});

describe('more ways to set out the party list', () => {
  it('reads entries numbered "1.", "2." under a "PARTIES" heading as it reads "(1)", "(2)", and stops at the clauses', () => {
    const parties = partiesOf([
      'SUPPLY AGREEMENT',
      'PARTIES',
      '1. HARROW DATA LIMITED, a company incorporated in England (company number 0123) whose registered office is at 1 Quay Street, Bristol (Supplier).',
      '2. ILEX FREIGHT LIMITED, a company incorporated in Scotland (company number 0456) whose registered office is at 9 Dock Road, Leith (Customer).',
      '1. DEFINITIONS. In this agreement the words below have the meanings given.',
    ]);
    expect(parties?.map((p) => p.name)).toEqual(['HARROW DATA LIMITED', 'ILEX FREIGHT LIMITED']);
  });

  it('leaves "the undersigned" out of the first party\u2019s name', () => {
    for (const opening of ['This Agreement is made by and between the undersigned Harrow Data, Inc., a Delaware corporation ("Harrow"), and Ilex Freight LLC ("Ilex").', 'THIS AGREEMENT IS MADE BY AND BETWEEN THE UNDERSIGNED, HARROW DATA, INC. ("HARROW"), AND ILEX FREIGHT LLC ("ILEX").']) {
      expect(partiesOf(['SUPPLY AGREEMENT', opening], 'Harrow shall supply Ilex.')?.map((p) => p.name.toLowerCase()), opening).toEqual(['harrow data, inc.', 'ilex freight llc']);
    }
  });

  it('takes a short name given after a bare "hereinafter" as the party\u2019s role', () => {
    expect(partiesOf(['SUPPLY AGREEMENT', 'This Supply Agreement is made on May 4, 2019 between Harrow Data, Inc., hereinafter "Harrow", and Ilex Freight LLC, hereinafter "Ilex".'], 'Harrow shall supply Ilex.')).toEqual([
      { name: 'Harrow Data, Inc.', role: 'Harrow' },
      { name: 'Ilex Freight LLC', role: 'Ilex' },
    ]);
  });
});

describe('a heading with a quoted nickname, run into the opening', () => {
  it('reads the heading without the nickname', () => {
    const terms = termsOf(['Exhibit 10.9 SUPPLY AGREEMENT "KESTREL-HARROW" THIS SUPPLY AGREEMENT (the "Agreement"), made effective this 4th day of May 2019, is entered into by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").'], 'Harrow shall supply Ilex.');
    expect(terms.title?.value).toBe('SUPPLY AGREEMENT');
    expect((terms.parties?.value as Party[]).map((p) => p.name)).toEqual(['Harrow Data, Inc.', 'Ilex Freight LLC']);
  });
});

describe('a confidentiality legend over the title', () => {
  it('is no first line of the title', () => {
    const opening = 'This Master Haulage Agreement is made as of May 4, 2019 by and between Harrow Data, Inc. ("Harrow") and Ilex Freight LLC ("Ilex").';
    for (const legend of ['STRICTLY PRIVATE & CONFIDENTIAL', 'PRIVILEGED AND CONFIDENTIAL', 'STRICTLY CONFIDENTIAL', 'CONFORMED COPY']) {
      const terms = extractKeyTerms(makeDoc([{ text: legend, kind: 'heading' }, { text: 'MASTER HAULAGE AGREEMENT', kind: 'heading' }, opening, { text: 'Harrow shall supply Ilex.', clause: '1.1' }])).terms;
      expect(terms.title?.value, legend).toBe('MASTER HAULAGE AGREEMENT');
    }
  });
});
