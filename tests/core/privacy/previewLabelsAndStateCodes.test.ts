/**
 * What the cloud preview keeps readable although it stands where names stand, and the names beside it that stay hidden:
 * numbered labels and reference numbers in a signature window, a defined product joined to a word by "and", a legal
 * form the contract uses as its own acronym, a legal form used as the contract's noun ("Neither the Corporation"), and
 * the state codes that are also words (IL, ID, IN, ME, OR), whose addresses are still hidden. Every contract, name and
 * place here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/document';
import { findPartyNames } from '../../../electron/core/privacy/findPartyNames';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const OPENING =
  'This Supply Agreement is made on 3 March 2021 between Kestrel Orchard Holdings, LLC, a Texas limited liability company ("Kestrel"), and Harbor Lane Inc., a Delaware corporation ("Harbor").';

// The recitals end the preamble, whose defined short names are all taken for parties: the clauses after them are read as
// the body of a contract is.
const RECITALS = ['Background.', 'WHEREAS, Kestrel grows seed and Harbor sells it.'];

const withDefinitions = (paragraphs: readonly string[], terms: readonly string[]): ExtractedDocument => ({
  ...paragraphDocument(paragraphs),
  definitions: terms.map((term) => ({ term, blockId: 'p1.2' })),
});
const preview = (doc: ExtractedDocument) => prepareForCloud(doc, { redact: true });
const names = (paragraphs: readonly string[]) => findPartyNames(paragraphDocument(paragraphs)).map((n) => n.name);

describe('labels in a signature window', () => {
  const signed = (lines: readonly string[]) => [
    'SUPPLY AGREEMENT',
    OPENING,
    '1. Delivery. Kestrel shall deliver the Goods to Harbor.',
    'IN WITNESS WHEREOF, the parties have signed this agreement.',
    'KESTREL ORCHARD HOLDINGS, LLC | HARBOR LANE INC.',
    'By: /s/ Imogen R Taverly | By: /s/ Rafe Dunmore',
    ...lines,
  ];

  it('are no names: a numbered tranche or page, a lettered attachment of a series, a form number', () => {
    const found = names(signed(['Tranche 1 | Tranche 2', 'Page 5', 'Attachment D - Product Schedule - QUILLNET A', 'Attachment E - Product Schedule - QUILLNET B', 'Form LAW-2019-3608 | Exhibit III-2', 'TO THE EXTENT THAT SUCH QUILLNET LAWS WOULD APPLY']));
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/Tranche|Page 5|QUILLNET [AB]|LAW-2019|III-2|EXTENT/)]));
    expect(found).toEqual(expect.arrayContaining(['Kestrel Orchard Holdings, LLC', 'Harbor Lane Inc.', 'Imogen R Taverly', 'Rafe Dunmore']));
  });

  it('leave a name with a legal form, a person with a given name and a lettered name alone in its series as names', () => {
    const found = names(signed(['PLAN B CONSULTING LLC', 'Name: Imogen R Taverly', 'QUILLNET A']));
    expect(found).toEqual(expect.arrayContaining(['PLAN B CONSULTING LLC', 'Imogen R Taverly', 'QUILLNET A']));
  });
});

describe('numbered lines of a crafted signature window', () => {
  it('are searched for their series in time that grows with their number, not its square', () => {
    // Letters only, so that each stem is a word of its own: "Quillab", "Quillac", …
    const stem = (i: number) => `Quill${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;
    const cells = Array.from({ length: 20_000 }, (_, i) => `${stem(i)} A`).join(' | ');
    const started = performance.now();
    const found = findPartyNames(paragraphDocument(['SUPPLY AGREEMENT', OPENING, 'IN WITNESS WHEREOF, the parties have signed.', 'By: /s/ Rafe Dunmore', cells]));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(found.length).toBeGreaterThan(1000);
  }, 120_000);
});

describe('a defined product named with a word by "and"', () => {
  const doc = (product: string, terms: readonly string[]) =>
    withDefinitions(
      [
        'LICENSE AGREEMENT',
        OPENING,
        ...RECITALS,
        `1. Definitions. "${product}" means the hosted catalogue service of Kestrel.`,
        `2. Notices. Notices shall be addressed to the attention of the other party. Harbor supports the Software and ${product}.`,
        'If to Harbor: Harbor Lane Inc., Attention: Legal Department.',
      ],
      terms,
    );

  it('is sent as it is when the contract defines it', () => {
    const prep = preview(doc('Quillnet.net Service', ['Quillnet.net Service']));
    expect(prep.previewText).toContain('the Software and Quillnet.net Service');
    expect(prep.previewText).not.toMatch(/Kestrel|Harbor/);
  });

  it('is hidden when the contract does not define it', () => {
    expect(preview(doc('Quillnet.net Service', [])).previewText).not.toContain('Quillnet');
  });
});

describe('a legal form the contract uses as its own acronym', () => {
  const doc = (extra: string) =>
    paragraphDocument([
      'COLLABORATION AGREEMENT',
      OPENING,
      ...RECITALS,
      '1. Governance. The parties shall form a Joint Steering Committee ("JSC") of three members each.',
      '2. Reports. Through the JSC, the Parties shall agree on a form of report. The Disputed JSC Matter goes to the chief executives.',
      extra,
    ]);

  it('ends no name: "Through the JSC" is sent as it is', () => {
    const prep = preview(doc('3. Term. This agreement runs for two years.'));
    expect(prep.previewText).toContain('Through the JSC, the Parties');
    expect(prep.previewText).toContain('The Disputed JSC Matter');
  });

  it('still ends a company’s name where the contract has no such acronym', () => {
    const prep = preview(
      paragraphDocument(['COLLABORATION AGREEMENT', OPENING, ...RECITALS, '1. Supply. Kestrel buys the seed from Orlova Trading JSC, which ships it to Harbor.']),
    );
    expect(prep.previewText).not.toMatch(/Orlova/);
  });
});

describe('a legal form used as the contract’s noun', () => {
  const doc = paragraphDocument([
    'UNDERWRITING AGREEMENT',
    'This Underwriting Agreement is made on 3 March 2021 between Kestrel Orchard Corporation, a Delaware corporation ("Kestrel"), and Harbor Lane Inc. ("Harbor").',
    ...RECITALS,
    '1. Representations. Neither the Corporation nor any of its affiliates has been subject to any order. To the knowledge of the Corporation, the Corporation’s business is as described in the Public Record, the Corporation is its owner.',
    '2. Each Group Company may enforce this clause. Each of Kestrel Orchard Corporation and Fenwick Bay Corporation shall sign.',
  ]);

  it('is sent as it is, and the companies stay hidden', () => {
    const text = preview(doc).previewText;
    expect(text).toContain('Neither the Corporation nor');
    expect(text).toContain('To the knowledge of the Corporation, the Corporation’s business');
    expect(text).toContain('the Public Record, the Corporation is');
    expect(text).toContain('Each Group Company may');
    expect(text).not.toMatch(/Kestrel|Fenwick|Harbor/);
  });
});

describe('the town of the address a short name follows', () => {
  const doc = (party: string) =>
    paragraphDocument([
      'SUPPLY AGREEMENT',
      `This Supply Agreement is made between ${party}, a Delaware corporation with offices at 12 Quarry Lane, Fernmoor, CA 94999 ("QXL"), and Harbor Lane Inc. ("Harbor").`,
      ...RECITALS,
      '1. Delivery. QXL shall deliver the Goods to Harbor from its plant in Fernmoor.',
    ]);

  it('is no party: it stays readable, and the parties are hidden', () => {
    const prep = preview(doc('Quillon Exelby Inc.'));
    expect(prep.previewText).toContain('its plant in Fernmoor.');
    expect(prep.previewText).not.toMatch(/Quillon|Exelby|QXL|Harbor|Quarry|94999/);
  });

  it('leaves a company named before a state with its form hidden', () => {
    const prep = preview(
      paragraphDocument(['SUPPLY AGREEMENT', 'This Supply Agreement is made between Kestrel Orchard LLC, Texas ("KOL"), and Harbor Lane Inc. ("Harbor").', ...RECITALS, '1. Kestrel Orchard LLC and KOL deliver.']),
    );
    expect(prep.previewText).not.toMatch(/Kestrel|KOL|Harbor/);
  });
});

describe('state codes that are also words', () => {
  const doc = (code: string, zip: string) =>
    paragraphDocument([
      'SUPPLY AGREEMENT',
      `This Supply Agreement is made between Kestrel Orchard Holdings, LLC, a Delaware limited liability company with its headquarters at 1900 Wren Field Court, Lake Ashby, ${code} ${zip} ("Seller"), and Harbor Lane Inc., a Delaware corporation ("Buyer").`,
      '1. Delivery. Seller shall deliver the Goods to Buyer.',
      `9. Notices. If to Buyer: Harbor Lane Inc., 12 Birch Road, Fernmoor, ${code} ${zip}, Attention: Rafe Dunmore.`,
    ]);

  for (const [code, zip] of [['IL', '60999'], ['ID', '83999'], ['IN', '46999'], ['ME', '04999'], ['OR', '97999']] as const) {
    it(`${code}: the state stays readable and the street line, the ZIP code and the parties are hidden`, () => {
      const prep = preview(doc(code, zip));
      expect(prep.previewText).toMatch(new RegExp(`Lake Ashby, ${code} \\[ADDRESS_\\d+\\]`));
      expect(prep.previewText).not.toMatch(new RegExp(`Wren|Birch|${zip}|Kestrel|Harbor|Dunmore`));
      expect(prep.redactions.map((r) => r.original)).not.toContain(code);
    });
  }

  it('are still a party’s short name where the contract defines one', () => {
    const prep = preview(
      paragraphDocument([
        'SUPPLY AGREEMENT',
        'This Supply Agreement is made between Imaging Devices LLC, a Delaware limited liability company ("ID"), and Harbor Lane Inc. ("Harbor").',
        '1. Delivery. ID shall deliver the Goods to Harbor. ID bears the risk until delivery.',
      ]),
    );
    expect(prep.previewText).not.toMatch(/\bID\b|Imaging|Harbor/);
  });
});
