/**
 * Session 31: two rule gaps (a date in a party's description taken for the contract's date; a term said in the present
 * tense, "The Term runs from X through Y") and the drafting habits of the session 31 rewrites (tests/eval/perturb.ts),
 * each in a short invented contract read from plain text.
 */
import { describe, expect, it } from 'vitest';
import { perturbationNamed } from '../../eval/perturb';
import { contractText as k, expectProbe, probe as p, runProbes, type Probe } from './probeValue';

const AGREE = 'NOW, THEREFORE, the parties agree as follows:';
const CLEANING = [
  '1. Services. Bolt shall clean and maintain the offices of Acme every working day.',
  '2. Fees. Acme shall pay Bolt a monthly fee of $2,500 within fifteen days of each invoice.',
  '3. Governing Law. This Agreement shall be governed by the laws of the State of Oregon.',
];
const cleaning = (opening: string): string => k('SERVICES AGREEMENT', opening, AGREE, ...CLEANING);

const formation: Probe[] = [
  p(
    'a formation date within reach of "made" is not the date of making',
    cleaning('This Services Agreement is made between Acme LLC, a company formed on May 1, 2001 ("Acme"), and Bolt Inc. ("Bolt").'),
    { agreementDate: null, effectiveDate: null, governingLaw: 'Oregon*' },
  ),
  p(
    'a formation date in brackets after the first party is not the date of making',
    cleaning('This Services Agreement is made between Acme LLC, an Oregon limited liability company (formed on May 1, 2001) ("Acme"), and Bolt Inc. ("Bolt").'),
    { agreementDate: null },
  ),
  p(
    'each party formed on a day of its own, the contract dated after the list',
    cleaning('This Services Agreement is made between Acme LLC, an Oregon limited liability company formed on May 1, 2001 ("Acme"), and Bolt Inc., an Idaho corporation incorporated on June 3, 1998 ("Bolt"), as of March 3, 2020.'),
    { agreementDate: '2020-03-03' },
  ),
  p(
    'an organized-on date before an effective date defined after the list',
    cleaning('This Services Agreement (the "Agreement") is entered into by and between Acme LLC, an Oregon limited liability company organized on May 1, 2001 ("Acme"), and Bolt Inc., an Idaho corporation ("Bolt"), and is effective as of March 3, 2020 (the "Effective Date").'),
    { agreementDate: '2020-03-03', effectiveDate: '2020-03-03' },
  ),
  p(
    'the date of making before the list, a party established on another day',
    cleaning('This Services Agreement is entered into as of March 3, 2020 by and between Acme LLC, an Oregon limited liability company established on May 1, 2001 ("Acme"), and Bolt Inc. ("Bolt").'),
    { agreementDate: '2020-03-03' },
  ),
  p(
    'a party registered in a state on a day, the contract made on another',
    cleaning('This Services Agreement is made on March 3, 2020 between Acme LLC, a company registered in Oregon on May 1, 2001 ("Acme"), and Bolt Inc. ("Bolt").'),
    { agreementDate: '2020-03-03' },
  ),
  p(
    'a lease whose only dates describe the parties',
    k(
      'OFFICE LEASE',
      'This Office Lease (this "Lease") is made by and between Tamsin Properties LLC, a Delaware limited liability company formed on May 1, 2001 (the "Landlord"), and Corvel Dynamics, Inc., a Nevada corporation incorporated on June 3, 1998 (the "Tenant").',
      'WHEREAS, Landlord owns the building at 40 Ferry Lane in Cobbsville, and Tenant wishes to rent its third floor.',
      AGREE,
      '1. Premises. Landlord leases to Tenant the third floor of the building.',
      '2. Rent. Tenant shall pay a monthly rent of $5,000 on the first day of each month.',
      '3. Governing Law. This Lease shall be governed by the laws of the State of Nevada.',
    ),
    { agreementDate: null, governingLaw: 'Nevada*' },
  ),
  p(
    'formation dates and a term clause under its own number, no words leading into the clauses',
    k(
      'SUPPLY AGREEMENT',
      'This Supply Agreement (the "Agreement") is entered into by and between Pelham Grain Company, an Iowa corporation organized on March 12, 1987, with offices at 12 Elm Road, Ames, Iowa ("Pelham"), and Wexcombe Foods LLC, a Minnesota limited liability company established on April 4, 2005 ("Buyer").',
      '1. Supply. Pelham shall sell and Buyer shall buy the grain listed in Schedule A.',
      '2. Term. The term of this Agreement is from March 1, 2020 to February 28, 2023.',
      '3. Governing Law. This Agreement shall be governed by the laws of the State of Iowa.',
    ),
    { agreementDate: null, effectiveDate: '2020-03-01', expiration: '2023-02-28' },
  ),
];

