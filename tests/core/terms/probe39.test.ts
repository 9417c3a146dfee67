/**
 * Term, renewal, notice and law wordings of session 39, each both ways, in short invented contracts read as plain text:
 * lengths in years and a half or in years and days, terms "unless and until terminated" or with both their ends,
 * renewals for "successive periods of" a length, notices of an "election not to renew", and laws chosen "in force in"
 * a place, "exclusively" or with "construed" first.
 */
import { afterAll } from 'vitest';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { contractText, probe, runProbes, type Probe } from './probeValue';

afterAll(() => shutdownParseWorker());

const OPEN = 'This Orchard Agreement (the "Agreement") is made as of April 4, 2016 (the "Effective Date") between Kestrel Holdings, Inc. ("Kestrel") and Northvale Growers LLC (the "Grower").';
const doc = (...paras: string[]): string => contractText('ORCHARD AGREEMENT', OPEN, ...paras);

const PROBES: Probe[] = [
  // --- lengths in years and a half, and in years and days
  probe('years-and-a-half-words', doc('2. Term. This Agreement shall continue for two and one-half (2 1/2) years from the Effective Date.'), { expiration: '2018-10-04' }),
  probe('years-and-a-half-decimal', doc('2. Term. This Agreement shall continue for a period of 1.5 years from the Effective Date.'), { expiration: '2017-10-04' }),
  probe('years-and-a-half-a-half', doc('2. Term. This Agreement shall continue for three and a half years from the Effective Date.'), { expiration: '2019-10-04' }),
  probe('whole-years-not-a-half', doc('2. Term. This Agreement shall continue for two (2) years from the Effective Date, and one-half of the fees fall due in its first year.'), { expiration: '2018-04-04' }),
  probe('year-and-days', doc('2. Term. This Agreement shall continue for one (1) year and thirty (30) days from the Effective Date.'), { expiration: '2017-05-04' }),
  probe('year-and-days-notice-apart', doc('2. Term. This Agreement shall continue for one (1) year from the Effective Date, and either party may end it on thirty (30) days\' written notice.'), { expiration: '2017-04-04' }),
  // --- the term's run and end
  probe('unless-and-until-terminated', doc('2. Term. This Agreement starts on the Effective Date and remains in full force and effect unless and until terminated under Section 9.'), { expiration: 'perpetual' }),
  probe('commencing-and-ending-anniversary', doc('2. Term. This Agreement shall continue for a term commencing on the Effective Date and ending on the third anniversary of the Effective Date.'), { expiration: '2019-04-04' }),
  // an anniversary of an Effective Date that is an event is no date, as a length counted from it is not
  probe('anniversary-of-event-effective-date', contractText('ORCHARD AGREEMENT', 'This Orchard Agreement is made as of April 4, 2016 between Kestrel Holdings, Inc. ("Kestrel") and Northvale Growers LLC (the "Grower").', '1. "Effective Date" means the date on which the first harvest is delivered to Kestrel.', '2. Term. This Agreement shall continue for a term commencing on the Effective Date and ending on the first anniversary of the Effective Date.'), { expiration: null }),
  probe('length-from-event-effective-date', contractText('ORCHARD AGREEMENT', 'This Orchard Agreement is made as of April 4, 2016 between Kestrel Holdings, Inc. ("Kestrel") and Northvale Growers LLC (the "Grower").', '1. "Effective Date" means the date on which the first harvest is delivered to Kestrel.', '2. Term. This Agreement shall run for a period of eleven (11) years from the Effective Date.'), { expiration: null }),
  probe('anniversary-of-dated-effective-date', contractText('ORCHARD AGREEMENT', 'This Orchard Agreement is made as of April 4, 2016 between Kestrel Holdings, Inc. ("Kestrel") and Northvale Growers LLC (the "Grower").', '1. "Effective Date" means May 1, 2016.', '2. Term. This Agreement shall continue for a term commencing on the Effective Date and ending on the first anniversary of the Effective Date.'), { expiration: '2017-05-01' }),
  probe('anniversary-of-agreement-date', contractText('ORCHARD AGREEMENT', 'This Orchard Agreement is made as of April 4, 2016 between Kestrel Holdings, Inc. ("Kestrel") and Northvale Growers LLC (the "Grower").', '2. Term. This Agreement shall continue until the second anniversary of the date hereof.'), { expiration: '2018-04-04' }),
  // --- renewal and notice
  probe('renewal-successive-periods-of', doc('2. Term. This Agreement shall run for two (2) years from the Effective Date and shall be renewed automatically for successive periods of one (1) year unless either party gives written notice of its election not to renew at least sixty-five (65) days prior to the end of the current term.'), { expiration: '2018-04-04', renewal: '1 year each, automatic*', renewalNotice: '65 days' }),
  probe('term-table-line', doc('Term: 3 years from the Effective Date', '3. Fees. The Grower shall pay the fees in Schedule 1.'), { expiration: '2019-04-04' }),
  probe('twelve-month-term', doc('2. Term. This Agreement shall have an initial twelve-month term commencing on the Effective Date.'), { expiration: '2017-04-04' }),
  probe('renewed-for-successive-periods', doc('2. Term. The initial term of this Agreement is seven (7) years from the Effective Date. This Agreement shall be renewed for successive periods of two (2) years each unless either party gives the other notice of its intention not to renew at least seventy-five (75) days prior to the expiration of the current term.'), { expiration: '2023-04-04', renewal: '2 years each, automatic*', renewalNotice: '75 days' }),
  probe('renewal-notice-calendar-quarter', doc('2. Term. This Agreement shall continue for two (2) years from the Effective Date and shall renew automatically for successive one (1) year periods unless either party gives notice of non-renewal no later than the end of the calendar quarter preceding the end of the then-current term.'), { expiration: '2018-04-04', renewal: '1 year each, automatic*' }),
  // --- governing law
  probe('law-in-force-in', doc('14. Choice of Law. The laws in force in the Province of Manitoba govern this Agreement.'), { governingLaw: 'Manitoba*' }),
  probe('law-construed-first', doc('14. Choice of Law. This Orchard Agreement must be construed in accordance with, and is governed by, the substantive laws of Oregon, without regard to Oregon\'s conflict of laws principles.'), { governingLaw: 'Oregon*' }),
  probe('law-place-laws-govern', doc('14. Choice of Law. Idaho laws govern this Agreement.'), { governingLaw: 'Idaho*' }),
  probe('laws-govern-no-place', doc('14. Exports. Applicable laws govern the export of the fruit to Canada, and the Grower shall follow them.'), { governingLaw: null }),
  probe('law-exclusively', doc('14. Choice of Law. This Agreement is to be governed exclusively by Vermont laws.'), { governingLaw: 'Vermont*' }),
  // --- other drafters' wordings that read already, kept so that they keep reading
  probe('law-federal-laws-therein', doc('14. The validity and performance of this Orchard Agreement fall under the laws of Nova Scotia together with the federal laws of Canada that apply there.'), { governingLaw: 'Nova Scotia*' }),
  probe('law-subject-to-english', doc('14. This Agreement shall be subject to and interpreted in accordance with English law.'), { governingLaw: 'England*' }),
  probe('initial-period-ending-on', doc('2. This Agreement shall remain in force for an initial period ending on December 31, 2019.'), { expiration: '2019-12-31' }),
  probe('months-then-year-to-year', doc('2. This Agreement shall remain in force for an initial period of thirty-six (36) months and shall continue from year to year thereafter unless either party gives not less than three months\' notice in writing to expire when the initial period or any later year ends.'), { expiration: '2019-04-04', renewal: '1 year each, automatic*', renewalNotice: '3 months' }),
  probe('ending-day-before-anniversary', doc('2. The Term of this Orchard Agreement runs for a span commencing on the Effective Date and ending on the day immediately preceding the second anniversary thereof.'), { expiration: '2018-04-03' }),
  probe('end-months-thereafter', doc('2. Term. The term of this Orchard Agreement begins on the Effective Date and ends on the date that is eighteen (18) months thereafter.'), { expiration: '2017-10-04' }),
  probe('effective-for-year-and-days', doc('2. Term. This Agreement shall be effective for a term of one (1) year and thirty (30) days commencing on the Effective Date.'), { expiration: '2017-05-04' }),
  probe('law-determined-in-accordance', doc('14. Choice of Law. What the Grower and Kestrel owe each other under this Agreement is to be determined in accordance with the laws of Maine.'), { governingLaw: 'Maine*' }),
  probe('anniversary-then-twelve-month-periods', doc('2. Term. This Agreement stays in full force and effect until the second (2nd) anniversary of the Effective Date, and thereafter shall be automatically renewed for successive twelve-month periods unless either party elects not to renew by written notice delivered at least thirty-five (35) days prior to the end of the current period.'), { expiration: '2018-04-04', renewal: '12 months each, automatic*', renewalNotice: '35 days' }),
  probe('law-without-giving-effect', doc('14. Idaho laws govern this Agreement, without giving effect to Idaho\'s own choice of law rules.'), { governingLaw: 'Idaho*' }),
  probe('notice-before-the-nth-day', doc('2. Term. This Agreement shall continue for three (3) years from the Effective Date. Either party may elect not to renew this Agreement by giving written notice at any time before the 90th day preceding the end of the then-current term; absent such notice this Agreement shall renew for successive one-year terms.'), { renewal: '1 year each, automatic*', renewalNotice: '90 days' }),
  probe('notice-within-period-prior', doc('2. Term. If neither party gives written notice of termination within the sixty-five (65) day period prior to the expiration of the initial term, the Orchard Agreement renews automatically for an additional one (1) year term.'), { renewal: '1 year*', renewalNotice: '65 days' }),
  probe('notice-expiring-on-last-day', doc('2. Term. This Agreement shall continue for five (5) years from the Effective Date and thereafter from year to year, subject to termination by either party on not less than six (6) months\' written notice expiring on the last day of the initial term or any anniversary thereof.'), { expiration: '2021-04-04', renewal: '1 year each, automatic*', renewalNotice: '6 months' }),
  probe('extended-by-agreement-only', doc('2. Term. This Agreement will terminate on the fifth anniversary of the Effective Date unless Kestrel and the Grower both agree in writing to extend it.'), { expiration: '2021-04-04', renewal: null }),
  probe('end-months-later', doc('2. Term. The Term starts on the Effective Date and ends twenty-four (24) months later.'), { expiration: '2018-04-04' }),
];

runProbes('term, renewal, notice and law wordings probed in session 39', PROBES);
