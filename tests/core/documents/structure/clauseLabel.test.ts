import { describe, expect, it } from 'vitest';
import { parseClauseLabel } from '../../../../electron/core/documents/structure/clauseLabel';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';

describe('parseClauseLabel', () => {
  it.each([
    ['ARTICLE IV DEFINITIONS', 'article', 'ARTICLE IV'],
    ['Section 5. Payment', 'section', 'Section 5'],
    ['Section 5.2 Payment', 'section', 'Section 5.2'],
    ['Schedule 2 Prices', 'schedule', 'Schedule 2'],
    ['5. CONFIDENTIALITY', 'number', '5'],
    ['5.2.1 The Supplier shall', 'number', '5.2.1'],
    ['(a) deliver on time', 'letter', '(a)'],
    ['(iv) any other loss', 'roman', '(iv)'],
    ['a) any information which', 'letter', '(a)'],
    // Numbers that could be dates but are clauses: words follow, or the last part could be a day.
    ['2.1.45 Service Factor: means the share used', 'number', '2.1.45'],
    ['5.2.10', 'number', '5.2.10'],
    ['12.13.98', 'number', '12.13.98'],
    // A space between the number and its full stop, as some PDFs' text prints it.
    ['3 . The Grower shall deliver', 'number', '3'],
    // A number printed against its title with no space between.
    ['1.PRICES:', 'number', '1'],
    ['4.2Warranty. The Grower warrants the apples.', 'number', '4.2'],
    // Sections numbered in words.
    ['SECTION FOURTEEN. TERMINATION', 'section', 'SECTION FOURTEEN'],
    ['Article Twenty-One Notices', 'article', 'Article Twenty-One'],
    // A clause put in between numbered under its lettered number, with its text or alone.
    ['3A.2 The Parties confirm the crates are the Grower\'s.', 'number', '3A.2'],
    ['3A.6', 'number', '3A.6'],
    // An exhibit's heading that names its contract in lower case.
    ['Exhibit A to Orchard Supply Agreement', 'schedule', 'Exhibit A'],
  ])('reads %j', (text, kind, label) => {
    expect(parseClauseLabel(text)).toMatchObject({ kind, label });
  });

  it.each([
    'Section 2 for certain additional defined terms.',
    '2015 was a good year for the parties.',
    '30 days after notice, the licence ends.',
    'The Supplier shall deliver.',
    'section 4 of the Act applies.',
    // A date day.month.two-digit year on a signature line.
    '30.4.98',
    '20.3.98 - ------------------------',
    // A spaced full stop before a figure or lower-case words is no label.
    '3 . 5 million crates were shipped.',
    '3 . the Grower shall deliver',
    // A letter after the number that opens no item ("5. a total of…").
    '5. a total of nine crates',
    // A figure against its unit is no glued label: no full stop, or no capital and two letters after it.
    '12Months of supply follow.',
    '1.5m crates were shipped.',
    // A number in words after "Section" in prose, or a word that only starts like one.
    'Section One of the Act applies.',
    'Section Tenancy Terms',
    // A figure and letter with no full stop is no lettered clause number.
    '7A Insurance',
    // A reference to an exhibit or article wrapped onto the start of a line.
    'EXHIBIT A attached hereto and made a part hereof, in object code form only.',
    'Article 5 of the Supply Agreement applies to each delivery.',
  ])('does not take %j for a clause label', (text) => {
    expect(parseClauseLabel(text)).toBeUndefined();
  });

  it('reads an item printed on the number\'s line', () => {
    expect(parseClauseLabel('21. a. Survival. The duties of the Grower survive.')).toMatchObject({ kind: 'number', number: '21', item: '(a)' });
    expect(parseClauseLabel('4. (b) Kestrel Holdings may inspect.')).toMatchObject({ kind: 'number', number: '4', item: '(b)' });
    expect(parseClauseLabel('2.3 (c)')).toMatchObject({ number: '2.3', item: '(c)' });
    expect(parseClauseLabel('4. The Grower (a) delivers')).not.toHaveProperty('item');
  });

  it('reads the first item run in after the clause\'s title on the number\'s line', () => {
    expect(parseClauseLabel('7. Indemnification. (a) Each party indemnifies the other.')).toMatchObject({ number: '7', item: '(a)' });
    expect(parseClauseLabel('14. CRATE RENTAL. a) Harbor Lane Inc. rents crates.')).toMatchObject({ number: '14', item: '(a)' });
    expect(parseClauseLabel('6. Payments; Records and Audit. (a) Fees are paid monthly.')).toMatchObject({ number: '6', item: '(a)' });
    expect(parseClauseLabel('Section 4. Fees and Costs. (a) Nordlicht GmbH pays the fees.')).toMatchObject({ label: 'Section 4', item: '(a)' });
    // A lead-in sentence is no title; a later letter run in is no first item; nor is an "(a)" inside the text.
    expect(parseClauseLabel('9. The Grower agrees that: (a) crates are kept dry.')).not.toHaveProperty('item');
    expect(parseClauseLabel('9. The Grower agrees that: (a) Crates are kept dry.')).not.toHaveProperty('item');
    expect(parseClauseLabel('9. Delivery. (c) Crates are kept dry.')).not.toHaveProperty('item');
    expect(parseClauseLabel('9. Delivery. Crates named in (a) Schedule 1 are kept dry.')).not.toHaveProperty('item');
    expect(parseClauseLabel('Section 4. Fees and Costs. The Grower pays (a) Fees.')).not.toHaveProperty('item');
  });
});

