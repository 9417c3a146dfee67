/**
 * Term, renewal and law wordings of session 38, each rule both ways, in short invented contracts read as plain text.
 */
import { afterAll, expect, it } from 'vitest';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { contractText, expectProbe, probe, runProbes, type Probe } from './probeValue';

afterAll(() => shutdownParseWorker());

const OPEN = 'This Services Agreement (the "Agreement") is entered into as of March 2, 2015 between Kestrel Data Inc. ("Kestrel") and Harrow Bank ("Harrow").';
const doc = (...paras: string[]): string => contractText('SERVICES AGREEMENT', ...paras);

const PROBES: Probe[] = [
  // --- services that carry on past the term's end are not the term
  probe(
    'transition-after-term',
    doc(OPEN, '1. "Go-Live Date" shall mean the date on which the conversion of all branches is completed. "Term" shall mean the period commencing on the date hereof and ending on the fifth anniversary of the Go-Live Date.', '11.4 At the written request of Harrow, given at least 90 days prior to expiration of the Term of the Agreement, Kestrel shall continue to provide Harrow all Services at the rates set forth in this Agreement, for a maximum period of six (6) months.'),
    { expiration: null },
  ),
  probe('term-for-a-period', doc(OPEN, '2. Term. This Agreement shall continue for a period of three (3) years, and either party may give notice at least 90 days prior to the expiration of the Term.'), { expiration: '2018-03-02' }),
  // --- a renewal "without further action" is automatic
  probe(
    'renew-without-action-aside',
    doc(OPEN, '2. Term. This Agreement shall continue for two (2) years and shall, without further action by either party, renew for successive one (1) year periods unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.'),
    { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' },
  ),
  probe('renewed-without-act-after', doc(OPEN, '2. Term. This Agreement shall continue for two (2) years and thereafter shall be renewed without any further act of the parties for additional terms of one (1) year each.'), { renewal: '1 year each, automatic*' }),
  probe('option-beside-without-action', doc(OPEN, '2. Term. This Agreement shall continue for two (2) years. Harrow may renew this Agreement for one additional period of two (2) years by written notice given without further action by Kestrel.'), { renewal: '2 years each, by option*' }),
  // --- a start "deemed" effective
  probe('deemed-effective-from', doc('This Services Agreement is made on March 2, 2015 between Kestrel Data Inc. ("Kestrel") and Harrow Bank ("Harrow").', '2. Term. This Agreement shall be deemed effective from April 1, 2015 and shall continue for two (2) years.'), { effectiveDate: '2015-04-01', expiration: '2017-04-01' }),
  probe('deemed-effective-first-written', doc('This Services Agreement is made on March 2, 2015 between Kestrel Data Inc. ("Kestrel") and Harrow Bank ("Harrow").', '2. Term. This Agreement shall be deemed effective from the date first above written and shall continue until terminated.'), { effectiveDate: '2015-03-02' }),
  probe('notice-deemed-effective', doc('This Services Agreement is made between Kestrel Data Inc. ("Kestrel") and Harrow Bank ("Harrow").', '9. Notices. A notice shall be deemed effective from the day after it is sent by courier.'), { effectiveDate: null }),
];

runProbes('session 38 term wordings', PROBES);

it('a renewal read through "without further action" still shows its sentence as written', async () => {
  const sentence = 'This Agreement shall, without further action by either party, renew for successive one (1) year periods.';
  const terms = await expectProbe(doc(OPEN, '2. Term. This Agreement shall continue for two (2) years.', `3. Renewal. ${sentence}`), { renewal: '1 year each, automatic, successive' });
  expect(terms.renewal?.text).toContain(sentence);
});
