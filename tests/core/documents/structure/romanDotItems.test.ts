import { describe, expect, it } from 'vitest';
import { parseClauseLabel } from '../../../../electron/core/documents/structure/clauseLabel';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';

type Hint = 'heading' | 'paragraph';
const clauses = (texts: [string, Hint][]): (string | undefined)[] =>
  buildStructure({ warnings: [], imageOnlyPages: [], pages: [{ number: 1, units: texts.map(([text, hint]) => ({ text, hint })) }] }).blocks.map((b) => b.clause);

describe('items numbered in small roman numerals with a full stop', () => {
  it('reads "ii.", "viii." as numerals and "i.", "v." as numerals or letters', () => {
    expect(parseClauseLabel('ii. Review the offers each month.')).toMatchObject({ kind: 'roman', label: '(ii)', rest: 'Review the offers each month.' });
    expect(parseClauseLabel('viii. The Buyer keeps the crates.')).toMatchObject({ kind: 'roman', label: '(viii)' });
    expect(parseClauseLabel('i. The Buyer keeps the crates.')).toMatchObject({ kind: 'roman', label: '(i)' });
    expect(parseClauseLabel('b. The Buyer keeps the crates.')).toMatchObject({ kind: 'letter', label: '(b)' });
    // No numeral: "vix." is no roman numeral; a word after the stop in lower case is no item.
    expect(parseClauseLabel('vix. The Buyer keeps the crates.')).toBeUndefined();
    expect(parseClauseLabel('ii. and the crates')).toBeUndefined();
  });

  it('nests the numerals under the lettered item in force', () => {
    expect(
      clauses([
        ['8. Insurance', 'heading'],
        ['(a) Title passes on delivery.', 'paragraph'],
        ['(b) The Grower keeps the following cover:', 'paragraph'],
        ['i. General liability cover of one million.', 'paragraph'],
        ['ii. Motor cover for each truck.', 'paragraph'],
        ['v. Recall cover for unfit crates.', 'paragraph'],
        ['(c) Each policy names Kestrel Holdings.', 'paragraph'],
      ]),
    ).toEqual(['8', '8(a)', '8(b)', '8(b)(i)', '8(b)(ii)', '8(b)(v)', '8(c)']);
  });

  it('goes on with a top list of numerals past the letters under one of them', () => {
    expect(
      clauses([
        ['Services: Harbor Lane Inc. provides these services:', 'paragraph'],
        ['i. Find new orchards.', 'paragraph'],
        ['ii. Review the offers.', 'paragraph'],
        ['iii. Present the offers each month.', 'paragraph'],
        ['a. The Grower may show an offer to others after a month.', 'paragraph'],
        ['iv. Negotiate a licence.', 'paragraph'],
        ['v. Prepare a financing plan.', 'paragraph'],
      ]),
    ).toEqual([undefined, '(i)', '(ii)', '(iii)', '(a)', '(iv)', '(v)']);
    // Without the numeral before the letters, a numeral under a lettered item stays its sub-item.
    expect(
      clauses([
        ['4. Fees', 'heading'],
        ['a. The Grower pays a fee for each crate.', 'paragraph'],
        ['iv. Storage is charged per week.', 'paragraph'],
      ]),
    ).toEqual(['4', '4(a)', '4(a)(iv)']);
  });
});

describe('clauses numbered "Term" and a number in words', () => {
  it('reads "Term Fourteen Force Majeure" as a clause cited as printed, and a term of years as none', () => {
    expect(parseClauseLabel('Term Fourteen Force Majeure')).toMatchObject({ kind: 'section', label: 'Term Fourteen', number: '14' });
    expect(parseClauseLabel('TERM TWO PAYMENT')).toMatchObject({ kind: 'section', label: 'TERM TWO', number: '2' });
    expect(parseClauseLabel('Term Two Years from the Effective Date')).toBeUndefined();
    expect(parseClauseLabel('Term Two (2) years from the Effective Date')).toBeUndefined();
    expect(parseClauseLabel('term fourteen of the lease')).toBeUndefined();
    expect(
      clauses([
        ['Term Thirteen Liability', 'heading'],
        ['(a) The Grower bears the loss it causes.', 'paragraph'],
        ['Term Fourteen Force Majeure', 'heading'],
        ['A party hit by a flood is excused.', 'paragraph'],
      ]),
    ).toEqual(['Term Thirteen', 'Term Thirteen(a)', 'Term Fourteen', 'Term Fourteen']);
  });
});

describe('an empty bullet joined to the numbered heading under it', () => {
  it('reads "● 2. COMPENSATION" as clause 2, a bullet before a sentence as a bullet', () => {
    expect(parseClauseLabel('● 2. COMPENSATION')).toMatchObject({ kind: 'number', number: '2', rest: 'COMPENSATION' });
    expect(parseClauseLabel('● 2. The Grower pays monthly.')).toMatchObject({ kind: 'bullet' });
    expect(parseClauseLabel('● Access is through the portal')).toMatchObject({ kind: 'bullet' });
    expect(
      clauses([
        ['1. SERVICES', 'heading'],
        ['● Harbor Lane Inc. hosts the portal.', 'paragraph'],
        ['● 2. COMPENSATION', 'paragraph'],
        ['● The Grower pays a monthly fee of ten dollars.', 'paragraph'],
      ]),
    ).toEqual(['1', '1', '2', '2']);
  });
});

describe('lines a clause leads in with a colon', () => {
  it('keeps the first line under a clause\'s title and colon in the clause, in capitals too', () => {
    expect(
      clauses([
        ['1. APPOINTMENT:', 'paragraph'],
        ['Kestrel Holdings appoints the Grower as its supplier.', 'paragraph'],
        ['2. DEFINITIONS:', 'paragraph'],
        ['INITIAL SUPPLY', 'heading'],
        ['PERIOD: April 1 through October 1', 'paragraph'],
        ['3. PRICES', 'heading'],
      ]),
    ).toEqual(['1', '1', '2', '2', '2', '3']);
    // A clause whose text is a sentence ending in a colon, or a title with no colon, leads in nothing.
    expect(
      clauses([
        ['2. DEFINITIONS', 'heading'],
        ['INITIAL SUPPLY', 'heading'],
      ]),
    ).toEqual(['2', undefined]);
  });

  it('keeps an address a long sentence leads in inside its clause', () => {
    expect(
      clauses([
        ['5. Kestrel Holdings pays the fee in five instalments.', 'paragraph'],
        ['(e) The last instalment falls due on December 1.', 'paragraph'],
        ['Each invoice shall name this amendment and shall be sent to Kestrel Holdings at the following address:', 'paragraph'],
        ['Kestrel Holdings Ltd', 'heading'],
        ['12 Quay Street', 'heading'],
        ['Upon payment of the fee, the Grower is paid in full for any loss arising from the smaller orders of the season.', 'paragraph'],
      ]),
    ).toEqual(['5', '5(e)', '5(e)', '5(e)', '5(e)', '5(e)']);
    // The same sentence not ending on the address leaves the heading under it a heading.
    expect(
      clauses([
        ['5. Kestrel Holdings pays the fee in five instalments.', 'paragraph'],
        ['Each invoice shall name this amendment and shall be sent to Kestrel Holdings each month.', 'paragraph'],
        ['Kestrel Holdings Ltd', 'heading'],
      ]),
    ).toEqual(['5', '5', undefined]);
  });
});
