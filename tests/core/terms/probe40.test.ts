/**
 * Date, term, renewal, notice and law wordings of session 40, each both ways, in short invented contracts read as
 * plain text: a place's law in the possessive ("Oregon's substantive laws"), "the laws prevailing in" a place, a
 * blank date of making followed by an effective date said with "effect" ("but made with effect from April 3, 2015"),
 * an extension on an event in the present tense ("is automatically extended"), which is no renewal, a letter dated by a
 * line that is only a date written the formal way ("the 15th day of September in the year 2011"),
 * and wordings other drafters use that read already ("the 3rd day of March, 2015", renewals "for like periods",
 * notice "not later than sixty days prior to"), kept so that they keep reading.
 */
import { afterAll } from 'vitest';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { contractText, probe, runProbes, type Probe } from './probeValue';

afterAll(() => shutdownParseWorker());

const OPEN = 'This Orchard Agreement (the "Agreement") is made as of April 4, 2016 (the "Effective Date") between Kestrel Holdings, Inc. ("Kestrel") and Northvale Growers LLC (the "Grower").';
const doc = (...paras: string[]): string => contractText('ORCHARD AGREEMENT', OPEN, ...paras);
/** An opening of the drafter's own, then the clauses. */
const opened = (opening: string, ...paras: string[]): string => contractText('ORCHARD AGREEMENT', opening, ...paras);
const PARTIES = 'between Kestrel Holdings, Inc. ("Kestrel") and Northvale Growers LLC (the "Grower").';
/** A letter agreement: its date on a line of its own, a salutation, then a body that names an older deed's date first. */
const letter = (dateLine: string): string =>
  contractText('KESTREL HOLDINGS, INC.', 'ORCHARD LETTER AGREEMENT', dateLine, 'Northvale Growers LLC  12 Pippin Lane  Northvale, VT 05001', 'Ladies and Gentlemen:', 'Kestrel bought the orchard on March 2, 2009 under a deed dated as of March 1, 2009 (the "Deed") signed by its former owner.', 'Kestrel and Northvale Growers LLC (the "Grower") now agree as follows.', '1. The Grower shall tend the trees.');

