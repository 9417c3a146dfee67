/**
 * The one test both name readers use to tell a party's name with the contract's own words beside it (a phrase about the
 * party) from a name of its own. Every contract and name here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { isPartyPhrase, type PhraseNameSpan } from '../../../electron/core/privacy/isPartyPhrase';
import { createNameLexicon } from '../../../electron/core/privacy/nameLexicon';

const LEXICON = createNameLexicon([
  'The related company shall keep the products, the schedule and the third party data of each group; its rules for returns apply.',
  'BRINDLE QUORVANE LTD. and Velmora Tek GmbH; the Zarvex Group.',
]);

/** The places of `name` in `phrase`, every occurrence. */
function spans(phrase: string, ...names: string[]): PhraseNameSpan[] {
  const out: PhraseNameSpan[] = [];
  for (const n of names) for (let at = phrase.indexOf(n); at >= 0; at = phrase.indexOf(n, at + 1)) out.push({ start: at, end: at + n.length });
  return out;
}

describe('isPartyPhrase', () => {
  it('takes a party name with the contract’s own words beside it for a phrase', () => {
    expect(isPartyPhrase('Brindle Related Company', spans('Brindle Related Company', 'Brindle'), LEXICON)).toBe(true);
    expect(isPartyPhrase("Brindle's Third-Party Data", spans("Brindle's Third-Party Data", 'Brindle'), LEXICON)).toBe(true);
    expect(isPartyPhrase('the Quill-Brindle Schedule', spans('the Quill-Brindle Schedule', 'Quill', 'Brindle'), LEXICON)).toBe(true);
    expect(isPartyPhrase('Brindle Rules for Returns', spans('Brindle Rules for Returns', 'Brindle'), LEXICON)).toBe(true);
    expect(isPartyPhrase('Brindle & Velmora Schedule', spans('Brindle & Velmora Schedule', 'Brindle', 'Velmora'), LEXICON)).toBe(true);
  });

  it('keeps a name of its own: a word only ever capitalised, a legal form, a number or a name particle', () => {
    expect(isPartyPhrase('Brindle Zarvex Group', spans('Brindle Zarvex Group', 'Brindle'), LEXICON)).toBe(false);
    expect(isPartyPhrase('Brindle Products, Ltd.', spans('Brindle Products, Ltd.', 'Brindle'), LEXICON)).toBe(false);
    expect(isPartyPhrase('Brindle 2 Products', spans('Brindle 2 Products', 'Brindle'), LEXICON)).toBe(false);
    // A name particle the contract never writes in lower case joins no phrase: beside a party's name it starts another name.
    expect(isPartyPhrase('Velmora von Products', spans('Velmora von Products', 'Velmora'), LEXICON)).toBe(false);
  });

  it('needs a party name in the phrase, and the whole word of it', () => {
    expect(isPartyPhrase('Related Company', [], LEXICON)).toBe(false);
    // "Brindle" covers only part of "Brindlemoor": that word is tested on its own and is no word of the contract.
    expect(isPartyPhrase('Brindlemoor Products', [{ start: 0, end: 7 }], LEXICON)).toBe(false);
  });

  it('reads no long run as a phrase', () => {
    const long = `Brindle ${'Related Company '.repeat(8)}`.trim();
    expect(isPartyPhrase(long, spans(long, 'Brindle'), LEXICON)).toBe(false);
    const short = `Brindle ${'Related Company '.repeat(5)}`.trim();
    expect(isPartyPhrase(short, spans(short, 'Brindle'), LEXICON)).toBe(true);
  });

  it('reads a crafted run in linear time', () => {
    const crafted = `Brindle ${'Company '.repeat(50_000)}`;
    const started = Date.now();
    expect(isPartyPhrase(crafted, spans(crafted, 'Brindle'), LEXICON)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
