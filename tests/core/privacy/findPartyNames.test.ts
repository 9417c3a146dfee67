import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/document';
import { capitalisedRuns, findPartyNames, shortNameOf } from '../../../electron/core/privacy/findPartyNames';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';

function contract(paragraphs: string[]): ExtractedDocument {
  return {
    sha256: '0'.repeat(64),
    kind: 'text',
    pageCount: 3,
    pages: [{ number: 1, text: paragraphs.join('\n\n') }],
    blocks: paragraphs.map((text, i) => ({ id: `p${1 + Math.floor(i / 6)}.${(i % 6) + 1}`, page: 1 + Math.floor(i / 6), kind: 'paragraph' as const, text, section: [] })),
    definitions: [{ term: 'Company', blockId: 'p1.2' }, { term: 'Licensed Products', blockId: 'p1.4' }],
    warnings: [],
  };
}

const PARAGRAPHS = [
  'LICENSE AGREEMENT',
  'This License Agreement (the "Agreement") is made by and between QUILLFEATHER DYNAMICS, INC., a Delaware corporation ("Quillfeather"), and Northwind Orchard GmbH, a company organised in Germany (the "Company" or "Licensor").',
  'WHEREAS, Quillfeather wishes to distribute the Licensed Products of the Company.',
  '1. License. The Company grants Quillfeather’s affiliates a licence to the "Licensed Products". Both Quillfeathers are listed; the exact amount is set by the company.',
  '2. Payment. QuillFeather pays within 30 days. Northwind\nOrchard confirms receipt; Northwind invoices monthly.',
  '3. Notices. Notices shall be given in writing. If to the Company: Northwind Orchard GmbH, 12 Harbour Street, Bremen, Attention: Rafe Dunmore. If to Quillfeather: Quillfeather Dynamics, Inc., Attention: Legal Department.',
  '4. Term. This Agreement runs for three years and renews unless a party gives notice.',
  'IN WITNESS WHEREOF, the parties have executed this Agreement.',
  'QUILLFEATHER DYNAMICS, INC. By: /s/ Imogen Taverly Name: Imogen Taverly Title: Chief Executive Officer',
  'NORTHWIND ORCHARD GMBH By: /s/ Rafe Dunmore Name: Rafe Dunmore Title: Managing Director',
  'Ms. Taverly approves the schedule.',
];

describe('findPartyNames', () => {
  it('finds parties from the opening sentence, defined short names, notices and signatures', () => {
    const found = findPartyNames(contract(PARAGRAPHS));
    const names = found.map((n) => `${n.name}|${n.source}`);
    expect(names).toEqual(expect.arrayContaining(['QUILLFEATHER DYNAMICS, INC.|preamble', 'Quillfeather|defined', 'Northwind Orchard GmbH|preamble']));
    expect(found.map((n) => n.name)).toEqual(expect.arrayContaining(['Imogen Taverly', 'Rafe Dunmore']));
    // Role words and the contract's vocabulary are not names.
    expect(names.some((n) => /^(?:Company|Licensor|Agreement|Licensed Products|LICENSE AGREEMENT)\|/.test(n))).toBe(false);
  });

  it('runs stop at punctuation and signature labels, and keep a comma before a legal form', () => {
    expect(capitalisedRuns('Title: Chief Operating Officer Acme Capital Fund, L.P. By: Jane Roe').map((r) => r.text)).toEqual([
      'Operating',
      'Acme Capital Fund, L.P.',
      'Jane Roe',
    ]);
  });

  it('knows a short name made from a full name from a role word', () => {
    expect(shortNameOf('MMT', 'Meridian Medical Technologies, Inc.')).toBe(true);
    expect(shortNameOf('ExxonMobil', 'ExxonMobil Research and Engineering Company')).toBe(true);
    expect(shortNameOf('DeltaThree', 'Delta Three, Inc.')).toBe(true);
    expect(shortNameOf('Company', 'Roanoke Gas Company')).toBe(false);
    expect(shortNameOf('Distributor', 'Acme Distribution LLC')).toBe(false);
  });
});

describe('prepareForCloud hides every party name and keeps role words', () => {
  const prep = prepareForCloud(contract(PARAGRAPHS), { redact: true, parties: [] });
  const sent = prep.previewText;

  it('hides the names in any case, spacing, line break, possessive or plural', () => {
    for (const leak of [/quillfeather/i, /northwind/i, /orchard/i, /Taverly/, /Dunmore/, /Imogen/]) expect(sent).not.toMatch(leak);
    expect(sent).toContain("’s affiliates");
    expect(sent).toContain('the exact amount');
  });

  it('keeps role words and the contract vocabulary readable', () => {
    expect(sent).toContain('the "Company" or "Licensor"');
    expect(sent).toContain('Licensed Products');
    expect(sent).toContain('Chief Executive Officer');
  });

  it('restores the real names in what comes back', () => {
    const placeholder = /\[ORG_\d+\]/.exec(sent.split('\n')[1]!)![0];
    expect(prep.restore(`Payer: ${placeholder}.`)).toMatch(/Payer: (?:QUILLFEATHER DYNAMICS, INC\.|Quillfeather)/);
  });
});