const consulting = (term: string): string =>
  k(
    'CONSULTING AGREEMENT',
    'This Consulting Agreement (the "Agreement") is made as of February 10, 2020 by and between Ardent Labs, Inc., a Delaware corporation ("Ardent"), and Mirela Voss ("Consultant").',
    '1. Services. Consultant shall advise Ardent on its laboratory processes.',
    '2. Fees. Ardent shall pay Consultant a monthly fee of $4,000.',
    `3. Duration. ${term}`,
    '4. Governing Law. This Agreement shall be governed by the laws of the State of Delaware.',
  );
const SPAN = { agreementDate: '2020-02-10', effectiveDate: '2020-03-01', expiration: '2023-02-28' } as const;

const presentTense: Probe[] = [
  ...[
    'The Term runs from March 1, 2020 through February 28, 2023.',
    'The Term runs from March 1, 2020 through February 28, 2023, unless terminated earlier under Section 5.',
    'The term of this Agreement runs from March 1, 2020 until February 28, 2023.',
    'This Agreement runs from March 1, 2020 to February 28, 2023.',
    'The Agreement runs from March 1, 2020 through and including February 28, 2023.',
    'This Agreement lasts from March 1, 2020 until February 28, 2023.',
    'This Agreement remains in force from March 1, 2020 until February 28, 2023.',
    'The Term is March 1, 2020 through February 28, 2023.',
    'This Agreement is in effect from March 1, 2020 through February 28, 2023.',
    'This Agreement starts on March 1, 2020 and ends on February 28, 2023.',
    'The Term begins on March 1, 2020 and ends on February 28, 2023.',
    'The term of this Agreement is from March 1, 2020 to February 28, 2023.',
    'The term of this Agreement is the period from March 1, 2020 through February 28, 2023.',
    'This Agreement begins on March 1, 2020 and continues until February 28, 2023.',
  ].map((term) => p(`present tense: ${term}`, consulting(term), SPAN)),
  p('present tense from the defined start: The term runs from the Effective Date through …', consulting('The term runs from the Effective Date through February 28, 2023.'), { expiration: '2023-02-28' }),
];

runProbes('a date in a party\'s description is the party\'s, not the contract\'s', formation);
runProbes('a term in the present tense gives its start and end', presentTense);

const WAREHOUSE = k(
  'WAREHOUSE SERVICES AGREEMENT',
  'This Warehouse Services Agreement (the "Agreement") is made as of June 4, 2015 by and between Calloway Storage Inc., an Oregon corporation ("Calloway"), and Brindle Outfitters LLC, a Washington limited liability company ("Customer").',
  'WHEREAS, Calloway runs a bonded warehouse near the port of Astoria and Customer imports camping goods that it wishes to store there.',
  AGREE,
  "1. Storage. Calloway shall receive, store and release Customer's goods on the written instructions of Customer's logistics manager.",
  '2. Charges. Customer shall pay the storage and handling charges in Schedule 1 within thirty days of each monthly invoice.',
  '3. Term. This Agreement shall commence on July 1, 2015 and shall continue until June 30, 2018. Thereafter this Agreement shall automatically renew for successive one (1) year renewal terms unless either party gives the other written notice of non-renewal at least sixty (60) days prior to the end of the then-current term.',
  '4. Changes. No change to the charges binds both parties unless it is set out in a written schedule initialled by each of them.',
  '5. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Oregon.',
);
const WAREHOUSE_WANT = {
  title: 'WAREHOUSE SERVICES AGREEMENT',
  agreementDate: '2015-06-04',
  effectiveDate: '2015-07-01',
  expiration: '2018-06-30',
  renewal: '1 year each, automatic*',
  renewalNotice: '60 days',
  governingLaw: 'Oregon*',
} as const;

