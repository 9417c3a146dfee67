import { describe, expect, it } from 'vitest';
import { parseClauseLabel } from '../../../../electron/core/documents/structure/clauseLabel';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';

type Hint = 'heading' | 'paragraph';
const clauses = (texts: [string, Hint][]): (string | undefined)[] =>
  buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units: texts.map(([text, hint]) => ({ text, hint })) }] }).blocks.map((b) => b.clause);

describe('item labels as some contracts print them', () => {
  it('nests figures under a lettered item\'s lead-in, "(f)(2)", and leaves figures after a plain item as they were', () => {
    expect(
      clauses([
        ['10. Confidentiality', 'heading'],
        ['(e) Each party keeps the other\'s secrets.', 'paragraph'],
        ['(f) A party may disclose secrets only as follows:', 'paragraph'],
        ['(1) to its advisers bound to keep them;', 'paragraph'],
        ['2) to a court that orders it.', 'paragraph'],
        ['(g) These duties last five years.', 'paragraph'],
      ]),
    ).toEqual(['10', '10(e)', '10(f)', '10(f)(1)', '10(f)(2)', '10(g)']);
    expect(
      clauses([
        ['4. Delivery', 'heading'],
        ['(a) Harbor Lane Inc. collects the crates.', 'paragraph'],
        ['(1) Crates are counted at the gate.', 'paragraph'],
        ['(2) Crates are kept dry.', 'paragraph'],
      ]),
    ).toEqual(['4', '4(a)', '4(1)', '4(2)']);
  });

  it('reads a capital item closed by a bracket, "A) The Grower…"', () => {
    expect(parseClauseLabel('A) The Grower delivers apples.')).toMatchObject({ kind: 'letter', label: '(A)' });
    expect(clauses([['2. Term', 'heading'], ['A) The term is three years.', 'paragraph'], ['B) Either party may renew it.', 'paragraph']])).toEqual(['2', '2(A)', '2(B)']);
  });

  it('reads an item label alone on its line as the label of the text under it', () => {
    expect(parseClauseLabel('a.')).toMatchObject({ kind: 'letter', label: '(a)' });
    expect(parseClauseLabel('B)')).toMatchObject({ kind: 'letter', label: '(B)' });
    expect(
      clauses([
        ['7. Termination.', 'heading'],
        ['A.', 'paragraph'],
        ['Termination by Kestrel Holdings. Kestrel Holdings may end this Agreement on notice.', 'paragraph'],
        ['B.', 'paragraph'],
        ['Termination by the Grower. The Grower may end this Agreement on notice.', 'paragraph'],
      ]),
    ).toEqual(['7', '7(A)', '7(A)', '7(B)', '7(B)']);
  });

  it('reads a heading under an item label alone as that item\'s title, the text under it still the item\'s', () => {
    expect(
      clauses([
        ['5. Services', 'heading'],
        ['A.', 'paragraph'],
        ['Delivery of Apples', 'heading'],
        ['The Grower delivers apples each week.', 'paragraph'],
        ['B.', 'paragraph'],
        ['Storage', 'heading'],
        ['Kestrel Holdings stores the crates.', 'paragraph'],
      ]),
    ).toEqual(['5', '5(A)', '5(A)', '5(A)', '5(B)', '5(B)', '5(B)']);
  });

  it('still ends an item at a heading after the item\'s own text', () => {
    expect(
      clauses([
        ['5. Services', 'heading'],
        ['A. The Grower delivers apples each week.', 'paragraph'],
        ['Storage', 'heading'],
        ['Kestrel Holdings stores the crates.', 'paragraph'],
      ]),
    ).toEqual(['5', '5(A)', undefined, undefined]);
  });

  it.each(['A.M. deliveries start at six.', 'a.m.', 'U.S. Dollars'])('does not take %j for an item label', (text) => {
    expect(parseClauseLabel(text)).toBeUndefined();
  });
});