describe('buildStructure: numbers as some PDFs print them', () => {
  type Hint = 'heading' | 'paragraph' | 'table-row';
  const page = (texts: [string, Hint][], number = 1) => ({ number, units: texts.map(([text, hint]) => ({ text, hint })) });
  const clauses = (texts: [string, Hint][]): (string | undefined)[] =>
    buildStructure({ warnings: [], imageOnlyPages: [], pages: [page(texts)] }).blocks.map((b) => b.clause);
  const clausesOfPages = (pages: [string, Hint][][]): (string | undefined)[] =>
    buildStructure({ warnings: [], imageOnlyPages: [], pages: pages.map((texts, i) => page(texts, i + 1)) }).blocks.map((b) => b.clause);

  it('cites a clause spaced from its full stop and the item on its number\'s line', () => {
    expect(
      clauses([
        ['2 . The Grower shall deliver apples to Northvale.', 'paragraph'],
        ['3. a. Records. The Grower keeps a record of each harvest.', 'paragraph'],
        ['3. b. Audit. Kestrel Holdings may inspect the records.', 'paragraph'],
      ]),
    ).toEqual(['2', '3(a)', '3(b)']);
  });

  it('reads "EXHIBIT 10(d)" atop a filing as its exhibit number, a contract\'s "Exhibit 3" as a part', () => {
    expect(clauses([['EXHIBIT 10(d)', 'heading'], ['ORCHARD SUPPLY AGREEMENT', 'heading'], ['Kestrel Holdings and the Grower agree as follows.', 'paragraph']])).toEqual([undefined, undefined, undefined]);
    expect(clauses([['Exhibit 3', 'heading'], ['Price List', 'heading'], ['Apples are priced per crate.', 'paragraph']])).toEqual(['Exhibit 3', 'Exhibit 3', 'Exhibit 3']);
  });

  it('reads a keyword\'s letter only in capitals: "Schedule of Rates" is a title, "Exhibit h(2)" a filing\'s number', () => {
    expect(parseClauseLabel('Schedule of Rates')).toBeUndefined();
    expect(parseClauseLabel('Schedule to the Supply Agreement')).toBeUndefined();
    expect(parseClauseLabel('Exhibit h(2)')).toBeUndefined();
    expect(parseClauseLabel('Schedule B Rates')).toMatchObject({ kind: 'schedule', label: 'Schedule B' });
    expect(parseClauseLabel('ANNEX IV')).toMatchObject({ kind: 'schedule', label: 'ANNEX IV' });
    expect(parseClauseLabel('Section fourteen. Notices')).toMatchObject({ kind: 'section', label: 'Section fourteen', number: '14' });
    expect(clauses([['7. Fees. The prices below apply.', 'paragraph'], ['Schedule of Rates', 'heading'], ['Apples are priced per crate.', 'paragraph']])).toEqual(['7', undefined, undefined]);
    expect(clauses([['Exhibit h(2)', 'heading'], ['ORCHARD SUPPLY AGREEMENT', 'heading'], ['Kestrel Holdings and the Grower agree as follows.', 'paragraph']])).toEqual([undefined, undefined, undefined]);
  });

  it('reads a number glued to its title as the clause', () => {
    expect(clauses([['1.PRICES:', 'heading'], ['Apples are priced per crate.', 'paragraph'], ['2.DELIVERY:', 'heading'], ['The Grower delivers to Northvale.', 'paragraph']])).toEqual(['1', '1', '2', '2']);
  });

  it('reads a section numbered in words and cites its items under it', () => {
    expect(parseClauseLabel('SECTION TWENTY-THREE. ENTIRE AGREEMENT')).toMatchObject({ number: '23' });
    expect(clauses([['SECTION NINE. DEFAULT', 'heading'], ['A. The Grower may end this agreement on breach.', 'paragraph'], ['SECTION TEN. NOTICES', 'heading'], ['Notices go to Northvale.', 'paragraph']])).toEqual(['SECTION NINE', 'SECTION NINE(A)', 'SECTION TEN', 'SECTION TEN']);
    // An ARTICLE in roman numerals is numbered as "IV." is: it carries its items; so does an exhibit.
    expect(clauses([['ARTICLE IV', 'heading'], ['A. The Grower may end this agreement on breach.', 'paragraph']])).toEqual(['ARTICLE IV', 'ARTICLE IV(A)']);
    expect(clauses([['EXHIBIT B', 'heading'], ['A. The Grower may end this agreement on breach.', 'paragraph']])).toEqual(['EXHIBIT B', 'EXHIBIT B(A)']);
  });

  it('cites an exhibit\'s items under the exhibit, and items outside any part alone', () => {
    expect(
      clauses([
        ['Schedule C', 'heading'],
        ['Service Levels', 'heading'],
        ['(a) The Grower answers calls within one day.', 'paragraph'],
        ['(b) Kestrel Holdings reports faults in writing.', 'paragraph'],
      ]),
    ).toEqual(['Schedule C', 'Schedule C', 'Schedule C(a)', 'Schedule C(b)']);
    // A heading inside the exhibit, after its title: the items under it are the heading's, cited alone.
    expect(
      clauses([
        ['EXHIBIT B Price Schedule', 'heading'],
        ['(a) Apples cost one euro a crate.', 'paragraph'],
        ['PAYMENT TERMS', 'heading'],
        ['(a) Invoices are paid in thirty days.', 'paragraph'],
      ]),
    ).toEqual(['EXHIBIT B', 'EXHIBIT B(a)', 'EXHIBIT B', '(a)']);
    // A subheading in title case groups the exhibit's items without leaving it: "Exhibit F(2)", as a
    // reader cites an item of the exhibit; capitals (as above) may open another document, so they still
    // end the exhibit's hold on its items.
    expect(
      clauses([
        ['Exhibit F', 'heading'],
        ['Crate Ordering Steps', 'heading'],
        ['1) The Grower sends a stock report on the first day of the month.', 'paragraph'],
        ['Invoicing Steps', 'heading'],
        ['1) Kestrel Holdings is invoiced at the end of each month.', 'paragraph'],
        ['2) Invoices are paid in thirty days.', 'paragraph'],
      ]),
    ).toEqual(['Exhibit F', 'Exhibit F', 'Exhibit F(1)', 'Exhibit F', 'Exhibit F(1)', 'Exhibit F(2)']);
    expect(
      clauses([
        ['ATTACHMENT A', 'heading'],
        ['SPONSOR BENEFITS', 'heading'],
        ['Use of the Marks', 'heading'],
        ['The Grower may use the Kestrel name on its crates.', 'paragraph'],
        ['A. Payment Schedule', 'heading'],
        ['Kestrel Holdings pays the fee in two parts.', 'paragraph'],
      ]),
    ).toEqual(['ATTACHMENT A', 'ATTACHMENT A', 'ATTACHMENT A', 'ATTACHMENT A', 'ATTACHMENT A(A)', 'ATTACHMENT A(A)']);
    // A list of exhibits closes the exhibit: the items after it stand alone.
    expect(clauses([['EXHIBIT A', 'heading'], ['LIST OF EXHIBITS', 'heading'], ['(a) Price list.', 'paragraph']])).toEqual(['EXHIBIT A', undefined, '(a)']);
    expect(clauses([['The parties agree:', 'paragraph'], ['(a) The Grower delivers apples.', 'paragraph']])).toEqual([undefined, '(a)']);
  });

  it('cites clauses numbered "1)", "2)" by their number when no clause is in force, as items inside one', () => {
    expect(clauses([['Kestrel Holdings and the Grower agree:', 'paragraph'], ['1) The Grower delivers apples.', 'paragraph'], ['2) Kestrel Holdings pays on delivery.', 'paragraph']])).toEqual([undefined, '1', '2']);
    expect(clauses([['4. Delivery. The Grower delivers:', 'paragraph'], ['1) apples in crates;', 'paragraph'], ['2) pears in boxes.', 'paragraph']])).toEqual(['4', '4(1)', '4(2)']);
    expect(clauses([['Exhibit 3', 'heading'], ['1) Apples are priced per crate.', 'paragraph']])).toEqual(['Exhibit 3', 'Exhibit 3(1)']);
    // "(1)" in full brackets with nothing in force stays an item.
    expect(clauses([['The parties agree:', 'paragraph'], ['(1) The Grower delivers apples.', 'paragraph']])).toEqual([undefined, '(1)']);
  });

  it('ends an exhibit at the title of another contract filed after it, not at its own form\'s title or a footer', () => {
    expect(clauses([['EXHIBIT D', 'heading'], ['FORM OF TRIAL LICENCE', 'heading'], ['[Form follows.]', 'paragraph'], ['FIRST AMENDMENT TO ORCHARD SUPPLY AGREEMENT', 'heading'], ['Kestrel Holdings and the Grower amend the agreement.', 'paragraph']])).toEqual([
      'EXHIBIT D',
      'EXHIBIT D',
      'EXHIBIT D',
      undefined,
      undefined,
    ]);
    expect(clauses([['EXHIBIT B', 'heading'], ['FORM OF ESCROW AGREEMENT', 'heading'], ['ESCROW AGREEMENT', 'heading'], ['Northvale holds the deposit.', 'paragraph']])).toEqual(['EXHIBIT B', 'EXHIBIT B', 'EXHIBIT B', 'EXHIBIT B']);
    // A running footer that names the contract, met on more than one page, is no new title.
    expect(
      clausesOfPages([
        [['1. The Grower delivers apples.', 'paragraph'], ['Orchard Supply Agreement', 'heading']],
        [['EXHIBIT 2', 'heading'], ['PRICE LIST', 'heading'], ['Apples are priced per crate.', 'paragraph'], ['Orchard Supply Agreement', 'heading'], ['Pears are priced per box.', 'paragraph']],
      ]),
    ).toEqual(['1', undefined, 'EXHIBIT 2', 'EXHIBIT 2', 'EXHIBIT 2', 'EXHIBIT 2', 'EXHIBIT 2']);
    // The same title met once, after the exhibit's own text, opens the next document.
    expect(clauses([['EXHIBIT 2', 'heading'], ['PRICE LIST', 'heading'], ['Apples are priced per crate.', 'paragraph'], ['Orchard Supply Agreement', 'heading'], ['Pears are priced per box.', 'paragraph']])).toEqual([
      'EXHIBIT 2',
      'EXHIBIT 2',
      'EXHIBIT 2',
      undefined,
      undefined,
    ]);
    // An exhibit's title wrapped over two heading lines is one title, the second line no new document.
    expect(clauses([['EXHIBIT A', 'heading'], ['Orchard Records and', 'heading'], ['Confidentiality Agreement', 'heading'], ['The Grower keeps its records secret.', 'paragraph']])).toEqual([
      'EXHIBIT A',
      'EXHIBIT A',
      'EXHIBIT A',
      'EXHIBIT A',
    ]);
  });

  it('reads an item label printed in a column of its own in a table row of two cells', () => {
    expect(
      clauses([
        ['8. Insurance. Each party keeps the following cover:', 'paragraph'],
        ['a. | Motor Insurance. Cover of at least one million per claim.', 'table-row'],
        ['b. | Property Insurance. Cover at replacement value.', 'table-row'],
        ['c. | cover for injury to persons;', 'table-row'],
        ['4.2 | Termination for Cause.', 'table-row'],
      ]),
    ).toEqual(['8', '8(a)', '8(b)', '8(c)', '4.2']);
    // A row of more cells, or whose first cell holds more than a label, is a table's row.
    expect(clauses([['8. Prices.', 'paragraph'], ['1. | Apples | 4.00', 'table-row'], ['Grade a. | Pears', 'table-row'], ['2. | 4.00', 'table-row']])).toEqual(['8', '8', '8', '8']);
    expect(clauses([['8. Prices.', 'paragraph'], ['1. | Crates of apples. | 4.00', 'table-row'], ['2. | Pears. Boxed | 3.00 | 2.50', 'table-row']])).toEqual(['8', '8', '8']);
  });

  it('reads a clause number after a sentence ending "and" or "in" as a reference wrapped onto the line', () => {
    expect(
      clauses([
        ['5.01 Payment. Sums are paid within thirty days of the reports in Sections 3.06 [Reports] and', 'paragraph'],
        ['4.02 [Reports] hereof. All payments are made by wire transfer.', 'paragraph'],
        ['5.02 Taxes. Each party pays its own taxes, as provided in', 'paragraph'],
        ['Section 7.1. Taxes on crates are the Grower\'s.', 'paragraph'],
        ['5.03 Crates. The Grower shall (a) keep its crates dry; and', 'paragraph'],
        ['5.04 Pallets. Kestrel Holdings returns the pallets.', 'paragraph'],
      ]),
    ).toEqual(['5.01', '5.01', '5.02', '5.02', '5.03', '5.04']);
    // A table row's text ends with its last cell, wherever its sentence ends: the number after it is a clause's.
    expect(
      clauses([
        ['6. Deposits.', 'paragraph'],
        ['b. | The refund is sent by cheque at month end. | Kestrel Holdings reckons it for the prior month, along with', 'table-row'],
        ['7. Marketing Funds. Kestrel Holdings pays the Grower for each leaflet.', 'paragraph'],
      ]),
    ).toEqual(['6', '6', '7']);
  });

  it('reads a clause the reader split into columns by its label cell and the run-in title after it', () => {
    expect(
      clauses([
        ['4. TERM AND TERMINATION', 'heading'],
        ['4.1 | Duration. This agreement runs for | three years from the Start Date.', 'table-row'],
        ['4.2 | Termination for Cause. Either party may end | this agreement on notice', 'table-row'],
        ['if the other party fails to pay (a) any fee when due.', 'paragraph'],
        ['3.0 FEES', 'heading'],
        ['a. | CRATE FEES. The Grower pays Kestrel Holdings a fee of 9,000 | Net thirty days from the Start Date.', 'table-row'],
      ]),
    ).toEqual(['4', '4.1', '4.2', '4.2', '3.0', '3.0(a)']);
  });

  it('keeps a titled paragraph in the item whose label stands alone above it', () => {
    // "B." printed in a column of its own, its text ("CHANGES. …") in the next unit.
    expect(clauses([['4. PRICES', 'heading'], ['A.', 'paragraph'], ['CHANGES. Northvale may change its prices.', 'paragraph']])).toEqual(['4', '4(A)', '4(A)']);
    // After an item's own text, a titled paragraph is a clause of its own.
    expect(clauses([['4. PRICES', 'heading'], ['A. Apples cost four each.', 'paragraph'], ['CHANGES. Northvale may change its prices.', 'paragraph']])).toEqual(['4', '4(A)', '4']);
  });

  it('keeps a notice\'s address lines in the notice clause', () => {
    expect(
      clauses([
        ['12. Notices. Notices go by post to the addresses below.', 'paragraph'],
        ['If to the Grower:', 'paragraph'],
        ['Harbor Lane Inc.', 'heading'],
        ['12 Quay Street', 'heading'],
        ['Attention: Legal Department', 'heading'],
        ['13. Each party pays its own costs.', 'paragraph'],
      ]),
    ).toEqual(['12', '12', '12', '12', '12', '13']);
    expect(clauses([['12. Notices go by post to Northvale.', 'paragraph'], ['Fax: 555 0100', 'heading']])).toEqual(['12', '12']);
    // A signature table's "Grower:" opens no address: the heading after it is one.
    expect(clauses([['9. This agreement binds both parties.', 'paragraph'], ['Harbor Lane Inc. | Grower:', 'table-row'], ['STATEMENT OF WORK', 'heading']])).toEqual(['9', '9', undefined]);
    // A heading after the clause's own text, with no colon above it, is a heading.
    expect(clauses([['12. Notices go by post to Northvale.', 'paragraph'], ['Harbor Lane Inc.', 'heading'], ['The Grower delivers apples.', 'paragraph']])).toEqual(['12', undefined, undefined]);
  });

  it('does not end a clause at a running header or footer met on three pages', () => {
    const footer: [string, Hint] = ['Orchard Supply Agreement', 'heading'];
    expect(
      clausesOfPages([
        [['4. The Grower delivers apples to Northvale on the first', 'paragraph'], footer, ['day of each month, and pears on the', 'paragraph'], footer],
        [footer, ['second day.', 'paragraph'], ['5. Northvale pays within thirty days.', 'paragraph']],
        [footer, ['6. Notices go to Northvale.', 'paragraph']],
      ]),
    ).toEqual(['4', '4', '4', '4', '4', '4', '5', undefined, '6']);
    // Before a new sentence it may be a heading, and ends the clause above; met on two pages only, it is one
    // (unless the sentence goes on through it, as any short line in a sentence's middle does: the next test).
    expect(clausesOfPages([[['4. The Grower delivers apples.', 'paragraph'], footer, ['Pears are delivered too.', 'paragraph']], [footer], [footer]])).toEqual(['4', undefined, undefined, undefined, undefined]);
    expect(clausesOfPages([[['4. The Grower delivers apples.', 'paragraph'], footer, ['Pears are delivered too.', 'paragraph']], [footer]])).toEqual(['4', undefined, undefined, undefined]);
    expect(clausesOfPages([[['4. The Grower delivers apples on the', 'paragraph'], footer, ['first day.', 'paragraph']], [footer]])).toEqual(['4', '4', '4', undefined]);
  });

  it('does not take a figure after its number in words for an item', () => {
    // A paragraph broken in the text between "thirty" and "(30) days".
    expect(clauses([['4. Either party may end this agreement on no less than thirty', 'paragraph'], ['(30) days notice to the other.', 'paragraph']])).toEqual(['4', '4']);
    // A "(2)" after other words is an item.
    expect(clauses([['4. Either party may end this agreement:', 'paragraph'], ['(1) on notice;', 'paragraph'], ['(2) on breach.', 'paragraph']])).toEqual(['4', '4(1)', '4(2)']);
  });

  it('still ends a clause at an unnumbered heading', () => {
    expect(clauses([['4. The Grower delivers apples.', 'paragraph'], ['Orchard Records', 'paragraph'], ['The Grower keeps records.', 'paragraph']])).toEqual(['4', undefined, undefined]);
  });
});

