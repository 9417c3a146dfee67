/**
 * Probes for the gaps that session 28's new rewrites showed combined with older ones
 * (tests/eval/perturb.ts, names joined with "+"): a cover page in ordinary case (title-case+cover-page),
 * whose "between" on a line of its own took the opening's place, so the opening's own date was never
 * read. Each contract is invented and read from plain text.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const NAMES = ['between', 'HOLLOWAY ORCHARDS, INC.', 'and', 'Brightwater Mills, Inc.'];
const FOLLOWS = 'Holloway and Brightwater agree as follows:';
const CLAUSE = '1. Supply. Holloway shall deliver the apples listed in the schedule to Brightwater each month.';

const PROBES: Probe[] = [
  // --- a cover page in ordinary case: "between", the names on lines of their own, then the title again and the opening
  p(
    'cover-lower-between-date-after-parties',
    k('Fruit Supply Agreement', ...NAMES, 'Fruit Supply Agreement', 'This Fruit Supply Agreement is made between HOLLOWAY ORCHARDS, INC., incorporated in California ("Holloway"), and Brightwater Mills, Inc., organised in Oregon ("Brightwater"), at Salem, Oregon, with effect from March 14, 2004.', FOLLOWS, CLAUSE),
    { agreementDate: '2004-03-14', effectiveDate: '2004-03-14', title: 'Fruit Supply Agreement' },
  ),
  p(
    'cover-lower-between-amendment-qualified-effective',
    k('Third Amendment to Fruit Supply Agreement', ...NAMES, '[LOGO]', 'Third Amendment to Fruit Supply Agreement', 'This Third Amendment to Fruit Supply Agreement (this "Third Amendment") is agreed and entered into, with effect in every respect from the 9th day of July, 2007, by and between HOLLOWAY ORCHARDS, INC., having its office at 12 Cider Lane, Fresno, California ("Holloway"), and Brightwater Mills, Inc., having its office at 40 Quarry Road, Salem, Oregon ("Brightwater").', FOLLOWS, '1. Section 4 of the Fruit Supply Agreement is deleted.'),
    { agreementDate: '2007-07-09' },
  ),
  // The same cover in capitals was read before and still is.
  p(
    'cover-caps-between-date-after-parties',
    k('FRUIT SUPPLY AGREEMENT', 'BETWEEN', 'HOLLOWAY ORCHARDS, INC.', 'AND', 'BRIGHTWATER MILLS, INC.', 'FRUIT SUPPLY AGREEMENT', 'This Fruit Supply Agreement is made between HOLLOWAY ORCHARDS, INC., incorporated in California ("Holloway"), and BRIGHTWATER MILLS, INC., organised in Oregon ("Brightwater"), at Salem, Oregon, with effect from March 14, 2004.', FOLLOWS, CLAUSE),
    { agreementDate: '2004-03-14' },
  ),
  // An opening whose own "between" stands on a line of its own, the parties listed under it with the date: still the opening.
  p(
    'opening-between-line-list-dated',
    k('FRUIT SUPPLY AGREEMENT', 'This Fruit Supply Contract is concluded by and between:', '(1) Holloway Orchards, Inc., incorporated in California ("Holloway"); and', '(2) Brightwater Mills, Inc., organised in Oregon ("Brightwater"), this 21st day of August, 2009.', FOLLOWS, CLAUSE),
    { agreementDate: '2009-08-21' },
  ),
  // An English opening: the date first, then "BETWEEN:" and the parties.
  p(
    'english-dated-then-between',
    k('FRUIT SUPPLY AGREEMENT', 'THIS SUPPLY DEED is dated 3 May 2011', 'BETWEEN:', '(1) HOLLOWAY ORCHARDS LIMITED, of 4 Mill Row, Leeds ("Holloway"); and', '(2) BRIGHTWATER MILLS LIMITED, of 9 Quay Street, Cardiff ("Brightwater").', 'THE PARTIES AGREE:', CLAUSE),
    { agreementDate: '2011-05-03' },
  ),
  // --- an opening dated by the name of its effective date (effective-defined-later): a definition of another agreement
  // "dated as of" a day, its parties' names with "Inc." and "Co.", is not the date this contract is made.
  p(
    'as-of-effective-other-agreement-defined-with-inc',
    k('ORCHARD LICENCE CONTRACT', 'This Orchard Licence Contract is made, to run on the Effective Date, by Holloway Orchards, Inc. ("Holloway") with Brightwater Mills, Inc. ("Brightwater").', FOLLOWS, '“Effective Date” means September 30, 2015.', '1. Definitions. "Cider Licence" refers to the licence Holloway Orchards, Inc. gave Pellam Press Co. dated as of June 2, 2009. "Marks" means the marks set out in the Annex.', '2. Licence. Holloway grants Brightwater a licence to use the Marks.', 'HOLLOWAY ORCHARDS, INC.\n\nBy: ____________\n\nBRIGHTWATER MILLS, INC.\n\nBy: ____________'),
    { agreementDate: '2015-09-30' },
  ),
  // Signed as of the date given further up, where the opening is dated by its effective date's name: that date is the defined one.
  p(
    'as-of-effective-signed-as-of-date-above',
    k('ORCHARD LICENCE CONTRACT', 'This Orchard Licence Contract is made, to run on the Effective Date, by Holloway Orchards, Inc. ("Holloway") with Brightwater Mills, Inc. ("Brightwater").', FOLLOWS, '“Effective Date” means September 30, 2015.', '1. Licence. Holloway grants Brightwater a licence to use its orchard marks.', 'IN WITNESS WHEREOF, Holloway and Brightwater sign this contract effective the date stated above.', 'HOLLOWAY ORCHARDS, INC.\n\nBy: ____________\n\nBRIGHTWATER MILLS, INC.\n\nBy: ____________'),
    { agreementDate: '2015-09-30' },
  ),
];

runProbes('a cover page in ordinary case before the opening (compound rewrites, session 28)', PROBES);