describe('a list numbered (i), (ii), (iii)', () => {
  it('reads each numeral as the next item when the list is not under a letter', () => {
    expect(
      clauses([
        ['8. Pricing.', 'heading'],
        ['(i) Cost of apples is set per crate.', 'paragraph'],
        ['(ii) Cost of delivery is set per mile.', 'paragraph'],
        ['(iii) Cost of storage is set per week.', 'paragraph'],
      ]),
    ).toEqual(['8', '8(i)', '8(ii)', '8(iii)']);
  });

  it('still reads numerals under a letter as its sub-items', () => {
    expect(
      clauses([
        ['8. Pricing.', 'heading'],
        ['(a) The Grower invoices:', 'paragraph'],
        ['(i) per crate; and', 'paragraph'],
        ['(ii) per mile.', 'paragraph'],
        ['(b) Kestrel Holdings pays monthly.', 'paragraph'],
      ]),
    ).toEqual(['8', '8(a)', '8(a)(i)', '8(a)(ii)', '8(b)']);
    // "(h)", then "(i)" the letter after it, then its own numerals "(i)", "(ii)".
    expect(clauses([['(h) The Grower stores apples.', 'paragraph'], ['(i) The Grower insures them:', 'paragraph'], ['(i) against fire;', 'paragraph'], ['(ii) against theft.', 'paragraph'], ['(j) Kestrel Holdings pays.', 'paragraph']])).toEqual([
      '(h)',
      '(i)',
      '(i)(i)',
      '(i)(ii)',
      '(j)',
    ]);
  });

  it('goes back to the list after the sub-items of one of its numerals', () => {
    expect(
      clauses([
        ['(i) Offices. The Grower acts through its branches.', 'paragraph'],
        ['(ii) Currency. Payments are in euros.', 'paragraph'],
        ['(iii) Payments. The following apply:', 'paragraph'],
        ['(i) the first method; and', 'paragraph'],
        ['(ii) the second method.', 'paragraph'],
        ['(iv) Notices. Each notice is in writing.', 'paragraph'],
      ]),
    ).toEqual(['(i)', '(ii)', '(iii)', '(iii)(i)', '(iii)(ii)', '(iv)']);
  });
});

describe('a list numbered (i), (ii), (iii), one numeral lost in the text', () => {
  it('reads "(iv)" after "(ii)" as the next item', () => {
    expect(clauses([['(i) Price. Per crate.', 'paragraph'], ['(ii) Delivery. Per mile.', 'paragraph'], ['(iv) Storage. Per week.', 'paragraph']])).toEqual(['(i)', '(ii)', '(iv)']);
  });
});

describe('an amendment\'s quoted replacement number on its own line', () => {
  it('cites the replacing wording by the amending clause', () => {
    expect(
      clauses([
        ['4. Section 7.2 of the Supply Agreement is replaced by the following:', 'paragraph'],
        ['“7.2', 'heading'],
        ['Delivery. The Grower delivers apples each Monday.', 'paragraph'],
        ['5. Section 9 of the Supply Agreement is deleted.', 'paragraph'],
      ]),
    ).toEqual(['4', '4', '4', '5']);
  });

  it('still ends a clause at an unnumbered heading that quotes no number', () => {
    expect(clauses([['4. Section 7.2 is replaced by the following:', 'paragraph'], ['“Delivery Terms', 'heading'], ['The Grower delivers apples.', 'paragraph']])).toEqual(['4', undefined, undefined]);
  });
});

