/**
 * What the cloud preview keeps readable and how it names each party. A place written out ("the Russian Federation",
 * "the Republic of Korea and the United Kingdom") is the contract's meaning (where goods come from, which law governs),
 * not a party's identity, so it is sent as it is; a place before ", and" is never read into the next party's name; a
 * company written with its form first and its quoted name ('OOO "Kestrel Neft"') and the joint-stock forms after a name
 * ("Volga Kestrel OJSC") keep one placeholder when the contract later calls them by name alone. Every contract here is
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { findNames } from '../../../electron/core/privacy/findNames';
import { isDescription, isPlaceName } from '../../../electron/core/privacy/nameLexicon';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const preview = (paragraphs: readonly string[]) => prepareForCloud(paragraphDocument(['SUPPLY AGREEMENT', ...paragraphs]), { redact: true });

describe('places written out stay readable', () => {
  it('sends a governing state and a list of countries as they are, and hides the parties', () => {
    const prep = preview([
      'This Supply Agreement is made on 3 March 2021 between Kestrel Orchard Holdings, LLC, a limited liability company organized under the laws of the State of Texas, and Harbor Lane Inc., a Delaware corporation (the "Buyer").',
      '1. Supply. Kestrel Orchard shall deliver the Goods to Harbor Lane. The Goods come from the Republic of Korea and the Russian Federation and the United Kingdom.',
    ]);
    expect(prep.previewText).toContain('the State of Texas, and [ORG_');
    expect(prep.previewText).toContain('from the Republic of Korea and the Russian Federation and the United Kingdom.');
    expect(prep.previewText).not.toMatch(/Kestrel|Harbor/);
    // One placeholder per party: the name in the opening and the name alone later are the same party.
    expect(prep.redactions.map((r) => r.original).sort()).toEqual(['Harbor Lane Inc.', 'Kestrel Orchard Holdings, LLC']);
  });

  it('reads a formal place name as a place, and a name with a place in it as a name', () => {
    expect(isPlaceName('the Russian Federation')).toBe(true);
    expect(isPlaceName("People's Republic of China")).toBe(true);
    expect(isPlaceName('Republic of Korea and the United Kingdom')).toBe(true);
    expect(isPlaceName('New South Wales')).toBe(true);
    expect(isPlaceName('Korea Kestrel Bank')).toBe(false);
    expect(isPlaceName('Republic Federation')).toBe(false);
    expect(isPlaceName('Russian Kestrel Holdings')).toBe(false);
  });

  it('still finds a company whose name holds a comma, and a list of two companies as two', () => {
    const values = (t: string) => findNames(t, { nlp: false }).map((s) => s.value);
    expect(values('Counsel is Quill, Ardent & Vane LLP of Boston.')).toContain('Quill, Ardent & Vane LLP');
    expect(values('between Nordlicht, and Harbor Lane Inc., a Delaware corporation')).toEqual(['Harbor Lane Inc.']);
  });
});

describe('a company written with its form first, and the joint-stock forms', () => {
  it('gives the quoted name and the name alone one placeholder', () => {
    const prep = preview([
      'This Supply Agreement is made on 3 March 2021 between OOO "Severny Kestrel", a company organized under the laws of the Russian Federation (the "Supplier"), Volga Kestrel OJSC (the "Carrier") and Harbor Lane Inc., a Delaware corporation (the "Buyer").',
      '1. Supply. Severny Kestrel shall deliver the Goods to the Buyer. Volga Kestrel shall carry them.',
    ]);
    expect(prep.previewText).not.toMatch(/Severny|Volga|Kestrel|Harbor/);
    expect(prep.previewText).toContain('the laws of the Russian Federation');
    expect(prep.redactions.map((r) => r.original).sort()).toEqual(['Harbor Lane Inc.', 'OOO "Severny Kestrel"', 'Volga Kestrel OJSC']);
    const supplier = prep.redactions.find((r) => r.original === 'OOO "Severny Kestrel"')!.placeholder;
    expect(prep.previewText).toContain(`1. Supply. ${supplier} shall deliver`);
  });

  it('reads crafted runs in linear time', () => {
    const start = Date.now();
    findNames(`${'Kestrel, '.repeat(30000)}Inc.`, { nlp: false });
    findNames(`${'Kestrel, and '.repeat(30000)}Inc.`, { nlp: false });
    isPlaceName('Republic of '.repeat(50000));
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

describe('what describes a party or points into the contract is no name', () => {
  it('reads a place with legal forms, a town with its state and a section reference as descriptions', () => {
    for (const d of ['Delaware Corporation', 'a Nevada Limited Liability Company', 'Delaware General Corporation Law', 'Russian joint stock company', 'Springfield, Illinois', 'Section 3.1.2(a)', 'Exhibit B-2']) expect(isDescription(d), d).toBe(true);
  });
  it('keeps a name that has a word of its own, and a person with a place', () => {
    for (const n of ['Delaware Trust Company', 'Texas Kestrel Instruments Incorporated', 'Harbor Lane Inc.', 'Nordlicht GmbH', 'Ann Lee', 'Kestrel Holdings, Delaware', 'Section Eight Kestrel Partners LLC']) expect(isDescription(n), n).toBe(false);
  });
  it('sends "a Nevada corporation" and the town as they are, and hides the parties', () => {
    const prep = preview([
      'This Agreement is made on June 1, 2021 between Kestrel Orchard, Inc., a Nevada Corporation, of Springfield, Illinois, and Harbor Lane LLC, a Delaware Limited Liability Company (the "Buyer").',
      '1. Supply. Kestrel Orchard shall deliver the Goods to the Buyer as set out in Section 4.2(a).',
    ]);
    expect(prep.previewText).toContain('a Nevada Corporation, of Springfield, Illinois, and [ORG_');
    expect(prep.previewText).toContain('a Delaware Limited Liability Company (the "Buyer")');
    expect(prep.previewText).toContain('Section 4.2(a).');
    expect(prep.previewText).not.toMatch(/Kestrel|Harbor/);
  });
});
