/**
 * Term, renewal, effective-date and governing-law clauses in common drafting styles, each in a short
 * invented contract read from plain text as a user's .txt file is: a term with an end date or a length,
 * a term that lasts while a state lasts ("for so long as Customer continues to purchase …", which runs
 * until that state ends: "perpetual", as "until Licensee ceases to …" does), renewal and non-renewal
 * notice wordings, effective dates defined by reference, and choice-of-law wordings ("the substantive
 * law of", "construed under", "in accordance with the laws in force in", "decided under",
 * "the law that applies to this Agreement is"). Numeric dates follow the document's convention (its own
 * dates, else its governing law; see dayFirstDates21.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { expectProbe } from './probeValue';

type F = 'agreementDate' | 'effectiveDate' | 'expiration' | 'renewal' | 'renewalNotice' | 'governingLaw';
interface Probe { name: string; text: string; expect: Partial<Record<F, string | null>>; warn?: boolean }

const HEAD = 'SERVICES AGREEMENT';
const PARTIES = 'between Harlow Kettle Ltd ("Supplier") and Brindle Oak Limited ("Customer")';
const OPEN = `This Services Agreement (the "Agreement") is made on March 3, 2015 ${PARTIES}.`;
const doc = (...paras: string[]): string => [HEAD, ...paras].join('\n\n') + '\n';
const body = '2. Services. Supplier shall provide the services described in Schedule 1 to Customer.';
const p = (name: string, text: string, expect: Probe['expect'], warn?: boolean): Probe => ({ name, text, expect, ...(warn === undefined ? {} : { warn }) });

const PROBES: Probe[] = [
  // --- 1. day-first documents
  p('df-law-england', doc(`This Agreement is dated 01/03/2019 and is made ${PARTIES}.`, body, '15. Governing Law. This Agreement shall be governed by the laws of England and Wales.'), { agreementDate: '2019-03-01', governingLaw: 'England and Wales' }, false),
  p('df-law-english-law', doc(`THIS AGREEMENT is made on 04/05/2020 ${PARTIES}.`, body, '12. This Agreement and any dispute arising from it are governed by English law.'), { agreementDate: '2020-05-04' }, false),
  p('df-words', doc(`This Agreement is made on 04/05/2020 ${PARTIES}.`, body, '3. Term. The Services commence on 1 June 2020.', 'Signed on 12 June 2020.'), { agreementDate: '2020-05-04' }, false),
  p('df-words-ordinal', doc(`This Agreement is made on 06/07/2021 ${PARTIES}.`, body, '3. Fees are payable from 1st August 2021.'), { agreementDate: '2021-07-06' }),
  p('mf-us-law', doc(`This Agreement is dated 02/03/2018 and is made ${PARTIES}.`, body, '10. Governing Law. This Agreement shall be governed by the laws of the State of New York.'), { agreementDate: '2018-02-03' }, false),
  p('mf-no-evidence', doc(`This Agreement is dated 02/03/2018 and is made ${PARTIES}.`, body), { agreementDate: '2018-02-03' }, true),
  p('mf-words-mdy', doc(`This Agreement is dated 02/03/2018 and is made ${PARTIES}.`, body, '3. The Services commence on March 15, 2018.'), { agreementDate: '2018-02-03' }, false),
  p('mf-mixed-words', doc(`This Agreement is dated 02/03/2018 and is made ${PARTIES}.`, body, '3. The Services commence on March 15, 2018 and the first report is due 1 May 2018.'), { agreementDate: '2018-02-03' }),
  p('canada-undecided', doc(`This Agreement is dated 02/03/2018 and is made ${PARTIES}.`, body, '10. This Agreement is governed by the laws of the Province of Ontario.'), { agreementDate: '2018-02-03', governingLaw: 'Ontario, Canada' }, true),
  p('day-of-neutral', doc(`This Agreement is made this 1st day of March 2019 ${PARTIES}.`, body, '3. The first delivery is due on 05/06/2019.'), { agreementDate: '2019-03-01' }),
  p('df-nsw', doc(`This Agreement is made ${PARTIES}.`, '3. Term. This Agreement commences on 05/07/2021 and expires on 04/07/2024.', '14. This Agreement is governed by the laws of New South Wales.'), { effectiveDate: '2021-07-05', expiration: '2024-07-04', governingLaw: 'New South Wales, Australia' }),
  p('df-singapore', doc(`This Agreement is made ${PARTIES}.`, 'Effective Date: 10/11/2019', body, '14. This Agreement shall be governed by and construed in accordance with the laws of the Republic of Singapore.'), { effectiveDate: '2019-11-10', governingLaw: 'Singapore' }),
  p('df-india', doc(`This Agreement is entered into on 03/04/2017 ${PARTIES}.`, body, '14. This Agreement shall be governed by the laws of India.'), { agreementDate: '2017-04-03', governingLaw: 'India' }),
  p('df-ireland', doc(`This Agreement is dated 09/10/2016 ${PARTIES}.`, body, '14. This Agreement is governed by Irish law.'), { agreementDate: '2016-10-09', governingLaw: 'Ireland' }),
  p('df-germany-slash', doc(`This Agreement is dated 09/10/2016 ${PARTIES}.`, body, '14. This Agreement shall be governed by the laws of the Federal Republic of Germany.'), { agreementDate: '2016-10-09', governingLaw: 'Germany' }),
  p('df-law-expiry-computed', doc(`This Agreement is dated 01/02/2020 ${PARTIES}.`, '3. Term. This Agreement shall continue for a period of two (2) years from the date of this Agreement.', '14. The laws of Scotland govern this Agreement.'), { agreementDate: '2020-02-01', governingLaw: 'Scotland' }),
  // --- 2a. expiration
  p('exp-end-date-words', doc(OPEN, '3. Term. The term of this Agreement shall commence on the date hereof and end on 31 December 2022.'), { expiration: '2022-12-31' }),
  p('exp-remain-until', doc(OPEN, '3. Term. This Agreement shall remain in force until June 30, 2025, unless terminated earlier under Clause 9.'), { expiration: '2025-06-30' }),
  p('exp-period-years', doc(OPEN, '3. Term. This Agreement shall continue for a period of three (3) years from the date hereof.'), { expiration: '2018-03-0*' }),
  p('exp-anniversary', doc(OPEN, '3. Term. This Agreement shall expire on the third anniversary of the date hereof.'), { expiration: '2018-03-0*' }),
  p('exp-so-long-as', doc(OPEN, '3. Term. This Agreement shall continue in effect for so long as Customer continues to purchase Services from Supplier.'), { expiration: 'perpetual' }),
  p('exp-until-terminated', doc(OPEN, '3. Term. This Agreement shall continue until terminated by either party on ninety (90) days\' written notice.'), { expiration: 'perpetual' }),
  p('exp-completion', doc(OPEN, '3. Term. This Agreement shall remain in effect until the completion of the Services.'), { expiration: null }),
  p('exp-midnight', doc(OPEN, '3. Term. The Term shall end at midnight on 31st March 2023.'), { expiration: '2023-03-31' }),
  p('exp-months-after', doc(OPEN, '3. Term. This Agreement expires thirty-six (36) months after the date hereof.'), { expiration: '2018-03-0*' }),
  p('exp-run-through', doc(OPEN, '3. Term. This Agreement will run through December 31, 2024.'), { expiration: '2024-12-31' }),
  p('exp-initial-period-ending', doc(OPEN, '3. Term. This Agreement is for an initial period ending on 30 June 2026 (the "Initial Term").'), { expiration: '2026-06-30' }),
  p('exp-indefinite', doc(OPEN, '3. Term. This Agreement shall continue indefinitely unless terminated in accordance with Clause 9.'), { expiration: 'perpetual' }),
  p('exp-for-as-long', doc(OPEN, '3. Term. This Agreement shall remain in force for as long as Supplier holds the Licence.'), { expiration: 'perpetual' }),
  p('exp-terminate-on-date', doc(OPEN, '3. Term. This Agreement shall terminate automatically on September 30, 2019.'), { expiration: '2019-09-30' }),
  p('exp-wrap-date', doc(OPEN, '3. Term. Unless terminated earlier, this Agreement shall continue in full force and effect until\nDecember 31, 2021.'), { expiration: '2021-12-31' }),
  p('exp-until-and-including', doc(OPEN, '3. Term. This Agreement is effective from the date hereof up to and including 28 February 2019.'), { expiration: '2019-02-28' }),
  // --- 2b. renewal
  p('ren-successive-1y', doc(OPEN, '3. Term. The initial term ends on March 2, 2018. Thereafter, this Agreement shall automatically renew for successive one (1) year periods unless either party gives written notice of non-renewal at least sixty (60) days prior to the end of the then-current term.'), { renewal: '1 year each, automatic*', renewalNotice: '60 days' }),
  p('ren-further-12m', doc(OPEN, '3. Term. This Agreement shall be extended automatically for further periods of twelve (12) months unless terminated by either party giving not less than three (3) months\' written notice before the end of the Initial Term.'), { renewal: '12 months*', renewalNotice: '3 months' }),
  p('ren-intention-not', doc(OPEN, '3. Term. This Agreement will renew for additional two-year terms unless either party notifies the other in writing of its intention not to renew no later than 90 days before expiry of the then current term.'), { renewal: '2 years each, automatic*', renewalNotice: '90 days' }),
  p('ren-year-to-year', doc(OPEN, '3. Term. Upon expiry of the Initial Term, this Agreement shall continue on a year-to-year basis until terminated by either party on six (6) months\' written notice.'), { renewal: '1 year*' }),
  p('ren-one-additional', doc(OPEN, '3. Term. The initial term is five (5) years. Customer may renew this Agreement for one additional term of five (5) years by notice to Supplier.'), { renewal: '5 years*' }),
  p('ren-elect-not', doc(OPEN, '3. Term. This Agreement shall renew automatically for successive terms of one (1) year each. Either party may elect not to renew by giving written notice not less than thirty (30) days before the expiration of the then-current term.'), { renewal: '1 year each, automatic*', renewalNotice: '30 days' }),
  p('ren-serves-notice', doc(OPEN, '3. Term. This Agreement renews automatically for further terms of two (2) years unless either Party serves notice of non-renewal on the other at least one hundred twenty (120) days before the end of the current term.'), { renewal: '2 years each, automatic*', renewalNotice: '120 days' }),
  p('ren-shall-be-renewed', doc(OPEN, '3. Term. Unless either party notifies the other of termination at least 45 days before its expiry, this Agreement shall be renewed automatically for periods of one year.'), { renewal: '1 year each, automatic*', renewalNotice: '45 days' }),
  p('ren-wrapped-notice', doc(OPEN, '3. Term. This Agreement shall automatically renew for successive one (1) year terms unless either party provides written notice of\nnon-renewal to the other party at least ninety (90) days prior to the end of the then current term.'), { renewal: '1 year each, automatic*', renewalNotice: '90 days' }),
  p('ren-calendar-months', doc(OPEN, '3. Term. This Agreement shall thereafter continue for successive periods of twelve calendar months unless either party gives the other not less than two calendar months\' notice in writing to terminate it at the end of the then current period.'), { renewal: '12 months*', renewalNotice: '2 months' }),
  // --- 2c. effective dates by reference
  p('eff-last-signature', doc(`This Agreement is entered into ${PARTIES} and is effective as of the date on which it is signed by the last party (the "Effective Date").`, body, 'IN WITNESS WHEREOF, the parties have signed this Agreement.', 'HARLOW KETTLE LTD', 'By: /s/ Ann Vell', 'Date: April 2, 2019', 'BRINDLE OAK LIMITED', 'By: /s/ Rob Sarn', 'Date: April 9, 2019'), { effectiveDate: '2019-04-09' }),
  p('eff-means', doc(`This Agreement is entered into ${PARTIES}.`, '1. Definitions. "Effective Date" means 1 July 2021.', body), { effectiveDate: '2021-07-01' }),
  p('eff-commencement-defined', doc(`This Agreement is entered into ${PARTIES}.`, '1. Definitions. "Commencement Date" means April 1, 2020.', '3. Term. This Agreement takes effect on the Commencement Date and continues for two (2) years.'), { effectiveDate: '2020-04-01', expiration: '2022-0*' }),
  p('eff-date-first-written', doc(OPEN, '3. This Agreement shall become effective on the date first written above.'), { agreementDate: '2015-03-03', effectiveDate: '2015-03-03' }),
  p('eff-with-effect-from', doc(`This Agreement is entered into ${PARTIES} with effect from 1 January 2019.`, body), { effectiveDate: '2019-01-01' }),
  p('eff-come-into-force', doc(OPEN, '3. This Agreement shall come into force on 15 September 2020.'), { effectiveDate: '2020-09-15' }),
  p('eff-effective-as-of-in-clause', doc(OPEN, '3. Term. This Agreement is effective as of April 1, 2015 and shall continue for one (1) year.'), { effectiveDate: '2015-04-01', expiration: '2016-0*' }),
  p('eff-commence-on', doc(OPEN, '3. Term. The term of this Agreement shall commence on May 1, 2015 (the "Commencement Date") and shall continue until April 30, 2018.'), { effectiveDate: '2015-05-01', expiration: '2018-04-30' }),
  // --- 2d. governing law
  p('law-substantive', doc(OPEN, '9. This Agreement shall be governed by the substantive law of the State of Texas.'), { governingLaw: 'Texas, United States' }),
  p('law-construed-under', doc(OPEN, '9. This Agreement shall be construed under the laws of the Commonwealth of Massachusetts.'), { governingLaw: 'Massachusetts, United States' }),
  p('law-in-force-in', doc(OPEN, '9. This Agreement shall be interpreted in accordance with the laws in force in the Province of Alberta.'), { governingLaw: 'Alberta, Canada' }),
  p('law-controlled-by', doc(OPEN, '9. The validity, interpretation and performance of this Agreement shall be controlled by Kansas law.'), { governingLaw: 'Kansas, United States' }),
  p('law-according-to', doc(OPEN, '9. This Agreement is made under and shall be construed according to the laws of Ireland.'), { governingLaw: 'Ireland' }),
  p('law-determined-pursuant', doc(OPEN, '9. The rights and obligations of the parties under this Agreement shall be determined pursuant to the laws of the State of Georgia.'), { governingLaw: 'Georgia, United States' }),
  p('law-apply-victoria', doc(OPEN, '9. The parties agree that the laws of Victoria apply to this Agreement.'), { governingLaw: 'Victoria, Australia' }),
  p('law-noncontractual', doc(OPEN, '9. This Agreement and any non-contractual obligations arising out of or in connection with it are governed by English law.'), { governingLaw: 'England and Wales' }),
  p('law-subject-scotland', doc(OPEN, '9. This contract shall be subject to and interpreted in accordance with the law of Scotland.'), { governingLaw: 'Scotland' }),
  p('law-decided', doc(OPEN, '9. All questions concerning the construction, validity and interpretation of this Agreement shall be decided under the internal laws of the State of Illinois.'), { governingLaw: 'Illinois, United States' }),
  p('law-all-respects', doc(OPEN, '9. This Agreement shall in all respects be governed by the laws of New Zealand.'), { governingLaw: 'New Zealand' }),
  p('law-republic-govern', doc(OPEN, '9. The laws of the Republic of Singapore govern this Agreement.'), { governingLaw: 'Singapore' }),
  p('law-excluding', doc(OPEN, '9. Governed by the law of the State of Washington, excluding its choice-of-law rules.'), { governingLaw: 'Washington, United States' }),
  p('law-enforced-under', doc(OPEN, '9. This Agreement will be interpreted and enforced under the laws of Colorado.'), { governingLaw: 'Colorado, United States' }),
  p('law-applicable-is', doc(OPEN, '9. The applicable law is the law of the Netherlands.'), { governingLaw: 'Netherlands' }),
  p('law-that-applies', doc(OPEN, '9. The law that applies to this Agreement is the law of Queensland.'), { governingLaw: 'Queensland, Australia' }),
  p('law-exclusive', doc(OPEN, '9. This Agreement is subject to the exclusive laws of Minnesota.'), { governingLaw: 'Minnesota, United States' }),
  p('law-hk', doc(OPEN, '9. This Agreement shall be governed by the laws of the Hong Kong Special Administrative Region.'), { governingLaw: 'Hong Kong' }),
  p('law-wrapped', doc(OPEN, '9. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the\nState of Oregon, without regard to its conflict of laws rules.'), { governingLaw: 'Oregon, United States' }),
  p('law-heading-only-next-para', doc(OPEN, '9. GOVERNING LAW', 'The laws of the State of Ohio.'), { governingLaw: 'Ohio, United States' }),
  p('law-shall-be-the', doc(OPEN, '9. The governing law of this Agreement shall be the law of the State of Nevada.'), { governingLaw: 'Nevada, United States' }),
  p('law-rights-determined', doc(OPEN, '9. The rights of the parties hereunder shall be governed by, and determined in accordance with, the laws of Japan.'), { governingLaw: 'Japan' }),
  // --- 2e. more wordings
  p('ren-intent-not', doc(OPEN, '3. Term. This Agreement shall renew automatically for successive one-year periods unless either party gives the other written notice of its intent not to renew not later than sixty (60) days before the end of the then current term.'), { renewal: '1 year each, automatic*', renewalNotice: '60 days' }),
  p('ren-six-months-before', doc(OPEN, '3. Term. On the expiry of the Initial Term this Agreement shall automatically renew for further periods of one (1) year unless either party gives notice to the other at least six months before the end of the Initial Term or the relevant renewal period.'), { renewal: '1 year each, automatic*', renewalNotice: '6 months' }),
  p('exp-dots', doc(OPEN, '3. Term. This Agreement shall continue in force until 31.12.2025.', '9. This Agreement is governed by German law.'), { expiration: '2025-12-31' }),
  p('exp-caps', doc(OPEN, '3. TERM. THIS AGREEMENT SHALL COMMENCE ON THE DATE HEREOF AND SHALL CONTINUE FOR A PERIOD OF TWO (2) YEARS.'), { expiration: '2017-03-0*' }),
  p('exp-day-before-anniversary', doc(OPEN, '3. Term. This Agreement shall expire on the day before the third anniversary of the date hereof.'), { expiration: '2018-03-0*' }),
  p('law-applicable-contracts', doc(OPEN, '9. This Agreement shall be governed by, and construed in accordance with, the laws of the State of New York applicable to contracts made and to be performed entirely within such State.'), { governingLaw: 'New York, United States' }),
  p('law-construction-validity', doc(OPEN, '9. The construction, validity and performance of this Agreement shall be governed by the laws of the Commonwealth of Pennsylvania.'), { governingLaw: 'Pennsylvania, United States' }),
  p('law-deemed-made', doc(OPEN, '9. This Agreement shall be deemed to have been made in, and shall be construed pursuant to the laws of, the State of New Jersey.'), { governingLaw: 'New Jersey, United States' }),
  p('law-wrapped-state', doc(OPEN, '9. This Agreement shall be governed by the laws of the State of North\nCarolina, without giving effect to its conflicts of law principles.'), { governingLaw: 'North Carolina, United States' }),
  p('law-caps', doc(OPEN, '9. GOVERNING LAW. THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF CALIFORNIA.'), { governingLaw: 'California, United States' }),
  p('eff-effective-date-label', doc(`This Agreement is entered into ${PARTIES}.`, 'Effective Date: 1 October 2018', body), { effectiveDate: '2018-10-01' }),
  p('eff-shall-be-effective-from', doc(OPEN, '3. This Agreement shall be effective from June 1, 2015.'), { effectiveDate: '2015-06-01' }),
  p('df-words-only-expiry', doc(`This Agreement is made on 14 February 2020 ${PARTIES}.`, '3. Term. This Agreement commences on 01/03/2020 and ends on 28/02/2023.'), { effectiveDate: '2020-03-01', expiration: '2023-02-28' }),
  p('df-law-effective-label', doc(`This Agreement is made ${PARTIES}.`, 'Commencement Date: 07/08/2022', body, '14. This Agreement is governed by the laws of New Zealand.'), { effectiveDate: '2022-08-07' }),
  p('mf-law-texas-expiry', doc(`This Agreement is made ${PARTIES}.`, '3. Term. This Agreement commences on 05/07/2021 and expires on 04/07/2024.', '14. This Agreement shall be governed by Texas law.'), { effectiveDate: '2021-05-07', expiration: '2024-04-07' }, false),
];

describe('clauses in common drafting styles, read from plain text', () => {
  it.each(PROBES.map((x) => [x.name, x] as const))('%s', async (_name, probe) => {
    const t = await expectProbe(probe.text, probe.expect);
    if (probe.warn !== undefined) {
      const warnings = (['agreementDate', 'effectiveDate', 'expiration'] as const).map((f) => t[f]?.warning).filter(Boolean);
      expect(warnings.length > 0).toBe(probe.warn);
    }
  });
});