describe('headings that are no title of their own', () => {
  it('keeps the clause over a page number left in the text', () => {
    expect(clauses([['3. Payment', 'heading'], ['(a) Kestrel Holdings pays monthly.', 'paragraph'], ['16', 'heading'], ['(b) Each invoice is in euros.', 'paragraph']])).toEqual(['3', '3(a)', '3(a)', '3(b)']);
  });

  it('keeps the clause over a page number printed "PAGE 10" or "Page 3 of 28"', () => {
    expect(clauses([['20. General', 'heading'], ['(a) Kestrel Holdings pays monthly.', 'paragraph'], ['PAGE 10', 'heading'], ['Each invoice is in euros.', 'paragraph']])).toEqual(['20', '20(a)', '20(a)', '20(a)']);
    expect(clauses([['20. General', 'heading'], ['(a) Kestrel Holdings pays monthly.', 'paragraph'], ['Page 3 of 28', 'heading'], ['(b) Each invoice is in euros.', 'paragraph']])).toEqual(['20', '20(a)', '20(a)', '20(b)']);
  });

  it('still ends the clause at a heading that only starts with "Page"', () => {
    expect(clauses([['20. General', 'heading'], ['(a) Kestrel Holdings pays monthly.', 'paragraph'], ['Page Layout', 'heading'], ['Each invoice is in euros.', 'paragraph']])).toEqual(['20', '20(a)', undefined, undefined]);
  });

  it('reads a heading under a label printed alone as that label\'s title', () => {
    expect(
      clauses([
        ['ARTICLE 4', 'heading'],
        ['Section 4.2', 'heading'],
        ['TERMINATION.', 'heading'],
        ['(a) Either party may end this Agreement.', 'paragraph'],
      ]),
    ).toEqual(['ARTICLE 4', 'Section 4.2', 'Section 4.2', 'Section 4.2(a)']);
    // A heading under a clause with text of its own still ends it.
    expect(clauses([['4.2 Termination. Either party may end this Agreement.', 'paragraph'], ['ORCHARD RECORDS', 'heading'], ['The Grower keeps records.', 'paragraph']])).toEqual(['4.2', undefined, undefined]);
  });
});

describe('top clauses numbered in capital roman numerals', () => {
  it('reads "IV. EXPENSES" as a top clause with its lettered items', () => {
    expect(parseClauseLabel('IV. EXPENSES')).toMatchObject({ kind: 'number', label: 'IV', number: 'IV' });
    expect(
      clauses([
        ['I. SERVICES', 'paragraph'],
        ['A. Kestrel Holdings collects the crates each week.', 'paragraph'],
        ['II. TERM AND TERMINATION', 'paragraph'],
        ['The term of the agreement is two harvests.', 'paragraph'],
        ['A. Either party may end it on notice.', 'paragraph'],
        ['III. Orchard Records', 'paragraph'],
        ['The Grower keeps records.', 'paragraph'],
        ['IV. EXPENSES', 'paragraph'],
        ['V. NOTICES', 'paragraph'],
        ['Notices go to the addresses above.', 'paragraph'],
      ]),
    ).toEqual(['I', 'I(A)', 'II', 'II', 'II(A)', 'III', 'III', 'IV', 'V', 'V']);
  });

  it('keeps "I." after "H." a letter, and roman items of a list items', () => {
    const items = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((l): [string, Hint] => [`${l}. WAIVER. No waiver binds unless written.`, 'paragraph']);
    expect(clauses([['IX. OTHER TERMS', 'paragraph'], ...items, ['I. NOTICES. Notices go to the addresses above.', 'paragraph']]).slice(-2)).toEqual(['IX(H)', 'IX(I)']);
    expect(parseClauseLabel('II. Make crates available at the orchard gate each week.')).toBeUndefined();
    expect(
      clauses([
        ['2. Services', 'heading'],
        ['B. Kestrel Holdings agrees to:', 'paragraph'],
        ['I. Make crates available at the orchard gate each week for the Grower to fill.', 'paragraph'],
        ['II. Make itself available for calls with the Grower during the working hours of each day.', 'paragraph'],
      ]),
    ).toEqual(['2', '2(B)', '2(I)', '2(I)']);
    // "C." and "D." are letters, never numerals.
    expect(parseClauseLabel('D. ADDITIONAL CRATES. Each party shall')).toMatchObject({ kind: 'letter', label: '(D)' });
  });

  it('reads a clause number with a capital letter after it', () => {
    expect(parseClauseLabel('7A. Insurance')).toMatchObject({ kind: 'number', label: '7A', number: '7A' });
    expect(parseClauseLabel('7A Insurance')).toBeUndefined();
    expect(clauses([['7. Price. The price is set each season.', 'paragraph'], ['7A. Insurance', 'paragraph'], ['The Grower insures the orchard.', 'paragraph']])).toEqual(['7', '7A', '7A']);
  });
});

