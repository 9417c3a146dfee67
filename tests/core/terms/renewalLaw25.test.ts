/**
 * Renewal, renewal-notice, expiration and governing-law wordings earlier probes did not cover, each in a
 * short invented contract read from plain text: renewals "for like successive terms", "on a
 * year-to-year basis", running on "from month to month", stopped by notice before an anniversary or in a
 * sentence or clause of its own, renewals only by mutual agreement; terms ending on an anniversary, at
 * the later of two ends, with a patent's life or until terminated; and choices of law phrased as
 * "is subject to", "interpreted under", "the substantive laws of", set beside a forum elsewhere.
 */
import { describe, it } from 'vitest';
import { expectProbe } from './probeValue';

type F = 'agreementDate' | 'effectiveDate' | 'expiration' | 'renewal' | 'renewalNotice' | 'governingLaw';
interface Probe { name: string; text: string; expect: Partial<Record<F, string | null>> }

/** A contract: a title line, then one paragraph per clause. */
const k = (title: string, ...paras: string[]): string => [title, ...paras].join('\n\n') + '\n';
const p = (name: string, text: string, expect: Probe['expect']): Probe => ({ name, text, expect });

const SUP = 'SUPPLY AGREEMENT';
const SUP_OPEN = 'This Supply Agreement (this "Agreement") is made as of March 3, 2014 (the "Effective Date") between Quillon Polymers, Inc. ("Supplier") and Marrowby Housewares LLC ("Buyer").';
const SVC = 'SERVICES AGREEMENT';
const SVC_OPEN = 'This Services Agreement is entered into on September 15, 2017 by and between Hartsell Logistics Corp. ("Provider") and Ombra Retail Group, Inc. ("Client").';
const LIC = 'PATENT LICENSE AGREEMENT';
const LIC_OPEN = 'This Patent License Agreement (the "Agreement") is effective as of January 10, 2011 (the "Effective Date") by and between Verrin Optics Ltd. ("Licensor") and Pallister Imaging, Inc. ("Licensee").';
const DIST = 'DISTRIBUTION AGREEMENT';
const DIST_OPEN = 'This Distribution Agreement is made on 20 May 2019 between Kelso Outdoor Limited ("Supplier") and Brantwood Trading Ltd ("Distributor").';

