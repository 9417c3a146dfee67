/**
 * Two drafting forms the party reader must follow: signature blocks set wholly in capitals ("BY:",
 * "/S/", "TITLE:"), as many filed instruments print them, and a party's former or trade name given
 * after "f/k/a" or "d/b/a" when that name ends in a legal form of its own. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { partiesFromOpening } from '../../../electron/core/terms/parties';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

type Entry = Parameters<typeof makeDoc>[0][number];
const partiesOf = (entries: Entry[]): Party[] | undefined => extractKeyTerms(makeDoc(entries)).terms.parties?.value as Party[] | undefined;
const names = (entries: Entry[]): string[] => (partiesOf(entries) ?? []).map((p) => p.name);

describe('signature blocks set in capitals', () => {
  const filing = 'In accordance with Rule 13d-1(k) under the Securities Exchange Act of 1934, the undersigned agree to the joint filing on behalf of each of them of a statement on Schedule 13G.';

  it('reads "BY:", "/S/", "NAME:" and "TITLE:" as the marks they are in ordinary case', () => {
    const signatures = 'HALDEN CAPITAL PARTNERS, L.P. BY: HALDEN CAPITAL GP, LLC, ITS GENERAL PARTNER BY: /S/ ANN LEE NAME: ANN LEE TITLE: MANAGING MEMBER HALDEN CAPITAL GP, LLC BY: /S/ ANN LEE NAME: ANN LEE TITLE: MANAGING MEMBER';
    expect(names([{ text: 'JOINT FILING AGREEMENT', kind: 'heading' }, filing, 'IN WITNESS WHEREOF, the undersigned have executed this Agreement as of May 1, 2019.', signatures])).toEqual(['HALDEN CAPITAL PARTNERS, L.P.', 'HALDEN CAPITAL GP, LLC']);
  });

  it('starts a party after the sentence before it and after the previous signer\'s office', () => {
    const paragraph = `${filing.toUpperCase()} IN WITNESS WHEREOF, THE UNDERSIGNED HAVE EXECUTED THIS AGREEMENT AS OF MAY 1, 2019. ORMOND LIFE INSURANCE COMPANY BY: /S/ ANN LEE ANN LEE AUTHORIZED SIGNATORY ORMOND RE LTD. BY: /S/ BO PARK BO PARK VICE PRESIDENT`;
    expect(names([{ text: 'JOINT FILING AGREEMENT', kind: 'heading' }, paragraph])).toEqual(['ORMOND LIFE INSURANCE COMPANY', 'ORMOND RE LTD.']);
  });
});

describe('a former or trade name after "f/k/a" or "d/b/a"', () => {
  const opening = (first: string, second: string) => [
    { text: 'SERVICES AGREEMENT', kind: 'heading' as const },
    `This Services Agreement is made on April 4, 2017 between ${first}, a California limited liability company ("Company"), and ${second}, a Nevada corporation ("Consultant").`,
    'WHEREAS, the parties wish to work together.',
    { text: 'The Consultant shall advise the Company each month.', clause: '1.1' },
  ];

  it('keeps the other name with its own legal form as part of the party\'s name', () => {
    expect(partiesOf(opening('Gable Media Group LLC f/k/a Gable Interactive LLC', 'Arnott Design Co. d/b/a Arnott Creative Company'))).toEqual([
      { name: 'Gable Media Group LLC f/k/a Gable Interactive LLC', role: 'Company' },
      { name: 'Arnott Design Co. d/b/a Arnott Creative Company', role: 'Consultant' },
    ]);
    expect(names(opening('GABLE MEDIA GROUP LLC F/K/A GABLE INTERACTIVE LLC', 'Arnott Design Co.'))).toEqual(['GABLE MEDIA GROUP LLC F/K/A GABLE INTERACTIVE LLC', 'Arnott Design Co.']);
  });

  it('still ends the name at the description that follows it', () => {
    expect(names(opening('Gable Media Group LLC', 'Arnott Design Co.'))).toEqual(['Gable Media Group LLC', 'Arnott Design Co.']);
  });
});

describe('a clause set in capitals that says "between"', () => {
  it('reads no person in two capitalised words before a parenthesis with no quoted short name', () => {
    const clause = 'SUPPORT INCLUDES (1) CALLS BETWEEN 8:00 A.M. AND 6:00 P.M. ON BUSINESS DAYS, (2) IN THE EVENT OF ERRORS BETWEEN THE SOFTWARE AS DELIVERED AND ITS DOCUMENTATION (AS UPDATED FROM TIME TO TIME), PROMPT CORRECTION (IN ORDER OF SEVERITY) AND (3) MONTHLY REPORTS.';
    expect(partiesFromOpening(clause)).toEqual([]);
    // With a quoted short name the person is a party of the list.
    expect(partiesFromOpening('THIS AGREEMENT IS MADE BY AND BETWEEN HARROW DATA, INC. ("HARROW"), ANN LEE ("LEE") AND QUILL LTD ("QUILL").').map((p) => p.name)).toEqual(['HARROW DATA, INC.', 'ANN LEE', 'QUILL LTD']);
  });
});

describe('a date after the last party of the list', () => {
  it('is the sentence\'s date, not part of the party\'s name', () => {
    const names = (opening: string) => (partiesFromOpening(opening) ?? []).map((p) => p.name);
    expect(names('This Agreement is entered into by and between Harrow Data, Inc., a Texas corporation, and Ann Lee, on May 1, 2019.')).toEqual(['Harrow Data, Inc.', 'Ann Lee']);
    expect(names('This Agreement is entered into by and between Harrow Data, Inc., a Texas corporation, and Ann Lee this 1st day of May, 2019.')).toEqual(['Harrow Data, Inc.', 'Ann Lee']);
    expect(names('This Agreement is entered into by and between Ann Lee and Bo Park as of May 1, 2019.')).toEqual(['Ann Lee', 'Bo Park']);
    expect(names('THIS AGREEMENT IS ENTERED INTO BY AND BETWEEN HARROW DATA, INC. AND ANN LEE EFFECTIVE AS OF MAY 1, 2019.')).toEqual(['HARROW DATA, INC.', 'ANN LEE']);
  });
});
