import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Each placement rule added in the second round of session 35, both ways, with invented contract text.
const RISK = 'Risks and unusual clauses';

describe('sectionOf: a shortened time to bring a claim, put as a duty', () => {
  it('fires on "any action … must be commenced within", "claims shall be brought within"', () => {
    expect(sectionOf('Any action by either party arising out of this Agreement must be commenced within two (2) years after the cause of action arises.', undefined)).toBe(RISK);
    expect(sectionOf('All claims against the Baker under this Agreement shall be brought within one year of delivery of the bread.', 'miscellaneous', '18. General')).toBe(RISK);
  });
  it('does not fire on a duty to act within a time that is no claim', () => {
    expect(sectionOf('Each shipment must be delivered within five (5) days after the order is placed.', undefined)).not.toBe(RISK);
    expect(sectionOf('The Miller shall file the annual report within ninety days after year end.', undefined)).not.toBe(RISK);
  });
});

describe('sectionOf: a duty whose time runs from the end, the time put first', () => {
  it('fires on "Within ten days of the termination …, X agrees to return"', () => {
    expect(sectionOf('Within ten (10) days of the termination of this Agreement, the Baker agrees to return to the Miller all recipes and samples.', 'miscellaneous', '9. Return of Materials')).toBe('Obligations');
  });
  it('does not fire on a time that runs from something else, or on a renewal', () => {
    expect(sectionOf('Within ten (10) days of the order, the Baker agrees to return any damaged flour to the Miller.', 'termination', '9. Term and Termination')).toBe(RISK);
    expect(sectionOf('Within thirty (30) days of the expiration of the Initial Term, the parties shall meet to discuss a renewal of this Agreement.', 'termination', '9. Term and Termination')).not.toBe('Obligations');
  });
});

describe('sectionOf: a term as the subject of when it starts and how long it runs', () => {
  it('fires on "the first Support Term shall commence … and shall continue for twelve months"', () => {
    expect(sectionOf('The first Support Term shall commence upon expiry of the Warranty Period and shall continue for twelve (12) months thereafter.', undefined)).toBe('Key terms');
    expect(sectionOf('The term of this Agreement will begin on 1 March 2031 and run for three years.', 'miscellaneous', '2. Commencement of Services')).toBe('Key terms');
  });
  it('does not fire on a duty over the term, or on a term that speaks of ending it early', () => {
    expect(sectionOf('During the Term, the Miller shall continue to supply flour to the Baker.', undefined)).toBe('Obligations');
    expect(sectionOf('The Support Term shall continue for twelve months, but either party may end it for breach with liability for damages.', undefined)).toBe(RISK);
  });
});

describe('sectionOf: a duty that follows a party ending the contract', () => {
  it('fires on "If the Baker terminates this Agreement under …, the Baker shall reimburse"', () => {
    expect(sectionOf('If the Baker terminates this Agreement under Section 12.2, the Baker shall reimburse the Miller for flour bought for the Baker before the date of termination.', 'termination', '12. Termination')).toBe('Obligations');
  });
  it('does not fire on a fee for ending it, or on a condition that names no ending', () => {
    expect(sectionOf('If the Baker terminates this Agreement for convenience, the Baker shall pay the Miller an early termination fee of $10,000.', 'termination', '12. Termination')).toBe(RISK);
    expect(sectionOf('If the Baker orders more flour, the Baker shall reimburse the Miller for its carriage.', 'termination', '12. Termination')).toBe(RISK);
  });
});
