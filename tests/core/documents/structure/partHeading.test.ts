import { describe, expect, it } from 'vitest';
import { buildStructure } from '../../../../electron/core/documents/structure/buildStructure';
import { opensContractPart, opensTitledClause } from '../../../../electron/core/documents/structure/partHeading';

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