const PROBES: Probe[] = [
  // --- a place's law in the possessive, and "the laws prevailing in" a place
  probe('law-possessive-substantive', doc('14. Choice of Law. This Agreement is governed by Oregon\'s substantive laws, without regard to its conflict of laws principles.'), { governingLaw: 'Oregon*' }),
  probe('law-possessive-state-of', doc('14. Choice of Law. This Orchard Agreement shall be governed by the State of Vermont\'s laws.'), { governingLaw: 'Vermont*' }),
  probe('law-possessive-governs', doc('14. Choice of Law. Idaho\u2019s law governs this Orchard Agreement.'), { governingLaw: 'Idaho*' }),
  probe('law-possessive-courts-no-law', doc('14. Forum. Oregon\'s courts shall hear any claim the Grower brings under this Agreement.'), { governingLaw: null }),
  probe('law-possessive-after-chosen-law', doc('14. Choice of Law. The laws of the State of Maine govern this Orchard Agreement, and Oregon\'s laws on fruit labelling apply only to the Grower\'s packing shed.'), { governingLaw: 'Maine*' }),
  probe('law-prevailing-in', doc('14. Choice of Law. This Orchard Agreement shall be governed by the laws prevailing in the Province of Manitoba.'), { governingLaw: 'Manitoba*' }),
  probe('laws-prevailing-no-choice', doc('14. Compliance. The Grower shall pack the fruit as the laws prevailing in Manitoba require.'), { governingLaw: null }),
  // --- a date of making left blank, then the effective date said with "effect"
  probe('blank-then-with-effect-from', opened(`This Orchard Agreement is dated as of this ____ day of __________, 2015, but made with effect from April 3, 2015 ("Effective Date") ${PARTIES}`), { agreementDate: '2015-04-03', effectiveDate: '2015-04-03' }),
  probe('blank-then-taking-effect-on', opened(`This Orchard Agreement is dated __________, 2015, taking effect on April 3, 2015, ${PARTIES}`), { agreementDate: '2015-04-03' }),
  // the effective date blank too: a blank, never a date
  probe('blank-then-effect-blank', opened(`This Orchard Agreement is dated __________, 2015, but made with effect from ________, 2015, ${PARTIES}`), { agreementDate: '________, 2015' }),
  probe('blank-then-effect-other-agreement', opened(`This Orchard Agreement is dated __________, 2015, with effect under the Master Agreement dated April 3, 2015, ${PARTIES}`), { agreementDate: '__________, 2015' }),
  probe('filled-then-with-effect-from', opened(`This Orchard Agreement is dated March 1, 2015, but made with effect from April 3, 2015 ("Effective Date") ${PARTIES}`), { agreementDate: '2015-03-01', effectiveDate: '2015-04-03' }),
  // --- an extension on an event said in the present tense is no renewal, as in the future tense; a renewal so said still is
  probe('extended-on-event-present', doc('2. Term. This Agreement shall continue for three (3) years from the Effective Date. In the event that a frost destroys the crop, then this Agreement is automatically extended for additional months equal to the months of lost harvest.'), { expiration: '2019-04-04', renewal: null }),
  probe('extended-on-event-future', doc('2. Term. This Agreement shall continue for three (3) years from the Effective Date. In the event that a frost destroys the crop, then this Agreement will automatically be extended for additional months equal to the months of lost harvest.'), { renewal: null }),
  probe('extended-unless-notice-present', doc('2. Term. This Agreement shall continue for three (3) years from the Effective Date. If neither party gives notice of non-renewal ninety (90) days before the term ends, this Agreement is automatically extended for an additional one (1) year term.'), { renewal: '1 year*', renewalNotice: '90 days' }),
  // --- a letter agreement dated by a line that is only a date, written the formal way (a line over 40 characters), before
  // a body that names another instrument's date; a line with other words beside a date dates nothing
  probe('letter-date-in-the-year', letter('the 15th day of September in the year 2011'), { agreementDate: '2011-09-15' }),
  probe('letter-date-short', letter('September 15, 2011'), { agreementDate: '2011-09-15' }),
  probe('letter-line-not-only-a-date', letter('Kestrel replaces its offer of the 15th day of September, 2011'), { agreementDate: '2009-03-01' }),
  // --- wordings that read already
  probe('day-of-month-ordinal-digits', opened(`This Orchard Agreement is made on the 3rd day of March, 2015 ${PARTIES}`, '2. Term. This Agreement shall continue for two (2) years from the date hereof.'), { agreementDate: '2015-03-03', expiration: '2017-03-03' }),
  probe('day-of-month-no-comma', opened(`This Orchard Agreement is made this 3rd day of March 2015 ${PARTIES}`), { agreementDate: '2015-03-03' }),
  probe('day-of-month-in-the-year', opened(`This Orchard Agreement is made on the 3rd day of March in the year 2015 ${PARTIES}`), { agreementDate: '2015-03-03' }),
  probe('month-ordinal-day', opened(`This Orchard Agreement is made on March 3rd, 2015 ${PARTIES}`, '2. Term. This Agreement shall commence on the 1st day of April, 2015 and continue for two (2) years.'), { agreementDate: '2015-03-03', effectiveDate: '2015-04-01', expiration: '2017-04-01' }),
  probe('law-of-england-and-wales', doc('14. Governing Law. This Orchard Agreement is governed by, and must be construed according to, the law of England and Wales.'), { governingLaw: 'England and Wales' }),
  probe('renewal-like-periods', doc('2. Term. This Agreement shall continue for two (2) years from the Effective Date and shall thereafter renew automatically for like periods unless Kestrel or the Grower sends written notice of non-renewal not later than sixty (60) days prior to the close of the running term.'), { expiration: '2018-04-04', renewal: '2 years each, automatic*', renewalNotice: '60 days' }),
  probe('renewal-periods-of-equal-duration', doc('2. Term. This Agreement shall continue for three (3) years from the Effective Date and shall renew automatically for successive periods of equal duration unless Kestrel or the Grower sends notice of non-renewal at least thirty (30) days ahead of the close of the running term.'), { expiration: '2019-04-04', renewal: '3 years each, automatic*', renewalNotice: '30 days' }),
  probe('notice-months-not-less-than', doc('2. Term. This Agreement shall continue for two (2) years from the Effective Date and shall renew automatically for successive one (1) year periods unless either party gives the other not less than three (3) months\' written notice of non-renewal before the end of the then-current term.'), { renewal: '1 year each, automatic*', renewalNotice: '3 months' }),
  probe('until-day-of-month', doc('2. Term. This Agreement shall remain in force until the 31st day of December, 2019.'), { expiration: '2019-12-31' }),
];

runProbes('date, term, renewal, notice and law wordings probed in session 40', PROBES);
