/**
 * A contract's start said with "apply from", "becomes binding on" or "operative from": the date after those words (or the
 * date of making they point at), when the contract is what applies or binds, and the term counted from it. Prices, orders and offers apply and bind too, and "binding on the parties"
 * without a date says who is bound, not when. Every contract here is written for the test.
 */
import { afterAll } from 'vitest';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { contractText, probe, runProbes, type Probe } from './probeValue';

afterAll(() => shutdownParseWorker());

const OPEN = 'This Supply Agreement (the "Agreement") is made between Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc. ("Harbor").';
const DATED = 'This Supply Agreement (the "Agreement") is made on May 4, 2017 between Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc. ("Harbor").';
const doc = (open: string, ...paras: string[]): string =>
  contractText('SUPPLY AGREEMENT', open, '1. Supply. Nordlicht shall supply the Products to Harbor.', '2. Delivery. Nordlicht shall deliver the Products to the site Harbor names.', ...paras, 'IN WITNESS WHEREOF, the parties have signed this Agreement.');

const PROBES: Probe[] = [
  probe('apply-from', doc(OPEN, '3. Term. This Agreement shall apply from 1 March 2019 and continue for three years.'), { effectiveDate: '2019-03-01' }),
  probe('applies-from-present', doc(OPEN, '3. Term. This Agreement applies from March 1, 2019.'), { effectiveDate: '2019-03-01' }),
  probe('becomes-binding-on', doc(OPEN, '3. Term. This Agreement becomes binding on March 1, 2019 and continues for three years.'), { effectiveDate: '2019-03-01' }),
  probe('binding-upon-the-parties-on', doc(OPEN, '3. Term. This Agreement shall become binding upon the parties on March 1, 2019.'), { effectiveDate: '2019-03-01' }),
  probe('operative-from', doc(OPEN, '3. Commencement. This Agreement shall be operative from March 1, 2019.'), { effectiveDate: '2019-03-01' }),
  // Other subjects, or no date right after the words: no start.
  probe('prices-apply-from', doc(DATED, '3. Prices. The prices in Schedule 2 shall apply from January 1, 2018.'), { effectiveDate: null }),
  probe('order-becomes-binding', doc(DATED, '3. Orders. An order becomes binding on June 1, 2017 unless Nordlicht rejects it.'), { effectiveDate: null }),
  probe('binding-on-successors', doc(DATED, '3. Binding Effect. This Agreement shall be binding upon the parties hereto and their respective successors and assigns.'), { effectiveDate: null }),
  probe('apply-from-an-event', doc(DATED, '3. Term. This Agreement shall apply from the Closing Date.'), { effectiveDate: null }),
  // A pointer at the date of making, and the term counted from such a start, as after "shall become effective".
  probe('apply-from-date-above', doc(DATED, '3. Term. This Agreement shall apply from the date first above written and shall continue for three years.'), { effectiveDate: '2017-05-04', expiration: '2020-05-04' }),
  probe('binding-on-execution-term', doc(DATED, '3. Term. This Agreement shall become binding on the date first above written and shall continue in force for two years.'), { effectiveDate: '2017-05-04', expiration: '2019-05-04' }),
  probe('binding-present-and-continues', doc(DATED, '3. Term. This Agreement becomes binding on June 1, 2017 and continues for two years.'), { effectiveDate: '2017-06-01', expiration: '2019-06-01' }),
];

runProbes('a start said with apply, binding or operative', PROBES);

const LATER: Probe[] = [
  probe('deemed-to-have-commenced', doc(OPEN, '3. Term. This Agreement shall be deemed to have commenced on March 1, 2019.'), { effectiveDate: '2019-03-01' }),
  probe('term-deemed-to-have-begun-as-of', doc(OPEN, '3. Term. The Term shall be deemed to have begun as of March 1, 2019.'), { effectiveDate: '2019-03-01' }),
  // The date after "effective until" (or "through") ends the contract: it is no start.
  probe('effective-until', doc(OPEN, '3. Term. This Agreement shall be effective until June 1, 2021.'), { effectiveDate: null, expiration: '2021-06-01' }),
  probe('effective-through', doc(OPEN, '3. Term. This Agreement is effective through June 1, 2021.'), { effectiveDate: null }),
  probe('effective-on-until-terminated', doc(OPEN, '3. Term. This Agreement shall be effective on June 1, 2019 until terminated.'), { effectiveDate: '2019-06-01' }),
];

runProbes('a start set before the signing, and an end after "effective until"', LATER);
