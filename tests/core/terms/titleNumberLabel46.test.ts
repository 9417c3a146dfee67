/**
 * A reference number set before the title ("Contract No.: HL-77", "Agreement No. 123", "Ref. No. KX/77"), often run into
 * the title's line when a text file joins its lines: the label and the number are no part of the title. A name that only
 * starts with a number or the word "No" keeps it. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf, titleOfText } from './titleProbe';

const OPENING = 'This Supply Agreement is made on 2 June 2021 between Harbor Lane Inc. ("Buyer") and Nordlicht GmbH ("Supplier").';

describe('a reference number before the title', () => {
  it.each([
    ['Contract No.: HL-77\nSUPPLY AGREEMENT', 'SUPPLY AGREEMENT'],
    ['Contract No.: HL-77 SUPPLY AGREEMENT', 'SUPPLY AGREEMENT'],
    ['Agreement No. 123 SUPPLY AGREEMENT', 'SUPPLY AGREEMENT'],
    ['Exhibit 10.4\nAgreement No. 123\nSUPPLY AGREEMENT', 'SUPPLY AGREEMENT'],
    ['Exhibit 10.4 Contract No. HL/77/07 SUPPLY AGREEMENT', 'SUPPLY AGREEMENT'],
    ['Contract No. 88-17 SUPPLY AGREEMENT', 'SUPPLY AGREEMENT'],
    ['CONTRACT NO. 4471 SUPPLY AGREEMENT', 'SUPPLY AGREEMENT'],
    ['Ref. No. KX/77 SUPPLY AGREEMENT', 'SUPPLY AGREEMENT'],
    ['Contract #77 SUPPLY AGREEMENT', 'SUPPLY AGREEMENT'],
    ['Contract Number: HL-77 Supply Agreement', 'Supply Agreement'],
  ])('text file: %j', async (head, title) => {
    expect(await titleOfText(`${head}\n${OPENING}`)).toBe(title);
  });
  it('a heading line that carries the number before the title', () => {
    expect(titleOf(['Agreement No. 123 SUPPLY AGREEMENT'], OPENING)).toBe('SUPPLY AGREEMENT');
  });
});

describe('numbers and words that belong to the title', () => {
  it.each([
    ['NO SHOP SUPPORT AGREEMENT', 'NO SHOP SUPPORT AGREEMENT'],
    ['ROUTE 66 FRANCHISE AGREEMENT', 'ROUTE 66 FRANCHISE AGREEMENT'],
    ['AMENDMENT NO. 2 TO SUPPLY AGREEMENT', 'AMENDMENT NO. 2 TO SUPPLY AGREEMENT'],
    ['SERVICES AGREEMENT No. 2016-04', 'SERVICES AGREEMENT No. 2016-04'],
  ])('text file: %j', async (head, title) => {
    expect(await titleOfText(`${head}\n\n${OPENING.replace('Supply Agreement', 'Agreement')}`)).toBe(title);
  });
  it('a number with no digit is a word of the title, not a reference', async () => {
    expect(await titleOfText(`Contract No. SHOP SUPPORT AGREEMENT\n${OPENING}`)).not.toBe('SUPPORT AGREEMENT');
  });
});

describe('hostile input', () => {
  it('a label, a long run of spaces and a number are read at once', async () => {
    const t0 = performance.now();
    await titleOfText(`Contract No.:${' '.repeat(50_000)}HL-77${' '.repeat(50_000)}SUPPLY AGREEMENT\n${OPENING}`);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
