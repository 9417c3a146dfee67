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

describe('party names in the forms real contracts write them', () => {
  const names = (paragraphs: string[]) => findPartyNames(contract(paragraphs)).map((n) => n.name);
  const sent = (paragraphs: string[]) => prepareForCloud(contract(paragraphs), { redact: true, parties: [] }).previewText;

  it('keeps "&" inside a name and reads initials with or without the legal form', () => {
    expect(names(['This Agreement is made by and between Brack & Tolley Ferments Ltd. ("B&T") and Ostrava Dental Corp. ("ODC").'])).toEqual(
      expect.arrayContaining(['Brack & Tolley Ferments Ltd.', 'B&T', 'Ostrava Dental Corp.', 'ODC']),
    );
  });

  it('takes a numbered company and the name just before a party role, wherever it stands', () => {
    expect(names(['This agreement is between Quillmarsh Corp. and 4417702 Ontario Limited, with its office in Toronto.'])).toContain('4417702 Ontario Limited');
    const later = [...PARAGRAPHS.slice(0, 8), 'Velmora Paint Repair hereinafter referred to as ("DISTRIBUTOR")'];
    expect(names(later)).toContain('Velmora Paint Repair');
  });

  it('joins a name broken over two lines of a signature table, also at a hyphen', () => {
    const found = names([
      'IN WITNESS WHEREOF, the parties have signed this Agreement.',
      'BRANTLE WIDGET | QUILLFEATHER DYNAMICS, INC.',
      'WORKS, Inc. | By: /s/ Imogen Taverly',
      'ORCHARD HOLD- | Name: Imogen Taverly',
      'INGS, LLC | Title: Director',
    ]);
    expect(found).toEqual(expect.arrayContaining(['BRANTLE WIDGET WORKS, Inc.', 'ORCHARD HOLDINGS, LLC']));
  });

  it('finds every later mention: hyphenated at a line end, spaced initials, run together with a product', () => {
    const text = sent([
      'This Agreement is made by and between Orchard Holdings, LLC ("Orchard") and A.B. Quillmarsh, Inc. ("ABQ").',
      'Orchard Hold- ings pays within 30 days; A. B. QUILLMARSH, INC. confirms. The OrchardConnect app is licensed.',
    ]);
    expect(text).not.toMatch(/Hold- ings|QUILLMARSH|Quillmarsh|OrchardConnect/);
    expect(text).toContain('Connect app');
  });

  it('does not take places of an address, headings or the contract’s capitalised vocabulary for names', () => {
    const found = names([
      'TABLE OF CONTENTS',
      'This Agreement is made by and between Quillmarsh Corp., 12 Harbour Street, Palo Alto, CA 94301 ("Quillmarsh") and Velmora LLC (the "Transporter").',
      'WHEREAS, the parties wish to move goods.',
      '1. Definitions. Terms have the meanings below.',
      'Notices. If to Quillmarsh: Quillmarsh Corp., 12 Harbour Street, Longmont, CO 80501, Attention: Governing Law Department.',
      'The Franchised Business (the "Franchised Business") and the Joint Steering Committee ("JSC") meet monthly.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Quillmarsh Corp.', 'Velmora LLC']));
    for (const wrong of ['TABLE OF CONTENTS', 'Palo Alto', 'Longmont', 'Transporter', 'Franchised Business', 'JSC', 'Joint Steering Committee']) expect(found).not.toContain(wrong);
  });
});

describe('capitalisedRuns', () => {
  it('keeps a lower-case word before a legal form and ends a name at its legal form', () => {
    expect(capitalisedRuns('For and on behalf of Brantle & Quill HKT international Limited By: Jane Roe. Quillmarsh Corp. and Velmora LLC').map((r) => r.text)).toEqual([
      'Brantle & Quill HKT international Limited',
      'Jane Roe',
      'Quillmarsh Corp.',
      'Velmora LLC',
    ]);
  });
});