describe('top roman numerals in a column of their own', () => {
  it('reads "II." alone after "I." as the next top clause, the heading under it as its title', () => {
    expect(
      clauses([
        ['I. DEFINITIONS', 'heading'],
        ['“Crate” means a box of apples.', 'paragraph'],
        ['II.', 'paragraph'],
        ['DELIVERY', 'heading'],
        ['A. The Grower delivers the crates each week.', 'paragraph'],
      ]),
    ).toEqual(['I', 'I', 'II', 'II', 'II(A)']);
  });

  it('does not read a numeral alone that is not next after the clause in force', () => {
    expect(
      clauses([
        ['I. DEFINITIONS', 'heading'],
        ['“Crate” means a box of apples.', 'paragraph'],
        ['III.', 'paragraph'],
        ['DELIVERY', 'heading'],
        ['The Grower delivers the crates each week.', 'paragraph'],
      ]),
    ).toEqual(['I', 'I', undefined, undefined, undefined]);
  });

  it('reads "X. | INDEMNITY" after "IX." as the next top clause, "I. | NOTICES" after "H." as a letter', () => {
    const rows = (texts: [string, 'paragraph' | 'table-row'][]): (string | undefined)[] =>
      buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units: texts.map(([text, hint]) => ({ text, hint })) }] }).blocks.map((b) => b.clause);
    expect(rows([['VIII. | TERM', 'table-row'], ['IX. WARRANTIES', 'paragraph'], ['X. | INDEMNITY', 'table-row'], ['A. | The Grower indemnifies Kestrel Holdings.', 'table-row']])).toEqual(['VIII', 'IX', 'X', 'X(A)']);
    expect(rows([['IX. OTHER TERMS', 'paragraph'], ['H. | HEADINGS. Headings do not bind.', 'table-row'], ['I. | NOTICES. Notices go to the addresses above.', 'table-row']])).toEqual(['IX', 'IX(H)', 'IX(I)']);
  });
});

describe('a list run into a sentence', () => {
  it('reads an inline item wrapped to the start of a line as the sentence going on, not a new item', () => {
    expect(
      clauses([
        ['9. Insurance', 'heading'],
        ['B.', 'paragraph'],
        ['Harbor Lane Inc. keeps insurance, which will include (a) cover for its workers, (b) general liability cover, and', 'paragraph'],
        ['(c) motor cover. On request it shows the certificates.', 'paragraph'],
        ['C.', 'paragraph'],
        ['Nordlicht GmbH keeps the same cover.', 'paragraph'],
      ]),
    ).toEqual(['9', '9(B)', '9(B)', '9(B)', '9(C)', '9(C)']);
    // Numbered items run in the same way.
    expect(clauses([['4. Delivery', 'heading'], ['The Grower delivers (1) apples in crates, (2) pears in boxes and', 'paragraph'], ['(3) plums in trays.', 'paragraph']])).toEqual(['4', '4', '4']);
    // So do small numerals: "(iii)" after "(ii)" inside the line above.
    expect(clauses([['1.1 Definitions.', 'heading'], ['"Change of Control" means (i) a merger of the Grower, (ii) a sale of all', 'paragraph'], ['(iii) any transfer of the orchard.', 'paragraph']])).toEqual(['1.1', '1.1', '1.1']);
    // The last item after "…; or", when the item before it runs in mid-sentence, and the sentence after it.
    expect(
      clauses([
        ['10.1 Infringement.', 'heading'],
        ['The Licensor defends the Grower, provided that (i) the Grower gives notice, (ii) the Licensor controls the defence. The Licensor may (i) modify the Software; or', 'paragraph'],
        ['(ii) obtain a licence for the Grower. If neither is reasonable, it may end the licence.', 'paragraph'],
      ]),
    ).toEqual(['10.1', '10.1', '10.1']);
    // An item after the clause's number opens a list set out line by line: the next item is its own.
    expect(clauses([['10. Confidentiality', 'heading'], ['10.1 (a) not use the information save for this Agreement; and', 'paragraph'], ['(b) keep the information secret.', 'paragraph']]).at(-1)).toMatch(/\(b\)$/);
    // A list of numerals set out line by line keeps its items.
    expect(clauses([['1.1 Transfers.', 'heading'], ['(i) a merger of the Grower;', 'paragraph'], ['(ii) a sale of all its assets; or', 'paragraph'], ['(iii) any transfer of the orchard.', 'paragraph']])).toEqual(['1.1', '1.1(i)', '1.1(ii)', '1.1(iii)']);
  });

  it('keeps an item of the clause\'s own list as an item', () => {
    // The item before it is the one in force: "(c)" is the next item of that list.
    expect(clauses([['9. Insurance', 'heading'], ['(a) cover for workers, and', 'paragraph'], ['(b) general liability cover, as in (a) above, and', 'paragraph'], ['(c) motor cover.', 'paragraph']])).toEqual(['9', '9(a)', '9(b)', '9(c)']);
    // The text before ends its sentence: what follows is a new item even after an inline list.
    expect(clauses([['9. Insurance', 'heading'], ['(a) The Grower keeps (b) cover for workers and (c) liability cover.', 'paragraph'], ['(d) Kestrel Holdings keeps motor cover.', 'paragraph']])).toEqual(['9', '9(a)', '9(d)']);
    // A list set out line by line, its items ended by semicolons, even when its first item runs in.
    expect(clauses([['4. Exit', 'heading'], ['(d) On termination: (1) the licence ends;', 'paragraph'], ['(2) Nordlicht GmbH pays what it owes; and', 'paragraph'], ['(3) the Grower returns the crates.', 'paragraph']])).toEqual(['4', '4(d)', '4(2)', '4(3)']);
    // A first item "(a)" never goes on a sentence.
    expect(clauses([['9. Insurance', 'heading'], ['The Grower keeps the cover named in (z) below and', 'paragraph'], ['(a) motor cover.', 'paragraph']])).toEqual(['9', '9', '9(a)']);
  });
});

