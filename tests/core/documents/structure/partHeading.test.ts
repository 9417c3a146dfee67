import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';
import { opensContractPart, opensSignature, opensTitledClause } from '../../../../electron/core/documents/structure/partHeading';

const page = (number: number, texts: [string, 'heading' | 'paragraph'][]) => ({ number, units: texts.map(([text, hint]) => ({ text, hint })) });

describe('opensContractPart', () => {
  it.each(['RECITALS', 'Background', 'List of Exhibits', 'TABLE OF CONTENTS', 'ORCHARD SUPPLY AGREEMENT', 'In Witness Whereof'])('reads %j as a part outside an article', (t) => {
    expect(opensContractPart(t, 'ARTICLE 9')).toBe(true);
  });
  it.each(['Royalties', 'PAYMENT TERMS', 'Agreement to Supply Fruit Monthly', 'Effect of this Agreement on Prices'])('keeps %j inside the article above', (t) => {
    expect(opensContractPart(t, 'ARTICLE 9')).toBe(false);
  });
  it('keeps an exhibit\'s own agreement title and recitals inside the exhibit; a list of exhibits closes it', () => {
    expect(opensContractPart('FORM OF ORCHARD ESCROW AGREEMENT', 'Exhibit B')).toBe(false);
    expect(opensContractPart('RECITALS', 'Exhibit B')).toBe(false);
    expect(opensContractPart('List of Schedules', 'Exhibit B')).toBe(true);
  });
});

describe('buildStructure: an article label does not reach past the contract part a heading opens', () => {
  it('cites the preamble after a contents page by page alone', () => {
    const { blocks } = buildStructure({
      warnings: [],
      imageOnlyPages: [],
      pages: [
        page(1, [
          ['Article 7. General Provisions', 'heading'],
          ['7.1 Notices', 'heading'],
        ]),
        page(2, [
          ['ORCHARD SUPPLY AGREEMENT', 'heading'],
          ['This Orchard Supply Agreement is made by Kestrel Holdings and the Grower.', 'paragraph'],
          ['RECITALS', 'heading'],
          ['WHEREAS, the Grower grows apples in Northvale.', 'paragraph'],
        ]),
      ],
    });
    const preamble = blocks.find((b) => b.text.startsWith('This Orchard'))!;
    const recital = blocks.find((b) => b.text.startsWith('WHEREAS'))!;
    expect(preamble.clause).toBeUndefined();
    expect(recital.clause).toBeUndefined();
  });

  it('keeps the article for text under an ordinary unnumbered heading inside it', () => {
    const { blocks } = buildStructure({
      warnings: [],
      imageOnlyPages: [],
      pages: [
        page(1, [
          ['ARTICLE V PAYMENT', 'heading'],
          ['Royalties', 'heading'],
          ['Kestrel Holdings shall pay the Grower a royalty each quarter.', 'paragraph'],
        ]),
      ],
    });
    expect(blocks.find((b) => b.text.startsWith('Kestrel'))!.clause).toBe('ARTICLE V');
  });
});

describe('opensTitledClause', () => {
  it.each(['CONFIDENTIALITY. Each party keeps the other party’s secrets.', 'FEES & EXPENSES. The Grower bears its own costs.', 'GROWER’S WARRANTIES. The Grower warrants its apples.'])('reads %j as a titled clause', (t) => {
    expect(opensTitledClause(t)).toBe(true);
  });
  it.each(['WHEREAS, the Grower grows apples.', 'U.S. Dollars are the currency of payment.', 'The Grower shall deliver. Kestrel shall pay.', 'IN WITNESS WHEREOF, the parties sign.', 'A. Kestrel shall pay.'])('does not read %j as one', (t) => {
    expect(opensTitledClause(t)).toBe(false);
  });
  it('ends the lettered item above it', () => {
    const { blocks } = buildStructure({
      warnings: [],
      imageOnlyPages: [],
      pages: [
        page(1, [
          ['TERM. This Orchard Agreement runs for one year.', 'paragraph'],
          ['(a) Kestrel Holdings may extend it by a month.', 'paragraph'],
          ['The extension is made by notice.', 'paragraph'],
          ['CONFIDENTIALITY. Each party keeps the other party’s secrets.', 'paragraph'],
        ]),
      ],
    });
    expect(blocks.find((b) => b.text.startsWith('The extension'))!.clause).toBe('(a)');
    expect(blocks.find((b) => b.text.startsWith('CONFIDENTIALITY'))!.clause).toBeUndefined();
  });
});

describe('buildStructure: the testimonium and the signatures under it sit in no clause', () => {
  const build = (units: [string, 'heading' | 'paragraph'][]) => buildStructure({ warnings: [], imageOnlyPages: [], pages: [page(1, units)] }).blocks;

  it('reads the testimonium in any case, and no sentence that only names a witness', () => {
    expect(opensSignature('IN WITNESS WHEREOF, the parties have signed this Agreement.')).toBe(true);
    expect(opensSignature('In Witness Whereof the Grower signs below.')).toBe(true);
    expect(opensSignature('The witness whereof the Grower spoke is named below.')).toBe(false);
    expect(opensSignature('Each signature is witnessed by a notary.')).toBe(false);
  });

  it('closes the last clause and the article in force at the testimonium', () => {
    const blocks = build([
      ['ARTICLE 14 GENERAL', 'heading'],
      ['14.3 Counterparts. This Agreement may be signed in counterparts.', 'paragraph'],
      ['IN WITNESS WHEREOF, the parties have signed this Orchard Supply Agreement on the date above.', 'paragraph'],
      ['By: /s/ Ann Lee Date: March 2, 2021', 'paragraph'],
    ]);
    expect(blocks.find((b) => b.text.startsWith('14.3'))!.clause).toBe('14.3');
    expect(blocks.find((b) => b.text.startsWith('IN WITNESS'))!.clause).toBeUndefined();
    expect(blocks.find((b) => b.text.startsWith('By:'))!.clause).toBeUndefined();
  });

  it('keeps an exhibit signed on its own as that exhibit, and the next exhibit starts afresh', () => {
    const blocks = build([
      ['EXHIBIT B', 'heading'],
      ['FORM OF JOINDER', 'heading'],
      ['1. The new grower joins the Orchard Supply Agreement as a grower.', 'paragraph'],
      ['In Witness Whereof the new grower signs this joinder on the date below.', 'paragraph'],
      ['Date: April 9, 2021', 'paragraph'],
      ['EXHIBIT C', 'heading'],
      ['1. Apples are priced per crate.', 'paragraph'],
    ]);
    expect(blocks.find((b) => b.text.startsWith('1. The new'))!.clause).toBe('1');
    expect(blocks.find((b) => b.text.startsWith('In Witness'))!.clause).toBe('EXHIBIT B');
    expect(blocks.find((b) => b.text.startsWith('Date:'))!.clause).toBe('EXHIBIT B');
    expect(blocks.find((b) => b.text.startsWith('1. Apples'))!.clause).toBe('1');
  });
});
