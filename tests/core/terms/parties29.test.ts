/**
 * Parties under the ways US openings introduce them: a state of organisation said either way round, a place of business
 * before the short name, a short name defined in other words ("referred to herein as", "herein called", "hereinafter,"),
 * "on the one hand … on the other hand", a party acting through its officer, and an underline a text conversion left
 * between "and" and the next party. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { partiesOf, partiesOfText } from './partiesProbe';

const TITLE = 'WOOLLEN YARN SUPPLY AGREEMENT';
const opening = (first: string, second: string, join = 'and'): string => `This Agreement is made as of May 2, 2021, between Harrowgate Mills Limited, ${first}, ${join} Pellmore Textiles Inc., ${second}.`;
const WANT = 'Harrowgate Mills Limited (HML); Pellmore Textiles Inc. (PTI)';

describe('a short name defined in other words', () => {
  const forms = ['("PTI")', '(the "PTI")', '(hereinafter "PTI")', '(hereinafter called "PTI")', '(hereinafter, "PTI")', '(referred to herein as "PTI")', '(herein called "PTI")', '(referred to as "PTI")', '(herein referred to as "PTI")'];

  it.each(forms)('%s', (form) => {
    expect(partiesOf(TITLE, [opening('a Canadian corporation ("HML")', `a Delaware corporation ${form}`)])).toBe(WANT);
  });

  // A text conversion of an underlined word leaves a row of hyphens in the line ("and --- Pellmore …"): the parties must
  // still be read from their definitions, whatever words define the short name.
  it.each(forms)('after an underline left between "and" and the party: %s', (form) => {
    expect(partiesOf(TITLE, [opening('a Canadian corporation ("HML")', `a Delaware corporation ${form}`, 'and ---')])).toBe(WANT);
  });

  it('in capitals, after an underline', async () => {
    const text = `${TITLE}\n\nTHIS AGREEMENT IS MADE AS OF MAY 2, 2021, BETWEEN HARROWGATE MILLS LIMITED, A CANADIAN CORPORATION (HEREINAFTER CALLED "HML"), AND ---   PELLMORE TEXTILES INC., A DELAWARE CORPORATION (REFERRED TO HEREIN AS "PTI").`;
    expect(await partiesOfText(text)).toBe('HARROWGATE MILLS LIMITED (HML); PELLMORE TEXTILES INC. (PTI)');
  });
});

describe('how the opening describes each party', () => {
  it.each<[string, string, string]>([
    ['the state of organisation said the long way', 'a corporation organized and existing under the laws of the Province of Ontario ("HML")', 'a corporation organized and existing under the laws of the State of Delaware ("PTI")'],
    ['"incorporated in"', 'a company incorporated in Ontario ("HML")', 'a corporation incorporated in Delaware ("PTI")'],
    ['a place of business with a suite before the short name', 'a Canadian corporation, having its principal place of business at 77 Tolland Street, Suite 210, Kingston, Ontario K7L 1A1 ("HML")', 'a Delaware corporation, with its registered office at 9 Ferris Way, Unit 4, Dover, Delaware 19901 ("PTI")'],
    ['"whose principal office is located at"', 'a Canadian corporation, whose principal office is located at 12 Orchard Row, Floor 2, Kingston, Ontario ("HML")', 'a Delaware corporation ("PTI")'],
    ['a party acting through its officer', 'a Canadian corporation, acting by and through its duly authorized officer ("HML")', 'a Delaware corporation ("PTI")'],
  ])('%s', (_name, first, second) => {
    expect(partiesOf(TITLE, [opening(first, second)])).toBe(WANT);
  });

  it('two parties without short names, an underline left between "and" and the second', () => {
    expect(partiesOf(TITLE, ['This Agreement is made as of May 2, 2021, between Harrowgate Mills Limited and --- Pellmore Textiles Inc.'])).toBe('Harrowgate Mills Limited; Pellmore Textiles Inc.');
  });

  it.each<[string, string, string]>([
    ['a company under English law with its number and registered office', 'This Agreement is made as of May 2, 2021, between Harrowgate Mills Limited, a company incorporated under the laws of England and Wales with company number 04417788 whose registered office is at 3 Cloth Hall Lane, Leeds LS1 4AB ("HML") and Pellmore Textiles Inc., a Delaware corporation ("PTI").', WANT],
    ['"validly existing", "duly incorporated and existing" with the country', 'This Agreement is made as of May 2, 2021, between Harrowgate Mills Limited, a corporation validly existing under the laws of the Province of Ontario, Canada ("HML") and Pellmore Textiles Inc., a corporation duly incorporated and existing under the laws of the State of Delaware, U.S.A. ("PTI").', WANT],
    ['the description and offices after the short name', 'This Agreement is made as of May 2, 2021, between Harrowgate Mills Limited ("HML"), a corporation organized under the laws of Ontario, with offices at 77 Tolland Street, Suite 210, Kingston, Ontario, and Pellmore Textiles Inc. ("PTI"), a Delaware corporation with offices at 9 Ferris Way, Dover, Delaware.', WANT],
    ['a short name and a role', 'This Agreement is made as of May 2, 2021, between Harrowgate Mills Limited, an Ontario corporation (hereinafter referred to as "HML" or the "Supplier"), and Pellmore Textiles Inc., a Delaware corporation (hereinafter referred to as "PTI" or the "Buyer").', 'Harrowgate Mills Limited (HML / Supplier); Pellmore Textiles Inc. (PTI / Buyer)'],
    ['"entered into … by"', 'This Agreement is entered into on May 2, 2021 by Harrowgate Mills Limited, an Ontario corporation ("HML"), and Pellmore Textiles Inc., a Delaware corporation ("PTI").', WANT],
    ['a party acting through a branch', 'This Agreement is made as of May 2, 2021, between Harrowgate Mills Limited, an Ontario corporation, acting through its Kingston branch ("HML"), and Pellmore Textiles Inc., a Delaware corporation ("PTI").', WANT],
    ['a party acting through its general partner, named', 'This Agreement is made as of May 2, 2021, between Harrowgate Mills Limited, an Ontario corporation ("HML"), and Pellmore Textiles Inc., a Delaware corporation, acting by and through its general partner, Lisle Holdings LLC ("PTI").', WANT],
  ])('%s', (_name, text, want) => {
    expect(partiesOf(TITLE, [text])).toBe(want);
  });

  it('"on the one hand … on the other hand"', () => {
    expect(partiesOf(TITLE, ['This Agreement is made as of May 2, 2021, by and between Harrowgate Mills Limited, a Canadian corporation ("HML"), on the one hand, and Pellmore Textiles Inc., a Delaware corporation ("PTI"), on the other hand.'])).toBe(WANT);
  });
});
