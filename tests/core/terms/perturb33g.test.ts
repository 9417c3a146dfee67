/**
 * The session-33 generality rewrites (tests/eval/perturb.ts): what each rewrites and what it leaves. Every contract here
 * is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { perturbationNamed } from '../../eval/perturb';
import { makeDoc } from './docFixture';

const rewrite = (name: string, text: string): string => perturbationNamed(name).apply(text) as string;

describe('date-ordinal-suffix', () => {
  it('gives the day its ordinal', () => {
    expect(rewrite('date-ordinal-suffix', 'dated as of June 1, 2010 and ending March 22, 2012 or May 13 2014')).toBe('dated as of June 1st, 2010 and ending March 22nd, 2012 or May 13th 2014');
  });
  it('leaves a date with its ordinal, and other numbers', () => {
    const text = 'made on June 3rd, 2010, for 30 days, at 5 June Street, in May 2011';
    expect(rewrite('date-ordinal-suffix', text)).toBe(text);
  });
});

describe('law-singular', () => {
  it('writes a governing-law clause\'s "laws of" in the singular', () => {
    expect(rewrite('law-singular', 'This Agreement shall be governed by and construed in accordance with the laws of the State of Ohio.')).toBe(
      'This Agreement shall be governed by and construed in accordance with the law of the State of Ohio.',
    );
    expect(rewrite('law-singular', 'THIS AGREEMENT IS GOVERNED BY THE INTERNAL LAWS OF TEXAS.')).toBe('THIS AGREEMENT IS GOVERNED BY THE INTERNAL LAW OF TEXAS.');
  });
  it('leaves a party organized under the laws of a state, and a sentence without a governing verb', () => {
    const text = 'Acme Inc., a corporation organized under the laws of the State of Ohio. Each party shall comply with the laws of each country.';
    expect(rewrite('law-singular', text)).toBe(text);
  });
});

describe('party-company-number', () => {
  it('puts a registration number before each party\'s short name in the opening', () => {
    expect(rewrite('party-company-number', 'This Agreement is made between Acme Ltd, a company ("Acme"), and Bolt Limited (the "Buyer").\n\nWHEREAS the Buyer (the "Party") buys.')).toBe(
      'This Agreement is made between Acme Ltd, a company (company no. 04512378) ("Acme"), and Bolt Limited (company no. 09873154) (the "Buyer").\n\nWHEREAS the Buyer (the "Party") buys.',
    );
  });
  it('leaves the short names of the agreement, a date or the parties together', () => {
    const text = 'This supply agreement (the "Agreement") is made as of May 2, 2011 (the "Effective Date") between Acme Ltd and Bolt Limited (together, the "Parties").';
    expect(rewrite('party-company-number', text)).toBe(text);
  });
});

describe('headings-case-run-in', () => {
  it('sets a run-in heading in title case in capitals, and one in capitals in title case', () => {
    expect(rewrite('headings-case-run-in', '12. Governing Law. This Agreement is governed by Ohio law.\n4.1 TERM AND TERMINATION. The term is two years.')).toBe(
      '12. GOVERNING LAW. This Agreement is governed by Ohio law.\n4.1 Term and Termination. The term is two years.',
    );
  });
  it('leaves a heading on its own line, a sentence after a number, and words inside a clause', () => {
    const text = '12. Governing Law\nThis Agreement is governed by Ohio law.\n3. Acme shall deliver the Goods. Bolt shall pay.\nThe Term. It ends.';
    expect(rewrite('headings-case-run-in', text)).toBe(text);
  });
});

describe('a title run into a date with its ordinal ("SUPPLY AGREEMENT May 25th, 2016 …", "… the twenty-fifth day of May, 2016")', () => {
  const titleOf = (text: string) => extractKeyTerms(makeDoc([text, 'The Supplier shall deliver the goods.'])).terms.title?.value;
  it('ends the title where the date starts, with or without the ordinal', () => {
    expect(titleOf('Exhibit 1.1 250,000 Units HARBOR HOLDINGS, INC. 6.500% Series B Preferred Stock PLACEMENT AGREEMENT May 25th, 2016 Dockside Capital Markets, LLC 12 Pier Road Boston, MA 02110 As Placement Agent Dear Sirs: Harbor Holdings, Inc. (the "Company") agrees to sell the units.')).toBe('PLACEMENT AGREEMENT');
    expect(titleOf('Exhibit 1.1 250,000 Units HARBOR HOLDINGS, INC. 6.500% Series B Preferred Stock PLACEMENT AGREEMENT the twenty-fifth day of May, 2016 Dockside Capital Markets, LLC 12 Pier Road Boston, MA 02110 As Placement Agent Dear Sirs: Harbor Holdings, Inc. (the "Company") agrees to sell the units.')).toBe('PLACEMENT AGREEMENT');
    expect(titleOf('Exhibit 1.1 250,000 Units HARBOR HOLDINGS, INC. 6.500% Series B Preferred Stock PLACEMENT AGREEMENT May 25, 2016 Dockside Capital Markets, LLC 12 Pier Road Boston, MA 02110 As Placement Agent Dear Sirs: Harbor Holdings, Inc. (the "Company") agrees to sell the units.')).toBe('PLACEMENT AGREEMENT');
  });
  it('does not take a line whose words run on into a sentence after the ordinal', () => {
    expect(titleOf('Exhibit 10.2 the SHIPPING SERVICES AGREEMENT of May 25th, 2016 between the parties was terminated by them.')).toBeUndefined();
  });
});

describe('party-company-number leaves a person', () => {
  it('gives no number to a party with no legal form', () => {
    expect(rewrite('party-company-number', 'This Agreement is made between Acme Inc. ("Acme"), JANE Q. DOE ("Doe") and the owners named below ("Owners").\n\nWHEREAS')).toBe(
      'This Agreement is made between Acme Inc. (company no. 04512378) ("Acme"), JANE Q. DOE ("Doe") and the owners named below ("Owners").\n\nWHEREAS',
    );
  });
});

describe('a registration number in brackets between a party\'s name and its short name', () => {
  const opening = (aside: string): string =>
    `This Amendment No. 1 (the "Amendment"), entered into by and between Harbor Dairy Foods, LLC ${aside}("Harbor") Northwind Nutrition Corporation ${aside}("Northwind") is effective as of June 11, 2018 and amends the Supply Agreement between Harbor and Northwind.`;
  const partiesOf = (text: string) => extractKeyTerms(makeDoc([{ text: 'AMENDMENT NO. 1', kind: 'heading' }, text, 'WHEREAS, Harbor makes cheese.'])).terms.parties?.value;
  it('is read past, as a ticker is', () => {
    const two = [
      { name: 'Harbor Dairy Foods, LLC', role: 'Harbor' },
      { name: 'Northwind Nutrition Corporation', role: 'Northwind' },
    ];
    expect(partiesOf(opening(''))).toEqual(two);
    expect(partiesOf(opening('(company no. 09873154) '))).toEqual(two);
    expect(partiesOf(opening('(Registration Number: HRB 55120) '))).toEqual(two);
  });
  it('is not read past when the brackets hold no registration number', () => {
    expect(partiesOf(opening('(registered office at Pier 4) '))).not.toEqual(partiesOf(opening('')));
  });
});

describe('date-day-words', () => {
  it('writes the day as an ordinal in words', () => {
    expect(rewrite('date-day-words', 'made as of June 1, 2010 and ending on the March 22, 2012, or May 30 2014 or July 31st, 2015')).toBe(
      'made as of the first day of June, 2010 and ending on the twenty-second day of March, 2012, or the thirtieth day of May, 2014 or the thirty-first day of July, 2015',
    );
  });
  it('leaves a month and year without a day, and a day written first', () => {
    const text = 'in June 2010, on 5 June 2010, for 30 days';
    expect(rewrite('date-day-words', text)).toBe(text);
  });
});
