import { describe, expect, it } from 'vitest';
import { LINE_HYPHEN as H, resolveLineHyphens } from '../../../../electron/core/documents/pdf/lineHyphens';

describe('line-end hyphens', () => {
  it('joins typographic hyphenation when nothing in the document says otherwise', () => {
    expect(resolveLineHyphens([`all equip${H}ment needed`, 'other text'])).toEqual(['all equipment needed', 'other text']);
  });

  it('keeps the hyphen before a capital', () => {
    expect(resolveLineHyphens([`the Call${H}Off Contract and non${H}Disclosure`])).toEqual(['the Call-Off Contract and non-Disclosure']);
  });

  it('follows the form the rest of the document uses', () => {
    expect(resolveLineHyphens([`any third${H}party claim`, 'no third-party beneficiaries'])).toEqual(['any third-party claim', 'no third-party beneficiaries']);
    expect(resolveLineHyphens([`the data${H}base is`, 'a database of records'])).toEqual(['the database is', 'a database of records']);
    // Both forms seen: the more frequent wins; a tie joins.
    expect(resolveLineHyphens([`co${H}operate`, 'cooperate', 'co-operate', 'co-operate'])[0]).toBe('co-operate');
    expect(resolveLineHyphens([`co${H}operate`, 'cooperate', 'co-operate'])[0]).toBe('cooperate');
  });

  it('keeps the hyphen when neither form is seen but both halves are words', () => {
    expect(resolveLineHyphens([`a third${H}party claim`, 'the third party shall', 'party of the third part'])[0]).toBe('a third-party claim');
    // A half shorter than 3 letters is not evidence ("re-", "in-").
    expect(resolveLineHyphens([`we re${H}view it`, 're view'])[0]).toBe('we review it');
    expect(resolveLineHyphens([`all equip${H}ment`, 'equip the team'])[0]).toBe('all equipment');
  });

  it('keeps the hyphen that breaks a longer compound at its own hyphen, whose halves are words of any length', () => {
    expect(resolveLineHyphens([`renews from year${H}to-year unless`, 'a term of one year', 'sent to the Buyer'])[0]).toBe('renews from year-to-year unless');
    expect(resolveLineHyphens([`the day-to${H}day running`, 'each day', 'sent to the Buyer'])[0]).toBe('the day-to-day running');
    // A typographic break inside one part of a compound still joins: its halves are no words.
    expect(resolveLineHyphens([`a non-exclu${H}sive licence`, 'the non-exclusive right'])[0]).toBe('a non-exclusive licence');
    expect(resolveLineHyphens([`a non-ex${H}clusive licence`, 'other words'])[0]).toBe('a non-exclusive licence');
  });

  it('does not count split words as evidence, and leaves no mark behind', () => {
    const out = resolveLineHyphens([`third${H}party`, `third${H}party`, `a${H}b${H}c`]);
    expect(out.slice(0, 2)).toEqual(['thirdparty', 'thirdparty']);
    expect(out.join('')).not.toContain(H);
  });

  it('reads the halves of a split word as whole letters, also outside the basic plane, and leaves a mark between no letters as a hyphen', () => {
    // 𝐀 (mathematical bold A) is one letter of two UTF-16 units: it belongs to the half it touches.
    expect(resolveLineHyphens([`x𝐀b${H}cd𝐀 rest`])).toEqual(['x𝐀bcd𝐀 rest']);
    expect(resolveLineHyphens([`end ${H} start, 12${H}, ${H}ab`])).toEqual(['end - start, 12-, -ab']);
    // Consecutive marks: the second follows the first's right half, so it is left as a hyphen.
    expect(resolveLineHyphens([`ab${H}cd${H}ef`])).toEqual(['abcd-ef']);
  });

  it('returns the same texts when nothing is marked', () => {
    const texts = ['plain', 'text'];
    expect(resolveLineHyphens(texts)).toBe(texts);
  });
});
