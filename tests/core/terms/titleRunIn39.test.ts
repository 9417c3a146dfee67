/**
 * A title run into the text after it, with the date written year first (session 39): "ORCHARD AGREEMENT 2016-05-25 …"
 * ends the title at the date as "ORCHARD AGREEMENT May 25, 2016 …" does. A number that only looks like a date's start
 * ("2016-0525") ends nothing. Every contract is invented and read from plain text.
 */
import { contractText as k, probe as p, runProbes, type Probe } from './probeValue';

const BODY = Array.from({ length: 12 }, (_, i) => `${i + 1}. Clause ${i + 1}. Kestrel shall supply the seedlings set out in Schedule ${i + 1} to the Agent.`);
/** A letter agreement's cover run into one line, as a text that lost its line breaks gives it; `date` stands after the title. */
const cover = (date: string): string =>
  `Exhibit 1.1 400,000 Shares KESTREL ORCHARD TRUST, INC. 7.5% Series A Preferred Stock ORCHARD AGREEMENT ${date} Harlow Securities LLC 12 Elm Road Springfield As Sales Agent Dear Ladies and Gentlemen: Kestrel Orchard Trust, Inc. (the "Company") agrees with you as follows.`;

const PROBES: Probe[] = [
  // --- fired: the date after the title, however it is written
  p('year-first-with-dashes', k(cover('2016-05-25'), ...BODY), { title: 'ORCHARD AGREEMENT', agreementDate: '2016-05-25' }),
  p('year-first-with-slashes', k(cover('2016/05/25'), ...BODY), { title: 'ORCHARD AGREEMENT' }),
  p('month-first-in-words', k(cover('May 25, 2016'), ...BODY), { title: 'ORCHARD AGREEMENT', agreementDate: '2016-05-25' }),
  // --- not fired: a reference number that is no date
  p('number-not-a-date', k(cover('2016-0525'), ...BODY), { title: null }),
];

runProbes('titleRunIn39: a run-in title before a date written year first', PROBES);
