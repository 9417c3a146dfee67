import { describe, expect, it } from 'vitest';
import { clauseAt, lineLabel, locate, normaliseClause, truthOf } from './citationTruth';

// An invented contract as pdftotext -layout prints it, with page furniture and a page break mid-sentence.
const PAGES = [
  [
    '                         ORCHARD SUPPLY AGREEMENT',
    '',
    'This Orchard Supply Agreement is made between Kestrel Holdings and the Grower.',
    '',
    '4.    PAYMENT',
    '      4.2   Kestrel Holdings shall pay the Grower within thirty days of each invoice.',
    '            (a) Late sums bear interest at two percent a month until they are paid',
    '                                          - 3 -',
  ].join('\n'),
  [
    'in full to the Grower.',
    '',
    'EXHIBIT A',
    'PRICE LIST',
    'Apples are priced per crate as the parties agree each season.',
  ].join('\n'),
];

describe('citation truth', () => {
  const doc = truthOf(PAGES);
  it('finds a sentence and the clause above it, items included', () => {
    const f = locate(doc, 'Kestrel Holdings shall pay the Grower within thirty days of each invoice.')!;
    expect(f.pages).toEqual([1]);
    expect(clauseAt(doc, f.start)).toBe('4.2');
    const item = locate(doc, 'Late sums bear interest at two percent a month until they are paid in full to the Grower.')!;
    expect(item.pages).toEqual([1, 2]);
    expect(clauseAt(doc, item.start)).toBe('4.2(a)');
  });
  it('gives no clause to the preamble and reads an exhibit under its title', () => {
    expect(clauseAt(doc, locate(doc, 'This Orchard Supply Agreement is made between Kestrel Holdings')!.start)).toBeUndefined();
    expect(clauseAt(doc, locate(doc, 'Apples are priced per crate as the parties agree')!.start)).toBe('exhibit a');
  });
  it('reads an exhibit under its title wrapped over lines of capitals, not under a heading after its text', () => {
    const d = truthOf([
      [
        '                EXHIBIT B',
        '          PRICE SCHEDULE FOR',
        '          ORCHARD SUPPLY CRATES',
        'Apples are priced per crate as the parties agree each season.',
        '',
        'DELIVERY TERMS',
        'Crates are delivered to the gate each week.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'Apples are priced per crate as the parties agree')!.start)).toBe('exhibit b');
    expect(clauseAt(d, locate(d, 'Crates are delivered to the gate each week')!.start)).toBeUndefined();
  });
  it('does not find words that are not there', () => {
    expect(locate(doc, 'The Grower may terminate on notice to Northvale.')).toBeUndefined();
  });
  it('reads labels, not page numbers, filing exhibit numbers or references', () => {
    expect(lineLabel('  4.2   Kestrel shall pay')).toEqual({ kind: 'number', number: '4.2' });
    expect(lineLabel('Section 7 Notices')).toMatchObject({ kind: 'keyword', number: '7' });
    expect(lineLabel('   (iv) any loss')).toEqual({ kind: 'sub', id: 'iv' });
    expect(lineLabel('  - 3 -')).toBeUndefined();
    expect(lineLabel('3')).toBeUndefined();
    expect(lineLabel('Exhibit 10.1')).toBeUndefined();
    expect(lineLabel('EXHIBIT 10(d)')).toBeUndefined();
    expect(lineLabel('EXHIBIT 4 (a) Price List')).toMatchObject({ kind: 'keyword', number: '4' });
    expect(lineLabel('Section 5 of the Act applies')).toBeUndefined();
    expect(lineLabel('2015 was a good year')).toBeUndefined();
  });
  it('reads a number spaced from its full stop and an item on the number\'s line', () => {
    expect(lineLabel('10 . The Grower shall keep records')).toEqual({ kind: 'number', number: '10' });
    expect(lineLabel('7. b. Survival. The duties of the Grower')).toEqual({ kind: 'number', number: '7', item: 'b' });
    expect(lineLabel('4. (c) Kestrel Holdings may')).toEqual({ kind: 'number', number: '4', item: 'c' });
    expect(lineLabel('3 . 5 million crates')).toBeUndefined();
    expect(lineLabel('7. b. the rest')).toBeUndefined();
    const d = truthOf([['6. a. Records. The Grower keeps records of each harvest.', '   (ii) Each record names the orchard block and the date.', '8 . Kestrel Holdings shall inspect the records.'].join('\n')]);
    expect(clauseAt(d, locate(d, 'The Grower keeps records of each harvest')!.start)).toBe('6(a)');
    expect(clauseAt(d, locate(d, 'Each record names the orchard block')!.start)).toBe('6(a)(ii)');
    expect(clauseAt(d, locate(d, 'Kestrel Holdings shall inspect the records')!.start)).toBe('8');
  });
  it('reads the first item run in after a clause title on the label\'s line', () => {
    expect(lineLabel('11. LATE DELIVERY. (a) If the Grower fails to deliver')).toEqual({ kind: 'number', number: '11', item: 'a' });
    expect(lineLabel('   3. Payments; Records. a) Fees are paid')).toEqual({ kind: 'number', number: '3', item: 'a' });
    expect(lineLabel('Section 4. Fees and Costs. (a) If there is')).toMatchObject({ kind: 'keyword', number: '4', item: 'a' });
    expect(lineLabel('9. The Grower agrees that: (a) Crates are kept')).toEqual({ kind: 'number', number: '9' });
    expect(lineLabel('9. Delivery. (b) Crates are kept dry')).toEqual({ kind: 'number', number: '9' });
    const d = truthOf([['5. Fees. (a) Kestrel Holdings pays a fee for each crate it takes.', '(i) The fee is set each season by the parties.', '(b) Late fees bear interest at two percent a month.', '6. Storage. The Grower keeps the crates dry at all times.'].join('\n')]);
    expect(clauseAt(d, locate(d, 'Kestrel Holdings pays a fee for each crate')!.start)).toBe('5(a)');
    expect(clauseAt(d, locate(d, 'The fee is set each season by the parties')!.start)).toBe('5(a)(i)');
    expect(clauseAt(d, locate(d, 'Late fees bear interest at two percent')!.start)).toBe('5(b)');
    expect(clauseAt(d, locate(d, 'The Grower keeps the crates dry')!.start)).toBe('6');
  });
  it('reads figures under a lettered item\'s lead-in as its sub-items, other figures as items of the clause', () => {
    const d = truthOf([
      [
        '7. Secrets',
        '   (e) Each party keeps the other party\'s secrets safe.',
        '   f.  A party may disclose secrets only as',
        '       follows:',
        '         (1) to advisers bound to keep them safe;',
        '         (2) to a court that orders the disclosure.',
        '   (g) These duties last five years after the end.',
        '8. Crates',
        '   (a) Harbor Lane Inc. collects the crates each week.',
        '   (1) Crates are counted at the orchard gate.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'to advisers bound to keep them safe')!.start)).toBe('7(f)(1)');
    expect(clauseAt(d, locate(d, 'to a court that orders the disclosure')!.start)).toBe('7(f)(2)');
    expect(clauseAt(d, locate(d, 'These duties last five years')!.start)).toBe('7(g)');
    expect(clauseAt(d, locate(d, 'Crates are counted at the orchard gate')!.start)).toBe('8(1)');
  });
  it('reads an item that goes on a list run into the sentence above as the sentence\'s, not a label', () => {
    const d = truthOf([
      [
        '9. Insurance',
        'B.   The Grower keeps insurance. This cover will include (a) workers\'',
        'cover, (b) general liability insurance for the orchard, and',
        '(c) motor cover for its lorries. Kestrel Holdings may ask for proof of cover.',
        '',
        '(c) The Grower pays the premiums.',
        '(d) The Grower names Kestrel Holdings on each policy.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'Kestrel Holdings may ask for proof of cover')!.start)).toBe('9(b)');
    expect(clauseAt(d, locate(d, 'The Grower pays the premiums')!.start)).toBe('9(c)');
    expect(clauseAt(d, locate(d, 'The Grower names Kestrel Holdings on each policy')!.start)).toBe('9(d)');
  });
  it('reads sections numbered with the section sign under a part, not references to statutes', () => {
    const d = truthOf([
      [
        'II. Orchard Programme',
        '§ 1 Joining the Programme',
        'A grower joins the programme once Kestrel Holdings approves it.',
        '§ 2 iOrchard Crates',
        '(1) The Grower keeps its crates dry.',
        '(2) Crates are counted at the orchard gate each week.',
        'III. General Terms',
        '§ 1 Term',
        'This agreement runs for one season.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'A grower joins the programme once Kestrel Holdings approves it')!.start)).toBe('1');
    expect(clauseAt(d, locate(d, 'Crates are counted at the orchard gate each week')!.start)).toBe('2(2)');
    expect(clauseAt(d, locate(d, 'This agreement runs for one season')!.start)).toBe('1');
    expect(lineLabel('§ 6 Late Payment')).toEqual({ kind: 'number', number: '6' });
    // A reference starting a wrapped line: letters or a comma follow the number, or a sentence goes on.
    expect(lineLabel('§ 1320a-7a(g), and has no action pending against it.')).toBeUndefined();
    expect(lineLabel('§101, et seq. as the law provides.')).toBeUndefined();
    expect(lineLabel('§ 4 of the act applies to all crates sold, in every season.')).toBeUndefined();
    expect(lineLabel('§ 4 of the Act')).toBeUndefined();
    // A bullet printed as a section sign is no label.
    expect(lineLabel('§ Password')).toBeUndefined();
  });

  it('ends an item at a paragraph opening with its own title in capitals, not at a wrapped sentence in capitals', () => {
    const d = truthOf([
      [
        'TERM. This agreement runs for one season.',
        '(a) Kestrel Holdings may extend it by one month.',
        'CONFIDENTIALITY. The Grower keeps the prices secret for so long as',
        'they are not public.',
        'FEES & COSTS. Each party bears its own costs of the season.',
        '7. Delivery',
        '(a) The Grower delivers the crates to the gate. THE GROWER BEARS THE RISK',
        'UNTIL DELIVERY. NO CLAIM LIES FOR',
        'DAMAGE. The crates are counted each week.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'Kestrel Holdings may extend it by one month')!.start)).toBe('(a)');
    expect(clauseAt(d, locate(d, 'The Grower keeps the prices secret for so long as they are not public')!.start)).toBeUndefined();
    expect(clauseAt(d, locate(d, 'Each party bears its own costs of the season')!.start)).toBeUndefined();
    // "DAMAGE." ends a sentence of capitals wrapped onto the line; the line above ends no sentence.
    expect(clauseAt(d, locate(d, 'The crates are counted each week')!.start)).toBe('7(a)');
  });

  it('ends an item at a heading in title case standing alone, not at short lines under a lead-in or a wrapped line', () => {
    const d = truthOf([
      [
        '7. Warranties',
        '(a) The Grower warrants the crates are sound.',
        '(b) The Grower warrants the apples are graded.',
        '',
        'Limited Warranty',
        '',
        'Kestrel Holdings may return an unsound crate within ten days.',
        '(c) Notices go to the address below:',
        '',
        'Harbor Lane Holdings',
        'Each notice is sent by courier.',
        '(d) The Grower sends each invoice to the Buyer',
        'Accounts Payable Office',
        'by the fifth day of the month.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'Kestrel Holdings may return an unsound crate within ten days')!.start)).toBe('7');
    expect(clauseAt(d, locate(d, 'Each notice is sent by courier')!.start)).toBe('7(c)');
    expect(clauseAt(d, locate(d, 'by the fifth day of the month')!.start)).toBe('7(d)');
  });
  it('passes over a running header in capitals, not over the title a running footer repeats', () => {
    const page = (n: number, body: string[]): string => ['                 DRAFT FOR SIGNATURE', ...body, `            - ${n} -`, 'ORCHARD SUPPLY AGREEMENT'].join('\n');
    const d = truthOf([
      ['                 DRAFT FOR SIGNATURE', 'ORCHARD SUPPLY AGREEMENT'].join('\n'),
      ['                 DRAFT FOR SIGNATURE', 'TABLE OF CONTENTS', 'Exhibit 4 - Crate Prices', '            - i -', 'ORCHARD SUPPLY AGREEMENT'].join('\n'),
      ['ORCHARD SUPPLY AGREEMENT', '', 'This agreement is made between Kestrel Holdings and the Grower.', '4. Payment', '(c) Kestrel Holdings pays each invoice within ten days', '            - 1 -', 'ORCHARD SUPPLY AGREEMENT'].join('\n'),
      page(2, ['of its receipt by the Buyer.', 'Late sums bear interest at two percent a month.']),
      page(3, ['5. Delivery', 'The Grower delivers the crates.']),
      page(4, ['The crates are counted at the gate.']),
    ]);
    expect(clauseAt(d, locate(d, 'Kestrel Holdings pays each invoice within ten days of its receipt by the Buyer')!.start)).toBe('4(c)');
    expect(clauseAt(d, locate(d, 'Late sums bear interest at two percent a month')!.start)).toBe('4(c)');
    expect(clauseAt(d, locate(d, 'This agreement is made between Kestrel Holdings and the Grower')!.start)).toBeUndefined();
    expect(clauseAt(d, locate(d, 'The crates are counted at the gate')!.start)).toBe('5');
  });
  it('ends an item at a paragraph opening with its title in capitals and a colon', () => {
    const d = truthOf([
      [
        '(a) Kestrel Holdings may sell the crates at the market.',
        'SHARED REVENUE: The Grower receives half of the net revenue of each sale.',
        '(b) The Buyer keeps the records of the sales.',
        'ATTENTION: Legal',
        'The Buyer sends the records each quarter.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'The Grower receives half of the net revenue of each sale')!.start)).toBeUndefined();
    expect(clauseAt(d, locate(d, 'The Buyer sends the records each quarter')!.start)).toBe('(b)');
  });
  it('reads "4)" under a clause numbered otherwise as its item, and "2)" as a clause where clauses are numbered so', () => {
    const d = truthOf([
      [
        '11.   TERMINATION',
        '      A. DEFAULT',
        '      Kestrel Holdings may end this agreement on any of the following events:',
        '                                        Orchard Supply Agreement            Page 5',
      ].join('\n'),
      [
        '      1) The Grower fails to deliver crates for a month;',
        '      2) The Grower stops trading.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'The Grower stops trading')!.start)).toBe('11(a)(2)');
    expect(clauseAt(d, locate(d, 'The Grower fails to deliver crates for a month')!.start)).toBe('11(a)(1)');
    const top = truthOf([
      [
        'ORCHARD SUPPLY AGREEMENT',
        '1) Term. This agreement runs for one season.',
        '2) Price. Kestrel Holdings pays per crate delivered.',
        'SCHEDULE 2',
        '1) The Grower keeps records of each crate.',
      ].join('\n'),
    ]);
    expect(clauseAt(top, locate(top, 'Kestrel Holdings pays per crate delivered')!.start)).toBe('2');
    expect(clauseAt(top, locate(top, 'The Grower keeps records of each crate')!.start)).toBe('schedule 2(1)');
  });

  it('reads "(v)" after "(iv)" as a numeral of the run, "(v)" after "(u)" as a letter', () => {
    const lines = ['8. Pricing', '(i) Apples are priced per crate.', '(ii) Pears are priced per box.', '(iii) Plums are priced per tray.', '(iv) Quinces are priced per sack.', '(v) Delivery is charged per mile travelled.'];
    const d = truthOf([lines.join('\n')]);
    expect(clauseAt(d, locate(d, 'Delivery is charged per mile travelled')!.start)).toBe('8(v)');
    const e = truthOf([['8. Pricing', '(a) The Grower invoices:', ...lines.slice(1)].join('\n')]);
    expect(clauseAt(e, locate(e, 'Delivery is charged per mile travelled')!.start)).toBe('8(a)(v)');
    const f = truthOf([['8. Pricing', '(t) Apples are priced per crate.', '(u) Pears are priced per box.', '(v) Delivery is charged per mile travelled.'].join('\n')]);
    expect(clauseAt(f, locate(f, 'Delivery is charged per mile travelled')!.start)).toBe('8(v)');
  });
  it('reads a number glued to its title, not a figure after its number in words', () => {
    expect(lineLabel('1.PRICES:')).toEqual({ kind: 'number', number: '1' });
    expect(lineLabel('4.2Warranty. The Grower warrants')).toEqual({ kind: 'number', number: '4.2' });
    expect(lineLabel('12Months of supply')).toBeUndefined();
    expect(lineLabel('1.5m crates')).toBeUndefined();
    const d = truthOf([['5.DELIVERY:', 'The Grower delivers a crate of seven', '(7) apples to Northvale each week.', '(2) Kestrel Holdings pays on delivery.'].join('\n')]);
    expect(clauseAt(d, locate(d, 'apples to Northvale each week')!.start)).toBe('5');
    expect(clauseAt(d, locate(d, 'Kestrel Holdings pays on delivery')!.start)).toBe('5(2)');
  });
  it('ends a clause at a lone one-word heading in capitals, not at a wrapped word in capitals', () => {
    const d = truthOf([['9. Records. The Grower keeps records of each harvest', 'and of each delivery to Northvale.', '', '', '                INSURANCE', '', 'The Grower insures the orchard.'].join('\n')]);
    expect(clauseAt(d, locate(d, 'The Grower insures the orchard')!.start)).toBeUndefined();
    const e = truthOf([['9. LIABILITY. THE GROWER IS NOT LIABLE FOR ANY LOSS OF', 'PROFITS', 'The Grower insures the orchard.'].join('\n')]);
    expect(clauseAt(e, locate(e, 'The Grower insures the orchard')!.start)).toBe('9');
    // A centred word atop a page, the text right under it: the contract's title after its contents.
    const f = truthOf([
      ['9. Exhibit 9 - Crate Prices', '          - ii -'].join('\n'),
      ['                              AGREEMENT', '   This Agreement is made between Kestrel Holdings and the Grower.', '9. LIABILITY. THE GROWER IS NOT LIABLE FOR ANY LOSS OF', '   PROFITS', 'The Grower insures the orchard.'].join('\n'),
    ]);
    expect(clauseAt(f, locate(f, 'This Agreement is made between Kestrel Holdings and the Grower')!.start)).toBeUndefined();
    expect(clauseAt(f, locate(f, 'The Grower insures the orchard')!.start)).toBe('9');
  });
  it('reads a section numbered in words, not a number in words in prose', () => {
    expect(lineLabel('         SECTION FOURTEEN. TERMINATION')).toEqual({ kind: 'keyword', word: 'section', id: 'FOURTEEN' });
    expect(lineLabel('Article Twenty-One Notices')).toEqual({ kind: 'keyword', word: 'article', id: 'Twenty-One' });
    expect(lineLabel('Section One of the Act applies')).toBeUndefined();
    expect(lineLabel('section one applies')).toBeUndefined();
    const d = truthOf([['SECTION NINE. DEFAULT', 'A. The Grower may end this agreement on breach.'].join('\n')]);
    expect(normaliseClause(clauseAt(d, locate(d, 'The Grower may end this agreement on breach')!.start)!)).toBe('nine(a)');
  });
  it('reads top clauses numbered in capital roman numerals, not the items of a list', () => {
    expect(lineLabel('IV. EXPENSES')).toEqual({ kind: 'number', number: 'IV' });
    expect(lineLabel('II. Orchard Program')).toEqual({ kind: 'number', number: 'II' });
    expect(lineLabel('V.   TERM/TERMINATION')).toEqual({ kind: 'number', number: 'V', single: true });
    expect(lineLabel('         II.    Make crates available at the orchard gate.')).toBeUndefined();
    expect(lineLabel('D.   ADDITIONAL CRATES. Each party shall')).toEqual({ kind: 'sub', id: 'd' });
    expect(lineLabel('CIV. NOTICES')).toBeUndefined();
    const d = truthOf([
      [
        'III. SERVICES',
        '     A.  Kestrel Holdings collects the crates each week.',
        '         I.   Make crates available at the orchard gate.',
        'IV. EXPENSES',
        'Each party bears its own costs of travel.',
        'V. TERM AND TERMINATION',
        '     A.  The term of the agreement is two harvests.',
        '     B.  PROVISIONS. Neither party may end the agreement early.',
        '     C.  NOTICES. Notices go to the addresses above.',
        '     D.  WAIVER. No waiver binds unless written.',
        '     E.  COSTS. Each party pays its own fees.',
        '     F.  FORM. This agreement is in writing.',
        '     G.  PARTS. Counterparts are one agreement.',
        '     H.  HEADINGS. Headings do not bind the parties.',
        '     I.  ASSIGNMENT. Neither party may assign without consent.',
      ].join('\n'),
    ]);
    const at = (q: string): string | undefined => normaliseClause(clauseAt(d, locate(d, q)!.start) ?? '');
    expect(at('Kestrel Holdings collects the crates each week')).toBe('iii(a)');
    expect(at('Each party bears its own costs of travel')).toBe('iv');
    expect(at('The term of the agreement is two harvests')).toBe('v(a)');
    // "I." after "H." is the next letter, not the first numeral.
    expect(at('Neither party may assign without consent')).toBe('v(i)');
  });
  it('reads a clause three levels deep opening in lower case, not a reference wrapped onto the line', () => {
    expect(lineLabel('     8.2.1   one Party is in breach of its duties;')).toEqual({ kind: 'number', number: '8.2.1' });
    expect(lineLabel('8.2.1 of the Supply Agreement applies to each crate.')).toBeUndefined();
    expect(lineLabel('4.2 of the Supply Agreement applies to each crate.')).toBeUndefined();
    const d = truthOf([['8.2 Either party may end this Agreement if', '     8.2.1   the other party is in breach of its duties;', '     8.2.2   the other party stops trading.'].join('\n')]);
    expect(clauseAt(d, locate(d, 'the other party stops trading')!.start)).toBe('8.2.2');
  });
  it('reads an item closed by its bracket opening in lower case, not a letter and full stop so printed', () => {
    expect(lineLabel('     b)    such party becomes insolvent; or')).toEqual({ kind: 'sub', id: 'b' });
    expect(lineLabel('b) of the Supply Agreement applies.')).toBeUndefined();
    expect(lineLabel('m. and the crates are counted.')).toBeUndefined();
    const d = truthOf([['15.1 A party is in default if:', '     a)    such party fails to deliver the crates;', '     b)    such party stops trading.'].join('\n')]);
    expect(clauseAt(d, locate(d, 'such party stops trading')!.start)).toBe('15.1(b)');
  });
  it('reads a clause number with a capital letter after it', () => {
    expect(lineLabel('7A. Insurance')).toEqual({ kind: 'number', number: '7A' });
    expect(lineLabel('7A Insurance')).toBeUndefined();
    expect(lineLabel('12B. the rest')).toBeUndefined();
    expect(lineLabel('      3A.9    Kestrel Holdings is not liable for the crates.')).toEqual({ kind: 'number', number: '3A.9' });
    const d = truthOf([['7. Price. The price is set each season.', '7A. Insurance', 'The Grower insures the orchard.'].join('\n')]);
    expect(clauseAt(d, locate(d, 'The Grower insures the orchard')!.start)).toBe('7A');
  });
  it('reads roman items past twelve', () => {
    const d = truthOf([['4. Warranties', '(xii) The crates are sound.', '(xiii) The apples are ripe when picked.', '(xvii) The pears are ripe when picked.'].join('\n')]);
    expect(clauseAt(d, locate(d, 'The apples are ripe when picked')!.start)).toBe('4(xiii)');
    expect(clauseAt(d, locate(d, 'The pears are ripe when picked')!.start)).toBe('4(xvii)');
  });
  it('gives no clause to the testimonium and the signatures under it, but keeps an exhibit signed on its own', () => {
    const d = truthOf([
      [
        '14.3 Counterparts. This Agreement may be signed in counterparts.',
        '     IN WITNESS WHEREOF, the parties have signed this Orchard Supply Agreement on the date above.',
        'KESTREL HOLDINGS LLC                     THE GROWER',
        'By: /s/ Ann Lee                           By: /s/ Tom Reed',
        'Date: March 2, 2021                       Date: March 4, 2021',
        '',
        'EXHIBIT B',
        'FORM OF JOINDER',
        '1. The new grower joins the Orchard Supply Agreement as a grower.',
        'In Witness Whereof the new grower signs this joinder on the date written below.',
        'Date: April 9, 2021',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'This Agreement may be signed in counterparts')!.start)).toBe('14.3');
    expect(clauseAt(d, locate(d, 'the parties have signed this Orchard Supply Agreement')!.start)).toBeUndefined();
    expect(clauseAt(d, locate(d, 'Date: March 2, 2021 Date: March 4, 2021')!.start)).toBeUndefined();
    expect(clauseAt(d, locate(d, 'The new grower joins the Orchard Supply Agreement')!.start)).toBe('1');
    expect(clauseAt(d, locate(d, 'the new grower signs this joinder on the date')!.start)).toBe('exhibit b');
  });
  it('reads an exhibit reference wrapped onto a line above a testimonium as no exhibit', () => {
    const d = truthOf([
      [
        '9. Marketing. The Grower shall sell the apples named in',
        'Exhibit 3, to shops in the region, at the prices of the season.',
        'IN WITNESS WHEREOF, the parties have signed this Orchard Supply Agreement on the date above.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'the parties have signed this Orchard Supply Agreement')!.start)).toBeUndefined();
  });
  it('reads a heading numbered without its full stop before a title in capitals, not a quantity', () => {
    expect(lineLabel('9          LIMITATION OF LIABILITY.')).toEqual({ kind: 'number', number: '9' });
    expect(lineLabel('12 MONTHS')).toBeUndefined();
    expect(lineLabel('9 Limitation of Liability')).toBeUndefined();
    const d = truthOf([
      ['8.2   Limits. The Grower is not liable for hail.', '9          LIMITATION OF LIABILITY.', '           NEITHER PARTY SHALL BE LIABLE FOR LOST CROPS OR SPOILED FRUIT.'].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'NEITHER PARTY SHALL BE LIABLE FOR LOST CROPS')!.start)).toBe('9');
  });
  it('reads an exhibit numbered after a clause with its title after a dash, not the filing\'s exhibit number', () => {
    expect(lineLabel('Exhibit 10.1')).toBeUndefined();
    expect(lineLabel('Exhibit 4.2 — Price list per season')).toEqual({ kind: 'keyword', word: 'exhibit', id: '4.2', number: '4.2' });
    const d = truthOf([
      ['                    Exhibit 10.3', 'This Orchard Supply Agreement is made by Kestrel Holdings and the Grower.', '          Exhibit 4.2 — Price list per season', 'The price of a crate of apples is set each season by the parties.'].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'This Orchard Supply Agreement is made by Kestrel')!.start)).toBeUndefined();
    expect(clauseAt(d, locate(d, 'The price of a crate of apples is set')!.start)).toBe('exhibit 4.2');
  });
  it('reads a line of capitals ending in a comma, or of two columns far apart, as no heading', () => {
    expect(lineLabel('CONTRACT, NEGLIGENCE,')).toBeUndefined();
    expect(lineLabel('      KESTREL HOLDINGS                NORTHVALE GROWERS')).toBeUndefined();
    expect(lineLabel('LIMITATION OF LIABILITY')).toEqual({ kind: 'break' });
    expect(lineLabel('TERMS, PRICES AND DELIVERY')).toEqual({ kind: 'break' });
    const d = truthOf([
      [
        '15.   LIMITATION OF LIABILITY',
        'UNDER NO CIRCUMSTANCES SHALL EITHER PARTY BE LIABLE TO THE OTHER UNDER ANY',
        'CONTRACT, NEGLIGENCE,',
        'STRICT LIABILITY OR OTHER THEORY FOR ANY LOST CROPS.',
        '16.   NOTICES. Notices go to the addresses below:',
        '      KESTREL HOLDINGS                NORTHVALE GROWERS',
        '      12 Quay Street                  4 Harbor Lane',
        'Either party may change its address for notices by giving written notice to the other.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'STRICT LIABILITY OR OTHER THEORY FOR ANY LOST CROPS')!.start)).toBe('15');
    expect(clauseAt(d, locate(d, 'Either party may change its address for notices')!.start)).toBe('16');
  });
  it('reads the first item of a list run into the sentence above, wrapped onto a line, as the sentence\'s', () => {
    const d = truthOf([
      [
        '9.1 Marks. Kestrel Holdings may use the Grower\'s marks solely in connection with',
        '(i) the sale of its apples, and (ii) in leaflets about the season. The Grower',
        'owns its marks and may withdraw this permission on notice.',
        '9.2 Crates. The Grower shall deliver the apples:',
        '(a) in crates of twenty kilograms; and (b) on pallets when asked;',
        'Each crate is marked with the orchard\'s name.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'The Grower owns its marks and may withdraw this permission')!.start)).toBe('9.1');
    // Under a lead-in ending in a colon, the item's line is the item's, whatever it holds after.
    expect(clauseAt(d, locate(d, 'Each crate is marked with the orchard')!.start)).toBe('9.2(a)');
  });
  it('reads a reference wrapped onto a line before a comma or a quoted title as no label', () => {
    expect(lineLabel('Exhibit B, and may be renewed for one more season by agreement.')).toBeUndefined();
    expect(lineLabel('Section 12.1 ("Term and Termination"), (i) the Grower may sell its crates')).toBeUndefined();
    expect(lineLabel('Section 12.1 (Term). The Grower may end this agreement.')).toEqual({ kind: 'keyword', word: 'section', id: '12.1', number: '12.1' });
    expect(lineLabel('SCHEDULE 2, PART A')).toEqual({ kind: 'keyword', word: 'schedule', id: '2', number: '2' });
    const d = truthOf([
      [
        '12.1 TERM. This agreement runs for the term set out in',
        'Exhibit B, and may be renewed for one more season by agreement.',
        '12.3 EFFECT OF TERMINATION. On termination, other than under',
        'Section 12.1 ("Term and Termination"), (i) the Grower may sell its crates',
        'for one month. Sums paid are not refunded.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'and may be renewed for one more season')!.start)).toBe('12.1');
    expect(clauseAt(d, locate(d, 'Sums paid are not refunded')!.start)).toBe('12.3');
  });
  it('reads a clause label after a line ending "in" or "and" as a reference wrapped onto the line', () => {
    const d = truthOf([
      [
        'SECTION 4.0 TERM',
        'This agreement runs for three years unless ended as provided in',
        'Section 5.0. This agreement then renews for periods of one year each.',
        '',
        'SECTION 5.0 TERMINATION',
        '5.1 Breach. Either party may end this agreement on the terms of Sections 3.2 and',
        '4.1 (Delivery) hereof. Notice is given in writing.',
        '(a) The Grower may end it if unpaid; and',
        '5.2 Effect. Crates go back to the Grower.',
        // A semicolon some PDFs print as the Greek question mark.
        '(b) Kestrel Holdings may end it if crates are late\u037e or',
        '5.3 Costs. Each party bears its own costs.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'This agreement then renews for periods of one year')!.start)).toBe('4.0');
    expect(clauseAt(d, locate(d, 'Notice is given in writing')!.start)).toBe('5.1');
    // After an item closed by "; and", the next clause's number is its label.
    expect(clauseAt(d, locate(d, 'Crates go back to the Grower')!.start)).toBe('5.2');
    expect(clauseAt(d, locate(d, 'Each party bears its own costs')!.start)).toBe('5.3');
  });
  it('reads a clause whose title a filing left out as confidential by its number', () => {
    expect(lineLabel('4.2     [ * ]. Notwithstanding anything to the contrary, the fee is capped.')).toEqual({ kind: 'number', number: '4.2' });
    expect(lineLabel('4.2 [Delivery] hereof. Notice is given in writing.')).toBeUndefined();
    const d = truthOf([
      ['4.1     Payments. Kestrel Holdings pays the Grower each month.', '4.2     [ * ]. Notwithstanding anything to the contrary, the fee is capped.', '        Kestrel Holdings may raise the cap on written notice.'].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'Kestrel Holdings may raise the cap on written notice')!.start)).toBe('4.2');
  });
  it('compares clauses as written', () => {
    expect(normaliseClause('Section 4.2')).toBe('4.2');
    expect(normaliseClause('4.2.')).toBe('4.2');
    expect(normaliseClause('ARTICLE IV')).toBe('article iv');
  });
});

describe('citation truth: term sheets, inline lists, repeated words', () => {
  it('reads a title set well below its exhibit label as the label\'s, and its text as the exhibit\'s', () => {
    const d = truthOf([
      ['12. NOTICES. Notices are in writing.', '', '                Exhibit A', '', '', '', '', '          CONFIDENTIAL TERM SHEET', '', 'Statement of Work: Harbor Lane Inc. finds new orchards for the Grower.'].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'Harbor Lane Inc. finds new orchards for the Grower')!.start)).toBe('exhibit a');
    // A heading in capitals after a paragraph still ends the clause, however far below it.
    const e = truthOf([['12. NOTICES. Notices are in writing.', '', '', '', '', 'CONFIDENTIAL TERM SHEET', 'Harbor Lane Inc. finds new orchards for the Grower.'].join('\n')]);
    expect(clauseAt(e, locate(e, 'Harbor Lane Inc. finds new orchards for the Grower')!.start)).toBeUndefined();
  });

  it('reads "Exhibit A); and" opening a line as a reference', () => {
    expect(lineLabel('Exhibit A); and')).toBeUndefined();
    expect(lineLabel('Exhibit A; and the Grower')).toBeUndefined();
    expect(lineLabel('Exhibit A')).toMatchObject({ kind: 'keyword', id: 'A' });
  });

  it('reads a first item wrapped to a line\'s start as a sentence\'s when the next item follows inside a later line', () => {
    const d = truthOf([
      ['Maintenance during the term shall include', '(1) standard upgrades offered to the growers generally, and such', 'changes as the law requires of which it is notified (2)', 'call-in support on weekdays.', '', 'THE MASTER AGREEMENT GOVERNS THIS MAINTENANCE AGREEMENT.'].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'THE MASTER AGREEMENT GOVERNS THIS MAINTENANCE AGREEMENT')!.start)).toBeUndefined();
    // A list set out line by line keeps its items.
    const e = truthOf([['7. Maintenance during the term shall include', '(1) standard upgrades offered to the growers;', '(2) call-in support on weekdays.'].join('\n')]);
    expect(clauseAt(e, locate(e, 'call-in support on weekdays')!.start)).toBe('7(2)');
  });

  it('passes over the running header of printed pages set two to a PDF page', () => {
    const d = truthOf([
      ['   9', '                 DRAFT COPY', '11.7 Survival. The duties survive.', '', '   10', '                 DRAFT COPY', '', '             EXHIBIT A', '(a) The Grower keeps the prices secret.', '(b) The Grower returns the price lists.'].join('\n'),
      ['   11', '                 DRAFT COPY', '', 'returned in full on request.', '(c) The Grower owns no part of the crates.'].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'The Grower owns no part of the crates')!.start)).toBe('exhibit a(c)');
    // Met only twice, the same line in capitals is a heading.
    const e = truthOf([
      ['11.7 Survival. The duties survive.', '', '             EXHIBIT A', '(a) The Grower keeps the prices secret.', '                 DRAFT COPY', '(b) The Grower returns the price lists.'].join('\n'),
      ['                 DRAFT COPY', '(c) The Grower owns no part of the crates.'].join('\n'),
    ]);
    expect(clauseAt(e, locate(e, 'The Grower returns the price lists')!.start)).toBe('(b)');
  });

  it('finds words printed twice at the place on the cited page', () => {
    const d = truthOf([
      ['6. RENEWAL. This Agreement may be renewed by the written agreement of the parties.'].join('\n'),
      ['            Exhibit A', 'TERM SHEET', 'Term: This Agreement may be renewed by the written agreement of the parties.'].join('\n'),
    ]);
    const q = 'This Agreement may be renewed by the written agreement of the parties.';
    expect(locate(d, q)!.pages).toEqual([1]);
    expect(locate(d, q, [2])!.pages).toEqual([2]);
    expect(clauseAt(d, locate(d, q, [2])!.start)).toBe('exhibit a');
    expect(locate(d, q, [3])!.pages).toEqual([1]);
  });

  it('reads items numbered "ii.", "viii." and a top list of numerals past the letters under one of them', () => {
    expect(lineLabel('   viii. The Buyer keeps the crates.')).toEqual({ kind: 'sub', id: 'viii' });
    expect(lineLabel('   vix. The Buyer keeps the crates.')).toBeUndefined();
    const d = truthOf([
      ['Services: Harbor Lane Inc. provides these services:', '   i.   Find new orchards.', '   ii.  Review the offers.', '   iii. Present the offers each month.', '          a. The Grower may show an offer to others.', '   iv.  Negotiate a licence for the Grower.'].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'Negotiate a licence for the Grower')!.start)).toBe('(iv)');
    const e = truthOf([['8. INSURANCE', '(b) The Grower keeps this cover:', '   i.   General liability cover of one million.', '   ii.  Motor cover for each truck of the Grower.'].join('\n')]);
    expect(clauseAt(e, locate(e, 'Motor cover for each truck of the Grower')!.start)).toBe('8(b)(ii)');
  });

  it('reads a clause numbered "Term Fourteen", not a term of years', () => {
    expect(lineLabel('Term Fourteen Force Majeure')).toMatchObject({ kind: 'keyword', word: 'term', id: 'Fourteen' });
    expect(lineLabel('Term Two Years')).toBeUndefined();
    expect(lineLabel('Term: Two years from signing')).toBeUndefined();
    const d = truthOf([['9. The Grower bears its own losses.', '', 'Term Fourteen Force Majeure', '', 'A party hit by a flood is excused from its duties.'].join('\n')]);
    expect(normaliseClause(clauseAt(d, locate(d, 'A party hit by a flood is excused')!.start)!)).toBe('term fourteen');
  });
});

describe('citation truth: figures led in after a lettered item\'s numerals', () => {
  it('reads "(1)", "(2)" under the lettered item, not under its last numeral alone', () => {
    const d = truthOf([
      [
        '2.2 Licences.',
        '     (b) Licence to the Buyer. The Grower grants the Buyer a licence',
        '           (i) to pack apples; and',
        '           (ii) to sell apples at the gate.',
        '     The rights under this Section 2.2(b) include:',
        '                 (1) the right to print labels; and',
        '                 (2) the right to ship crates abroad.',
        'This Section 2.2(b) grants no right to the marks.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'the right to ship crates abroad')!.start)).toBe('2.2(b)(2)');
    expect(clauseAt(d, locate(d, 'to sell apples at the gate')!.start)).toBe('2.2(b)(ii)');
    // The last sentence opens back at the clause's margin, left of every item above it: it is the clause's.
    expect(clauseAt(d, locate(d, 'This Section 2.2(b) grants no right to the marks')!.start)).toBe('2.2');
  });
});

describe('citation truth: labels set apart from lower-case text', () => {
  it('reads a letter tabbed from lower-case text as an item, a letter one space from it as none', () => {
    expect(lineLabel('c.    the amount of any other direct damages')).toEqual({ kind: 'sub', id: 'c' });
    expect(lineLabel('m. the orchard closes at noon')).toBeUndefined();
    const d = truthOf([['9.1 Liability. The Grower is liable for no more than:', 'a.    payments under Section 8.1;', 'b.    the charges paid in the last twelve months of the season.'].join('\n')]);
    expect(clauseAt(d, locate(d, 'the charges paid in the last twelve months')!.start)).toBe('9.1(b)');
  });

  it('reads a clause three levels deep opening on an amount as that clause', () => {
    expect(lineLabel('   6.2.2.   $500 within 90 days after the Effective Date;')).toEqual({ kind: 'number', number: '6.2.2' });
    expect(lineLabel('6.2 $500 is due on signing')).toBeUndefined();
  });
});

describe('citation truth: a reference with its items', () => {
  it('reads "Section 14.2(a)(2) to read…" at a line start as a reference, "Section 14.2(a) The…" as a label', () => {
    expect(lineLabel('Section 14.2(a)(2) to read in its entirety as follows:')).toBeUndefined();
    expect(lineLabel('Section 14.2 to read in its entirety as follows:')).toBeUndefined();
    expect(lineLabel('Section 14.2 Termination. Either party may end this Agreement.')).toMatchObject({ kind: 'keyword', number: '14.2' });
    expect(lineLabel('Section 14.2(a) Either party may end this Agreement.')).toMatchObject({ kind: 'keyword', number: '14.2' });
  });
});

describe('citation truth: a table of contents', () => {
  const d = truthOf([
    [
      '                              TABLE OF CONTENTS',
      '9.    CONFIDENTIAL INFORMATION; NON-COMPETITION ................................ 12',
      'Schedule 3      Crate Sizes',
    ].join('\n'),
    [
      'THIS CRATE SUPPLY AGREEMENT is made on 1 October 2021 between Kestrel Holdings and the Grower.',
      '',
      '1.    SUPPLY',
      'The Grower shall supply the crates that Kestrel Holdings orders each week of the season.',
    ].join('\n'),
  ]);
  it('gives no clause to a contents line, nor to the preamble after the contents', () => {
    expect(clauseAt(d, locate(d, 'CONFIDENTIAL INFORMATION; NON-COMPETITION')!.start)).toBeUndefined();
    expect(clauseAt(d, locate(d, 'THIS CRATE SUPPLY AGREEMENT is made on 1 October 2021')!.start)).toBeUndefined();
  });
  it('reads the text after its first line of prose as before', () => {
    expect(clauseAt(d, locate(d, 'The Grower shall supply the crates that Kestrel Holdings orders')!.start)).toBe('1');
  });
});

describe('citation truth: lower-case clauses, numerals under numerals, words printed twice', () => {
  it('reads a dotted number tabbed from lower-case text as a clause, one a space from it or before a reference word as none', () => {
    expect(lineLabel('2.3   where required, the Grower may send pickers to the orchard')).toEqual({ kind: 'number', number: '2.3' });
    expect(lineLabel('4.2 where the Grower asks for it')).toBeUndefined();
    expect(lineLabel('4.2   of the Orchard Agreement applies')).toBeUndefined();
    const d = truthOf([['2.2   The Grower supplies apples to Kestrel Holdings.', '2.3   where required, the Grower may send pickers to the orchard for a week.'].join('\n')]);
    expect(clauseAt(d, locate(d, 'the Grower may send pickers to the orchard for a week')!.start)).toBe('2.3');
  });

  it('reads a numeral that goes on a list run into the sentence above as no item', () => {
    const d = truthOf([
      [
        '6.  General. The parties agree as follows.',
        '    (f) The parties may (i) amend this Agreement, (ii) extend the time for the',
        '(iii) waive any breach by the Grower. Any waiver shall be in writing and signed.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'Any waiver shall be in writing and signed')!.start)).toBe('6(f)');
    const listed = truthOf([['6.  General. The parties may:', '(i) amend this Agreement;', '(ii) extend the time for the harvest; or', '(iii) waive any breach by the Grower.'].join('\n')]);
    expect(clauseAt(listed, locate(listed, 'waive any breach by the Grower')!.start)).toBe('6(iii)');
  });

  it('reads the last item of a list run into the sentence as the sentence\'s, after "…; or" as well', () => {
    const d = truthOf([
      [
        '10.1  Infringement. If the Software is held to infringe, the Licensor shall have the option, at its expense,',
        'to (i) modify the Software so that it is non-infringing; or',
        '(ii) obtain for the Grower a licence to go on using the Software. If the Licensor finds neither reasonable, it may',
        'end the licence and refund the fees paid for the Software.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'If the Licensor finds neither reasonable, it may end the licence')!.start)).toBe('10.1');
    // Its items set out line by line, the list keeps its last item.
    const listed = truthOf([['10.1  Infringement. The Licensor shall, at its option:', '(i) modify the Software so that it is non-infringing; or', '(ii) obtain for the Grower a licence to go on using the Software.'].join('\n')]);
    expect(clauseAt(listed, locate(listed, 'obtain for the Grower a licence to go on using')!.start)).toBe('10.1(ii)');
    // So does a list whose first item runs in after the item it is under.
    const runIn = truthOf([['2.2  Payment.', '(b) (i) The Agent invoices the Grower each month for the crates collected, and', '(ii) the Grower pays each invoice within fifteen days of receiving it.'].join('\n')]);
    expect(clauseAt(runIn, locate(runIn, 'the Grower pays each invoice within fifteen days')!.start)).toBe('2.2(b)(ii)');
  });

  it('reads a clause number after "in this" as a reference wrapped onto the line', () => {
    const d = truthOf([
      [
        '6.1   Licence. The Grower grants the Agent a licence to the marks in the field specified in this',
        'Section 4.2. The Agent shall hold the Grower harmless from any claim on the marks.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'The Agent shall hold the Grower harmless from any claim')!.start)).toBe('6.1');
    const after = truthOf([['6.1   Licence. The Grower grants the Agent a licence to the marks.', 'Section 4.2. The Agent shall hold the Grower harmless from any claim on the marks.'].join('\n')]);
    expect(clauseAt(after, locate(after, 'The Agent shall hold the Grower harmless from any claim')!.start)).toBe('4.2');
  });

  it('reads numerals under a numeral titled alone or leading in as its items, two lists of one clause as one level', () => {
    const d = truthOf([
      [
        '(xxii)  Notices. Notices are sent by post to the Grower.',
        '',
        '(xxiii) Compliance with Law.',
        '',
        '(i) The Grower complies with every law on orchards.',
        '',
        '(ii) The Agent complies with every rule on markets.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'The Agent complies with every rule on markets')!.start)).toBe('(xxiii)(ii)');
    expect(clauseAt(d, locate(d, 'The Grower complies with every law on orchards')!.start)).toBe('(xxiii)(i)');
    const two = truthOf([
      [
        '5.1 The Grower shall:',
        '(i) pick the apples;',
        '(ii) pack the apples in crates.',
        'The Agent shall then:',
        '(i) collect the crates from the orchard;',
        '(ii) pay the Grower for each crate collected.',
      ].join('\n'),
    ]);
    expect(clauseAt(two, locate(two, 'pay the Grower for each crate collected')!.start)).toBe('5.1(ii)');
  });

  it('finds words printed twice on a page in the clause the citation names, else in the first place', () => {
    const d = truthOf([
      [
        '3.2  Toll Line. Kestrel Holdings procures a toll line for the Grower. The Grower bears all costs in connection therewith.',
        '3.3  Marketing. Kestrel Holdings markets the crates for the Grower. The Grower bears all costs in connection therewith.',
      ].join('\n'),
    ]);
    const quote = 'The Grower bears all costs in connection therewith.';
    expect(clauseAt(d, locate(d, quote, [1], '3.3')!.start)).toBe('3.3');
    expect(clauseAt(d, locate(d, quote, [1], 'Section 3.2')!.start)).toBe('3.2');
    expect(clauseAt(d, locate(d, quote, [1])!.start)).toBe('3.2');
  });
});

describe('citation truth: a paragraph back at the margin after a list', () => {
  it('reads a paragraph opening left of the last item and its lines as the clause\'s, an item\'s own lines as the item\'s', () => {
    const d = truthOf([
      [
        '8.1  Confidentiality. Each party keeps the other party\'s information secret, except information that:',
        '',
        '          a) becomes public without a breach of this Agreement;',
        '',
        '          b) must be disclosed by law, after prompt notice to the',
        '             other party.',
        '',
        'Except as required by law, all press releases about the Orchard need the approval of both parties.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'all press releases about the Orchard need the approval of both parties')!.start)).toBe('8.1');
    expect(clauseAt(d, locate(d, 'must be disclosed by law, after prompt notice')!.start)).toBe('8.1(b)');
    // An item whose lines wrap back to the margin holds a sentence there; so does one whose next paragraph
    // is set in under its text.
    const wrapped = truthOf([
      [
        '8.2  Insurance. Each party carries the following cover:',
        '          (c) General liability cover of at least one million dollars in the',
        'aggregate. General liability cover includes the Grower\'s orchard trials. The limits',
        'may be met with an umbrella policy.',
        '          (d) Crop cover for the season.',
        '',
        '              Crop cover names the Agent as a loss payee under the policy.',
      ].join('\n'),
    ]);
    expect(clauseAt(wrapped, locate(wrapped, 'General liability cover includes the Grower\'s orchard trials')!.start)).toBe('8.2(c)');
    expect(clauseAt(wrapped, locate(wrapped, 'Crop cover names the Agent as a loss payee under the policy')!.start)).toBe('8.2(d)');
  });

  it('keeps the item for a full line that ends on a full stop and wraps back to the margin', () => {
    const d = truthOf([
      [
        '8.3  Certificates. The Grower keeps the cover below in force for the whole term of this Agreement.',
        '      (c) The Grower gives the Agent a certificate of the cover on signing this Agreement.',
        'Certificates name the Agent as an additional insured on all liability policies of the Grower.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'Certificates name the Agent as an additional insured')!.start)).toBe('8.3(c)');
  });

  it('keeps an item set at the paragraph\'s own margin, above a list set in under it', () => {
    const d = truthOf([
      [
        '4.   Payment.',
        '(a) The Agent pays the Grower for each crate:',
        '          (i) in cash at the gate; or',
        '          (ii) by bank transfer within ten days.',
        'The Agent bears the bank\'s charges for each transfer made under this item.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, "The Agent bears the bank's charges for each transfer")!.start)).toBe('4(a)');
  });

  it('reads a paragraph after a list of instalments with no full stops as the clause\'s, a paragraph in capitals as its item\'s', () => {
    const d = truthOf([
      [
        '5.   Fee. In consideration of the supply the Agent pays the Grower a fee of five thousand dollars in three instalments:',
        '          (a) $1,000 on signing this Agreement',
        '          (b) $2,000 on 1 June 2026',
        '          (c) $2,000 on 1 December 2026',
        'Such payments are made by bank transfer to the account the Grower names in writing before each date above.',
      ].join('\n'),
    ]);
    expect(clauseAt(d, locate(d, 'Such payments are made by bank transfer to the account')!.start)).toBe('5');
    // Capitals are wider: a justified line of them is shorter in columns, and wraps on all the same.
    const caps = truthOf([
      [
        '8.   Indemnity. Each party holds the other harmless from any claim that arises out of its own breach of this Agreement.',
        '',
        '          G.    LIMITATION OF LIABILITY. TO THE FULLEST EXTENT THE LAW ALLOWS, NEITHER',
        'THE AGENT NOR THE GROWER SHALL BE LIABLE FOR ANY INDIRECT OR SPECIAL DAMAGES,',
        'WHETHER IN CONTRACT OR IN TORT, EVEN IF ADVISED OF THEIR POSSIBILITY IN ADVANCE.',
        'IN NO EVENT SHALL THE AGENT\'S TOTAL LIABILITY EXCEED THE FEES PAID UNDER THIS',
        'AGREEMENT IN THE YEAR BEFORE THE CLAIM.',
      ].join('\n'),
    ]);
    expect(clauseAt(caps, locate(caps, "IN NO EVENT SHALL THE AGENT'S TOTAL LIABILITY EXCEED")!.start)).toBe('8(g)');
  });
});