/** Each session 31 rewrite: the words it should write in the invented contract, and the words it should take out. */
const REWRITES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['term-present-tense', ['This Agreement commences on July 1, 2015 and continues until June 30, 2018', 'this Agreement automatically renews for successive'], ['shall commence', 'shall automatically renew']],
  ['party-formed-on', ['an Oregon corporation incorporated on May 14, 1987 ("Calloway")', 'a Washington limited liability company formed on September 3, 1979 ("Customer")'], []],
  ['law-subject-to', ['shall be subject to and interpreted under the laws of the State of Oregon'], ['governed by']],
  ['opening-dated-title', ['This Warehouse Services Agreement dated as of June 4, 2015 (the "Agreement") is made by and between Calloway'], ['is made as of']],
  ['renewal-extended', ['shall automatically be extended for successive one (1) year extension terms'], ['automatically renew']],
  ['notice-minimum', ['a minimum of sixty (60) days prior to the end'], ['at least sixty']],
  ['parties-either-of', ['unless either of the Parties gives the other', 'binds the Parties unless'], ['either party', 'both parties']],
];

describe('the session 31 rewrites keep every value of an invented contract', () => {
  it.each(REWRITES.map(([name, wrote, tookOut]) => [name, wrote, tookOut] as const))('%s', async (name, wrote, tookOut) => {
    const out = perturbationNamed(name).apply(WAREHOUSE);
    expect(typeof out).toBe('string');
    for (const words of wrote) expect(out).toContain(words);
    for (const words of tookOut) expect(out).not.toContain(words);
    await expectProbe(out as string, WAREHOUSE_WANT);
  });

  it('all seven at once', async () => {
    const out = perturbationNamed(REWRITES.map(([name]) => name).join('+')).apply(WAREHOUSE) as string;
    expect(out).toContain('This Agreement commences on July 1, 2015');
    expect(out).toContain('incorporated on May 14, 1987');
    await expectProbe(out, WAREHOUSE_WANT);
  });

  it('term-present-tense leaves "shall be" that says nothing of the term, and puts "automatically" after "is"', () => {
    const p = perturbationNamed('term-present-tense');
    expect(p.apply('This Agreement shall be binding on successors. The Term shall automatically be renewed for one year.')).toBe('This Agreement shall be binding on successors. The Term is automatically renewed for one year.');
    expect(p.apply('This Agreement shall become effective on signing and have a term of two (2) years.')).toBe('This Agreement becomes effective on signing and has a term of two (2) years.');
  });

  it('opening-dated-title moves only a date that stands right before the party list', () => {
    const p = perturbationNamed('opening-dated-title');
    const defined = 'This Supply Agreement is entered into as of March 3, 2012 (the "Effective Date") by and between Acme Inc. ("Acme") and Bolt LLC ("Bolt").';
    expect(p.apply(defined)).toBe(defined);
  });
});

