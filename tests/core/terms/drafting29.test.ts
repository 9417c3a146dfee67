/**
 * Drafting habits a US commercial lawyer could equally have chosen, each in a short invented contract
 * read from plain text: the governing-law sentence's conflict-of-laws exclusion in its several forms
 * (or none), a renewal notice counted back from "the last day of" the term, a term "commencing on" or
 * running "from" its start, cross-references written "§ 4.2" and "Art. 5", and "either party hereto".
 * The values must not depend on which of these the drafter picked.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../electron/core/terms/date';
import { contractText as k, expectProbe, probe as p, runProbes, type Probe } from './probeValue';

const SUP = 'COMPONENT SUPPLY AGREEMENT';
const SUP_OPEN = 'This Component Supply Agreement (the "Agreement") is made and entered into as of March 9, 2017 (the "Effective Date") by and between Harrowgate Fasteners, Inc., an Ohio corporation ("Supplier"), and Quillon Marine LLC, a Maine limited liability company ("Buyer").';
const SVC = 'MAINTENANCE SERVICES AGREEMENT';
const SVC_OPEN = 'This Maintenance Services Agreement is entered into on October 2, 2019 between Brackenridge Elevator Co. ("Contractor") and Pembury Towers Owners Association ("Owner").';

const PROBES: readonly Probe[] = [
  // --- the conflict-of-laws exclusion, in each of its common forms, and absent
  p('law-excluding-parenthesis', k(SUP, SUP_OPEN, '14. This Agreement shall be governed by the laws of the State of Ohio (excluding its choice of law principles).'), { governingLaw: 'Ohio, United States' }),
  p('law-without-giving-effect-long', k(SUP, SUP_OPEN, '14. This Agreement shall be governed by the laws of the State of Ohio, without giving effect to any choice-of-law or conflict-of-law rule or provision that would cause the laws of another jurisdiction to apply.'), { governingLaw: 'Ohio, United States' }),
  p('law-without-regard-caps', k(SUP, SUP_OPEN, '14. THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF MAINE WITHOUT REGARD TO ITS CONFLICT OF LAWS RULES.'), { governingLaw: 'Maine, United States' }),
  p('law-without-regard-then-other-state', k(SUP, SUP_OPEN, '14. This Agreement is governed by the internal laws of the Commonwealth of Pennsylvania, without regard to any conflict of laws rules that would require the application of the laws of Delaware.'), { governingLaw: 'Pennsylvania, United States' }),
  // --- a renewal notice counted back from the term's last day
  p('notice-before-last-day', k(SVC, SVC_OPEN, '2. Term. The initial term of this Agreement is three (3) years from the date hereof and shall renew automatically for successive one (1) year periods unless either party hereto gives notice of non-renewal not less than sixty (60) days before the last day of the then current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('notice-before-last-day-next-clause', k(SVC, SVC_OPEN, '2. TERM', 'The term of this Agreement shall be two (2) years, beginning on the date hereof, and shall renew automatically for successive renewal terms of one (1) year each.', '2.1 Either party may end this Agreement by written notice of termination given no later than forty-five (45) calendar days before the last day of the relevant term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '45 days' }),
  p('notice-prior-to-expiration', k(SVC, SVC_OPEN, '2. Term. This Agreement shall continue for one (1) year and shall renew automatically for successive one (1) year terms unless either party gives written notice at least 30 days prior to the expiration of the term then in effect.'), { renewal: '1 year each, automatic, successive', renewalNotice: '30 days' }),
  // --- a term from the contract's start, either way round
  p('term-commencing-on-effective-date', k(SUP, SUP_OPEN, '3. Term. This Agreement shall remain in effect for a period of five (5) years commencing on the Effective Date, unless terminated earlier.'), { effectiveDate: '2017-03-09', expiration: '2022-03-09' }),
  p('term-from-effective-date', k(SUP, SUP_OPEN, '3. Term. This Agreement shall remain in effect for a period of five (5) years from the Effective Date, unless terminated earlier.'), { effectiveDate: '2017-03-09', expiration: '2022-03-09' }),
  p('term-months-commencing-date-hereof', k(SVC, SVC_OPEN, '2. Term. This Agreement shall be in force for an initial term of eighteen (18) months commencing on the date hereof.'), { expiration: '2021-04-02' }),
  // --- cross-references in short form
  p('section-sign-in-term', k(SUP, SUP_OPEN, '3. Term. Unless terminated earlier under § 12.3, this Agreement shall continue until December 31, 2021.'), { expiration: '2021-12-31' }),
  p('art-abbrev-in-law', k(SUP, SUP_OPEN, '14. Subject to Art. 9, this Agreement shall be governed by the laws of the State of Ohio.'), { governingLaw: 'Ohio, United States' }),
  p('art-abbrev-before-renewal', k(SVC, SVC_OPEN, '2. Term. Subject to termination under Art. 7, this Agreement shall continue for two (2) years and shall renew automatically for successive one (1) year periods unless either party hereto gives written notice of non-renewal at least ninety (90) days before the end of the current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '90 days' }),
  p('section-signs-plural', k(SVC, SVC_OPEN, '2. Term. Except as provided in §§ 8.1 and 8.2, this Agreement shall expire on October 1, 2022.'), { expiration: '2022-10-01' }),
  // --- the parties named together after the list
  p('parties-each-a-party', k(SUP, SUP_OPEN.replace('("Buyer").', '("Buyer") (each a "Party" and together the "Parties").'), '3. Term. This Agreement shall continue until March 8, 2020.'), { agreementDate: '2017-03-09', expiration: '2020-03-08' }),
  // --- notice and renewal lengths in calendar days
  p('calendar-days-notice', k(SVC, SVC_OPEN, '2. Term. This Agreement shall continue for one (1) year and shall renew automatically for successive one (1) year terms unless either party gives the other sixty (60) calendar days\' prior written notice of non-renewal.'), { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' }),
  p('calendar-days-term', k(SVC, SVC_OPEN, '2. Term. This Agreement shall expire one hundred eighty (180) calendar days after the date hereof.'), { expiration: '2020-03-30' }),
  // --- the governing state with its country
  p('law-state-usa', k(SUP, SUP_OPEN, '14. This Agreement shall be governed by the laws of the State of New Jersey, United States of America, without regard to its conflict of laws rules.'), { governingLaw: 'New Jersey, United States' }),
  p('law-state-usa-caps', k(SUP, SUP_OPEN, '14. THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF OREGON, UNITED STATES OF AMERICA.'), { governingLaw: 'Oregon, United States' }),
  // --- "either party hereto" where the term runs until a party ends it
  p('until-either-party-hereto-notifies', k(SVC, SVC_OPEN, '2. Term. This Agreement shall take effect on the date hereof and shall continue in effect until either party hereto notifies the other in writing that it wishes to end it.'), { expiration: 'perpetual' }),
  p('until-either-party-to-agreement-terminates', k(SVC, SVC_OPEN, '2. Term. This Agreement shall continue until either party to this Agreement terminates it on ninety (90) days\' notice.'), { expiration: 'perpetual' }),
  // --- clause numbers after a section sign are not dates
  p('section-signs-clause-numbers-not-date', k('FRANCHISE AGREEMENT', 'This Franchise Agreement is made between Tolliver Bakeries, Inc. ("we") and Dana Okafor ("you").', '2. Term. You may renew the franchise for one (1) further term of five (5) years if you meet every condition in §§ 3.4.1 through 3.4.12 before the renewal: 3.4.1 you tell us in writing, no less than seven (7) months ahead of the term\'s end, that you wish to renew.'), { expiration: null }),
  p('sec-abbrev-clause-number-not-date', k('FRANCHISE AGREEMENT', 'This Franchise Agreement is made between Tolliver Bakeries, Inc. ("we") and Dana Okafor ("you").', '2. Term. You may renew the franchise for one (1) further term of five (5) years subject to Sec. 4.2.11 and the other conditions below.'), { expiration: null }),
  // --- short cross-references inside the sentence that states the term or renewal
  p('art-abbrev-inside-term', k(SUP, SUP_OPEN, '3. Term. The term of this Agreement, subject to Art. 12, is three (3) years from the Effective Date.'), { expiration: '2020-03-09' }),
  p('sec-abbrev-inside-term', k(SUP, SUP_OPEN, '3. Term. The term of this Agreement, subject to Sec. 12, is three (3) years from the Effective Date.'), { expiration: '2020-03-09' }),
  p('anniversary-then-short-refs', k(SUP, SUP_OPEN, '3. Term. This Agreement shall continue until the fifth (5th) anniversary of the Effective Date, unless earlier terminated under Sec. 11.2 or Art. 12.'), { expiration: '2022-03-09' }),
  p('section-range-before-renewal', k(SVC, SVC_OPEN, '2. Term. This Agreement, unless terminated under §§ 9.1-9.3, shall renew automatically for successive one (1) year terms unless either party hereto gives written notice of non-renewal at least 45 calendar days prior to the end of the then-current term.'), { renewal: '1 year each, automatic, successive', renewalNotice: '45 days' }),
  // --- a renewal stopped from the termination clause "on the last day of" a term, or by a party that "shall so inform" the other
  p('terminate-on-last-day-of-initial-term', k(SVC, SVC_OPEN, '2. Term. The initial term is two (2) years from the date hereof (the "Initial Term"), after which this Agreement renews automatically for successive one (1) year periods.', '5. Fees. Owner shall pay monthly.', '9. Termination. Either party may terminate this Agreement with effect on the last day of the Initial Term or any renewal term by giving the other seventy-five (75) days\' written notice.'), { renewal: '1 year each, automatic, successive', renewalNotice: '75 days' }),
  p('so-inform-before-last-day', k(SVC, SVC_OPEN, '2. Term. The initial term is two (2) years from the date hereof, after which this Agreement renews automatically for successive one (1) year periods.', '2.2 A party that does not wish the term to renew shall so inform the other no later than forty (40) days before the last day of the term then running.'), { renewal: '1 year each, automatic, successive', renewalNotice: '40 days' }),
];

runProbes('drafting habits a lawyer could equally have chosen (conflicts exclusion, notice before the last day, term phrasing, short cross-references)', PROBES);

describe('clause numbers after short cross-reference words are not dates', () => {
  it.each([
    ['each condition in §§ 3.4.1 through 3.4.12 before renewal'],
    ['as § 3.4.12 provides'],
    ['subject to Sec. 4.2.11 below'],
    ['under Art. 5.1.10 of the Plan'],
    ['each condition in Sections 3.4.1 through 3.4.12 before renewal'],
  ])('%s', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('still reads a dotted date after other words', () => {
    expect(findDates('signed on 3.4.12 by both', { dayFirst: true }).map((d) => d.iso)).toEqual(['2012-04-03']);
  });
});

describe('party lists drafted with "hereinafter", role rows or a "Party" definition read the same parties', () => {
  const doc = (open: string): string => `LICENSE AGREEMENT\n\n${open}\n\n1. Term. This Agreement shall expire on May 31, 2024.\n`;
  const PARTIES = [
    { name: 'Larkspur Software, Inc.', role: 'Licensor' },
    { name: 'Wendover Clinics, P.A.', role: 'Licensee' },
  ];
  it.each([
    ['hereinafter', 'This License Agreement is made and entered into as of June 1, 2021 by and between Larkspur Software, Inc., a Delaware corporation (hereinafter "Licensor"), and Wendover Clinics, P.A., a Texas professional association (hereinafter "Licensee").'],
    ['role rows', 'This License Agreement is dated June 1, 2021.\n\nLicensor: Larkspur Software, Inc., a Delaware corporation\n\nLicensee: Wendover Clinics, P.A., a Texas professional association'],
    ['hereinafter called', 'This License Agreement is entered into on June 1, 2021 between Larkspur Software, Inc., a Delaware corporation (hereinafter called "Licensor") and Wendover Clinics, P.A., a Texas professional association (hereinafter called "Licensee").'],
    ['each a Party', 'This License Agreement is made and entered into as of June 1, 2021 by and between Larkspur Software, Inc., a Delaware corporation (the "Licensor"), and Wendover Clinics, P.A., a Texas professional association (the "Licensee") (each, a "Party" and collectively, the "Parties").'],
    ['each a Party named', 'This License Agreement is dated as of June 1, 2021, and is made by and between Larkspur Software, Inc. ("Licensor") and Wendover Clinics, P.A. ("Licensee") (Licensor and Licensee each a "Party" and together the "Parties").'],
  ])('%s', async (_name, open) => {
    const terms = await expectProbe(doc(open), { agreementDate: '2021-06-01', expiration: '2024-05-31' });
    expect(terms.parties?.value).toEqual(PARTIES);
  });
});
