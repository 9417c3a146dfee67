/**
 * Probes for two habits of dates left blank in a filed copy (session 34): the date line set right above the
 * signatures with no "IN WITNESS WHEREOF" before it ("Dated the ____ day of June, 2011." over "Per: ____", as
 * Canadian forms sign), and an opening "is entered into on 2018 (the "Effective Date")" whose day and month were
 * left out, the year alone standing after "on" (also when the gap broke the line). Each contract is invented and
 * read from plain text; each rule is checked both ways.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const TITLE = 'SERVICES AGREEMENT';
const OPENING = 'This Agreement is made between Acme Widgets Inc. ("Acme") and Bolt Trading Ltd. ("Bolt").';
/** Enough clauses that the signatures stand past the opening (30 blocks of prose), as in a contract of some length. */
const BODY = Array.from({ length: 40 }, (_, i) => `${i + 1}. Clause ${i + 1}. Acme shall provide the services set out in Schedule ${i + 1} to Bolt, and Bolt shall pay for them within thirty days.`);
const SIGNERS = ['ACME WIDGETS INC.', 'Per: ______________________', 'BOLT TRADING LTD.', 'Per: ______________________'];

const SIGNATURE_PROBES: Probe[] = [
  // --- fired: the date line over the signers, its day (or day and month) left blank
  p('dated-blank-day-over-per-lines', k(TITLE, OPENING, ...BODY, 'Dated the ____ day of June, 2011.', ...SIGNERS), { agreementDate: '____ day of June, 2011' }),
  p('dated-colon-blank-over-by-lines', k(TITLE, OPENING, ...BODY, 'Dated: __________, 2004', 'ACME WIDGETS INC.', 'By: ______________________', 'BOLT TRADING LTD.', 'By: ______________________'), { agreementDate: '__________, 2004' }),
  // --- not fired: a form's date with no year, a date line far above the signatures, or no signatures at all
  p('dated-no-year-over-signers', k(TITLE, OPENING, ...BODY, 'Dated: ______________, 20___', ...SIGNERS), { agreementDate: null }),
  p('dated-far-above-signers', k(TITLE, OPENING, ...BODY.slice(0, 34), 'Dated the ____ day of June, 2011.', ...BODY.slice(34), ...SIGNERS), { agreementDate: null }),
  p('dated-without-signers', k(TITLE, OPENING, ...BODY, 'Dated the ____ day of June, 2011.'), { agreementDate: null }),
];

runProbes('blankDates34k: a blank date line over the signatures without IN WITNESS', SIGNATURE_PROBES);

const AMENDMENT = 'AMENDMENT NO. 1 TO SUPPLY AGREEMENT';
const PARTIES = 'THIS AMENDMENT NO. 1 to the Supply Agreement dated as of March 2, 2012, by and between Acme Widgets Inc. ("Acme") and Bolt Trading Ltd. ("Bolt")';
const RECITAL = 'WHEREAS, Acme and Bolt wish to amend the Supply Agreement as set out below.';
const CHANGE = '1. Price. Section 4 of the Supply Agreement is amended to read: the price of each widget is ten dollars.';

const YEAR_PROBES: Probe[] = [
  // --- fired: a year alone after "entered into on" or "made on"
  p('entered-into-on-year-effective-date', k(AMENDMENT, `${PARTIES} is entered into on 2018 (the "Effective Date").`, RECITAL, CHANGE), { agreementDate: '2018' }),
  p('made-on-year-between', k(TITLE, 'This Agreement is made on 2016 between Acme Widgets Inc. ("Acme") and Bolt Trading Ltd. ("Bolt").', ...BODY.slice(0, 2)), { agreementDate: '2016' }),
  p('entered-into-on-line-break-year', k(AMENDMENT, `${PARTIES} is entered into on`, '2018 (the "Effective Date").', RECITAL, CHANGE), { agreementDate: '2018' }),
  // The year's name defined the older way, with a full date of another contract further on that must not
  // take its place.
  p('entered-into-on-year-hereinafter', k(AMENDMENT, `${PARTIES} is entered into on 2018 (hereinafter referred to as the "Effective Date").`, RECITAL, '1. Definitions. "Carrier Agreement" means the freight agreement between Acme and Harbor Lane Inc. dated 9 April 2017.', CHANGE), { agreementDate: '2018' }),
  p('entered-into-on-year-hereinafter-called', k(AMENDMENT, `${PARTIES} is entered into on 2018 (hereinafter called "Signing Date").`, RECITAL, CHANGE), { agreementDate: '2018' }),
  // --- not fired: the year is not the date ("on 2018 volumes"), or the words before it are not the making verb's
  p('entered-into-on-year-volumes', k(AMENDMENT, `${PARTIES} is entered into on 2018 volumes of widgets.`, RECITAL, CHANGE), { agreementDate: null }),
  p('entered-into-on-year-hereinafter-unquoted', k(AMENDMENT, `${PARTIES} is entered into on 2018 (hereinafter the year of launch) volumes of widgets.`, RECITAL, CHANGE), { agreementDate: null }),
  p('effective-on-year-of-launch', k(AMENDMENT, `${PARTIES} is entered into to set the prices payable on 2018 (the "Price Year") orders.`, RECITAL, CHANGE), { agreementDate: null }),
];

runProbes('blankDates34k: a year alone after "entered into on"', YEAR_PROBES);
