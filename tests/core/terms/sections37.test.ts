import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Each placement rule added in session 37, both ways, with invented contract text.
const RISK = 'Risks and unusual clauses';

describe('sectionOf: a grant of licences in the plural', () => {
  it('fires on "with the right to grant sublicenses", "grants licenses"', () => {
    expect(sectionOf('The Miller and the Baker may each bake from the Joint Recipes as they please, with the right to grant sublicenses to their own bakeries.', 'termination', '14. Term and Termination')).toBe('Key terms');
    expect(sectionOf('The Miller grants to the Baker licenses under the Oven Patents for the Territory.', 'termination', '9. Term and Termination')).toBe('Key terms');
  });
  it('does not fire when the licences end, or when nothing is granted', () => {
    expect(sectionOf('Upon termination, all licenses granted to the Baker shall terminate.', 'termination', '9. Term and Termination')).toBe(RISK);
    expect(sectionOf('The Miller may terminate this Agreement if the Baker sells licenses to a competitor.', 'termination', '9. Term and Termination')).toBe(RISK);
    expect(sectionOf('On termination for breach, the royalty-free license granted to the Baker will convert to a royalty-bearing license.', 'termination', '9. Term and Termination')).toBe(RISK);
  });
});

describe('sectionOf: the length of the engagement named as one', () => {
  it('fires on "agrees to a one year engagement", "an initial two (2) year term"', () => {
    expect(sectionOf('The Bakery agrees to a one year engagement of the Chef to run the weekend classes.', 'miscellaneous', '1. Engagement')).toBe('Key terms');
    expect(sectionOf('The Chef shall serve for an initial two (2) year term starting on the first day of service.', undefined)).toBe('Key terms');
    expect(sectionOf('Kestrel will host the orchard tours for a 12-month term from the opening date.', undefined)).toBe('Key terms');
  });
  it('does not fire on a length that names no term, or on a term with words of ending it early', () => {
    expect(sectionOf('The Chef shall deliver the recipes within a one year period after the opening date.', undefined)).toBe('Dates and deadlines');
    expect(sectionOf('The Bakery may terminate the one year engagement of the Chef for breach.', undefined)).toBe(RISK);
  });
});
