/**
 * Session 31: two rule gaps (a date in a party's description taken for the contract's date; a term said in the present
 * tense, "The Term runs from X through Y") and the drafting habits of the session 31 rewrites (tests/eval/perturb.ts),
 * each in a short invented contract read from plain text.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

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
