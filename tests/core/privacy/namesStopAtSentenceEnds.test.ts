/**
 * A name found by its legal form or by the tagger does not run across a sentence's end ("… Shared Assets. The Quill
 * Group …"), while the abbreviations inside a company's name keep it whole ("Brindle Co. Ltd.", "Velmora Inc. and …").
 * Every name here is invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { findNames } from '../../../electron/core/privacy/findNames';

const values = (text: string) => findNames(text, { nlp: false }).map((s) => s.value);

describe('names and sentence ends', () => {
  it('stops a name at a sentence end', () => {
    const found = values('7.2 Shared Technology Assets. The Quorvane Group shall keep the shared assets in repair.');
    expect(found).toContain('Quorvane Group');
    expect(found.filter((v) => v.includes('Assets'))).toEqual([]);
    expect(values('Meetings of Members. Velmora Holdings shall call each meeting.')).toEqual(['Velmora Holdings']);
  });

  it('keeps a name whole across the abbreviations of its legal form', () => {
    expect(values('The supplier is Brindle Co. Ltd. of the Isle of Quarry.')).toContain('Brindle Co. Ltd.');
    expect(values('Kestrune Pvt. Ltd. shall deliver the goods.')).toContain('Kestrune Pvt. Ltd.');
    // Two companies joined by "and" are found as before: the lower-case word after "Inc." ends no sentence.
    expect(values('Between Velmora Inc. and Brindle Quorvane LLC the price is fixed.').join(' | ')).toMatch(/Velmora Inc\. and Brindle Quorvane LLC/);
  });

  it('does not take letters after a name for a name of their own, nor keep them in it', () => {
    const found = findNames('A copy shall go to Rafe Dunmore, Esq. at the address above. Attn: Imogen Taverly, PhD').map((s) => s.value);
    expect(found.filter((v) => /^(?:Esq|PhD)\.?$/.test(v))).toEqual([]);
    expect(found.filter((v) => /Esq|PhD/.test(v))).toEqual([]);
    expect(found).toEqual(expect.arrayContaining(['Imogen Taverly']));
  });
});

describe('the word that opens the next sentence', () => {
  it('is not taken into a name, and a role left alone is no name', () => {
    expect(values('5.1 Public Record. To the Corporation all notices go in writing.')).toEqual([]);
    expect(values('Fee Schedule. Through Quorvane Holdings the fees are paid.')).toEqual(['Quorvane Holdings']);
  });
});
