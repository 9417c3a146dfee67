/**
 * Term, renewal and law wordings of session 38, each rule both ways, in short invented contracts read as plain text.
 */
import { afterAll, expect, it } from 'vitest';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { contractText, expectProbe, probe, runProbes, type Probe } from './probeValue';

afterAll(() => shutdownParseWorker());

const OPEN = 'This Services Agreement (the "Agreement"), dated as of March 2, 2015, is between Kestrel Data Inc. ("Kestrel") and Harrow Bank ("Harrow").';
const doc = (...paras: string[]): string => contractText('SERVICES AGREEMENT', ...paras);
/** The opening with the contract's own start named, so that an anniversary of another start is not read from it. */
const OPEN_EFFECTIVE = 'This Services Agreement (the "Agreement"), dated as of March 2, 2015 (the "Effective Date"), is between Kestrel Data Inc. ("Kestrel") and Harrow Bank ("Harrow").';

const PROBES: Probe[] = [
  // --- services that carry on past the term's end are not the term
  probe(
    'transition-after-term',
    doc(OPEN, '1. "Go-Live Date" shall mean the date on which the conversion of all branches is completed. "Term" shall mean the period that starts on the date hereof and ends on the fifth anniversary of the Go-Live Date.', '11.4 If Harrow so asks by a letter sent no later than 90 days prior to expiry of the Term of the Agreement, Kestrel shall keep running the Services for Harrow at the prices in Schedule 2, for a maximum period of four (4) months.'),
    { expiration: null },
  ),
  probe('term-for-a-period', doc(OPEN, '2. Term. This Agreement shall run for a period of three (3) years, and Harrow may send its plans to Kestrel 90 days ahead of the expiry of the Term.'), { expiration: '2018-03-02' }),
  // --- a renewal "without further action" is automatic
  probe(
    'renew-without-action-aside',
    doc(OPEN, '2. Term. This Agreement shall continue for two (2) years and shall, without further action by either party, renew for successive one (1) year periods unless Kestrel or Harrow sends the other a notice of non-renewal 60 days or more before the current period closes.'),
    { renewal: '1 year each, automatic, successive', renewalNotice: '60 days' },
  ),
  probe('renewed-without-act-after', doc(OPEN, '2. Term. This Agreement shall continue for two (2) years and thereafter shall be renewed without any further act of the parties for additional terms of one (1) year each.'), { renewal: '1 year each, automatic*' }),
  probe('option-beside-without-action', doc(OPEN, '2. Term. This Agreement shall continue for two (2) years. Harrow may renew this Agreement for one additional period of two (2) years by written notice given without further action by Kestrel.'), { renewal: '2 years each, by option*' }),
  // --- a start "deemed" effective
  probe('deemed-effective-from', doc('This Services Agreement is made on March 2, 2015 between Kestrel Data Inc. ("Kestrel") and Harrow Bank ("Harrow").', '2. Term. This Agreement shall be deemed effective from April 1, 2015 and shall continue for two (2) years.'), { effectiveDate: '2015-04-01', expiration: '2017-04-01' }),
  probe('deemed-effective-first-written', doc('This Services Agreement is made on March 2, 2015 between Kestrel Data Inc. ("Kestrel") and Harrow Bank ("Harrow").', '2. Term. This Agreement shall be deemed effective from the date first written above.'), { effectiveDate: '2015-03-02' }),
  probe('notice-deemed-effective', doc('This Services Agreement is made between Kestrel Data Inc. ("Kestrel") and Harrow Bank ("Harrow").', '9. Notices. A notice shall be deemed effective from the day after it is sent by courier.'), { effectiveDate: null }),
  // --- a start defined by an event, with the parties' estimate of its date
  probe(
    'anniversary-of-expected-start',
    doc(OPEN_EFFECTIVE, '1. "Commencement Date" shall mean the date on which the conversion of all branches is completed. Kestrel and Harrow anticipate the Commencement Date to be June 1, 2015.', '2. "Term" shall mean the period that starts on the date hereof and ends on the fifth anniversary of the Commencement Date.'),
    { expiration: '2020-06-01' },
  ),
  probe(
    'anniversary-of-event-start-no-estimate',
    doc(OPEN_EFFECTIVE, '1. "Commencement Date" shall mean the date on which the conversion of all branches is completed. The parties expect the conversion to be smooth.', '2. "Term" shall mean the period that starts on the date hereof and ends on the fifth anniversary of the Commencement Date.'),
    { expiration: '2020-03-02' },
  ),
];

runProbes('session 38 term wordings', PROBES);

it('a renewal read through "without further action" still shows its sentence as written', async () => {
  const sentence = 'This Agreement shall, without further action by either party, renew for successive one (1) year periods.';
  const terms = await expectProbe(doc(OPEN, '2. Term. This Agreement shall continue for two (2) years.', `3. Renewal. ${sentence}`), { renewal: '1 year each, automatic, successive' });
  expect(terms.renewal?.text).toContain(sentence);
});
