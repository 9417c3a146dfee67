/**
 * A start's day written the long way ("the 21st day of September in the year 1999", "the twenty-first day of September,
 * 1999"), after the words that give it: a named date's sentence, "The Effective Date of this Agreement is …", the
 * contract's term from a day. Every contract here is written for the test.
 */
import { afterAll } from 'vitest';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { contractText, probe, runProbes, type Probe } from './probeValue';

afterAll(() => shutdownParseWorker());

const OPEN = 'THIS CO-BRANDING AGREEMENT is made as of the 30th day of June 1999 between Kestrel Media, L.P. ("Kestrel") and Northvale Health Inc. ("Northvale").';
const doc = (...paras: string[]): string => contractText('CO-BRANDING AGREEMENT', OPEN, ...paras);
const TERM = '11.1 Term. The term of this Agreement shall be for a period of two (2) years (the "Term"). The effective date of the start of the Term will be from the Launch Date.';

const PROBES: Probe[] = [
  probe('named-start-long-day', doc('2. Launch. The parties shall approve the design of the Site, and the launch date of the Site shall be the 21st day of September in the year 1999 unless the parties agree otherwise in writing.', TERM), { effectiveDate: '1999-09-21', expiration: '2001-09-21' }),
  probe('effective-date-is-long-day', doc('2. Effect. The Effective Date of this Agreement is the 21st day of September in the year 1999.'), { effectiveDate: '1999-09-21' }),
  // A day set by an event, however long the words after "shall be", still dates nothing.
  probe('named-start-long-event', doc('2. Launch. The launch date of the Site shall be the first day on which the Site is open to the public in the year 1999.', TERM), { effectiveDate: null }),
];

runProbes('a start\u2019s day written the long way', PROBES);
