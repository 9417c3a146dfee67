/**
 * Parties whose legal form or name shape earlier probes did not try: the Czech and Slovak "a.s." (and
 * "A.S." as Turkish filings write it) ending a company's name in a list of three, and people written
 * with their given names as initials ("Dr. K. L. Moreno", "Mr. A.S. Kumar", "J.R. Whitfield"), which
 * many drafters outside the United States use. A lone first initial without a courtesy title
 * ("A. Services Ltd", "T. Harrington") is no person's name by itself, since "A." also letters a list.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { hasEntityForm, isPersonName } from '../../../electron/core/terms/parties';
import { partiesOfText } from './partiesProbe';

const partiesOf = (title: string, opening: string): Promise<string | undefined> => partiesOfText(`${title}\n\n${opening}`);

describe('"a.s." ends a company\'s name', () => {
  it.each([
    ['a Czech a.s. described at length, among three', 'This Joint Venture Agreement is made on 4 May 2021 by and among Cranmere Energy Partners, L.P., a Delaware limited partnership acting by its general partner, Cranmere GP LLC ("Cranmere"), Ostrava Resources a.s., a joint-stock company organised under the laws of the Czech Republic ("Ostrava"), and Pelham Capital Fund II, L.P. ("Pelham").', 'Cranmere Energy Partners, L.P. (Cranmere); Ostrava Resources a.s. (Ostrava); Pelham Capital Fund II, L.P. (Pelham*'],
    ['a bare a.s. among three', 'This Agreement is made on 4 May 2021 by and among Cranmere Energy Partners, L.P. ("Cranmere"), Ostrava Resources a.s. ("Ostrava"), and Pelham Capital Fund II, L.P. ("Pelham").', 'Cranmere Energy Partners, L.P. (Cranmere); Ostrava Resources a.s. (Ostrava); Pelham Capital Fund II, L.P. (Pelham)'],
    ['a Turkish A.S. among three', 'This Agreement is made on 4 May 2021 by and among Cranmere Energy Partners, L.P. ("Cranmere"), Bursa Tekstil A.S. ("Bursa"), and Pelham Capital Fund II, L.P. ("Pelham").', 'Cranmere Energy Partners, L.P. (Cranmere); Bursa Tekstil A.S. (Bursa); Pelham Capital Fund II, L.P. (Pelham)'],
    ['", a.s." after a comma, between two', 'This Agreement is made on 4 May 2021 between Ostrava Resources, a.s. ("Ostrava") and Pelham Capital Fund II, L.P. ("Pelham").', 'Ostrava Resources, a.s. (Ostrava); Pelham Capital Fund II, L.P. (Pelham)'],
  ])('%s', async (_name, opening, want) => {
    const got = await partiesOf('AGREEMENT', opening);
    if (want.endsWith('*')) expect(got?.startsWith(want.slice(0, -1)), got).toBe(true);
    else expect(got).toBe(want);
  });

  it('is a legal form only where it ends a name, never a person\'s initials', () => {
    expect(hasEntityForm('Ostrava Resources a.s.')).toBe(true);
    expect(hasEntityForm('Bursa Tekstil A.S.')).toBe(true);
    expect(hasEntityForm('A.S. Kumar')).toBe(false);
    expect(hasEntityForm('Mr. A.S. Kumar')).toBe(false);
  });
});

describe('a person written with initials first', () => {
  it.each([
    ['Dr. K. L. Moreno among three', 'DEVELOPMENT AGREEMENT', 'This Development Agreement is entered into as of May 5, 2015 by and among Falconridge Biologics, Inc. ("Falconridge"), Dr. K. L. Moreno ("Moreno") and Sunmere Pharma GmbH ("Sunmere").', 'Falconridge Biologics, Inc. (Falconridge); Dr. K. L. Moreno (Moreno); Sunmere Pharma GmbH (Sunmere)'],
    ['Mr. A.S. Kumar among three', 'AGREEMENT', 'This Agreement is made on 4 May 2021 by and among Cranmere Energy Partners, L.P. ("Cranmere"), Mr. A.S. Kumar ("Kumar"), and Pelham Capital Fund II, L.P. ("Pelham").', 'Cranmere Energy Partners, L.P. (Cranmere); Mr. A.S. Kumar (Kumar); Pelham Capital Fund II, L.P. (Pelham)'],
    ['a numbered British list, in capitals with an address', 'SHARE PURCHASE AGREEMENT', 'THIS AGREEMENT is made on 1 March 2019 BETWEEN (1) MR. R. K. SHARMA, of 12 Park Road, Mumbai (the "Seller"); (2) Delmont Capital Partners LLP (the "Buyer"); and (3) Nirvana Foods Private Limited (the "Company").', 'MR. R. K. SHARMA (Seller); Delmont Capital Partners LLP (Buyer); Nirvana Foods Private Limited (Company)'],
    ['joined initials with no title', 'CONSULTING AGREEMENT', 'This Agreement is made between Lindenbrook Systems Corp. ("Client") and J.R. Whitfield ("Consultant").', 'Lindenbrook Systems Corp. (Client); J.R. Whitfield (Consultant)'],
    ['one initial after "Ms."', 'EMPLOYMENT AGREEMENT', 'This Employment Agreement is made as of June 1, 2018 between Tessaract Robotics, Inc., a Delaware corporation (the "Company"), and Ms. A. Okafor (the "Executive").', 'Tessaract Robotics, Inc. (Company); Ms. A. Okafor (Executive)'],
    ['a company whose name starts with a letter', 'SERVICES AGREEMENT', 'This Agreement is made between A. Services Ltd ("Supplier") and Bolt Works Inc. ("Customer").', 'A. Services Ltd (Supplier); Bolt Works Inc. (Customer)'],
  ])('%s', async (_name, title, opening, want) => {
    expect(await partiesOf(title, opening)).toBe(want);
  });

  it('reads the shapes as names, and a lone first initial or a last one as none', () => {
    for (const n of ['Dr. J. R. Patel', 'J.R. Patel', 'Mr. A. Kumar', 'A.S. Kumar', 'John A. Smith', 'Ms. K. L. Moreno']) expect(isPersonName(n), n).toBe(true);
    for (const n of ['A. Kumar', 'J. Smith', 'John A.', 'Mr. J.']) expect(isPersonName(n), n).toBe(false);
  });
});
