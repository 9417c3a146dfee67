/**
 * A start given by a date's name ("The Term starts from the Launch Date"), read where the contract gives that name
 * its day: a sentence that sets it ("the launch date of the Site shall be September 1, 1999") or a definition. An end
 * counted from the start counts from that day. A name set by an event, or never given a day, dates nothing. Every
 * contract here is written for the test.
 */
import { afterAll } from 'vitest';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { contractText, probe, runProbes, type Probe } from './probeValue';

afterAll(() => shutdownParseWorker());

const OPEN = 'THIS CO-BRANDING AGREEMENT is made as of the 30th day of June 1999 between Kestrel Media, L.P. ("Kestrel") and Northvale Health Inc. ("Northvale").';
const doc = (...paras: string[]): string => contractText('CO-BRANDING AGREEMENT', OPEN, ...paras);
const TERM = '11.1 Term. The term of this Agreement shall be for a period of two (2) years (the "Term"). The effective date of the start of the Term will be from the Launch Date.';

const PROBES: Probe[] = [
  probe('named-start-set-in-a-sentence', doc('2. Launch. The parties shall approve the design of the Site, and the launch date of the Site shall be September 1st, 1999 unless the parties agree otherwise in writing.', TERM), { effectiveDate: '1999-09-01', expiration: '2001-09-01' }),
  probe('named-start-defined', doc('1. Definitions. "Launch Date" means September 1, 1999.', TERM), { effectiveDate: '1999-09-01', expiration: '2001-09-01' }),
  probe('named-start-closing-date', doc('2. Closing. The Closing Date shall be March 3, 2000.', '3. Effect. This Agreement shall become effective on the Closing Date.'), { effectiveDate: '2000-03-03' }),
  // Set by an event, or never given a day: no effective date, and the term counts from the date of making as before.
  probe('named-start-set-by-event', doc('2. Launch. The launch date of the Site shall be the day the Site first opens to the public.', TERM), { effectiveDate: null, expiration: '2001-06-30' }),
  probe('named-start-never-dated', doc('2. Launch. Kestrel shall tell Northvale the launch date in writing.', TERM), { effectiveDate: null }),
  // Another name's day is not the start's: the payment date set elsewhere does not date a start from the Launch Date.
  probe('named-start-other-name-dated', doc('2. Payment. The payment date shall be October 1, 1999.', TERM), { effectiveDate: null }),
];

runProbes('a start given by a date\u2019s name', PROBES);