describe('headings numbered without a full stop ("9 LIMITATION OF LIABILITY")', () => {
  it('reads a bare number before a title in capitals, not a quantity, a sentence or a title in lower case', () => {
    expect(parseClauseLabel('9 LIMITATION OF LIABILITY.')).toMatchObject({ kind: 'number', number: '9', bare: true });
    expect(parseClauseLabel('12   CONTROLLING LAW AND ARBITRATION')).toMatchObject({ number: '12', bare: true });
    expect(parseClauseLabel('12 MONTHS')).toBeUndefined();
    expect(parseClauseLabel('30 DAYS NOTICE')).toBeUndefined();
    expect(parseClauseLabel('9 Limitation of Liability')).toBeUndefined();
    expect(parseClauseLabel('9 LIMITATION OF LIABILITY. NEITHER PARTY IS LIABLE for lost crops.')).toBeUndefined();
    expect(parseClauseLabel('2021 ORCHARD SEASON')).toBeUndefined();
  });

  const build = (texts: [string, 'heading' | 'paragraph'][]) =>
    buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units: texts.map(([text, hint]) => ({ text, hint })) }] }).blocks;

  it('cites the text under such a heading by its number where it comes next in the numbering', () => {
    const blocks = build([
      ['8 INDEMNITY', 'heading'],
      ['8.2 Limits. The Grower is not liable for hail.', 'paragraph'],
      ['9 LIMITATION OF LIABILITY.', 'heading'],
      ['Neither party shall be liable for lost crops, spoiled fruit or any other loss of profit.', 'paragraph'],
      ['11 NOTICES', 'heading'],
      ['Notices are given in writing.', 'paragraph'],
    ]);
    expect(blocks.find((b) => b.text.startsWith('Neither'))!.clause).toBe('9');
    // One heading the text lost ("10") does not stop the numbering.
    expect(blocks.find((b) => b.text.startsWith('Notices'))!.clause).toBe('11');
  });

  it('leaves a page number run into a heading out of the numbering', () => {
    const blocks = build([
      ['1. Term. The term is one season.', 'paragraph'],
      ['2. Fees. The Grower pays a fee.', 'paragraph'],
      ['17 PAYMENT TERMS', 'heading'],
      ['Fees are due net 30 days.', 'paragraph'],
    ]);
    expect(blocks.find((b) => b.text.startsWith('Fees are'))!.clause).toBeUndefined();
  });
});

