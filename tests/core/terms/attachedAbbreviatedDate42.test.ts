import { describe, expect, it } from 'vitest';
import { attachedInstrumentStart } from '../../../electron/core/terms/attachedInstrument';
import { makeDoc } from './docFixture';

// A short contract whose opening does not name itself with a capital ("This letter amendment is made effective …") is
// recognised by "made … between"; a month written short ("Dec. 9, 2020") must not end that sentence, or a form
// attached after the contract is read as part of it. Every text here is written for the test.

const clauses = Array.from({ length: 4 }, (_, k) => `${k + 1}. Each party shall perform its duties under clause ${k + 1} of the Supply Agreement with reasonable care and skill, and shall keep the other informed of any delay.`);

const form = [
  'EXHIBIT C',
  'FORM OF CONFIDENTIALITY UNDERTAKING',
  'This Confidentiality Undertaking (this "Undertaking") is made as of [__________], 20[__] by and between [RECIPIENT] ("Recipient") and [DISCLOSER] ("Discloser").',
  '1. Term. This Undertaking shall continue for three (3) years and shall automatically renew for successive one (1) year periods unless either party gives the other sixty (60) days\' written notice of non-renewal.',
  '2. Law. This Undertaking shall be governed by the laws of the State of Nevada, and each party submits to the courts of that State for any dispute arising under it or in connection with it, whether in contract or otherwise.',
  '3. Notices. Every notice under this Undertaking shall be in writing and delivered by hand or by courier to the address of the party set out above, or to such other address as that party names by notice.',
  '4. Entire agreement. This Undertaking is the whole agreement of the parties on its subject and replaces every earlier understanding between them, whether written or oral.',
  'IN WITNESS WHEREOF, the parties have signed this Undertaking as of the date first written above.',
];

const doc = (opening: string) => makeDoc(['AMENDMENT TO SECTION 4 OF THE SUPPLY AGREEMENT', opening, ...clauses, ...form]);

describe('an attached form after a contract dated with an abbreviated month', () => {
  it('starts at the caption when the opening writes "Dec. 9, 2020", as with "December 9, 2020"', () => {
    for (const date of ['December 9, 2020', 'Dec. 9, 2020']) {
      const d = doc(`This letter amendment to Section 4 of the Supply Agreement is made effective ${date} by and between Harbor Lane Inc. ("Harbor") and Nordlicht GmbH ("Nordlicht").`);
      expect(d.blocks[attachedInstrumentStart(d.blocks)]?.text).toBe('EXHIBIT C');
    }
  });

  it('does not read an opening across a full stop that ends a sentence', () => {
    const d = doc('This letter amendment to Section 4 of the Supply Agreement is made effective today. It settles a question between Harbor Lane Inc. and Nordlicht GmbH.');
    expect(attachedInstrumentStart(d.blocks)).toBe(d.blocks.length);
  });
});
