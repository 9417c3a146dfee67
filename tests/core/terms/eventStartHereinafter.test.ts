/**
 * An Effective Date that an event sets ("effective as of that date (the "Effective Date") the store opens"), its name
 * defined the older way: (hereinafter referred to as the "Effective Date"). No end can be counted from the date of
 * making either way. Each contract is invented and read from plain text; the rule is checked both ways.
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
