/**
 * Lines near a signature block or a notice address that read as a heading, a sentence in capitals, a form's number field
 * or a reference to a part of the document are the contract's own words, not names: the preview keeps them readable, and
 * still hides the signatories and the companies beside them. Every contract and name here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPartyNames } from '../../../electron/core/privacy/findPartyNames';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const contract = (tail: string[]) =>
  paragraphDocument([
    'MAINTENANCE AGREEMENT',
    'This Maintenance Agreement is made on 3 March 2021 between Brindle Quorvane Ltd. ("Brindle") and Velmora Tek GmbH ("Velmora").',
    '1. Services. Brindle maintains the Zelvorn units listed in the exhibits; Velmora pays within thirty days.',
    ...['Term', 'Price', 'Delivery', 'Warranty', 'Liability', 'Termination', 'Law', 'Notices'].map((h, i) => `${i + 2}. ${h}. The parties agree on the ${h.toLowerCase()} as set out in the exhibits.`),
    ...tail,
  ]);
const names = (tail: string[]) => findPartyNames(contract(tail)).map((n) => n.name);

describe('headings and labels near signature blocks', () => {
  it('does not take a heading in capitals with a preposition inside for a name', () => {
    const found = names(['LOAN ORDER', 'FOR SPARE ZELVORN UNITS UNDER QMX', 'FROM: COMPANY NAME: | TO: SUPPORT DESK Attn:']);
    expect(found.filter((n) => /ZELVORN|QMX/.test(n))).toEqual([]);
    const prep = prepareForCloud(contract(['LOAN ORDER', 'FOR SPARE ZELVORN UNITS UNDER QMX', 'FROM: COMPANY NAME: | TO: SUPPORT DESK Attn:']), { redact: true });
    expect(prep.previewText).toContain('FOR SPARE ZELVORN UNITS UNDER QMX');
  });

  it('does not take a sentence in capitals beside the signatures for a name', () => {
    const found = names(['IN WITNESS WHEREOF, THE PARTIES HERETO HAVE HEREBY EXECUTED THIS AGREEMENT AS OF THE DATE ABOVE.', 'BRINDLE QUORVANE LTD. | VELMORA TEK GMBH', 'By: /s/ Imogen Taverly | By: /s/ Rafe Dunmore']);
    expect(found.filter((n) => /HERETO|HEREBY/.test(n))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['Imogen Taverly', 'Rafe Dunmore']));
  });

  it('does not take a form field that asks for a number, or a part of the document, for a name', () => {
    const found = names(['ZELVORN ORDER No. ____', 'Project Name: ______', 'Appendix 5 Zelvorn Process Flow', 'By: ______']);
    expect(found.filter((n) => /ZELVORN|Zelvorn/.test(n))).toEqual([]);
  });

  it('still takes the signatories and a company whose name starts with such a word or holds one with its legal form', () => {
    const found = names([
      'IN WITNESS WHEREOF, the parties have signed this Agreement.',
      'UNDER QUORVANE SYSTEMS | KESTREL FROM ORSOLINE LIMITED',
      'By: /s/ Imogen Taverly | By: /s/ Rafe Dunmore',
      'Name: Imogen Taverly | Name: Rafe Dunmore',
    ]);
    expect(found).toEqual(expect.arrayContaining(['Imogen Taverly', 'Rafe Dunmore', 'UNDER QUORVANE SYSTEMS', 'KESTREL FROM ORSOLINE LIMITED']));
  });
});

describe('letters after a signatory’s name', () => {
  it('are not a name of their own, and the signatory is still found', () => {
    const found = names([
      'IN WITNESS WHEREOF, the parties have signed this Agreement.',
      'BRINDLE QUORVANE LTD. | VELMORA TEK GMBH',
      'By: /s/ IMOGEN TAVERLY Name: Imogen Taverly, CBE, FRS Title: Director | By: /s/ RAFE DUNMORE Name: Rafe Dunmore',
    ]);
    expect(found.filter((n) => /^(?:CBE|FRS)$/.test(n))).toEqual([]);
    expect(found.map((n) => n.toLowerCase())).toEqual(expect.arrayContaining(['imogen taverly', 'rafe dunmore']));
  });

  it('a capitalised acronym after no comma is still read as a name', () => {
    expect(names(['IN WITNESS WHEREOF, the parties have signed this Agreement.', 'QRX | VELMORA TEK GMBH', 'By: /s/ Imogen Taverly | By: /s/ Rafe Dunmore'])).toContain('QRX');
  });
});