describe('subheadings inside a numbered clause', () => {
  it('keeps title-case subheadings printed under a numbered clause\'s title inside the clause', () => {
    expect(
      clauses([
        ['5. Statement of Work', 'heading'],
        ['Orchard Portal', 'heading'],
        ['Growers log in to report their harvest.', 'paragraph'],
        ['Buyer Portal', 'heading'],
        ['Buyers see the harvest reported.', 'paragraph'],
        ['GENERAL TERMS', 'heading'],
        ['Northvale may change the portal.', 'paragraph'],
      ]),
    ).toEqual(['5', '5', '5', '5', '5', undefined, undefined]);
  });

  it('keeps a title-case line printed under an item\'s title inside the item, not one under an item\'s text', () => {
    expect(
      clauses([
        ['5. Payment', 'heading'],
        ['Kestrel Holdings pays the Grower as follows:', 'paragraph'],
        ['(a) Payment Schedule', 'heading'],
        ['See Exhibit B', 'heading'],
        ['The schedule in Exhibit B sets the dates of invoices.', 'paragraph'],
        ['(b) Late Payment', 'heading'],
        ['Late sums bear interest.', 'paragraph'],
        ['Price Schedule', 'heading'],
        ['Apples cost one euro.', 'paragraph'],
      ]),
    ).toEqual(['5', '5', '5(a)', '5(a)', '5(a)', '5(b)', '5(b)', undefined, undefined]);
  });

  it('still ends a clause at a title-case heading after its text, as before', () => {
    expect(clauses([['5. Delivery', 'heading'], ['The Grower delivers weekly.', 'paragraph'], ['Price Schedule', 'heading'], ['Apples cost one euro.', 'paragraph']])).toEqual(['5', '5', undefined, undefined]);
    // A new clause ends the subheadings' run: its own title-case heading after text closes it.
    expect(
      clauses([
        ['5. Statement of Work', 'heading'],
        ['Orchard Portal', 'heading'],
        ['Growers report the harvest.', 'paragraph'],
        ['6. Fees', 'heading'],
        ['Fees are paid monthly.', 'paragraph'],
        ['Price Schedule', 'heading'],
        ['Apples cost one euro.', 'paragraph'],
      ]),
    ).toEqual(['5', '5', '5', '6', '6', undefined, undefined]);
  });
});
