/**
 * An acronym of the contract's own ordinary words ("IP" for "Intellectual Property", "MTA" for "Material Transfer
 * Agreement") is vocabulary: the preview sends it as it is, even where it stands near a notice or a signature. A party's
 * acronym stays hidden, also where its initials fit ordinary words too. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { createNameLexicon } from '../../../electron/core/privacy/nameLexicon';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const preview = (paragraphs: readonly string[]) => prepareForCloud(paragraphDocument(paragraphs), { redact: true });

describe('acronyms of ordinary words', () => {
  it('are vocabulary in the lexicon, and a party’s initials are not', () => {
    const lex = createNameLexicon([
      'THIS INTELLECTUAL PROPERTY AGREEMENT (this "IP Agreement") is made between Cable Devices Inc. ("CD") and Tavora Grain Mills LLC ("TGM").',
      'The Material Transfer Agreement governs samples. Assigned IP and Joint IP are listed in Schedule 1. CD and TGM shall meet.',
    ]);
    expect(lex.isNameWord('IP')).toBe(false);
    expect(lex.isNameWord('MTA')).toBe(false);
    expect(lex.isNameWord('CD')).toBe(true);
    expect(lex.isNameWord('TGM')).toBe(true);
  });

  it('stay readable in a notice clause, and the parties stay hidden', () => {
    const prep = preview([
      'INTELLECTUAL PROPERTY AGREEMENT',
      'THIS INTELLECTUAL PROPERTY AGREEMENT (this "IP Agreement") is entered into as of 2 May 2022 by and between Quorvane Systems, Inc., a Delaware corporation ("Quorvane"), and Harbor Lane Inc., a Texas corporation ("Harbor").',
      'WHEREAS Quorvane sells its imaging business to Harbor.',
      '1. Assignment. Quorvane assigns the Assigned IP to Harbor. Harbor grants Quorvane a license to the Joint IP.',
      '2. Notices. Notices shall be in writing and sent to the address of the party given below. No notice concerning IP is effective unless written.',
      'Quorvane shall keep the IP confidential. The Assigned IP and the Joint IP are listed in Schedule 1.',
      'Attention: General Counsel, Harbor Lane Inc.',
    ]);
    expect(prep.previewText).toContain('The Assigned IP and the Joint IP are listed in Schedule 1.');
    expect(prep.previewText).toContain('No notice concerning IP is effective');
    expect(prep.previewText).not.toMatch(/Quorvane|Harbor/);
  });

  it('keeps a party’s acronym hidden when ordinary words share its initials', () => {
    const prep = preview([
      'SERVICES AGREEMENT',
      'This Services Agreement is made on 2 May 2022 between Dunmore Data LLC ("DD"), a Delaware limited liability company, and Harbor Lane Inc., a Texas corporation ("Harbor").',
      'WHEREAS DD provides services.',
      '1. Due Diligence. DD shall complete the Due Diligence before the Delivery Date.',
      '2. Notices. Notices shall be sent to the address given below. Attention: DD legal team.',
    ]);
    expect(prep.previewText).not.toMatch(/\bDD\b|Dunmore|Harbor/);
    expect(prep.previewText).toContain('Due Diligence');
  });

  // "ATL" is also an airport code, which the tagger's lexicon lists among places.
  it('keeps a party named by a place and such an acronym hidden', () => {
    const prep = preview([
      'SERVICES AGREEMENT',
      'This Services Agreement is made on 2 May 2022 between Harbor Lane Inc., a Delaware corporation ("Harbor") and Texas Advanced Therapy Lab (Texas ATL) A Texas Corporation whose office is in Fernmoor.',
      'WHEREAS Texas ATL runs the Advanced Therapy Lab for its members.',
      '1. Services. Texas ATL shall staff the Advanced Therapy Lab. Harbor shall pay Texas ATL monthly.',
    ]);
    expect(prep.previewText).not.toMatch(/Texas ATL|Texas Advanced|Harbor/);
  });

  it('reads a crafted run of capitalised words in linear time', () => {
    const lex = createNameLexicon(['Quorvane Of The And '.repeat(50_000) + 'QOTA']);
    const t = performance.now();
    lex.isNameWord('QOTA');
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});