describe('an exhibit numbered after the clause that calls for it ("Exhibit 4.2 – Price List")', () => {
  const build = (texts: [string, 'heading' | 'paragraph'][]) =>
    buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units: texts.map(([text, hint]) => ({ text, hint })) }] }).blocks;

  it('is cited by its label where a dash or colon gives its title; the filing\'s exhibit number alone is not', () => {
    const blocks = build([
      ['Exhibit 10.3', 'heading'],
      ['ORCHARD SUPPLY AGREEMENT', 'heading'],
      ['This Orchard Supply Agreement is made by Kestrel Holdings and the Grower.', 'paragraph'],
      ['Exhibit 4.2 — Price list per season', 'heading'],
      ['The price of a crate of apples is set each season by the parties.', 'paragraph'],
      ['Schedule 6.1: Approved Packers', 'heading'],
      ['Kestrel Holdings approves the packers named here.', 'paragraph'],
    ]);
    expect(blocks.find((b) => b.text.startsWith('This Orchard'))!.clause).toBeUndefined();
    expect(blocks.find((b) => b.text.startsWith('The price'))!.clause).toBe('Exhibit 4.2');
    expect(blocks.find((b) => b.text.startsWith('Kestrel Holdings approves'))!.clause).toBe('Schedule 6.1');
  });
});

