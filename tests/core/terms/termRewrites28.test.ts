/**
 * Probes for the gaps four label-preserving rewrites of session 28 showed (tests/eval/perturb.ts):
 * a yearly renewal "from year to year" (renewal-year-to-year), an opening dated "as of the Effective
 * Date" with the date defined further on (effective-defined-later), a forum clause in another state
 * set before the choice of law (venue-elsewhere), and notice "in writing" (notice-in-writing). Each
 * contract is invented and read from plain text.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'GRAIN SUPPLY AGREEMENT';
const PARTIES = 'between Kestrel Foods Inc., an Oregon corporation ("Kestrel"), and Lark Mills LLC ("Lark")';
const OPEN = `This Grain Supply Agreement (the "Agreement") is made as of March 3, 2016 ${PARTIES}.`;
const AS_OF_EFFECTIVE = `This Grain Supply Agreement (the "Agreement") is made as of the Effective Date ${PARTIES}.`;
const RECITALS = 'WHEREAS, Lark mills flour from grain and Kestrel wishes to buy grain for its bakeries.';
const FOLLOWS = 'NOW, THEREFORE, Kestrel and Lark agree as follows:';
const UNDATED_SIGNATURES = 'IN WITNESS WHEREOF, the parties have signed this Agreement as of the Effective Date.\n\nKESTREL FOODS INC.\n\nBy: ____________\n\nLARK MILLS LLC\n\nBy: ____________';
const DATED_SIGNATURES = 'IN WITNESS WHEREOF, the parties have signed this Agreement as of the Effective Date.\n\nKESTREL FOODS INC.\n\nBy: /s/ Ana Ruiz\n\nDate: March 9, 2016\n\nLARK MILLS LLC\n\nBy: /s/ Tom Hale\n\nDate: March 9, 2016';

const PROBES: Probe[] = [
  // --- the opening dated "as of the Effective Date", the date defined after the operative words
  p(
    'as-of-effective-defined-later',
    k(TITLE, AS_OF_EFFECTIVE, RECITALS, FOLLOWS, '"Effective Date" means March 3, 2016.', '1. Supply. Lark shall supply grain to Kestrel.', '2. Term. This Agreement shall continue for two (2) years from the Effective Date.', UNDATED_SIGNATURES),
    { agreementDate: '2016-03-03', effectiveDate: '2016-03-03' },
  ),
  p(
    'effective-as-of-effective-defined-in-clause',
    k(TITLE, `This Grain Supply Agreement (this "Agreement"), effective as of the Effective Date, is ${PARTIES}.`, FOLLOWS, '1. Definitions. In this Agreement:', '1.1 "Effective Date" means the 1st day of June, 2012.', '1.2 "Grain" means wheat and rye.', UNDATED_SIGNATURES),
    { agreementDate: '2012-06-01', effectiveDate: '2012-06-01' },
  ),
  p(
    'as-of-effective-opening-without-between',
    k('RESELLER AGREEMENT', 'THIS AGREEMENT (the "Agreement") entered into as of the Effective Date sets out the terms on which Kestrel Foods Inc., an Oregon corporation ("Kestrel"), lets Lark Mills LLC ("Reseller") resell its flour.', 'KESTREL AND RESELLER AGREE AS FOLLOWS:', '"Effective Date" means the 19th day of October, 2011.', '1. Resale. Reseller may resell flour in Idaho.', UNDATED_SIGNATURES),
    { agreementDate: '2011-10-19', effectiveDate: '2011-10-19' },
  ),
  // Signatures dated: the contract is made when the last one signs, as before.
  p(
    'as-of-effective-signed-dated',
    k(TITLE, AS_OF_EFFECTIVE, FOLLOWS, '"Effective Date" means March 3, 2016.', '1. Supply. Lark shall supply grain to Kestrel.', DATED_SIGNATURES),
    { agreementDate: '2016-03-09', effectiveDate: '2016-03-03' },
  ),
  // A definition that counts from another date or points at an event gives no date of making.
  p(
    'as-of-effective-defined-by-event',
    k(TITLE, AS_OF_EFFECTIVE, FOLLOWS, '"Effective Date" means the date on which Kestrel first receives the export permit.', '1. Supply. Lark shall supply grain to Kestrel.', UNDATED_SIGNATURES),
    { agreementDate: null },
  ),
  // A form attached as an exhibit defines its own blank "Effective Date": the contract's definition stands.
  p(
    'effective-defined-before-attached-form',
    k(TITLE, AS_OF_EFFECTIVE, FOLLOWS, '"Effective Date" means the 1st day of April, 2015.', '1. Supply. Lark shall supply grain to Kestrel.', UNDATED_SIGNATURES, 'EXHIBIT B\n\nFORM OF SITE AGREEMENT', 'This Site Agreement is made this ___ day of _________, 20__ ("Effective Date") by and between Kestrel Foods Inc. and [SITE OWNER].'),
    { effectiveDate: '2015-04-01' },
  ),
  p('dated-opening-kept', k(TITLE, OPEN, FOLLOWS, '1. Supply. Lark shall supply grain to Kestrel.'), { agreementDate: '2016-03-03' }),

  // --- a yearly renewal "from year to year"
  p(
    'year-to-year-automatic-successive',
    k(TITLE, OPEN, '2. Term. This Agreement shall continue for two (2) years from the date hereof and shall automatically renew from year to year unless either party gives notice in writing of its intention not to renew at least ninety (90) days before the end of the then-current term.'),
    { renewal: '1 year each, automatic, successive', renewalNotice: '90 days' },
  ),
  p(
    'year-to-year-thereafter-successive',
    k(TITLE, OPEN, '2. Term. This Agreement shall remain in effect until March 2, 2019 and thereafter from year to year until either party ends it on sixty (60) days\' notice in writing.'),
    { renewal: '1 year each, automatic, successive' },
  ),
  p(
    'year-to-year-may-if-agreed',
    k(TITLE, OPEN, '2. Term. The term of this Agreement shall end on March 2, 2018; provided, however, that this Agreement may be renewed from year to year if Kestrel and Lark expressly agree in writing to renew it before that date.'),
    { renewal: '1 year each, by option, successive' },
  ),
  p(
    'month-to-month-continues',
    k(TITLE, OPEN, '2. Term. This Agreement shall continue until March 2, 2017 and shall thereafter continue on a month-to-month basis until terminated by either party on thirty (30) days\' notice in writing.'),
    { renewal: '1 month each, automatic, successive' },
  ),

  p(
    'two-additional-terms-not-successive',
    k(TITLE, OPEN, '2. Term. This Agreement shall have a term of four (4) years from the date hereof. Lark shall have the option to extend this Agreement for two additional one (1) year terms by notice in writing to Kestrel.'),
    { renewal: '1 year each, by option' },
  ),

  // --- a forum in another state set before the choice of law
  p(
    'forum-before-law-heading',
    k(TITLE, OPEN, '14. Governing Law; Venue. Each party irrevocably submits to the exclusive jurisdiction of the courts sitting in Travis County, Texas, for any suit arising under this Agreement. This Agreement shall be governed by the laws of the State of Oregon.'),
    { governingLaw: 'Oregon, United States' },
  ),
  p(
    'forum-sub-clause-before-law',
    k(TITLE, OPEN, '14. Governing Law.', '(a) Each party irrevocably submits to the exclusive jurisdiction of the courts sitting in Travis County, Texas, for any suit arising under this Agreement. The validity and performance of this Agreement will be governed by the law of the State of Oregon.', '(b) Each party waives trial by jury.'),
    { governingLaw: 'Oregon, United States' },
  ),
  p(
    'forum-own-clause-before-law',
    k(TITLE, OPEN, '13. Venue. Any action arising out of this Agreement shall be brought only in the state or federal courts located in Multnomah County, Oregon.', '14. Governing Law. This Agreement is governed by the internal laws of the State of Washington.'),
    { governingLaw: 'Washington, United States' },
  ),

  // --- notice given in writing
  p(
    'notice-in-writing-before-end',
    k(TITLE, OPEN, '2. Term. This Agreement shall continue for three (3) years from the date hereof and shall thereafter renew automatically for successive one (1) year periods unless either party gives the other notice in writing of non-renewal not less than sixty (60) days before the end of the then-current term.'),
    { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' },
  ),
  p(
    'days-notice-in-writing',
    k(TITLE, OPEN, '2. Term. This Agreement shall continue for one (1) year from the date hereof and shall renew automatically for successive one (1) year terms, unless either party terminates it at the end of a term upon forty-five (45) days\' notice in writing to the other party.'),
    { renewal: '1 year each, automatic, successive', renewalNotice: '45 days' },
  ),
];

runProbes('rewrites of session 28: year-to-year renewals, an effective date defined later, a forum elsewhere, notice in writing', PROBES);
