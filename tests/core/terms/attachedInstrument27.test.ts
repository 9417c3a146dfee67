import { describe, expect, it } from 'vitest';
import { attachedInstrumentStart } from '../../../electron/core/terms/attachedInstrument';
import { expectProbe, probe, runProbes } from './probeValue';
import { makeDoc } from './docFixture';

// An instrument attached after a contract (the form of another agreement, with its own parties, date, term, renewal
// and law) is not the contract: its values are not the contract's. An attachment that completes the contract (an order
// form "to the Agreement", a schedule of prices) is read with it, and a list of exhibits before the opening is no
// attachment.

const body = Array.from({ length: 8 }, (_, k) => `${k + 3}. Covenant ${k + 1}. Each party shall perform its duties under this clause with reasonable care and skill, and shall keep the other informed of any matter that may delay that performance.`);

const contract = (...clauses: string[]): string[] => [
  'EQUIPMENT SERVICING AGREEMENT',
  'This Equipment Servicing Agreement (the "Agreement") is made as of March 2, 2021 between Tallis Rotorcraft Inc., a Delaware corporation ("Tallis"), and Bream Field Services LLC, an Idaho limited liability company ("Bream").',
  ...clauses,
  ...body,
  'IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.',
  'TALLIS ROTORCRAFT INC.\nBy: ______________\nName:\nTitle:',
];

const form = [
  'EXHIBIT B',
  'FORM OF SITE ACCESS AGREEMENT',
  'This Site Access Agreement (this "Access Agreement") is made as of [__________], 20[__] by and between [SITE OWNER], a [_______] ("Owner"), and [CONTRACTOR] ("Contractor").',
  '1. Term. This Access Agreement shall remain in effect for two (2) years and shall renew automatically for successive six (6) month periods unless either party gives thirty (30) days\' written notice of non-renewal.',
  '2. Law. This Access Agreement shall be governed by the laws of the State of Vermont.',
  'IN WITNESS WHEREOF, the parties have signed this Access Agreement.',
];

/** The plain text of a contract made of these paragraphs. */
const contractText = (...paras: string[]): string => `${paras.join('\n\n')}\n`;

const term = '1. Term. This Agreement shall commence on the date above and continue for three (3) years.';
const law = '2. Governing Law. This Agreement shall be governed by the laws of the State of Oregon.';

runProbes('a form of another agreement attached after the contract', [
  probe('the contract\'s own law, term and parties, not the form\'s', contractText(...contract(term, law), ...form), {
    agreementDate: '2021-03-02',
    expiration: '2024-03-02',
    governingLaw: 'Oregon, United States',
    renewal: null,
    renewalNotice: null,
  }),
  probe('no law and no renewal where the contract states none, whatever the form says', contractText(...contract(term), ...form), {
    governingLaw: null,
    renewal: null,
    renewalNotice: null,
  }),
  probe('a contract that opens otherwise ("The undersigned agree") keeps its own parties', contractText(
    'JOINT MARKETING LETTER',
    'The undersigned, Halvard Optics Ltd and Pell Street Media Inc., hereby agree to market the Halvard lens line together on the terms below, and each of them shall bear its own costs of doing so.',
    ...body,
    law,
    'HALVARD OPTICS LTD\nBy: ____________',
    ...form,
  ), { governingLaw: 'Oregon, United States', renewal: null }),
]);

runProbes('an attachment that completes the contract is read with it', [
  probe('an order form "to the Agreement" gives the term it sets out', contractText(
    ...contract(law),
    'EXHIBIT A',
    'ORDER FORM',
    'This Order Form to the Equipment Servicing Agreement by and between Tallis Rotorcraft Inc. and Bream Field Services LLC sets out the services ordered. The Agreement shall expire on December 31, 2023.',
  ), { expiration: '2023-12-31', governingLaw: 'Oregon, United States' }),
]);

describe('the parties of a contract with a form attached', () => {
  it('are the contract\'s, not the form\'s blanks', async () => {
    const terms = await expectProbe(contractText(...contract(term, law), ...form), {});
    expect(terms.parties?.value).toEqual([
      { name: 'Tallis Rotorcraft Inc.', role: 'Tallis' },
      { name: 'Bream Field Services LLC', role: 'Bream' },
    ]);
  });
});

describe('attachedInstrumentStart', () => {
  it('finds the caption of a form attached after the contract', () => {
    const doc = makeDoc([...contract(term, law), ...form]);
    expect(doc.blocks[attachedInstrumentStart(doc.blocks)]!.text).toBe('EXHIBIT B');
  });

  it('finds none in a list of exhibits before the contract\'s opening, or in a schedule with no opening of its own', () => {
    const exhibits = ['TABLE OF CONTENTS', ...body.map((b) => b.slice(0, 40)), 'Exhibit A Form of Site Access Agreement', 'Exhibit B Prices'];
    const withList = makeDoc([...exhibits, ...contract(term, law)]);
    expect(attachedInstrumentStart(withList.blocks)).toBe(withList.blocks.length);
    const withSchedule = makeDoc([...contract(term, law), 'SCHEDULE 1', 'PRICES', 'Each service visit is charged at $450, and parts at cost plus ten percent.']);
    expect(attachedInstrumentStart(withSchedule.blocks)).toBe(withSchedule.blocks.length);
  });

  it('takes a line that a reference to an appendix begins, and "all that was agreed between the parties", for no attachment', () => {
    const doc = makeDoc([...contract(term, law).slice(0, -2), 'APPENDIX C or any later list the Buyer issues.', '14. Whole Agreement. This Agreement with its Schedules is all that was agreed between the parties, as executed by them.', ...contract(term, law).slice(-2)]);
    expect(attachedInstrumentStart(doc.blocks)).toBe(doc.blocks.length);
  });

  it('past half of a contract whose opening reads otherwise, finds a form naming another instrument, not its own name', () => {
    const own = ['SUPPLY TERMS', 'Corvane Metals Inc. and Tulloch Forge LLC set out below the terms on which Corvane supplies steel to Tulloch.', ...body];
    const withForm = makeDoc([...own, ...form]);
    expect(withForm.blocks[attachedInstrumentStart(withForm.blocks)]!.text).toBe('EXHIBIT B');
    const withOwnOpening = makeDoc([{ text: 'SITE ACCESS AGREEMENT', kind: 'heading' }, ...body.map((b) => `Schedule ${b}`), 'Schedule 9', 'This Site Access Agreement is made as of May 1, 2021 between Orrin Ltd and Pell LLC.']);
    expect(attachedInstrumentStart(withOwnOpening.blocks)).toBe(withOwnOpening.blocks.length);
  });

  it('takes a filing\'s exhibit number over the contract for no attachment', () => {
    const doc = makeDoc(['Cover note of the filing, '.repeat(40), 'EXHIBIT 10.4', ...contract(term, law)]);
    expect(attachedInstrumentStart(doc.blocks)).toBe(doc.blocks.length);
  });
});