const law = '9. Governing Law. This Agreement shall be governed by the laws of the State of Idaho.';
const foundFromRewrites: Probe[] = [
  p(
    'becomes effective on the defined date and continues for a length',
    k('DISTRIBUTION AGREEMENT', 'This Distribution Agreement is made as of May 2, 2016 (the "Effective Date") by and between Tovey Pumps Inc. ("Tovey") and Larchmont Supply LLC ("Distributor").', '1. Appointment. Tovey appoints Distributor to resell its pumps in Idaho.', '2. Term. This Agreement becomes effective on the Effective Date and continues for a period of three (3) years unless terminated under Section 5.', law),
    { effectiveDate: '2016-05-02', expiration: '2019-05-02' },
  ),
  p(
    'is effective as of the date hereof and continues in full force and effect until terminated',
    k('DISTRIBUTION AGREEMENT', 'This Distribution Agreement is made as of May 2, 2016 by and between Tovey Pumps Inc. ("Tovey") and Larchmont Supply LLC ("Distributor").', '1. Appointment. Tovey appoints Distributor to resell its pumps in Idaho.', '2. Term. This Agreement becomes effective as of the date first written above, and continues in full force and effect until terminated as provided below.', law),
    { expiration: 'perpetual' },
  ),
  p(
    'runs until either of the Parties gives notice',
    k('DISTRIBUTION AGREEMENT', 'This Distribution Agreement is made as of May 2, 2016 by and between Tovey Pumps Inc. ("Tovey") and Larchmont Supply LLC ("Distributor").', '1. Appointment. Tovey appoints Distributor to resell its pumps in Idaho.', '2. Term. This Agreement shall become effective on the date hereof and shall continue in effect until either of the Parties informs the other with ninety (90) days prior written notice of termination.', law),
    { expiration: 'perpetual' },
  ),
  p(
    'a renewal in the present passive: is automatically renewed for periods',
    k('DISTRIBUTION AGREEMENT', 'This Distribution Agreement is made as of May 2, 2016 by and between Tovey Pumps Inc. ("Tovey") and Larchmont Supply LLC ("Distributor").', '2. Term. This Agreement becomes effective on the date hereof and continues for a period of two (2) years. This Agreement is automatically renewed for periods of twelve (12) months unless either Party gives three (3) months written notice of non-renewal.', law),
    { expiration: '2018-05-02', renewal: '12 months each, automatic*', renewalNotice: '3 months' },
  ),
  p(
    'a renewal after the notice clause: …, this Agreement is renewed for additional periods',
    k('DISTRIBUTION AGREEMENT', 'This Distribution Agreement is made as of May 2, 2016 by and between Tovey Pumps Inc. ("Tovey") and Larchmont Supply LLC ("Distributor").', '2. Term. The term of this Agreement begins on the date hereof and continues for two (2) years (the "Initial Term").', '3. Renewal. Upon expiration of the Initial Term, unless written notice to the contrary is given by one party to the other at least forty-five (45) days before the end of the then-current term, this Agreement is renewed for additional, successive periods of one (1) year each.', law),
    { renewal: '1 year each, automatic*', renewalNotice: '45 days' },
  ),
  ...['Renewal', 'Extension'].map((word) => p(
    `an ${word.toLowerCase()} by agreement, the next sentence speaking of such ${word} Term (read alike)`,
    k('DISTRIBUTION AGREEMENT', 'This Distribution Agreement is made as of May 2, 2016 by and between Tovey Pumps Inc. ("Tovey") and Larchmont Supply LLC ("Distributor").', `2. Term. This Agreement shall continue in effect through December 31, 2019 and any ${word} Term.`, `3. ${word}. This Agreement may be ${word === 'Renewal' ? 'renewed' : 'extended'} for an additional one year term ("${word} Term") upon mutual written agreement of the Parties. Sixty (60) days before the start of such ${word} Term, the Parties shall agree the prices for it.`, law),
    { renewal: '1 year each, by agreement', expiration: '2019-12-31' },
  )),
  p(
    'effective when signed by the Parties, the signatures dated',
    k('DISTRIBUTION AGREEMENT', 'This Distribution Agreement is made by and between Tovey Pumps Inc. ("Tovey") and Larchmont Supply LLC ("Distributor").', '1. Appointment. Tovey appoints Distributor to resell its pumps in Idaho.', '2. Effect. This Agreement will be effective when signed by the Parties.', law, 'IN WITNESS WHEREOF, the parties have signed this Agreement.', 'TOVEY PUMPS INC.\nBy: /s/ Ada Tovey\nDate: August 3, 2016', 'LARCHMONT SUPPLY LLC\nBy: /s/ Ben Orr\nDate: August 5, 2016'),
    { effectiveDate: '2016-08-05' },
  ),
  p(
    'no effective date from an amendment that is effective only when signed by the parties',
    k('DISTRIBUTION AGREEMENT', 'THIS DISTRIBUTION AGREEMENT dated for reference the 2nd day of May 2016 is made by and between Tovey Pumps Inc. ("Tovey") and Larchmont Supply LLC ("Distributor").', '1. Appointment. Tovey appoints Distributor to resell its pumps in Idaho.', '8. Amendment. No amendment of this Agreement will be effective unless made in writing and signed by the Parties.', law),
    { agreementDate: '2016-05-02', effectiveDate: null },
  ),
];

runProbes('wordings the session 31 rewrites showed', foundFromRewrites);
