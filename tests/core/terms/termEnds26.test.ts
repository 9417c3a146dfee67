/**
 * Ends of a term and renewals in further wordings, each in a short invented contract read from plain
 * text: British "failing which" renewals, renewals on each anniversary with no initial term, ends set by
 * "the later of" or "the earlier of", an end at a stated time of day, periods ending on an anniversary
 * of a defined date, and notices counted in weeks.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const SVC = 'SUPPLY AGREEMENT';
const SVCS = 'between Tallowmere Instruments Ltd ("Supplier") and Brackenfold Veterinary Group plc ("Buyer")';
const SVC_OPEN = `This Supply Agreement (the "Agreement") is made on 14 April 2014 ${SVCS}.`;

const PROBES: Probe[] = [
  p('uk-failing-which-continue', k(SVC, SVC_OPEN, "3. Duration. This Agreement runs from the date hereof for an Initial Term of three years. Either party may terminate this Agreement with effect from the end of the Initial Term or any later anniversary on not less than ninety days' written notice; failing which this Agreement shall continue for successive periods of twelve months."), { expiration: '2017-04-14', renewal: '12 months each, automatic, successive', renewalNotice: '90 days' }),
  p('uk-failing-such-notice-months', k(SVC, SVC_OPEN, "3. Duration. This Agreement shall continue for two years from the date hereof. Either party may end it at the expiry of that period by giving at least three months' written notice, and failing such notice it shall continue for further periods of one year each."), { expiration: '2016-04-14', renewal: '1 year each, automatic*', renewalNotice: '3 months' }),
  p('uk-in-default-of-notice', k(SVC, SVC_OPEN, "3. Duration. This Agreement shall remain in force for an initial period of five years and, in default of notice to terminate given by either party not less than six months before the end of that period, shall continue for successive periods of two years."), { expiration: '2019-04-14', renewal: '2 years each, automatic, successive', renewalNotice: '6 months' }),
  p('option-to-terminate-not-renewal', k(SVC, SVC_OPEN, '3. Term. This Agreement shall continue for three years from the date hereof. Each party may bring this Agreement to an end at any time on ninety days\' written notice.'), { expiration: '2017-04-14', renewal: null }),
  p('continue-successive-periods-plain', k(SVC, SVC_OPEN, '3. Duration. This Agreement shall remain in force for an initial period of five years and shall then continue for successive periods of two years.'), { expiration: '2019-04-14', renewal: '2 years each, automatic, successive' }),
  p('minimum-period-thereafter-until-ended', k(SVC, SVC_OPEN, "3. Duration. This Agreement comes into force on the date hereof and shall continue for a minimum period of twenty-four months and thereafter until terminated by either party on three months' notice."), { expiration: '2016-04-14', renewal: 'indefinitely, automatic*', renewalNotice: '3 months' }),
  p('continue-thereafter-until-party-gives', k(SVC, SVC_OPEN, "3. Duration. The initial period of this Agreement is one year from the date hereof, and it shall continue thereafter until either party gives the other sixty days' written notice."), { expiration: '2015-04-14', renewal: 'indefinitely, automatic*', renewalNotice: '60 days' }),
  p('until-terminated-no-first-term', k(SVC, SVC_OPEN, "3. Duration. This Agreement shall remain in force until terminated by either party on eight weeks' written notice."), { expiration: 'perpetual', renewal: null }),
  p('thereafter-unless-and-until-terminated', k(SVC, SVC_OPEN, "3. Duration. This Agreement shall continue in force for a period of three years and thereafter shall continue unless and until terminated by either party giving not less than six months' notice."), { expiration: '2017-04-14', renewal: 'indefinitely, automatic*', renewalNotice: '6 months' }),
  p('renewable-unless-objects', k(SVC, SVC_OPEN, '3. Duration. This Agreement shall have an initial term of 3 years and is thereafter renewable for further periods of 1 year unless either party objects in writing 3 months before the renewal date.'), { expiration: '2017-04-14', renewal: '1 year each, automatic*', renewalNotice: '3 months' }),
  p('extended-by-periods-unless-notice-weeks', k(SVC, SVC_OPEN, '3. Duration. This Agreement shall remain in effect for two years. It shall be extended automatically by periods of twelve months unless notice of termination is given no later than two weeks before expiry.'), { expiration: '2016-04-14', renewal: '12 months each, automatic*', renewalNotice: '2 weeks' }),
  p('if-no-such-notice-continue', k(SVC, SVC_OPEN, "3. Duration. Either party may give six months' notice to end this Agreement on the expiry of the Initial Period of two years, and if no such notice is given this Agreement shall continue for further periods of one year."), { expiration: '2016-04-14', renewal: '1 year each, automatic*', renewalNotice: '6 months' }),
  p('until-time-with-dot-on-date', k(SVC, SVC_OPEN, '3. Duration. This Agreement shall continue until 5.00 p.m. on 30 June 2016.'), { expiration: '2016-06-30' }),
  p('valid-until-revoked', k(SVC, SVC_OPEN, '3. Duration. This Agreement is valid until revoked by either party in writing.'), { expiration: 'perpetual' }),
  p('stay-in-force-until-then-year-to-year', k(SVC, SVC_OPEN, "3. Duration. This Agreement shall stay in force until 30 June 2016 and thereafter shall automatically continue from year to year unless ended by three months' notice."), { expiration: '2016-06-30', renewal: '1 year each, automatic*', renewalNotice: '3 months' }),
  p('expiry-date-of-agreement-is', k(SVC, SVC_OPEN, '3. Duration. The expiry date of this Agreement is 30 June 2016.'), { expiration: '2016-06-30' }),
  p('anniversary-of-that-date', k(SVC, SVC_OPEN, '3. Duration. The Term commences on 1 July 2014 and ends on the second anniversary of that date.'), { effectiveDate: '2014-07-01', expiration: '2016-07-01' }),
  p('anniv-renew-no-initial', k(SVC, SVC_OPEN, '3. Term. This Agreement shall automatically renew on each anniversary of the Effective Date unless one party serves a non-renewal notice on the other no later than thirty (30) days beforehand.'), { renewal: '1 year each, automatic*', renewalNotice: '30 days' }),
  p('last-patent-expires', k('LICENSE AGREEMENT', `This License Agreement is made on 14 April 2014 ${SVCS}.`, '3. Term. The term of this Agreement shall expire on the date on which the last Licensed Patent expires.'), { expiration: null }),
  p('expire-at-time-on-date', k(SVC, SVC_OPEN, '3. Term. This Agreement expires at 11:59 p.m. on December 31, 2025.'), { expiration: '2025-12-31' }),
  p('terminates-automatically-on', k(SVC, SVC_OPEN, '3. Term. This Supply Agreement terminates automatically on 30 June 2026.'), { expiration: '2026-06-30' }),
  p('earlier-of-date-and-termination', k(SVC, SVC_OPEN, '3. Term. The Term shall end on the earlier of December 31, 2027 and the date of termination of this Agreement under Section 11.'), { expiration: '2027-12-31' }),
  p('renew-unless-prior-end-current', k(SVC, SVC_OPEN, "3. Term. The initial term is two (2) years, after which this Agreement renews for successive one-year terms unless a party ends it by giving not less than 60 days' notice prior to the end of the then-current term."), { expiration: '2016-04-14', renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('notice-in-weeks', k(SVC, SVC_OPEN, "3. Term. This Agreement shall run for an initial period of one year and thereafter continue for further periods of one year unless either party gives eight weeks' notice before the end of the current period."), { expiration: '2015-04-14', renewal: '1 year each, automatic*', renewalNotice: '8 weeks' }),
  p('evergreen-word', k(SVC, SVC_OPEN, "3. Term. This Agreement is an evergreen agreement and runs until a party ends it on ninety (90) days' written notice."), { expiration: 'perpetual' }),
  p('evergreen-renewal', k(SVC, SVC_OPEN, "3. Term. The initial term is one (1) year from the date hereof. Thereafter this Agreement shall renew on an evergreen basis for one-year periods unless either party gives sixty (60) days' notice of non-renewal."), { expiration: '2015-04-14', renewal: '1 year each, automatic*', renewalNotice: '60 days' }),
];

runProbes('term ends 26', PROBES);
