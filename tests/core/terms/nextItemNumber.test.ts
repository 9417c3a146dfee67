import { describe, expect, it } from 'vitest';
import { rankSentences, withoutNextItemNumber } from '../../../electron/core/terms/rankSentences';
import { makeDoc } from './docFixture';

// An inline list in text that lost its capitals and punctuation but the full stop (invented wording).
const LIST =
  'you agree not to use the portal to 1. copy the gadget catalogue or any part of it for resale to others 2. upload files that carry harmful code into the portal 3. post unlawful material or use the portal for unlawful trading 4. send bulk messages or chain letters to other members of the portal 5. pretend to be another member or hide where a message came from.';

describe('withoutNextItemNumber', () => {
  it('takes the next item number off the item before it, when the number one less opens an item just before', () => {
    const text = 'post unlawful material or use the portal for unlawful trading 4.';
    expect(withoutNextItemNumber(text, 'upload files that carry harmful code into the portal 3.', LIST, LIST.indexOf('post unlawful'))).toBe('post unlawful material or use the portal for unlawful trading.');
    // The marker read from the block alone (the sentence before ends elsewhere).
    expect(withoutNextItemNumber(text, undefined, LIST, LIST.indexOf('post unlawful'))).toBe('post unlawful material or use the portal for unlawful trading.');
  });

  it('leaves a number the sentence means as its own', () => {
    const block = 'members must be at least 13. members under 16 need a parent to agree.';
    expect(withoutNextItemNumber('members must be at least 13.', undefined, block, 0)).toBe('members must be at least 13.');
    // No marker "12." before it: a number that only ends a sentence is kept.
    const later = 'the plan costs 12 a month. the trial lasts 14.';
    expect(withoutNextItemNumber('the trial lasts 14.', 'the plan costs 12 a month.', later, later.indexOf('the trial'))).toBe('the trial lasts 14.');
    expect(withoutNextItemNumber('the limit is 1.', undefined, 'x', 0)).toBe('the limit is 1.');
    // A clause number "12." opens the block, and a sentence ends on an age: the age stays.
    const numbered = '12. who may join you affirm that you are over the age of 13 as the club is not meant for children under 13. if you are under 13 please do not join.';
    const age = 'you affirm that you are over the age of 13 as the club is not meant for children under 13.';
    expect(withoutNextItemNumber(age, undefined, numbered, numbered.indexOf('you affirm'))).toBe(age);
  });

  it('only looks a bounded way back for the marker', () => {
    const far = `1. ${'word '.repeat(1000)}the rest goes on here 2.`;
    expect(withoutNextItemNumber('the rest goes on here 2.', undefined, far, far.indexOf('the rest'))).toBe('the rest goes on here 2.');
  });
});

describe('rankSentences on an inline list in lower-cased text', () => {
  it('shows each item without the next item number', () => {
    const picks = rankSentences(makeDoc([LIST]).blocks, { sentences: 6 });
    const shown = picks.map((p) => p.text);
    expect(shown.length).toBeGreaterThan(1);
    for (const t of shown) expect(t).not.toMatch(/ \d\.$/);
  });

  it('leaves text with capitals as it was', () => {
    const cased = 'The Member shall not resell the catalogue 4. The Member shall keep the password secret.';
    const picks = rankSentences(makeDoc([cased]).blocks, { sentences: 2 });
    expect(picks.map((p) => p.text)).toContain('The Member shall not resell the catalogue 4.');
  });
});
