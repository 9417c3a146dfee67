import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';

type Hint = 'heading' | 'paragraph' | 'table-row';
const clauses = (texts: [string, Hint][]): (string | undefined)[] =>
  buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units: texts.map(([text, hint]) => ({ text, hint })) }] }).blocks.map((b) => b.clause);

describe('an item list going on past a line read as a heading', () => {
  it('cites the next item after a table inside an item as the clause\'s item', () => {
    expect(
      clauses([
        ['6.2 Fees. Harbor Lane Inc. pays the fees below.', 'paragraph'],
        ['(a) For each delivery the fee follows this table:', 'paragraph'],
        ['Delivery Window', 'heading'],
        ['Morning | 40 EUR', 'table-row'],
        ['(b) Fees are invoiced monthly.', 'paragraph'],
        ['(c) Invoices are paid within thirty days.', 'paragraph'],
      ]),
    ).toEqual(['6.2', '6.2(a)', undefined, undefined, '6.2(b)', '6.2(c)']);
  });

  it('counts small numerals on as letters are, "(iii)" after "(ii)" across a table, not a letter that skips one', () => {
    expect(
      clauses([
        ['2.2 Deliveries.', 'heading'],
        ['(i) Creation. The Grower packs the apples in crates.', 'paragraph'],
        ['(ii) Delivery. The Grower delivers the crates on the dates below:', 'paragraph'],
        ['Date for Delivery', 'heading'],
        ['Prior to June | 40 crates', 'table-row'],
        ['(iii) Licence. The Agent may sell the crates anywhere.', 'paragraph'],
      ]),
    ).toEqual(['2.2', '2.2(i)', '2.2(ii)', undefined, undefined, '2.2(iii)']);
    expect(
      clauses([
        ['2.2 Deliveries.', 'heading'],
        ['(h) The Grower packs the apples in crates.', 'paragraph'],
        ['Date for Delivery', 'heading'],
        ['(j) The Agent may sell the crates anywhere.', 'paragraph'],
      ]),
    ).toEqual(['2.2', '2.2(h)', undefined, '(j)']);
  });

  it('counts figures on as letters are, "(2)" after "(1)" across a notice address', () => {
    expect(
      clauses([
        ['9. Notices', 'heading'],
        ['(1) Notices go to Nordlicht GmbH at:', 'paragraph'],
        ['Hafenstrasse 4', 'heading'],
        ['(2) A notice by e-mail is given when sent.', 'paragraph'],
      ]),
    ).toEqual(['9', '9(1)', undefined, '9(2)']);
  });

  it('leaves an item that does not go on the closed list alone', () => {
    // "(a)" after the heading starts a list of its own; "(d)" after "(a)" skips letters.
    expect(
      clauses([
        ['4. Delivery', 'heading'],
        ['(a) The Grower delivers weekly.', 'paragraph'],
        ['Storage Rules', 'heading'],
        ['(a) Crates are kept dry.', 'paragraph'],
      ]),
    ).toEqual(['4', '4(a)', undefined, '(a)']);
    expect(
      clauses([
        ['4. Delivery', 'heading'],
        ['(a) The Grower delivers weekly.', 'paragraph'],
        ['Storage Rules', 'heading'],
        ['(d) Crates are kept dry.', 'paragraph'],
      ]),
    ).toEqual(['4', '4(a)', undefined, '(d)']);
  });

  it('does not carry a clause past a label that came after the heading', () => {
    expect(
      clauses([
        ['4. Delivery', 'heading'],
        ['(a) The Grower delivers weekly.', 'paragraph'],
        ['EXHIBIT B', 'heading'],
        ['(b) Crates are kept dry.', 'paragraph'],
      ]),
    ).toEqual(['4', '4(a)', 'EXHIBIT B', 'EXHIBIT B(b)']);
    expect(
      clauses([
        ['4. Delivery', 'heading'],
        ['(a) The Grower delivers weekly.', 'paragraph'],
        ['Storage Rules', 'heading'],
        ['• Crates are kept dry.', 'paragraph'],
        ['(b) Crates are stacked.', 'paragraph'],
      ]),
    ).toEqual(['4', '4(a)', undefined, undefined, '(b)']);
  });
});

describe('an amendment\'s quoted new number', () => {
  it('keeps a quoted number with a letter ("“3a") inside the amending clause', () => {
    expect(
      clauses([
        ['5. A new Section 3a is added to the Agreement as follows:', 'paragraph'],
        ['“3a', 'heading'],
        ['Extra Work. Nordlicht GmbH may order extra work in writing.', 'paragraph'],
      ]),
    ).toEqual(['5', '5', '5']);
    expect(
      clauses([
        ['5. Pricing. The prices are fixed.', 'paragraph'],
        ['Rates and Charges', 'heading'],
        ['Extra Work. Nordlicht GmbH may order extra work in writing.', 'paragraph'],
      ]),
    ).toEqual(['5', undefined, undefined]);
  });
});

describe('a short line in the middle of a sentence', () => {
  it('does not end the item when the sentence goes on through it', () => {
    expect(
      clauses([
        ['9. Confidentiality', 'heading'],
        ['(a) As a consequence of this', 'paragraph'],
        ['Agreement and the', 'heading'],
        ['relationship it sets up, each party may learn secrets of Harbor Lane Inc.', 'paragraph'],
      ]),
    ).toEqual(['9', '9(a)', '9(a)', '9(a)']);
  });

  it('still ends it at a title between whole sentences, or one the text below does not go on from', () => {
    expect(
      clauses([
        ['9. Confidentiality', 'heading'],
        ['(a) Each party keeps secrets.', 'paragraph'],
        ['Storage Rules', 'heading'],
        ['crates are kept dry.', 'paragraph'],
      ]),
    ).toEqual(['9', '9(a)', undefined, undefined]);
    expect(
      clauses([
        ['9. Confidentiality', 'heading'],
        ['(a) As a consequence of this', 'paragraph'],
        ['Storage Rules', 'heading'],
        ['Crates are kept dry.', 'paragraph'],
      ]),
    ).toEqual(['9', '9(a)', undefined, undefined]);
  });

  it('cites the text after a clause title as its first item, and the items below it under the clause', () => {
    expect(
      clauses([
        ['4. Crate Fees. (a) Harbor Lane Inc. pays a fee of 900 EUR each year.', 'paragraph'],
        ['Contract Year', 'heading'],
        ['2031 | 900 EUR', 'table-row'],
        ['(b) Harbor Lane Inc. also pays a bonus.', 'paragraph'],
        ['5. Marketing. Harbor Lane Inc. promotes the crates.', 'paragraph'],
        ['(a) The promotion runs each season.', 'paragraph'],
      ]),
    ).toEqual(['4(a)', undefined, undefined, '4(b)', '5', '5(a)']);
  });
});
