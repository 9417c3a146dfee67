/**
 * A heading the layout (or a text conversion that turned its line breaks into spaces) ran into the text
 * around it: after a confidentiality legend, a letterhead or a cover's lines, before the opening, a recital,
 * the party list or the date. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const OPENING = 'This Agreement is made on June 2, 2021 between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").';
const titleOf = (head: readonly string[]): unknown =>
  extractKeyTerms(makeDoc([...head, 'WHEREAS, the parties wish to set out their terms.', { text: 'Vesk shall supply the goods to Orrin.', clause: '1.1' }])).terms.title?.value;

describe('a heading in capitals inside a paragraph', () => {
  it('is found after a legend sentence and before the opening', () => {
    expect(
      titleOf([
        'Exhibit 10.4 Portions of this exhibit were left out and sent to the Commission on their own. PLANT MAINTENANCE AGREEMENT This Plant Maintenance Agreement is made on June 2, 2021 between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").',
      ]),
    ).toBe('PLANT MAINTENANCE AGREEMENT');
    // Not from a sentence that cites another agreement.
    expect(titleOf(['Orrin and Vesk refer to the MASTER SUPPLY AGREEMENT between them.', OPENING])).not.toBe('MASTER SUPPLY AGREEMENT');
  });

  it('is found after a letterhead, with its definition after it', () => {
    expect(titleOf(['12 Harbour Road Unit 4 Eastport Telephone: 555-0142 CATERING AGREEMENT (the "Agreement") This agreement is made between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").'])).toBe(
      'CATERING AGREEMENT',
    );
  });

  it('after a legend in capitals, is only the words the opening calls "this …"', () => {
    expect(
      titleOf([
        'MARKED TEXT WAS LEFT OUT AS IT WOULD HURT THE SELLER IF MADE KNOWN HAULAGE SERVICES AGREEMENT This Haulage Services Agreement is made on June 2, 2021 between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").',
      ]),
    ).toBe('HAULAGE SERVICES AGREEMENT');
  });

  it('is found before the date, and at a paragraph end over "BY AND BETWEEN"', () => {
    expect(titleOf(['250,000 Units ORRIN TOOLS, INC. Common Units PLACEMENT AGREEMENT June 2, 2021 Vesk Labs LLC 4 Mill Lane Eastport', OPENING])).toBe('PLACEMENT AGREEMENT');
    expect(titleOf(['Some terms were left out of this copy. Exhibit 10.7 PATENT LICENSE AGREEMENT', 'BY AND BETWEEN', 'ORRIN TOOLS, INC.', 'AND', 'VESK LABS LLC', OPENING])).toBe('PATENT LICENSE AGREEMENT');
  });

  it.each(['06/02/2021', 'the 2nd day of June, 2021', '2 June 2021'])('is found before the date written "%s"', (date) => {
    expect(titleOf([`250,000 Units ORRIN TOOLS, INC. Common Units PLACEMENT AGREEMENT ${date} Vesk Labs LLC 4 Mill Lane Eastport`, OPENING])).toBe('PLACEMENT AGREEMENT');
  });
});

describe('a heading in sentence or title case', () => {
  it('in sentence case, over "between" and the parties on lines of their own', () => {
    expect(titleOf(['Consultancy agreement', 'between', 'Orrin Tools Pty Ltd', 'And', 'Vesk Labs LLC', OPENING])).toBe('Consultancy agreement');
  });

  it('in title case, with commas in it, a redaction mark or a "Parties" heading after it', () => {
    expect(titleOf(['Exhibit 10.2', 'Research, Testing, and Licence Agreement {***} WHEREAS Orrin Tools, Inc. ("Orrin") makes tools and Vesk Labs LLC ("Vesk") tests them, and'])).toBe('Research, Testing, and Licence Agreement');
    expect(titleOf(['EXHIBIT 10.3 Catering Agreement Parties This Agreement is made on June 2, 2021 between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").'])).toBe('Catering Agreement');
  });
});

describe('a heading with a party glued before it, or written in title case inside the text', () => {
  it('drops a legal form a conversion glued to the name, and a trade name after the legal form', () => {
    expect(titleOf(['ORRINCORPORATION TOOLING LICENSE AGREEMENT This Tooling License Agreement is made on June 2, 2021 between Orrin Corporation ("Orrin") and Vesk Labs LLC ("Vesk").'])).toBe('TOOLING LICENSE AGREEMENT');
    expect(titleOf(['EXHIBIT 10.9 ORRIN TOOLS, INC. DBA ORRINTEC TOOLING LICENSE AGREEMENT', OPENING])).toBe('TOOLING LICENSE AGREEMENT');
    // "UNLIMITED" is a word, not a glued form.
    expect(titleOf(['UNLIMITED ACCESS LICENSE AGREEMENT', OPENING])).toBe('UNLIMITED ACCESS LICENSE AGREEMENT');
  });

  it('reads a definition "hereinafter referred to as" after a heading inside the text', () => {
    expect(
      titleOf(['12 Harbour Road Unit 4 Eastport Telephone: 555-0142 CATERING AGREEMENT (hereinafter referred to as the "Agreement") This agreement is made between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").']),
    ).toBe('CATERING AGREEMENT');
  });

  it('reads a heading in title case after a sentence, an exhibit number or a telephone number', () => {
    expect(titleOf(['Exhibit 10.4 Portions of this exhibit were left out. Plant Maintenance Agreement This Plant Maintenance Agreement is made on June 2, 2021 between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").'])).toBe(
      'Plant Maintenance Agreement',
    );
    expect(titleOf(['Some terms were left out of this copy. Exhibit 10.7 Patent License Agreement', 'By and Between', 'Orrin Tools, Inc.', 'and', 'Vesk Labs LLC', OPENING])).toBe('Patent License Agreement');
    expect(titleOf(['12 Harbour Road Eastport Telephone: 555-0142 Catering Agreement (the "Agreement") This agreement is made between Orrin Tools, Inc. ("Orrin") and Vesk Labs LLC ("Vesk").'])).toBe('Catering Agreement');
    // After other words in title case the name's start is unknown: only what the opening calls "this …" is taken.
    expect(titleOf(['250,000 Units Common Units Placement Agreement June 2, 2021 Vesk Labs LLC 4 Mill Lane Eastport', OPENING])).not.toBe('Units Common Units Placement Agreement');
  });

  it('ends a title-case heading before a party name with its legal form', () => {
    expect(titleOf(['Exhibit 99.1', 'Joint Filing Agreement Orrin Holdings, Inc. In accordance with the rules, the undersigned agree to file jointly.'])).toBe('Joint Filing Agreement');
  });
});