describe('recall-first signals read where a contract names its parties', () => {
  const found = (paragraphs: string[]) => findPartyNames(contract(paragraphs));
  const names = (paragraphs: string[]) => found(paragraphs).map((n) => n.name);
  const PLAIN = [
    'SUPPLY AGREEMENT',
    'This Supply Agreement is entered into as of March 3, 2021 by and between Western Orchard Supply, a California corporation with offices at 12 Harbour Street, Palo Alto, California ("Supplier"), and Mark Green, an individual ("Buyer").',
    'WHEREAS, Supplier makes supply goods for an orchard in the western region.',
    'Notices. If to Supplier: | Blue River Goods',
    'Attention: General Counsel',
    'IN WITNESS WHEREOF the parties have signed this Agreement.',
    'HARBOUR MILL TRADING | MARK GREEN',
    'By: /s/ Jane Bell | /s/ Mark Green',
    'Name: Jane Bell | Title: Senior Vice President Business Development',
  ];

  it('takes a name of ordinary words from the opening sentence, the notice addressee and the signature entity line', () => {
    const got = found(PLAIN);
    expect(got).toEqual(
      expect.arrayContaining([
        { name: 'Western Orchard Supply', kind: 'ORG', source: 'opening' },
        { name: 'Mark Green', kind: 'PERSON', source: 'opening' },
        { name: 'Blue River Goods', kind: 'ORG', source: 'addressee' },
        { name: 'HARBOUR MILL TRADING', kind: 'ORG', source: 'signatory' },
        { name: 'Jane Bell', kind: 'PERSON', source: 'signatory' },
      ]),
    );
    // Places, streets, dates, roles and a title's leftover words stay readable.
    for (const wrong of ['Palo Alto', 'California', 'Harbour Street', 'March', 'Supplier', 'Buyer', 'General Counsel', 'Business Development', 'Senior Vice President Business Development']) {
      expect(got.map((n) => n.name)).not.toContain(wrong);
    }
  });

  it('each of these signals alone still finds the name when the others are left out', () => {
    const doc = contract(PLAIN);
    for (const omit of ['opening', 'addressee', 'signatory', 'preamble', 'defined', 'signature', 'notice', 'letterhead'] as const) {
      expect(findPartyNames(doc, undefined, { omit }).map((n) => n.source)).not.toContain(omit);
    }
    expect(findPartyNames(doc, undefined, { omit: 'opening' }).map((n) => n.name)).not.toContain('Western Orchard Supply');
  });

  it('reads a party list laid out one party per line', () => {
    expect(names(['THIS AGREEMENT is made on 1 May 2020 BETWEEN:', 'Harbour Mill Trading, a company registered in England ("Seller"); and', 'Stone Bridge Foods, of 4 Elm Road, Leeds ("Buyer").'])).toEqual(
      expect.arrayContaining(['Harbour Mill Trading', 'Stone Bridge Foods']),
    );
  });
});

describe('names that layout and wording used to break', () => {
  const names = (paragraphs: string[]) => findPartyNames(contract(paragraphs)).map((n) => n.name);

  it('keeps a contact word inside a name ("… Telephone Company") but not a contact label', () => {
    expect(capitalisedRuns('For and on behalf of Harbour Long Distance Telephone Company By: Telephone: 555 0100').map((r) => r.text)).toEqual([
      'Harbour Long Distance Telephone Company',
      '555 0100',
    ]);
    expect(names(['IN WITNESS WHEREOF the parties have signed.', 'For and on behalf of Harbour Long Distance Telephone Company By:'])).toContain('Harbour Long Distance Telephone Company');
  });

  it('keeps a bracketed word before the legal form and finds the short name made from it', () => {
    expect(capitalisedRuns('(c) QUILL Online (BVI) Limited (“Online BVI”)').map((r) => r.text)).toEqual(['QUILL Online (BVI) Limited', 'Online BVI']);
    expect(names(['This Agreement is made by and among (a) Velmora S.A. (“Velmora”) and (b) QUILL Online (BVI) Limited (“Online BVI”).'])).toEqual(
      expect.arrayContaining(['QUILL Online (BVI) Limited', 'Online BVI']),
    );
  });

  it('takes every name of a consortium that a sentence lists as the parties, not a clause that lists terms', () => {
    const found = names([
      'THIS AGREEMENT is made between and among the Parties signatory hereto.',
      '(h) Initial Parties: The Initial Parties are Velmora, Q&W, Harbour Telecom, KDX, Orchard Net and Brantle.',
      '(i) The Parties shall be bound by the terms, conditions and schedules of this Agreement.',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Velmora', 'Q&W', 'Harbour Telecom', 'KDX', 'Orchard Net', 'Brantle']));
    expect(found).not.toContain('Agreement');
  });

  it('takes the initials of a name it found wherever they are written in capitals, not two-letter titles or vocabulary', () => {
    const doc = contract([
      'This Agreement is made by and between Quill Online Holdings Ltd., a Delaware company, and Velmora Paint Partners LLC, a Texas company.',
      'WHEREAS, the parties wish to work together.',
      'NOW, THEREFORE, the parties agree as follows.',
      '1. Committee. The Joint Steering Committee ("JSC") meets monthly.',
      '2. Fees. QOH shall pay VPP the fees. The VP of QOH and the JSC approve them.',
    ]);
    const initials = (omit?: 'defined') => findPartyNames(doc, undefined, omit ? { omit } : {}).filter((n) => n.source === 'initials').map((n) => n.name);
    expect(initials()).toEqual(['QOH', 'VPP']);
    expect(initials('defined')).toEqual(['QOH', 'VPP']);
  });

  it('reads the opening sentence after a long table of contents', () => {
    const toc = Array.from({ length: 40 }, (_, i) => `${i + 1}. Heading number ${i + 1} ........ ${i + 2}`);
    expect(names(['FRANCHISE AGREEMENT', 'TABLE OF CONTENTS', ...toc, 'This Franchise Agreement is entered into as of the Agreement Date by and between Harbour Mill Trading, a Delaware corporation ("we"), and the franchisee named below ("you").'])).toContain(
      'Harbour Mill Trading',
    );
  });
});
