/**
 * What the cloud preview hides no more than it must. Two parties a sentence names together ("Quillmarsh and Velmora shall
 * meet") are two names with two placeholders, so the model can still tell them apart; a name that holds "and" itself stays
 * one. The document defining itself ("This Study Order (“Study Order”)"), a phrase of ordinary words the contract also
 * writes in lower case, a department a notice goes to and the town of an address stay readable. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../../electron/core/privacy/findNames';
import { opensWithState } from '../../../electron/core/privacy/findAddresses';
import { findPartyNames } from '../../../electron/core/privacy/findPartyNames';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const preview = (paragraphs: readonly string[]) => prepareForCloud(paragraphDocument(['SUPPLY AGREEMENT', ...paragraphs]), { redact: true });
const partyNames = (paragraphs: readonly string[]) => findPartyNames(paragraphDocument(['SUPPLY AGREEMENT', ...paragraphs])).map((n) => n.name);

const TWO_PARTIES = [
  'This Supply Agreement is made on 3 March 2021 between Quillmarsh Holdings, Inc., a Delaware corporation ("Quillmarsh"), and Velmora Tek GmbH, a company organised in Germany ("Velmora").',
  '1. Meetings. Quillmarsh and Velmora shall meet every quarter. Each of Quillmarsh and Velmora bears its own costs.',
  '2. Supply. Velmora delivers the Goods and Quillmarsh pays for them within 30 days.',
  'IN WITNESS WHEREOF, QUILLMARSH AND VELMORA have signed this Agreement.',
];

describe('two parties named together', () => {
  it('gives each its own placeholder wherever a sentence names them together', () => {
    const prep = preview(TWO_PARTIES);
    expect(prep.previewText).not.toMatch(/Quillmarsh|Velmora|QUILLMARSH|VELMORA/);
    expect(prep.redactions.map((r) => r.original).filter((o) => / and /i.test(o))).toEqual([]);
    const together = /(\[ORG_\d+\]) and (\[ORG_\d+\]) shall meet/.exec(prep.previewText);
    expect(together).not.toBeNull();
    expect(together![1]).not.toBe(together![2]);
    // The later sentence names the same two parties with the same two placeholders.
    expect(prep.previewText).toContain(`${together![2]} delivers the Goods and ${together![1]} pays`);
  });

  it('splits a run of names, also after a role or a title, and keeps a name that holds "and" whole', () => {
    expect(partyNames(TWO_PARTIES)).not.toContain('Quillmarsh and Velmora');
    const titled = partyNames([
      'This Agreement is made between Quillmarsh Holdings, Inc. ("Quillmarsh") and Velmora Tek GmbH ("Velmora").',
      'Quillmarsh and Velmora Roundel Marketing Agreement',
      'Licensor and Velmora shall agree the plan.',
    ]);
    expect(titled).not.toContain('Quillmarsh and Velmora Roundel Marketing Agreement');
    expect(titled).toEqual(expect.arrayContaining(['Quillmarsh', 'Velmora']));
    // Neither part of "Orchard and Meadow Research Trust" is a name on its own: it is one body's name.
    const one = partyNames(['This Agreement is made between Quillmarsh Holdings, Inc. and the Orchard and Meadow Research Trust (the "Trust").']);
    expect(one).toContain('Orchard and Meadow Research Trust');
    expect(one).not.toContain('Orchard');
  });
});

describe('what a definition names that is no party', () => {
  it('keeps the document defining itself readable', () => {
    const prep = preview([
      'This Agreement is made between Quillmarsh Holdings, Inc. ("Quillmarsh") and Velmora Tek GmbH ("Velmora").',
      '1. Studies. Each study is set out in a Study Order.',
      ...Array.from({ length: 30 }, (_, k) => `${k + 2}. Terms. Clause ${k + 2} applies to each study.`),
      'STUDY ORDER',
      'This Study Order ("Study Order") is entered into by and between Quillmarsh and Velmora under the Agreement.',
      'The Study Order sets out the budget of the study.',
    ]);
    expect(prep.previewText).toContain('The Study Order sets out the budget');
    expect(prep.previewText).not.toMatch(/Quillmarsh|Velmora/);
  });

  it('keeps a phrase of ordinary words the contract writes in lower case, not a party’s short name', () => {
    const prep = preview([
      'This Agreement is made between Quillmarsh Holdings, Inc. ("Quillmarsh") and Western Orchard Supply ("Western Orchard").',
      'Goods are sold at the prices in the then-current price list of Quillmarsh (the "Price List").',
      'Quillmarsh may change the Price List on notice. Western Orchard may object within ten days.',
    ]);
    expect(prep.previewText).toContain('may change the Price List on notice');
    expect(prep.previewText).not.toMatch(/Quillmarsh|Western Orchard/);
  });
});

describe('departments and towns stay readable, people do not', () => {
  it('reads a department a notice goes to as no one, unless a name is in it', () => {
    expect(findNames('Attention: Legal Department', { nlp: false })).toEqual([]);
    expect(findNames('Attn: Accounts Payable', { nlp: false })).toEqual([]);
    expect(findNames('Attention: Imogen Taverly', { nlp: false }).map((s) => s.value)).toEqual(['Imogen Taverly']);
    expect(findNames('Attention: Quillmarsh Traffic Department', { nlp: false }).map((s) => s.value)).toEqual(['Quillmarsh Traffic Department']);
  });

  it('leaves the town of an address that the tagger takes for a person, and keeps a person with a degree', () => {
    expect(findNames('Notices go to 40 Elm Road, Gregory Hollis, CA 94063.').map((s) => s.value)).not.toContain('Gregory Hollis');
    expect(findNames('Payment is due to Rowena Hollis on the first day.').map((s) => s.value)).toContain('Rowena Hollis');
    expect(findNames('Consultant: Dr. Imogen Taverly, MD will attend.').map((s) => s.value)).toContain('Imogen Taverly');
  });

  it('knows a state after a town by its name, or by its code with a ZIP code', () => {
    expect(opensWithState(', California 94063')).toBe(true);
    expect(opensWithState(', CA 94063')).toBe(true);
    expect(opensWithState(' IL 60045')).toBe(true);
    expect(opensWithState(', MD will attend')).toBe(false);
    expect(opensWithState(' and Velmora')).toBe(false);
  });
});
