/**
 * Probes for four wordings of the dates (session 33): an opening whose subject is the parties and whose verb is "agree",
 * the date of their agreement set between "agree" and "as follows"; another agreement named with "a" rather than "the"
 * before its own "dated as of …"; a letter agreement's date line above its salutation, whose first paragraph recites
 * other instruments and their dates; and the name given to a date just written, "(such date, the "Effective Date")". Each contract is invented and read from plain text; each rule is checked both ways.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'SUPPLY AGREEMENT';
const ACME = 'Acme Widgets Inc., a Delaware corporation ("Acme")';
const BOLT = 'Bolt Trading LLC, an Ohio limited liability company ("Bolt")';
const BODY = ['1. Supply. Acme shall supply widgets to Bolt each month.', '2. Price. Bolt shall pay the prices in Schedule 1 within thirty days of invoice.'];

const AGREE_PROBES: Probe[] = [
  // --- the date between "agree" and "as follows"
  p('agree-as-of-date-as-follows', k(TITLE, `${ACME}, and ${BOLT}, agree as of May 5, 2010 as follows:`, ...BODY), { agreementDate: '2010-05-05' }),
  p('agree-comma-effective-as-of', k(TITLE, `${ACME} and ${BOLT} agree, effective as of June 1, 2011, as follows:`, ...BODY), { agreementDate: '2011-06-01' }),
  p('hereby-agree-on-day-first', k(TITLE, `${ACME} and ${BOLT} hereby agree on 3 March 2014 as follows:`, ...BODY), { agreementDate: '2014-03-03' }),
  // --- not fired: the date is another agreement's, or a party's, or there is no "as follows"
  p('agree-as-follows-other-agreement-dated', k(TITLE, `${ACME} and ${BOLT}, parties to the Loan Agreement dated May 1, 2009, agree as follows:`, ...BODY), { agreementDate: null }),
  p('agree-as-follows-party-formed', k(TITLE, 'Acme Widgets Inc., a corporation formed on May 1, 2001 ("Acme"), and Bolt Trading LLC ("Bolt") agree as follows:', ...BODY), { agreementDate: null }),
  p('agree-that-from-date', k(TITLE, `${ACME} and ${BOLT} agree that from May 1, 2009 the prices in Schedule 1 apply.`, ...BODY), { agreementDate: null }),
];

runProbes('dates33b: the date of the parties\u2019 "agree … as follows"', AGREE_PROBES);

const LETTER = (instrument: string): string =>
  k(
    'REMARKETING AGREEMENT',
    'March 3, 2012',
    'Harbor Securities Inc.',
    '12 Pier Street, Boston, MA 02110',
    'Ladies and Gentlemen:',
    `Acme Holdings, Inc., a Missouri corporation (the "Company"), issued 1,000 units pursuant to ${instrument} (the "Unit Agreement") dated as of December 18, 2001, among the Company and the unit agent. The Company confirms its agreement with you as follows:`,
    '1. Remarketing. You shall remarket the units on the dates set out in Schedule 1.',
  );

const AMENDMENT = (instrument: string): string =>
  k(
    'AMENDMENT NO. 2',
    `Reference is hereby made to ${instrument} (the "Supply Agreement") dated as of May 1, 2009 between ${ACME} and ${BOLT}. This Amendment No. 2 is made as of June 3, 2012.`,
    'The parties agree to amend the Supply Agreement as follows:',
    '1. Price. The prices in Schedule 1 are replaced by those in Schedule 1A.',
  );

const OTHER_PROBES: Probe[] = [
  // --- another agreement named with "a" is another agreement, as with "the": the amendment's own date stands
  p('reference-to-a-supply-agreement-dated', AMENDMENT('a Supply Agreement'), { agreementDate: '2012-06-03' }),
  p('reference-to-the-supply-agreement-dated', AMENDMENT('the Supply Agreement'), { agreementDate: '2012-06-03' }),
  // --- a letter agreement is dated by the date line above its salutation, not by the instruments its first paragraph recites
  p('letter-date-line-a-unit-agreement', LETTER('a Unit Agreement'), { agreementDate: '2012-03-03' }),
  p('letter-date-line-the-unit-agreement', LETTER('the Unit Agreement'), { agreementDate: '2012-03-03' }),
  p('letter-date-line-certificate', LETTER('a certificate of trust'), { agreementDate: '2012-03-03' }),
  // --- not fired: no salutation, so a lone date line is not a letter's (the cover page's date rule still reads it)
  p(
    'no-salutation-opening-dated',
    k('SUPPLY AGREEMENT', 'Draft of March 3, 2012', `This Supply Agreement is made as of May 2, 2016 by and between ${ACME} and ${BOLT}.`, 'The parties agree as follows:', ...BODY),
    { agreementDate: '2016-05-02' },
  ),
  // --- not fired: this contract itself dated, "a" in a phrase that names no agreement
  p(
    'made-as-of-a-date',
    k(TITLE, `This Supply Agreement is made as of a date agreed by the parties, namely May 2, 2016, by and between ${ACME} and ${BOLT}.`, 'The parties agree as follows:', ...BODY),
    { agreementDate: '2016-05-02' },
  ),
];

runProbes('dates33b: another agreement named with "a" before its date; a letter\u2019s date line', OTHER_PROBES);

const OPENING = `This License Agreement (this "Agreement") is entered into as of March 2, 2015 (the "Signing Date") by and between ${ACME} and ${BOLT}.`;

const SUCH_DATE_PROBES: Probe[] = [
  // --- "(such date, the "Effective Date")" names the date just written
  p(
    'such-date-comma-the-effective-date',
    k('LICENSE AGREEMENT', OPENING, 'The parties agree as follows:', '1. Closing. The closing of the transfer of the Patents shall take place on October 1, 2015 (such date, the "Effective Date").', '2. License. From the Effective Date, Acme grants Bolt a license to the Patents.'),
    { effectiveDate: '2015-10-01', agreementDate: '2015-03-02' },
  ),
  p(
    'such-date-being-the-commencement-date',
    k('LICENSE AGREEMENT', OPENING, 'The parties agree as follows:', '1. Start. The services shall start on 1 November 2015 (such date being the "Commencement Date").', '2. License. Acme grants Bolt a license to the Patents.'),
    { effectiveDate: '2015-11-01' },
  ),
  // --- not fired: no date before it (an event names the day), and the opening's date is not taken for it
  p(
    'such-date-after-an-event',
    k('LICENSE AGREEMENT', OPENING, 'The parties agree as follows:', '1. Closing. This Agreement shall take effect on the date the Agency approves the Product (such date, the "Effective Date").', '2. License. From the Effective Date, Acme grants Bolt a license to the Patents.'),
    { effectiveDate: null },
  ),
];

runProbes('dates33b: "(such date, the "Effective Date")"', SUCH_DATE_PROBES);

const HOSTING = (start: string): string =>
  k(
    'HOSTING AGREEMENT',
    'This Hosting Agreement is made as of August 9, 1999 by and between Acme Web Inc. ("Acme") and Bolt Shops LLC ("Bolt").',
    'The parties agree as follows:',
    `1. Term. This Agreement shall be effective ${start} and shall continue for a period of one (1) year from the Effective Date.`,
    '2. Fees. Bolt shall pay the fees in Schedule 1.',
  );

const EVENT_START_PROBES: Probe[] = [
  // --- an Effective Date named where an event sets it: the end cannot be counted from the agreement date
  p('effective-as-of-that-date-event', HOSTING('as of that date (the "Effective Date") the Site becomes fully operational as confirmed in writing by both parties'), { expiration: null, effectiveDate: null }),
  // --- not fired: the name given to a date, or to the date of the agreement
  p('effective-as-of-a-date', HOSTING('as of August 16, 1999 (the "Effective Date")'), { expiration: '2000-08-16', effectiveDate: '1999-08-16' }),
  p('effective-as-of-the-date-hereof', HOSTING('as of the date hereof (the "Effective Date")'), { expiration: '2000-08-09' }),
];

runProbes('dates33b: a term counted from an Effective Date an event sets', EVENT_START_PROBES);
