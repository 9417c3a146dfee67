/**
 * What the cloud preview keeps readable although it looks like a name: a public body, a court or an association named
 * in ordinary words (where a dispute goes, who regulates a party), a role written as a defined term ("Paying Agent",
 * "Issuing Bank"), a town and its state code without a comma ("Fernbrook CA"), and the town of an address abroad in the
 * opening sentence. The parties beside them, and bodies or roles with a word of their own, stay hidden. Every contract,
 * name and place here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPartyNames } from '../../../electron/core/privacy/findPartyNames';
import { isPublicBody, isRoleTerm } from '../../../electron/core/privacy/nameLexicon';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const OPENING =
  'This Supply Agreement is made on 3 March 2021 between Kestrel Orchard Holdings, LLC, a Texas limited liability company ("Kestrel"), and Harbor Lane Inc., a Delaware corporation ("Harbor").';
const RECITALS = ['Background.', 'WHEREAS, Kestrel grows seed and Harbor sells it.'];
const preview = (paragraphs: readonly string[]) => prepareForCloud(paragraphDocument(paragraphs), { redact: true }).previewText;

describe('public bodies named in ordinary words', () => {
  it('are no names; one with a word of its own, a given name or a legal form is', () => {
    for (const v of ['American Arbitration Association', 'the Securities and Exchange Commission', 'Court of Chancery', 'United States Patent and Trademark Office', 'Ministry of Commerce of the Republic of Korea', 'FEDERAL TRADE COMMISSION'])
      expect(isPublicBody(v), v).toBe(true);
    for (const v of ['Zentrovax Arbitration Association', 'Imogen Court', 'Quillmarsh Trade Board', 'Orchard Regulatory Authority, Inc.', 'Kestrel Bank', 'Arbitration'])
      expect(isPublicBody(v), v).toBe(false);
  });

  it('stay readable in the preview, also under a short name, and the parties stay hidden', () => {
    const text = preview([
      'SUPPLY AGREEMENT',
      OPENING,
      ...RECITALS,
      '9. Disputes. Any dispute shall be settled by arbitration administered by the American Arbitration Association (the "AAA") under its Commercial Rules; the AAA shall appoint one arbitrator.',
      '10. Filings. Kestrel may file this agreement with the Securities and Exchange Commission, and the Court of Chancery shall hear any claim for an injunction.',
      '11. Rules. Harbor shall follow the rules of the Zentrovax Arbitration Association.',
    ]);
    expect(text).toContain('American Arbitration Association');
    expect(text).toContain('the AAA shall');
    expect(text).toContain('Securities and Exchange Commission');
    expect(text).toContain('Court of Chancery');
    expect(text).not.toMatch(/Zentrovax|Kestrel|Harbor/);
  });
});

describe('roles written as defined terms', () => {
  const vocabulary = (w: string) => ['paying', 'escrow', 'issuing', 'guaranty', 'first', 'national'].includes(w.toLowerCase());

  it('are a role word after ordinary words, or a body after a verb; a bank’s own name is not', () => {
    for (const v of ['Paying Agent', 'Escrow Agent', 'Issuing Bank']) expect(isRoleTerm(v, vocabulary), v).toBe(true);
    for (const v of ['Guaranty Bank', 'Sterling Bank', 'First National Bank', 'Zentrovax Agent', 'Imogen Agent', 'Acme Company']) expect(isRoleTerm(v, vocabulary), v).toBe(false);
  });

  it('stay readable in the preview', () => {
    const text = preview([
      'SUPPLY AGREEMENT',
      OPENING,
      ...RECITALS,
      '4. Payment. Harbor shall pay by letter of credit, and the issuing bank shall be acceptable to Kestrel. The paying agent is named by Kestrel.',
      '5. Letter of Credit. Issuing Bank: to be named. The Paying Agent shall forward each payment to Kestrel within two days.',
    ]);
    expect(text).toContain('Issuing Bank:');
    expect(text).toContain('The Paying Agent shall');
    expect(text).not.toMatch(/Kestrel|Harbor/);
  });
});

describe('defined short names that are roles or documents', () => {
  it('a role of ordinary words given as a short name is no party, and the name it follows is', () => {
    const paragraphs = [
      'MASTER FRANCHISE AGREEMENT',
      'This Master Franchise Agreement is made by and between Kestrel Orchard Holdings, LLC, a Texas limited liability company ("Kestrel"), and Quillfern Soups, Inc., a Delaware corporation ("Master Franchisee").',
      'Background.',
      'WHEREAS, Kestrel grants master franchises, and Master Franchisee shall open the restaurants.',
    ];
    const found = findPartyNames(paragraphDocument(paragraphs)).map((n) => n.name);
    expect(found).toEqual(expect.arrayContaining(['Kestrel Orchard Holdings, LLC', 'Quillfern Soups, Inc.']));
    expect(found).not.toContain('Master Franchisee');
    const text = preview(paragraphs);
    expect(text).toContain('Master Franchisee shall');
    expect(text).not.toMatch(/Quillfern|Kestrel/);
  });

  it('an indenture named in the opening is a document, not a party', () => {
    const found = findPartyNames(
      paragraphDocument([
        'REMARKETING AGREEMENT',
        'This Remarketing Agreement is made between Kestrel Orchard Holdings, LLC ("Kestrel") and Harbor Lane Inc. ("Harbor"), pursuant to the Third Supplemental Indenture (the "Indenture").',
      ]),
    ).map((n) => n.name);
    expect(found).toEqual(expect.arrayContaining(['Kestrel Orchard Holdings, LLC', 'Harbor Lane Inc.']));
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/Indenture/)]));
  });
});

describe('places of addresses', () => {
  it('a town and its state code without a comma is where a party is, not its name', () => {
    const found = findPartyNames(
      paragraphDocument([
        'ENDORSEMENT AGREEMENT',
        'This Endorsement Agreement is entered into by and between Quillfern Nutrition, Inc. ("Quillfern"), having its principal office at 12 Marsh Avenue, Redwood CA 94999, and Rafe Dunmore ("Dunmore").',
      ]),
    ).map((n) => n.name);
    expect(found).toEqual(expect.arrayContaining(['Quillfern Nutrition, Inc.', 'Rafe Dunmore']));
    expect(found).not.toContain('Redwood CA');
  });

  it('the town and county of an address abroad in the opening sentence stay readable; the party is hidden', () => {
    const paragraphs = [
      'COLLABORATION AGREEMENT',
      'This Collaboration Agreement is made between the Institute of Marsh and Upland Studies ("IMUS"), a company limited by guarantee, having an office at Plas Tregwyn, Llanfyrnach, Dyfedshire, SY99 9ZZ, United Kingdom and Velmora Seeds, Inc. ("Velmora"), a Delaware corporation.',
      'Background.',
      'WHEREAS, IMUS breeds grasses and Velmora sells seed.',
    ];
    const found = findPartyNames(paragraphDocument(paragraphs)).map((n) => n.name);
    expect(found).not.toEqual(expect.arrayContaining([expect.stringMatching(/Plas Tregwyn|Llanfyrnach/)]));
    const text = preview(paragraphs);
    expect(text).toContain('Llanfyrnach');
    expect(text).not.toMatch(/Velmora|IMUS/);
  });

  it('a party named before its address, not after "at" or "in", is still taken', () => {
    const paragraphs = [
      'SUPPLY AGREEMENT',
      'This Supply Agreement is made between Zentrovax Tek, Fernmoor, Dyfedshire, AB12 3CD, United Kingdom ("Zentrovax") and Velmora Seeds, Inc. ("Velmora"), a Delaware corporation.',
    ];
    expect(findPartyNames(paragraphDocument(paragraphs)).map((n) => n.name)).toEqual(expect.arrayContaining(['Zentrovax Tek', 'Velmora Seeds, Inc.']));
    expect(preview(paragraphs)).not.toMatch(/Zentrovax|Velmora/);
  });
});
