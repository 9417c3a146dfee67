/**
 * A mark a header sets on the title's own line, after the name (the month or date of the copy, a page number, a note on
 * the copy), is no part of the title: the heading still gives the name, not the opening's bare "Agreement". Words before
 * the name, and a name that ends in no such mark, are left as they are.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { titleOf, titleOfText } from './titleProbe';

const opening = 'This Agreement is made on March 3, 2019 between Quillfeather Orchards Ltd. ("Quillfeather") and Brambleton Gear LLC ("Brambleton").';

describe('a mark after the title on its line', () => {
  it.each([
    ['SUPPLY AGREEMENT   July 2013', 'SUPPLY AGREEMENT'],
    ['SUPPLY AGREEMENT Sept. 2013', 'SUPPLY AGREEMENT'],
    ['AGREEMENT OF LEASE   1st May 2020', 'AGREEMENT OF LEASE'],
    ['Distribution Agreement Page 1 of 12', 'Distribution Agreement'],
    ['MASTER SERVICES AGREEMENT Confidential', 'MASTER SERVICES AGREEMENT'],
    ['LICENSE AGREEMENT Execution Version', 'LICENSE AGREEMENT'],
    ['CONSULTING AGREEMENT DRAFT', 'CONSULTING AGREEMENT'],
  ])('reads %s as %s', async (line, title) => {
    expect(titleOf([line], opening)).toBe(title);
    expect(await titleOfText(`${line}\n\n${opening}`)).toBe(title);
  });

  it('keeps the words before the name and a name that ends as it should', () => {
    expect(titleOf(['MUTUAL NONDISCLOSURE AGREEMENT'], opening)).toBe('MUTUAL NONDISCLOSURE AGREEMENT');
    expect(titleOf(['MAY FAIR SPONSORSHIP AGREEMENT'], opening)).toBe('MAY FAIR SPONSORSHIP AGREEMENT');
    expect(titleOf(['SUPPLY AGREEMENT (Europe)'], opening)).toBe('SUPPLY AGREEMENT (Europe)');
    expect(titleOf(['AMENDMENT NO. 2 TO SUPPLY AGREEMENT'], opening)).toBe('AMENDMENT NO. 2 TO SUPPLY AGREEMENT');
  });

  it('reads a long line in linear time', () => {
    const line = `SUPPLY ${'AGREEMENT '.repeat(20000)}July 2013`;
    const t = Date.now();
    titleOf([line], opening);
    expect(Date.now() - t).toBeLessThan(20000);
  });
});