describe('a table row of one cell', () => {
  const build = (units: { text: string; hint: 'heading' | 'paragraph' | 'table-row' }[]) => buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units }] }).blocks;

  it('reads its clause label as a line\'s, and a row without one as no label', () => {
    const blocks = build([
      { text: 'FEE SCHEDULE', hint: 'heading' },
      { text: 'Season 1 | $400', hint: 'table-row' },
      { text: 'Kestrel Holdings pays the fee above each season.', hint: 'paragraph' },
      { text: '1. Crate Revenue:', hint: 'table-row' },
      { text: 'Kestrel Holdings pays the Grower a share of all crate fees.', hint: 'paragraph' },
    ]);
    expect(blocks.find((b) => b.text.startsWith('Kestrel Holdings pays the fee'))!.clause).toBeUndefined();
    expect(blocks.find((b) => b.text.startsWith('Kestrel Holdings pays the Grower'))!.clause).toBe('1');
  });

  it('still reads a two-cell row by its label column only', () => {
    const blocks = build([
      { text: '4. Insurance', hint: 'heading' },
      { text: 'b. | Motor cover for every truck.', hint: 'table-row' },
    ]);
    expect(blocks.find((b) => b.text.startsWith('b.'))!.clause).toBe('4(b)');
  });
});
