import { describe, expect, it } from 'vitest';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';

describe('needsPrevious: "thereafter" and "thereupon" in the opening words', () => {
  it.each([
    ['The committee will thereafter meet to agree the next budget.', true],
    ['Buyer shall thereupon return every unused unit.', true],
    ['Thereafter the licence ends.', true],
    // At the end of a sentence it points inside the sentence: the period it names is stated there.
    ['Each party shall keep the information secret during the Term and for three years thereafter.', false],
    ['The supplier will deliver the goods to the warehouse each month.', false],
  ])('%s → %s', (text, expected) => {
    expect(needsPrevious(text)).toBe(expected);
  });
});
