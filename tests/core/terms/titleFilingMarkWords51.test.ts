/**
 * A filing mark is a whole word at the line's start ("EXHIBIT 10.2", "CONFIDENTIAL", "DRAFT"): a title that begins with
 * the same letters ("CONFIDENTIALITY AGREEMENT", "EXHIBITION AGREEMENT") is a title all the same. A subject in title case
 * set as a heading of its own over the title's heading joins it, as one in capitals does; a letterhead's name or a legend
 * over the title does not.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf, titleOfText } from './titleProbe';

const opening = 'This Agreement is made on March 3, 2019 between Quillfeather Orchards Ltd. ("Quillfeather") and Brambleton Gear LLC ("Brambleton").';

describe('filing marks as whole words', () => {
  it.each([['CONFIDENTIALITY AGREEMENT'], ['Mutual Confidentiality Agreement'], ['EXHIBITION AGREEMENT'], ['EXHIBITOR SERVICES AGREEMENT'], ['DRAFTING SERVICES AGREEMENT'], ['FINALE PRODUCTION AGREEMENT']])('reads %s as the title', async (line) => {
    expect(titleOf([line], opening)).toBe(line);
    expect(await titleOfText(`${line}\n\n${opening}`)).toBe(line);
  });

  it('still passes over the marks themselves', () => {
    expect(titleOf(['CONFIDENTIAL', 'SUPPLY AGREEMENT'], opening)).toBe('SUPPLY AGREEMENT');
    expect(titleOf(['EXHIBIT 10.2', 'SUPPLY AGREEMENT'], opening)).toBe('SUPPLY AGREEMENT');
    expect(titleOf(['EXHIBITS', 'SUPPLY AGREEMENT'], opening)).toBe('SUPPLY AGREEMENT');
    expect(titleOf(['DRAFT', 'SUPPLY AGREEMENT'], opening)).toBe('SUPPLY AGREEMENT');
    expect(titleOf(['Execution Copy', 'Supply Agreement'], opening)).toBe('Supply Agreement');
  });
});

describe('a subject in title case over the title', () => {
  it('joins the title under it', () => {
    expect(titleOf(['Industrial Design Rights', 'Confidentiality and Non-Use Agreement'], opening)).toBe('Industrial Design Rights Confidentiality and Non-Use Agreement');
  });
  it.each([[['Quillfeather Orchards', 'Supply Agreement']], [['Annex B', 'Supply Agreement']], [['Strictly Private', 'Supply Agreement']], [['Schedule Four', 'Supply Agreement']]])('leaves %j apart', (head) => {
    expect(titleOf(head, opening)).toBe('Supply Agreement');
  });
});
