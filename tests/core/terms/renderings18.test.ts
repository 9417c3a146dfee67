/**
 * Titles and parties that must read the same whether the contract comes as a PDF (a line to each heading, a cell to
 * each name) or as a text file that ran its lines together: a testimonium run on after the last clause, signature
 * names closed by a colon, "- and -" run into the party list, a "PARTIES (1) …" heading after the date line, a cover's
 * list followed by a table of contents, a short name in single quotes with more after it, a title over three lines or
 * letter-spaced. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Block } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = string | { text: string; kind?: Block['kind']; clause?: string; page?: number };
const terms = (entries: readonly Entry[]) => extractKeyTerms(makeDoc(entries)).terms;
const partiesOf = (entries: readonly Entry[]): Party[] | undefined => terms(entries).parties?.value as Party[] | undefined;
const titleOf = (entries: readonly Entry[]): unknown => terms(entries).title?.value;

const CLAUSES: Entry[] = [
  { text: '1. The Licensee shall pay the fees set out in Schedule 1 within thirty days of each invoice.', clause: '1' },
  { text: '2. Either party may end this Addendum on ninety days written notice to the other.', clause: '2' },
];

describe('a signature page run into the last clause', () => {
  const signatures = 'IN WITNESS WHEREOF, the parties have signed this Addendum on the dates below. MARLOW FERRIES LTD: TESSEL QUAY HOLDINGS, INC: /s/ Ana Ruiz /s/ Bo Lund Director President Date: Date:';
  it('is read from the testimonium on, the names closed by their colons', () => {
    expect(partiesOf(['ADDENDUM ON BERTHING', ...CLAUSES, `3. This Addendum is governed by the laws of Delaware. ${signatures}`])).toEqual([{ name: 'MARLOW FERRIES LTD' }, { name: 'TESSEL QUAY HOLDINGS, INC' }]);
  });
  it('gives what the same page gives with a line to each part', () => {
    expect(partiesOf(['ADDENDUM ON BERTHING', ...CLAUSES, '3. This Addendum is governed by the laws of Delaware.', 'IN WITNESS WHEREOF, the parties have signed this Addendum on the dates below.', { text: 'MARLOW FERRIES LTD: | TESSEL QUAY HOLDINGS, INC:', kind: 'table-row' }, { text: '/s/ Ana Ruiz | /s/ Bo Lund', kind: 'table-row' }])).toEqual([
      { name: 'MARLOW FERRIES LTD' },
      { name: 'TESSEL QUAY HOLDINGS, INC' },
    ]);
  });
  it('also with the legal forms spelled out', () => {
    const spelled = signatures.replace('MARLOW FERRIES LTD:', 'MARLOW FERRIES LIMITED:').replace('HOLDINGS, INC:', 'HOLDINGS, INCORPORATED:');
    expect(partiesOf(['ADDENDUM ON BERTHING', ...CLAUSES, `3. This Addendum is governed by the laws of Delaware. ${spelled}`])).toEqual([{ name: 'MARLOW FERRIES LIMITED' }, { name: 'TESSEL QUAY HOLDINGS, INCORPORATED' }]);
  });
  it('leaves out the word heading the witness column', () => {
    expect(partiesOf(['ADDENDUM ON BERTHING', ...CLAUSES, '3. Notices go to the addresses above. IN WITNESS WHEREOF, the parties have signed this Addendum. ATTEST MARLOW FERRIES LTD.: By: Witness Name: Title: OPERATOR: TESSEL QUAY HOLDINGS, INC. By: Name: Title: Witness'])).toEqual([
      { name: 'MARLOW FERRIES LTD.' },
      { name: 'TESSEL QUAY HOLDINGS, INC.' },
    ]);
  });
  it('joins a name that its signature cell broke over two rows', () => {
    expect(partiesOf(['ADDENDUM ON BERTHING', ...CLAUSES, 'IN WITNESS WHEREOF, the parties have signed this Addendum.', { text: 'MARLOW HARBOUR | TESSEL QUAY INC.', kind: 'table-row' }, { text: 'FERRIES, Inc. | By: /s/ Bo Lund', kind: 'table-row' }, { text: 'By: /s/ Ana Ruiz | Bo Lund, President', kind: 'table-row' }])).toEqual([
      { name: 'TESSEL QUAY INC.' },
      { name: 'MARLOW HARBOUR FERRIES, Inc.' },
    ]);
  });
  it('does not start at "in witness" inside a sentence in ordinary case', () => {
    expect(partiesOf(['ADDENDUM ON BERTHING', ...CLAUSES, '3. A party calls in witness whereof it wishes. MARLOW FERRIES LTD: TESSEL QUAY HOLDINGS, INC: /s/ Ana Ruiz'])).toBeUndefined();
  });
});

describe('a cover\'s "- and -" run into the party list', () => {
  it('separates the two parties as the line of its own does', () => {
    const run = 'B E T W E E N: HARLOW GRAIN LTD. ("Harlow") - and - PENTLAND MILLS LIMITED a subsidiary of Corra Foods Inc. ("Pentland")';
    const lines = ['B E T W E E N:', 'HARLOW GRAIN LTD. ("Harlow")', '- and -', 'PENTLAND MILLS LIMITED a subsidiary of Corra Foods Inc. ("Pentland")'];
    const expected = [
      { name: 'HARLOW GRAIN LTD.', role: 'Harlow' },
      { name: 'PENTLAND MILLS LIMITED', role: 'Pentland' },
    ];
    expect(partiesOf(['MILLING AGREEMENT', 'THIS AGREEMENT made this 2 day of May, 2019.', run, 'WHEREAS Harlow grows grain;', { text: '1. Pentland shall mill for Harlow.', clause: '1' }])).toEqual(expected);
    expect(partiesOf(['MILLING AGREEMENT', 'THIS AGREEMENT made this 2 day of May, 2019.', ...lines, 'WHEREAS Harlow grows grain;', { text: '1. Pentland shall mill for Harlow.', clause: '1' }])).toEqual(expected);
  });
});

describe('a "PARTIES (1) … (2) …" heading run on after the date line', () => {
  it('is read as the heading on a line of its own', () => {
    const text =
      'THIS AGREEMENT IS MADE ON 4 JUNE 2018 PARTIES (1) CORRAN BOILERS LIMITED, a company incorporated in Scotland whose registered office is at 9 Quay Road, Leith ("Corran"); and (2) FELL ENERGY PLC a company incorporated in Wales whose registered office is at 3 Dock Street, Cardiff ("Fell"), each a "Party". BACKGROUND (A) Corran makes boilers.';
    expect(partiesOf(['Exhibit 10.4 CORRAN BOILERS LIMITED and FELL ENERGY PLC', 'ALLIANCE AGREEMENT', text, { text: '1. Corran and Fell shall cooperate.', clause: '1' }])).toEqual([
      { name: 'CORRAN BOILERS LIMITED', role: 'Corran' },
      { name: 'FELL ENERGY PLC', role: 'Fell' },
    ]);
  });
  it('reads a cover pair without the exhibit number set before it', () => {
    expect(partiesOf(['Exhibit 10.4 CORRAN BOILERS LIMITED and FELL ENERGY PLC', 'ALLIANCE AGREEMENT', 'The parties wish to cooperate on the terms below.', { text: '1. Each party bears its own costs.', clause: '1' }])).toEqual([
      { name: 'CORRAN BOILERS LIMITED' },
      { name: 'FELL ENERGY PLC' },
    ]);
  });
});

describe('a cover list followed by a table of contents', () => {
  it('ends at the contents, so the opening gives the short names', () => {
    const toc = 'TABLE OF CONTENTS Article 1 Definitions . . . . . 1 Article 2 Grant . . . . . 2 Article 3 Fees . . . . . 4';
    const opening = 'DISTRIBUTOR AGREEMENT (the "Agreement") is made as of May 1, 2020 by and between Quill Data Corporation, a Delaware corporation (the "Licensor"), and Brant Systems, Inc. (the "Licensee").';
    expect(partiesOf(['DISTRIBUTOR AGREEMENT', 'by and between', 'QUILL DATA CORPORATION', 'and', 'BRANT SYSTEMS, INC.', 'TABLE OF CONTENTS', toc, opening, { text: '1.1 The Licensee shall resell the Licensor\'s products.', clause: '1.1' }])).toEqual([
      { name: 'Quill Data Corporation', role: 'Licensor' },
      { name: 'Brant Systems, Inc.', role: 'Licensee' },
    ]);
  });
});

describe('short names in single quotes with more said after them', () => {
  it('are read as quoted short names', () => {
    const opening =
      "This Joint Venture Agreement is made BETWEEN Rook Motors Inc., a Delaware company (hereinafter referred to as 'ROOK', which term shall include its successors), AND KESAR AUTO LIMITED, a company incorporated in India (hereinafter referred to as 'KAL', which term shall include its successors).";
    expect(partiesOf(['JOINT VENTURE AGREEMENT', opening, 'WHEREAS ROOK and KAL wish to form a company;', { text: '1. ROOK and KAL shall each subscribe for shares.', clause: '1' }])).toEqual([
      { name: 'Rook Motors Inc.', role: 'ROOK' },
      { name: 'KESAR AUTO LIMITED', role: 'KAL' },
    ]);
  });
  it('also after an opening quote the layout set a space after', () => {
    const opening = 'This Agreement is entered into by and between Yarrow Bio, Inc., a Delaware corporation (“Yarrow”), and Daejin Pharm Corp., a Korean company (“ Daejin”).';
    expect(partiesOf(['COLLABORATION AGREEMENT', opening, { text: '1. Yarrow and Daejin shall meet.', clause: '1' }])).toEqual([
      { name: 'Yarrow Bio, Inc.', role: 'Yarrow' },
      { name: 'Daejin Pharm Corp.', role: 'Daejin' },
    ]);
  });
});

describe('role lines given twice', () => {
  it('name each party once', () => {
    const head = 'Freight Agreement Party A (Shipper): Lotus Parcel Co., Ltd. Address: 1 River Road, Hangzhou Party B (Carrier): Qiantang Haulage Ltd. Address: 8 Hill Street, Ningbo';
    expect(partiesOf([head, 'Party A (Shipper): Lotus Parcel Co., Ltd.', { text: '1. Party B shall carry parcels for Party A.', clause: '1' }])).toEqual([
      { name: 'Lotus Parcel Co., Ltd.', role: 'Party A' },
      { name: 'Qiantang Haulage Ltd.', role: 'Party B' },
    ]);
  });
});

describe('a "between" in a clause of a licence with no opening', () => {
  it('names no party when its words are a phrase in lower case', () => {
    expect(
      partiesOf([
        'Software License Agreement',
        'PLEASE READ THIS LICENSE CAREFULLY.',
        { text: '1. Licensor shall provide the interface information needed for interoperability between the Software and another independently created program, on payment of the fee of Licensor Source: ACME TOOLS, INC.', clause: '1' },
      ]),
    ).toBeUndefined();
  });
});

describe('a title', () => {
  it('in capitals run into a sentence in ordinary case is ended by it', () => {
    expect(titleOf(['Schedule C to Master Lease GUARANTEES OF MASTER LEASE As an inducement to Harrow Estates LLC to enter into the Master Lease, the undersigned guarantee the tenant.', { text: 'A. The guarantors shall pay the rent.', clause: 'A' }])).toBe('GUARANTEES OF MASTER LEASE');
  });
  it('set over three short lines is one title', () => {
    expect(titleOf(['Kestrel Apps', 'SOFTWARE', 'DEVELOPMENT', 'AGREEMENT', 'This Agreement is made between Kestrel Apps LLC and Pell Foods Inc.'])).toBe('SOFTWARE DEVELOPMENT AGREEMENT');
  });
  it('whose noun the layout broke or letter-spaced is read as the word', () => {
    expect(titleOf(['Kestrel Apps', 'SOFTWARE', 'DEVELOPMENT', 'AGR EEMENT', 'This Agreement is made between Kestrel Apps LLC and Pell Foods Inc.'])).toBe('SOFTWARE DEVELOPMENT AGREEMENT');
    expect(titleOf(['L I C E N S E  A G R E E M E N T', 'This Agreement is made between Kestrel Apps LLC and Pell Foods Inc.'])).toBe('LICENSE AGREEMENT');
  });
  it('run together with the heading of what it supplements is the first heading', () => {
    const lines = ['DATED 1 MAY 2019', 'PELL FOODS LIMITED', 'AND', 'KESTREL APPS LIMITED'];
    expect(titleOf([...lines, { text: 'CONTENT LICENCE AGREEMENT SUPPLEMENT TO THE MASTER BROADCASTING AGREEMENT', kind: 'heading' }])).toBe('CONTENT LICENCE AGREEMENT');
    expect(titleOf([...lines, { text: 'CONTENT LICENCE AGREEMENT', kind: 'heading' }, { text: 'SUPPLEMENT TO THE MASTER BROADCASTING AGREEMENT', kind: 'heading' }])).toBe('CONTENT LICENCE AGREEMENT');
  });
  it('is not read over a party\'s name and a rule', () => {
    expect(titleOf(['DATED 1 MAY 2019', 'PELL FOODS LIMITED', '----------', 'CONTENT LICENCE AGREEMENT', 'SUPPLEMENT TO THE MASTER AGREEMENT'])).toBe('CONTENT LICENCE AGREEMENT');
  });
});
