/**
 * A phrase of the contract built on a party's name ("Brindle Products", "Brindle's Authorized Use") keeps the party's
 * placeholder for the name and its ordinary words readable; a name of its own (a legal form or a word the contract only
 * capitalises beside the party's name) stays hidden whole. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPartyNames } from '../../../electron/core/privacy/findPartyNames';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const CONTRACT = [
  'SUPPLY AGREEMENT',
  'This Supply Agreement is made on 3 March 2021 between Brindle Quorvane Ltd., a company organised in England ("Brindle"), and Velmora Tek GmbH, a company organised in Germany ("Velmora"). Brindle may perform its obligations through any Brindle Related Company.',
  '1. Supply. A related company of Brindle may deliver the products. Velmora may use the marks that Brindle authorized in writing.',
  'IN WITNESS WHEREOF, the parties have signed this Agreement.',
  'BRINDLE QUORVANE LTD. | VELMORA TEK GMBH',
  'By: ____________ | By: ____________',
];

describe('a phrase of the contract built on a party name', () => {
  it('keeps the ordinary words readable beside the party placeholder', () => {
    const prep = prepareForCloud(paragraphDocument(CONTRACT), { redact: true });
    expect(prep.previewText).not.toMatch(/Brindle|BRINDLE|Quorvane|QUORVANE|Velmora|VELMORA/);
    const brindle = prep.redactions.find((r) => r.original.startsWith('Brindle'))?.placeholder;
    expect(brindle).toBeDefined();
    expect(prep.previewText).toContain(`through any ${brindle} Related Company.`);
    expect(prep.redactions.map((r) => r.original).filter((o) => /Related/.test(o))).toEqual([]);
  });

  it('keeps a run with a word of its own or a legal form a name', () => {
    const names = findPartyNames(
      paragraphDocument([
        'SUPPLY AGREEMENT',
        'This Supply Agreement is made between Brindle Quorvane Ltd. ("Brindle") and Velmora Tek GmbH ("Velmora").',
        'The products are sold under a related brand.',
        'Brindle Zarvex Holdings, Inc. ("Brindle Zarvex") is an affiliate of Brindle.',
        'If to Brindle Products, Inc.: 12 Harrow Lane, Fernmoor.',
      ]),
    ).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Brindle Zarvex Holdings, Inc.']));
    expect(names.some((n) => /^Brindle Products, Inc/.test(n))).toBe(true);
  });
});

describe('a party name inside a phrase the name detectors read', () => {
  const contract = (support: string) => [
    'SUPPLY AGREEMENT',
    'This Supply Agreement is made on 3 March 2021 between Brindle Quorvane Ltd., a company organised in England ("Brindle"), and Velmora Tek GmbH, a company organised in Germany ("Velmora").',
    '1. Data. Velmora may not disclose the data to Ostrander Kell or any other person.',
    support,
    '4. Terms. Each group and each team keeps its systems; support and third party data are described in the schedule.',
  ];

  it('hides the party and keeps the words the contract also writes in lower case', () => {
    const prep = prepareForCloud(paragraphDocument(contract('3. Support. The Brindle Group and the Velmora Systems team meet monthly, and Ostrander Kell answers within one day.')), { redact: true });
    const brindle = prep.redactions.find((r) => r.original.startsWith('Brindle'))!.placeholder;
    const velmora = prep.redactions.find((r) => r.original.startsWith('Velmora'))!.placeholder;
    expect(prep.previewText).toContain(`3. Support. The ${brindle} Group and the ${velmora} Systems team meet monthly`);
    expect(prep.previewText).not.toMatch(/Brindle|Velmora|Ostrander/);
  });

  it('hides the whole name when a word of it is one the contract only capitalises', () => {
    const prep = prepareForCloud(paragraphDocument(contract('3. Support. The Brindle Zarvex Group meets monthly, and Ostrander Kell answers within one day.')), { redact: true });
    expect(prep.previewText).not.toMatch(/Zarvex|Brindle|Ostrander/);
    expect(prep.redactions.map((r) => r.original)).toEqual(expect.arrayContaining([expect.stringMatching(/Brindle Zarvex Group$/)]));
  });
});