const PROBES: Probe[] = [
  // --- renewal lengths written by reference or by the year
  p('ren-like-successive-terms', k(SUP, SUP_OPEN, '2. Term. The initial term of this Agreement shall be three (3) years from the Effective Date and shall thereafter be automatically renewed for like successive terms unless either party gives written notice of non-renewal not less than one hundred twenty (120) days before the end of the then-current term.'), { expiration: '2017-03-03', renewal: '3 years each, automatic, successive', renewalNotice: '120 days' }),
  p('ren-year-to-year-basis', k(SVC, SVC_OPEN, '3. Term. This Agreement shall have an initial term of two (2) years and shall continue thereafter on a year-to-year basis unless terminated by either party upon ninety (90) days\' written notice prior to the anniversary of the date hereof.'), { expiration: '2019-09-15', renewal: '1 year each, automatic*', renewalNotice: '90 days' }),
  p('ren-month-to-month-after', k(SVC, SVC_OPEN, '3. Term. This Agreement shall remain in effect until September 30, 2018 and shall thereafter continue from month to month until either party terminates it on thirty (30) days\' written notice.'), { expiration: '2018-09-30', renewal: '1 month each, automatic*' }),
  p('ren-notice-separate-sentence', k(SUP, SUP_OPEN, '2. Term. The initial term of this Agreement is five (5) years from the Effective Date. Thereafter this Agreement shall automatically renew for successive one (1) year periods. Either party may prevent a renewal by written notice given at least sixty (60) days before the end of the then-current term.'), { expiration: '2019-03-03', renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('ren-notice-separate-clause', k(SUP, SUP_OPEN, '2.1 Initial Term. This Agreement commences on the Effective Date and continues for four (4) years.', '2.2 Renewal. Upon expiry of the initial term, this Agreement shall automatically renew for further periods of two (2) years each.', '2.3 Non-Renewal. A party that does not wish this Agreement to renew shall so notify the other party in writing not less than three (3) calendar months before the end of the then-current term.'), { expiration: '2018-03-03', renewal: '2 years each, automatic*', renewalNotice: '3 months' }),
  p('ren-notice-calendar-months', k(DIST, DIST_OPEN, '3. This Agreement shall automatically renew for successive periods of twelve (12) months unless either party serves notice of termination on the other not less than three (3) calendar months prior to the expiry of the then-current period.'), { renewal: '12 months each, automatic, successive', renewalNotice: '3 months' }),
  p('ren-at-least-sixty-before-end', k(SVC, SVC_OPEN, '3. This Agreement will renew automatically for additional one-year terms unless a party notifies the other of its intent not to renew at least sixty (60) days before the end of the then-current term.'), { renewal: '1 year each, automatic*', renewalNotice: '60 days' }),
  p('ren-mutual-written-only', k(SVC, SVC_OPEN, '3. The term of this Agreement is two (2) years from the date hereof. This Agreement may be renewed only upon the mutual written agreement of the parties.'), { expiration: '2019-09-15', renewal: null, renewalNotice: null }),
  p('ren-mutual-with-length', k(SVC, SVC_OPEN, '3. The term of this Agreement is two (2) years from the date hereof and may be extended for additional one (1) year periods upon the mutual written agreement of the parties.'), { expiration: '2019-09-15', renewal: '1 year each, by agreement*', renewalNotice: null }),
  p('ren-option-notice-not-stop', k(DIST, DIST_OPEN, '3. The Distributor may renew this Agreement for one further term of three (3) years by giving the Supplier written notice at least six (6) months before the expiry of the initial term.'), { renewal: '3 years each, by option, one renewal', renewalNotice: null }),
  p('ren-none-fixed-term', k(SUP, SUP_OPEN, '2. Term. This Agreement shall terminate on March 2, 2016 and shall not be renewed.'), { expiration: '2016-03-02', renewal: null }),
  // --- ends on an anniversary, the later of two ends, a patent's life, until terminated
  p('exp-fifth-anniversary', k(SUP, SUP_OPEN, '2. Term. This Agreement shall begin on the Effective Date and end on the fifth anniversary of the Effective Date.'), { expiration: '2019-03-03' }),
  p('exp-third-anniversary-hereof', k(SVC, SVC_OPEN, '3. This Agreement shall continue in force until the third (3rd) anniversary of the date hereof, unless earlier terminated under Section 9.'), { expiration: '2020-09-15' }),
  p('exp-later-of-date-or-anniversary', k(SUP, SUP_OPEN, '2. Term. This Agreement shall remain in effect until the later of (a) December 31, 2018 and (b) the fourth anniversary of the Effective Date.'), { expiration: '2018-12-31' }),
  p('exp-until-terminated', k(SVC, SVC_OPEN, '3. This Agreement shall commence on the date hereof and shall continue until terminated by either party in accordance with Section 10.'), { expiration: 'perpetual' }),
  p('exp-patent-life', k(LIC, LIC_OPEN, '8. Term. This Agreement shall remain in force until the expiration of the last to expire of the Licensed Patents.'), { expiration: null }),
  p('exp-years-from-effective', k(LIC, LIC_OPEN, '8. Term. The term of this Agreement shall be ten (10) years from the Effective Date.'), { expiration: '2021-01-10', renewal: null }),
  // --- governing law wordings
  p('law-is-subject-to', k(DIST, DIST_OPEN, '20. This Agreement is subject to the laws of Scotland.'), { governingLaw: 'Scotland' }),
  p('law-england-wales-govern', k(DIST, DIST_OPEN, '20. The laws of England and Wales govern this Agreement and all non-contractual obligations arising out of it.'), { governingLaw: 'England and Wales' }),
  p('law-interpreted-under-delaware', k(SVC, SVC_OPEN, '14. This Agreement shall be interpreted under Delaware law.'), { governingLaw: 'Delaware, United States' }),
  p('law-substantive-commonwealth', k(LIC, LIC_OPEN, '15. This Agreement shall be governed by the substantive laws of the Commonwealth of Massachusetts, without giving effect to any choice of law rule.'), { governingLaw: 'Massachusetts, United States' }),
  p('law-swiss-excluding-cisg', k(LIC, LIC_OPEN, '15. This Agreement and any dispute arising under it shall be governed exclusively by Swiss law, to the exclusion of the Vienna Sales Convention.'), { governingLaw: 'Switzerland' }),
  p('law-ontario-federal', k(SVC, SVC_OPEN, '14. This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.'), { governingLaw: 'Ontario, Canada' }),
  p('law-then-forum-elsewhere', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the State of Oregon. Any action arising under this Agreement shall be brought exclusively in the state or federal courts located in King County, Washington.'), { governingLaw: 'Oregon, United States' }),
  p('law-forum-first-law-after', k(SVC, SVC_OPEN, '14. The parties consent to the exclusive jurisdiction of the courts of the State of Nevada. This Agreement shall be construed in accordance with the laws of the State of Arizona.'), { governingLaw: 'Arizona, United States' }),
  p('law-forum-same-sentence', k(DIST, DIST_OPEN, '20. This Agreement shall be governed by the laws of Ireland and the parties submit to the non-exclusive jurisdiction of the courts of England.'), { governingLaw: 'Ireland' }),
  p('law-forum-only', k(SVC, SVC_OPEN, '14. Venue. Any suit arising out of this Agreement shall be brought only in the state courts sitting in Travis County, Texas, and each party consents to the jurisdiction of those courts.'), { governingLaw: null }),
  p('law-arbitration-seat-only', k(DIST, DIST_OPEN, '20. Any dispute arising out of this Agreement shall be finally settled by arbitration seated in Geneva, Switzerland.'), { governingLaw: null }),
  // --- batch 2
  p('ren-roll-over', k(SVC, SVC_OPEN, '3. Term. The initial term of this Agreement is one (1) year. At the end of the initial term this Agreement shall roll over for successive one (1) year periods unless either party gives at least thirty (30) days\' notice of non-renewal.'), { renewal: '1 year each, automatic, successive', renewalNotice: '30 days' }),
  p('ren-deemed-renewed', k(DIST, DIST_OPEN, '3. This Agreement shall be deemed renewed for a further period of one (1) year on each anniversary of the date hereof unless either party gives the other written notice to the contrary at least two (2) months before that anniversary.'), { renewal: '1 year each, automatic*', renewalNotice: '2 months' }),
  p('ren-consecutive-continue', k(SUP, SUP_OPEN, '2. After the initial term, this Agreement shall continue in effect for consecutive one-year terms unless either party provides written notice of termination no fewer than ninety (90) days before the end of the then-current term.'), { renewal: '1 year each, automatic*', renewalNotice: '90 days' }),
  p('ren-notice-first-then-renew', k(SUP, SUP_OPEN, '2. Unless either party gives written notice of termination at least ninety (90) days prior to the expiration of the initial term, this Agreement shall continue for additional one-year periods.'), { renewal: '1 year each, automatic*', renewalNotice: '90 days' }),
  p('ren-notice-no-less-than', k(SVC, SVC_OPEN, '3. This Agreement shall automatically renew for successive two (2) year terms unless either party gives no less than one hundred and eighty (180) days\' written notice of its intention not to renew.'), { renewal: '2 years each, automatic, successive', renewalNotice: '180 days' }),
  p('ren-notice-minimum-of', k(SVC, SVC_OPEN, '3. This Agreement shall automatically renew for successive one (1) year terms unless either party provides a minimum of forty-five (45) days\' written notice of non-renewal prior to the end of the then-current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '45 days' }),
  p('ren-notice-in-termination-article', k(SUP, SUP_OPEN, '2. Term. The initial term of this Agreement is three (3) years from the Effective Date, after which it shall renew automatically for successive renewal terms of one (1) year each.', '10. Termination. 10.1 Either party may terminate this Agreement as of the end of the initial term or any renewal term by giving not fewer than one hundred twenty (120) days\' prior written notice to the other party.'), { renewal: '1 year each, automatic, successive', renewalNotice: '120 days' }),
  p('ren-self-renewing', k(SVC, SVC_OPEN, '3. This Agreement is self-renewing for successive periods of one (1) year unless cancelled by either party in writing sixty (60) days before the renewal date.'), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('ren-intention-months-notice', k(DIST, DIST_OPEN, '3. This Agreement shall renew automatically for successive periods of two years unless either party gives the other six months\' notice in writing of its intention not to renew.'), { renewal: '2 years each, automatic, successive', renewalNotice: '6 months' }),
  p('exp-months-after-effective', k(SUP, SUP_OPEN, '2. Term. The Term shall end on the date that is thirty-six (36) months after the Effective Date.'), { expiration: '2017-03-03' }),
  p('exp-day-before-anniversary', k(SUP, SUP_OPEN, '2. Term. This Agreement shall continue through and including the day before the third anniversary of the Effective Date.'), { expiration: '2017-03-02' }),
  p('exp-midnight-date', k(SVC, SVC_OPEN, '3. This Agreement shall be in force for a period commencing on the date hereof and ending at midnight on December 31, 2020.'), { expiration: '2020-12-31' }),
  p('exp-time-on-date', k(SVC, SVC_OPEN, '3. This Agreement shall terminate at 11:59 p.m. Eastern Time on June 30, 2022.'), { expiration: '2022-06-30' }),
  p('exp-years-from-execution', k(SVC, SVC_OPEN, '3. This Agreement shall remain in effect for a period of three (3) years from the date of its execution.'), { expiration: '2020-09-15' }),
  p('exp-perpetual-unless', k(SVC, SVC_OPEN, '3. The term of this Agreement shall be perpetual unless terminated as provided herein.'), { expiration: 'perpetual' }),
  p('exp-indefinite-period', k(DIST, DIST_OPEN, '3. This Agreement is concluded for an indefinite period and may be terminated by either party on six months\' notice.'), { expiration: 'perpetual' }),
  p('exp-commencement-defined-anniversary', k(SUP, SUP_OPEN, '1. Definitions. "Start Date" means April 1, 2014.', '2. Term. The Term expires on the fifth (5th) anniversary of the Start Date.'), { expiration: '2019-04-01' }),
  p('exp-years-after-first-written', k(SVC, SVC_OPEN, '3. This Agreement shall terminate two (2) years after the date first written above.'), { expiration: '2019-09-15' }),
  p('law-proper-law', k(DIST, DIST_OPEN, '20. The proper law of this Agreement is the law of Western Australia.'), { governingLaw: 'Western Australia, Australia' }),
  p('law-choose-to-govern', k(SVC, SVC_OPEN, '14. The parties choose the laws of the State of Vermont to govern this Agreement.'), { governingLaw: 'Vermont, United States' }),
  p('law-falls-under', k(DIST, DIST_OPEN, '20. This Agreement falls under Dutch law.'), { governingLaw: 'Netherlands' }),
  p('law-hong-kong-sar', k(DIST, DIST_OPEN, '20. The rights and obligations of the parties under this Agreement shall be governed by the laws of the Hong Kong SAR.'), { governingLaw: 'Hong Kong' }),
  p('law-nsw-read-construed', k(DIST, DIST_OPEN, '20. This Agreement shall be read and construed according to the laws of New South Wales.'), { governingLaw: 'New South Wales, Australia' }),
  p('law-georgia-validity', k(SVC, SVC_OPEN, '14. The validity, construction and performance of this Agreement shall be governed by the laws of the State of Georgia.'), { governingLaw: 'Georgia, United States' }),
  p('law-governing-law-is', k(DIST, DIST_OPEN, '20. The governing law of this Agreement is the law of Hong Kong.'), { governingLaw: 'Hong Kong' }),
  p('law-courts-only-exclusive', k(DIST, DIST_OPEN, '20. The courts of Singapore shall have exclusive jurisdiction over any dispute arising from this Agreement.'), { governingLaw: null }),
  p('law-supplier-office', k(DIST, DIST_OPEN, '20. This Agreement shall be governed by the law of the place where the Supplier has its registered office.'), { governingLaw: null }),
  // --- batch 3
  p('ren-up-to-maximum-renewals', k(SVC, SVC_OPEN, '3. This Agreement shall automatically renew for additional terms of one (1) year each, up to a maximum of three (3) renewals, unless either party gives notice of non-renewal at least thirty (30) days before the end of the then-current term.'), { renewal: '1 year each, automatic*', renewalNotice: '30 days' }),
  p('ren-one-year-at-a-time', k(DIST, DIST_OPEN, '3. Thereafter, this Agreement shall be extended automatically for one (1) year at a time unless either party gives written notice of termination not later than three (3) months before the end of the then-current year.'), { renewal: '1 year each, automatic*', renewalNotice: '3 months' }),
  p('ren-tenant-one-period-months', k('LEASE AGREEMENT', 'This Lease Agreement is made as of August 4, 2010 between Corbel Realty LLC ("Landlord") and Nettlefold Printing Co. ("Tenant").', '4. Extension. Tenant may extend the Term for one (1) period of sixty (60) months by written notice to Landlord given not less than twelve (12) months before the Expiration Date.'), { renewal: '60 months each, by option, one renewal', renewalNotice: null }),
  p('ren-or-more-prior', k(SUP, SUP_OPEN, '2. This Agreement shall renew automatically for successive one (1) year periods unless either party notifies the other in writing ninety (90) days or more prior to the end of the then-current period that it does not wish to renew.'), { renewal: '1 year each, automatic, successive', renewalNotice: '90 days' }),
  p('ren-calendar-days-notice', k(SVC, SVC_OPEN, '3. This Agreement shall automatically renew for successive one-year terms unless either party delivers written notice of non-renewal at least thirty (30) calendar days before the end of the then-current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '30 days' }),
  p('ren-until-date-then-yearly', k(SVC, SVC_OPEN, '3. This Agreement shall continue until December 31, 2019, and from year to year thereafter unless terminated by either party on sixty (60) days\' written notice before the end of any such year.'), { expiration: '2019-12-31', renewal: '1 year each, automatic*', renewalNotice: '60 days' }),
  p('exp-years-and-months', k(SUP, SUP_OPEN, '2. Term. The term of this Agreement shall be two (2) years and six (6) months from the Effective Date.'), { expiration: '2016-09-03' }),
  p('exp-last-day-of-36th-month', k(SUP, SUP_OPEN, '2. Term. This Agreement shall end on the last day of the thirty-sixth (36th) full calendar month following the Effective Date.'), { expiration: '2017-03-31' }),
  p('exp-earlier-of-date-or-termination', k(SUP, SUP_OPEN, '2. Term. The Term shall expire on the earlier of (a) December 31, 2025 or (b) the date this Agreement is terminated under Section 9.'), { expiration: '2025-12-31' }),
  p('exp-run-fixed-term', k(SVC, SVC_OPEN, '3. This Agreement shall run for a fixed term of twenty-four (24) months.'), { expiration: '2019-09-15' }),
  p('exp-dotted-date', k(DIST, DIST_OPEN, '3. This Agreement shall be valid until 31.12.2020.'), { expiration: '2020-12-31' }),
  p('exp-no-fixed-term', k(DIST, DIST_OPEN, '3. This Agreement has no fixed term and shall continue until terminated by either party on three (3) months\' written notice.'), { expiration: 'perpetual', renewal: null }),
  p('exp-valid-claim-country', k(LIC, LIC_OPEN, '8. Term. This Agreement shall continue on a country-by-country basis until the expiration of the last Valid Claim of the Licensed Patents in such country.'), { expiration: null }),
  p('law-shall-control', k(SVC, SVC_OPEN, '14. The laws of the State of Texas, without regard to conflict of laws principles, shall control this Agreement.'), { governingLaw: 'Texas, United States' }),
  p('law-texas-law-controls', k(SVC, SVC_OPEN, '14. Texas law controls the interpretation and enforcement of this Agreement.'), { governingLaw: 'Texas, United States' }),
  p('law-shall-apply-germany', k(LIC, LIC_OPEN, '15. The parties agree that the law of the Federal Republic of Germany shall apply to this Agreement, to the exclusion of the CISG.'), { governingLaw: 'Germany' }),
  p('law-arbitration-other-law', k(DIST, DIST_OPEN, '20. This Agreement shall be governed by the laws of England, save that the agreement to arbitrate in Section 21 shall be governed by Swiss law.'), { governingLaw: 'England and Wales' }),
  p('law-delaware-exclusive-of', k(SVC, SVC_OPEN, '14. The law of the State of Delaware, exclusive of its choice-of-law provisions, governs this Agreement.'), { governingLaw: 'Delaware, United States' }),
  p('law-ny-forum-nj', k(SVC, SVC_OPEN, '14. This Agreement shall be construed under the laws of the State of New York applicable to contracts made and to be performed entirely in that State, and each party consents to the jurisdiction of the courts located in Bergen County, New Jersey.'), { governingLaw: 'New York, United States' }),
  p('law-licensor-office', k(LIC, LIC_OPEN, '15. This Agreement shall be governed by the laws of the jurisdiction in which the Licensor has its principal office.'), { governingLaw: null }),
  p('law-forum-attorn', k(SVC, SVC_OPEN, '14. The parties irrevocably attorn to the exclusive jurisdiction of the courts of British Columbia.'), { governingLaw: null }),
  p('law-venue-lie', k(SVC, SVC_OPEN, '14. Exclusive venue for any action under this Agreement shall lie in the courts of Hamilton County, Ohio.'), { governingLaw: null }),
  p('law-mexican-federal', k(DIST, DIST_OPEN, '20. This Agreement shall be governed by Mexican federal law.'), { governingLaw: 'Mexico' }),
  p('law-state-of-israel', k(LIC, LIC_OPEN, '15. This Agreement shall be governed by the laws of the State of Israel.'), { governingLaw: 'Israel' }),
  // --- batch 4
  p('ren-notice-next-clause-no-renew-word', k(SUP, SUP_OPEN, '2.1 This Agreement shall have an initial term of two (2) years and shall thereafter renew automatically for successive one (1) year terms.', '2.2 Either party may give the other written notice, no later than seventy-five (75) days before the end of the then-current term, that this Agreement will expire at the end of that term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '75 days' }),
  p('exp-calendar-year-of-anniversary', k(SUP, SUP_OPEN, '2. This Agreement remains in effect until the end of the calendar year in which the fifth anniversary of the Effective Date falls.'), { expiration: '2019-12-31' }),
  p('exp-date-falling-years-after', k(DIST, DIST_OPEN, '3. This Agreement shall terminate on the date falling five (5) years after the date of this Agreement.'), { expiration: '2024-05-20' }),
  p('exp-day-before-anniversary-of-agreement', k(DIST, DIST_OPEN, '3. This Agreement continues until midnight on the day before the fifth anniversary of the date of this Agreement.'), { expiration: '2024-05-19' }),
  p('exp-including-span', k(DIST, DIST_OPEN, '3. This Agreement shall apply for the period from and including 1 June 2019 to and including 31 May 2022.'), { expiration: '2022-05-31' }),
  p('exp-come-to-an-end', k(DIST, DIST_OPEN, '3. This Agreement shall come to an end on 31 March 2023.'), { expiration: '2023-03-31' }),
  p('exp-cease-to-have-effect', k(DIST, DIST_OPEN, '3. This Agreement shall cease to have effect on 30 September 2021.'), { expiration: '2021-09-30' }),
  p('exp-lapse', k(DIST, DIST_OPEN, '3. This Agreement shall lapse on 31 December 2022 unless renewed in writing by the parties.'), { expiration: '2022-12-31', renewal: null }),
  p('exp-upon-completion-of-services', k(SVC, SVC_OPEN, '3. This Agreement expires upon completion of the Services described in Exhibit A.'), { expiration: null }),
  p('law-english-law-applies', k(DIST, DIST_OPEN, '20. English law applies to this Agreement.'), { governingLaw: 'England and Wales' }),
  p('law-republic-of-ireland', k(DIST, DIST_OPEN, '20. The Contract is governed by the law of the Republic of Ireland.'), { governingLaw: 'Ireland' }),
  p('law-jersey-take-effect', k(DIST, DIST_OPEN, '20. This Agreement shall in all respects be construed and take effect in accordance with the laws of Jersey.'), { governingLaw: 'Jersey' }),
  p('law-ny-courts-tokyo', k(LIC, LIC_OPEN, '15. This Agreement is governed by the laws of the State of New York, USA, excluding its conflict of laws rules, and the courts of Tokyo, Japan shall have exclusive jurisdiction over any dispute.'), { governingLaw: 'New York, United States' }),
  p('law-settled-in-courts-under-other-law', k(SVC, SVC_OPEN, '14. Any dispute arising hereunder shall be settled in the courts of Oregon in accordance with the laws of the State of Washington.'), { governingLaw: 'Washington, United States' }),
  p('law-comply-not-choice', k(SVC, SVC_OPEN, '9. Provider shall comply with the laws of the State of Ohio in performing the Services.'), { governingLaw: null }),
  p('law-aaa-rules-denver', k(SVC, SVC_OPEN, '14. Any arbitration shall be conducted under the rules of the American Arbitration Association in Denver, Colorado.'), { governingLaw: null }),
  p('exp-lapse-condition-not-end', k(SVC, SVC_OPEN, '3. This Agreement shall lapse if the Closing has not occurred by June 30, 2018.'), { expiration: null }),
  p('exp-cease-on-event-not-end', k(DIST, DIST_OPEN, '3. This Agreement shall cease to have effect if the Distributor becomes insolvent.'), { expiration: null }),
  // --- batch 5
  p('ren-extended-by-successive', k(DIST, DIST_OPEN, '3. This Agreement will be automatically extended by successive periods of one (1) year unless either party gives notice of termination at least three (3) months before the end of the then-current period.'), { renewal: '1 year each, automatic, successive', renewalNotice: '3 months' }),
  p('ren-renewal-term-defined-elsewhere', k(SVC, SVC_OPEN, '1. Definitions. "Renewal Term" means a period of one (1) year following the end of the Initial Term or of the preceding Renewal Term.', '3. Term. The Initial Term is two (2) years from the date hereof. The Initial Term will automatically renew for successive Renewal Terms unless either party gives notice of non-renewal at least sixty (60) days before the end of the then-current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('ren-option-up-to-two-one-year', k(SVC, SVC_OPEN, '3. Client shall have the right to extend the Term for up to two (2) additional one-year periods by written notice given at least thirty (30) days before the end of the then-current term.'), { renewal: '1 year each, by option, up to 2', renewalNotice: null }),
  p('ren-mutually-agree-two-years', k(SVC, SVC_OPEN, '3. The parties may mutually agree in writing to renew this Agreement for an additional two (2) years.'), { renewal: '2 years each, by agreement, one renewal' }),
  p('ren-equal-to-initial', k(SUP, SUP_OPEN, '2. This Agreement has an initial term of four (4) years and will automatically renew for an additional term equal to the initial term unless terminated by either party on one hundred eighty (180) days\' prior written notice.'), { renewal: '4 years each, automatic*', renewalNotice: '180 days' }),
  p('exp-three-digits-words', k(DIST, DIST_OPEN, '3. The Agreement shall be in force for 3 (three) years from the date of signing.'), { expiration: '2022-05-20' }),
  p('exp-last-day-being', k(DIST, DIST_OPEN, '3. This Agreement shall expire on the last day of the Initial Term, being 31 December 2021.'), { expiration: '2021-12-31' }),
  p('law-kingdom-netherlands', k(DIST, DIST_OPEN, '20. The validity and interpretation of this Agreement shall be determined according to the laws of the Kingdom of the Netherlands.'), { governingLaw: 'Netherlands' }),
  p('law-in-effect-in-quebec', k(SVC, SVC_OPEN, '14. This Agreement is governed by the laws in effect in the Province of Quebec.'), { governingLaw: 'Quebec, Canada' }),
  p('law-norwegian-subject-to', k(DIST, DIST_OPEN, '20. This Agreement shall be subject to, and interpreted in accordance with, Norwegian law.'), { governingLaw: 'Norway' }),
  p('law-forum-ca-law-nv-one-sentence', k(SVC, SVC_OPEN, '14. Any claim shall be litigated only in the courts of Santa Clara County, California, and this Agreement shall be governed by the laws of the State of Nevada.'), { governingLaw: 'Nevada, United States' }),
  p('law-where-services-performed', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the place where the Services are performed.'), { governingLaw: null }),
  p('law-courts-apply-own-procedure', k(SVC, SVC_OPEN, '14. Any dispute shall be brought before the courts of Quebec, which shall apply their own rules of procedure.'), { governingLaw: null }),
  // --- batch 6
  p('ren-notice-period-of', k(DIST, DIST_OPEN, '3. This Agreement shall renew automatically for successive one-year periods, subject to a notice period of three (3) months.'), { renewal: '1 year each, automatic, successive', renewalNotice: '3 months' }),
  p('ren-minimum-notice-of', k(DIST, DIST_OPEN, '3. This Agreement renews automatically for successive periods of one (1) year, unless either party terminates it with a minimum notice of sixty (60) days before the end of the current period.'), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('ren-heading-lines', k(SUP, SUP_OPEN, 'ARTICLE 2\nTERM AND RENEWAL', '2.1 The initial term of this Agreement shall be three (3) years commencing on the Effective Date.', '2.2 This Agreement shall be renewed automatically for successive terms of two (2) years unless either party notifies the other party of non-renewal no later than six (6) months before the expiry of the then-current term.'), { expiration: '2017-03-03', renewal: '2 years each, automatic, successive', renewalNotice: '6 months' }),
  p('exp-until-terminated-mutual', k(SVC, SVC_OPEN, '3. This Agreement shall remain in effect until terminated by mutual written agreement of the parties.'), { expiration: 'perpetual', renewal: null }),
  p('exp-unless-and-until', k(DIST, DIST_OPEN, '3. This Agreement shall continue in force unless and until terminated in accordance with Clause 15.'), { expiration: 'perpetual' }),
  p('exp-patent-fully-paid', k(LIC, LIC_OPEN, '8. Term. The term of this Agreement ends on the expiry of the last-to-expire Licensed Patent, whereupon the license granted in Section 2 becomes fully paid-up.'), { expiration: null }),
  p('law-heading-line-own-block', k(DIST, DIST_OPEN, 'GOVERNING LAW', 'This Agreement shall be construed in accordance with the laws of Victoria.'), { governingLaw: 'Victoria, Australia' }),
  p('law-heading-forum-then-law', k(DIST, DIST_OPEN, '20. Applicable Law; Courts. The courts of Victoria have non-exclusive jurisdiction. This Agreement is governed by the laws of New South Wales.'), { governingLaw: 'New South Wales, Australia' }),
  p('law-heading-forum-only', k(SVC, SVC_OPEN, '14. Governing Law. The parties submit to the exclusive jurisdiction of the state and federal courts located in Harris County, Texas.'), { governingLaw: null }),
  // --- batch 7
  p('exp-later-of-length-or-patent', k(LIC, LIC_OPEN, '8. Term. This Agreement shall remain in effect until the later of (a) ten (10) years from the Effective Date or (b) the expiration of the last to expire Licensed Patent.'), { expiration: null }),
  p('exp-later-of-two-anniversaries', k(SUP, SUP_OPEN, '2. This Agreement shall expire on the later of (i) the third anniversary of the Effective Date and (ii) December 31, 2018.'), { expiration: '2018-12-31' }),
  p('exp-earlier-of-length-or-date', k(SUP, SUP_OPEN, '2. This Agreement shall continue until the earlier of (a) five (5) years from the Effective Date or (b) June 30, 2018.'), { expiration: '2018-06-30' }),
  p('ren-year-to-year-after-initial-no-notice', k(SVC, SVC_OPEN, '3. After the initial term of one (1) year, this Agreement shall continue on a year-to-year basis.'), { renewal: '1 year each, automatic*', renewalNotice: null }),
  p('ren-month-to-month-basis', k(SVC, SVC_OPEN, '3. Upon expiry of the initial term, this Agreement shall continue on a month-to-month basis until either party gives thirty (30) days\' written notice of termination.'), { renewal: '1 month each, automatic*' }),
  p('ren-notice-before-renewal-date-sentence', k(SVC, SVC_OPEN, '3. This Agreement renews automatically on each anniversary of the date hereof (each, a "Renewal Date") for a further year. Notice of non-renewal must be received at least forty-five (45) days before the Renewal Date.'), { renewal: '1 year each, automatic*', renewalNotice: '45 days' }),
  p('ren-notice-date-that-is', k(SUP, SUP_OPEN, '2. This Agreement shall renew for successive one (1) year terms unless either party notifies the other in writing of its intention not to renew no later than the date that is ninety (90) days prior to the end of the then-current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '90 days' }),
  p('law-prc-excluding-regions', k(DIST, DIST_OPEN, '20. This Agreement shall be governed by the laws of the People\'s Republic of China (for this purpose excluding Hong Kong, Macau and Taiwan).'), { governingLaw: 'China' }),
  p('law-district-of-columbia', k(SVC, SVC_OPEN, '14. This Agreement shall be construed in accordance with the laws of the District of Columbia.'), { governingLaw: 'District of Columbia, United States' }),
  p('law-pennsylvania-except-faa', k(SVC, SVC_OPEN, '14. This Agreement is governed by the laws of the Commonwealth of Pennsylvania, except that Section 15 is governed by the Federal Arbitration Act.'), { governingLaw: 'Pennsylvania, United States' }),
  p('law-substantive-law-applies', k(SVC, SVC_OPEN, '14. The parties agree that the substantive law of Illinois applies to this Agreement.'), { governingLaw: 'Illinois, United States' }),
  p('law-faa-only', k(SVC, SVC_OPEN, '14. This agreement to arbitrate shall be governed by the Federal Arbitration Act.'), { governingLaw: null }),
  // --- batch 8: the end named by a defined date
  p('exp-expiry-date-defined', k(DIST, DIST_OPEN, '1. Definitions. "Expiry Date" means 30 June 2024.', '3. Term. This Agreement commences on the date of this Agreement and continues until the Expiry Date.'), { expiration: '2024-06-30' }),
  p('exp-end-date-defined', k(SVC, SVC_OPEN, '1. Definitions. "End Date" means December 31, 2022.', '3. Term. This Agreement shall remain in effect until the End Date, unless terminated earlier.'), { expiration: '2022-12-31' }),
  p('exp-days-length', k(SUP, SUP_OPEN, '2. Term. This Agreement shall remain in effect for one hundred eighty (180) days from the Effective Date.'), { expiration: '2014-08-30' }),
  p('ren-continue-annual-basis', k(SVC, SVC_OPEN, '3. The initial term of this Agreement is two (2) years, and it shall thereafter continue on an annual basis unless either party gives sixty (60) days\' written notice of non-renewal.'), { renewal: '1 year each, automatic*', renewalNotice: '60 days' }),
  p('ren-year-on-year-basis', k(DIST, DIST_OPEN, '3. After the Initial Period this Agreement shall continue on a year-on-year basis unless either party gives not less than three months\' notice before the end of the then-current year.'), { renewal: '1 year each, automatic*', renewalNotice: '3 months' }),
  p('ren-notice-in-advance-such-notice', k(DIST, DIST_OPEN, '3. Thereafter this Agreement shall be renewed for successive terms of one year each unless either party gives notice to terminate at the end of the Initial Term or of any subsequent year, such notice to be given at least six months in advance.'), { renewal: '1 year each, automatic, successive', renewalNotice: '6 months' }),
  // --- batch 9
  p('law-ny-and-federal-therein', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the State of New York and the federal laws of the United States applicable therein.'), { governingLaw: 'New York, United States' }),
  p('law-hong-kong-sar-of-prc', k(DIST, DIST_OPEN, '20. This Agreement is governed by the laws of the Hong Kong Special Administrative Region of the People\'s Republic of China.'), { governingLaw: 'Hong Kong' }),
  p('law-india-courts-delhi', k(DIST, DIST_OPEN, '20. This Agreement shall be governed by the laws of India and the courts at New Delhi shall have exclusive jurisdiction.'), { governingLaw: 'India' }),
  p('law-applicable-in-quebec', k(SVC, SVC_OPEN, '14. This Agreement is governed by the laws applicable in the Province of Quebec.'), { governingLaw: 'Quebec, Canada' }),
  p('law-delaware-except-texas-land', k(SVC, SVC_OPEN, '14. This Agreement shall be governed by the laws of the State of Delaware, except that matters concerning real property located in Texas shall be governed by Texas law.'), { governingLaw: 'Delaware, United States' }),
  p('law-cayman', k(DIST, DIST_OPEN, '20. This Agreement shall be governed by the laws of the Cayman Islands.'), { governingLaw: 'Cayman Islands' }),
  p('exp-through-anniversary-thereof', k(SUP, SUP_OPEN, '2. This Agreement shall be in effect from the Effective Date through the fifth (5th) anniversary thereof.'), { expiration: '2019-03-03' }),
  p('exp-date-which-is-months-after', k(SUP, SUP_OPEN, '2. The Term shall continue until the date which is twenty-four (24) months after the Effective Date.'), { expiration: '2016-03-03' }),
  p('ren-two-options-five-years', k('LEASE AGREEMENT', 'This Lease Agreement is made as of August 4, 2010 between Corbel Realty LLC ("Landlord") and Nettlefold Printing Co. ("Tenant").', '4. Options. Tenant shall have two (2) options to extend the Term, each for a period of five (5) years, exercisable by notice given at least nine (9) months before the end of the then-current term.'), { renewal: '5 years each, by option*', renewalNotice: null }),
  p('exp-quarter-of-anniversary', k(SUP, SUP_OPEN, '2. This Agreement shall terminate at the end of the calendar quarter in which the third anniversary of the Effective Date occurs.'), { expiration: '2017-03-31' }),
  p('exp-quarter-of-anniversary-q3', k(SVC, SVC_OPEN, '3. This Agreement shall terminate on the last day of the calendar quarter in which the second anniversary of the date hereof occurs.'), { expiration: '2019-09-30' }),
  // --- batch 10
  p('law-courts-apply-laws-of', k(SVC, SVC_OPEN, '14. The courts of New York County, New York shall have exclusive jurisdiction over any dispute and shall apply the laws of the State of Delaware.'), { governingLaw: 'Delaware, United States' }),
  p('law-shall-be-applicable', k(SVC, SVC_OPEN, '14. The laws of the State of Michigan shall be applicable to this Agreement.'), { governingLaw: 'Michigan, United States' }),
  p('law-place-law-is-applicable', k(SVC, SVC_OPEN, '14. Michigan law is applicable to this Agreement and to any dispute arising from it.'), { governingLaw: 'Michigan, United States' }),
  p('law-enforced-under-florida', k(SVC, SVC_OPEN, '14. This Agreement will be enforced under the laws of Florida.'), { governingLaw: 'Florida, United States' }),
  p('law-forum-ontario-law-bc', k(SVC, SVC_OPEN, '14. The parties attorn to the jurisdiction of the courts of Ontario, and this Agreement shall be governed by the laws of British Columbia.'), { governingLaw: 'British Columbia, Canada' }),
];

describe('renewal, notice, expiration and governing-law wordings probed in session 25', () => {
  it.each(PROBES.map((x) => [x.name, x] as const))('%s', async (_name, probe) => {
    await expectProbe(probe.text, probe.expect);
  });
});
