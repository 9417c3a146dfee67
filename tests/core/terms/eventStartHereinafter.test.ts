/**
 * An Effective Date that an event sets ("effective as of that date (the "Effective Date") the store opens"), its name
 * defined the older way: (hereinafter referred to as the "Effective Date"). No end can be counted from the date of
 * making either way. Likewise a date that names another period ("on November 4, 2015 (hereinafter referred to as the
 * "Trial Period")") is not the contract's start. Each contract is invented and read from plain text; each rule is
 * checked both ways.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const LEASE = (start: string) =>
  k(
    'KIOSK LICENCE AGREEMENT',
    'This Kiosk Licence Agreement is made as of March 3, 2014 by and between Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc. ("Harbor").',
    'The parties agree as follows:',
    `2. Term. This Agreement shall be effective ${start} and shall continue for a period of two (2) years from the Effective Date.`,
    '3. Fees. Harbor shall pay the licence fee in Schedule A.',
  );

const PROBES: Probe[] = [
  // --- fired: the name an event sets, in each form of definition, dates no end
  p('event-start-the', LEASE('as of that date (the "Effective Date") the kiosk first opens to the public as confirmed in writing by both parties'), { expiration: null }),
  p('event-start-hereinafter-referred', LEASE('as of that date (hereinafter referred to as the "Effective Date") the kiosk first opens to the public as confirmed in writing by both parties'), { expiration: null }),
  p('event-start-hereinafter-called', LEASE('as of such date (hereinafter called the "Effective Date") the kiosk first opens to the public as confirmed in writing by both parties'), { expiration: null }),
  // --- not fired: the name given to a date written out, in the same older form
  p('dated-start-hereinafter', LEASE('as of March 10, 2014 (hereinafter referred to as the "Effective Date")'), { expiration: '2016-03-10' }),
];

runProbes('an Effective Date set by an event, defined with "hereinafter"', PROBES);

/** A date given its own name as another period's start is not the contract's: in either form of definition. */
const PERIOD = (def: string) =>
  k(
    'SUPPLY AGREEMENT',
    'This Supply Agreement is made between Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc. ("Harbor").',
    `1. Term. This Agreement shall become effective on November 4, 2015 ${def} and shall continue for two years.`,
    '2. Price. Harbor shall pay the price in Schedule A.',
  );

const PERIOD_PROBES: Probe[] = [
  // --- fired: the date names another period
  p('period-named-the', PERIOD('(the "Trial Period")'), { effectiveDate: null }),
  p('period-named-hereinafter', PERIOD('(hereinafter referred to as the "Trial Period")'), { effectiveDate: null }),
  // --- not fired: the name is the contract's own date's
  p('date-named-hereinafter', PERIOD('(hereinafter referred to as the "Effective Date")'), { effectiveDate: '2015-11-04' }),
];

runProbes('a date that names another period, defined with "hereinafter"', PERIOD_PROBES);
