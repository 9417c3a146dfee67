import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Each rule of the placement added in session 34 (second set), both ways, with invented contract text.
const RISK = 'Risks and unusual clauses';

describe('sectionOf: a floor on what a party must buy, order, sell or make is a key term', () => {
  it('fires on "shall purchase not less than", "must order a minimum of", "shall produce no fewer than"', () => {
    expect(sectionOf('The Studio shall produce no fewer than twelve (12) new recipes of the Program per season.', 'miscellaneous', '2. Required Output')).toBe('Key terms');
    expect(sectionOf('Reseller shall purchase not less than five hundred (500) Units in each Contract Year.', undefined)).toBe('Key terms');
    expect(sectionOf('Grower must order a minimum of ten tonnes of seed in every planting season.', 'termination', '6. Term and Termination')).toBe('Key terms');
  });
  it('does not fire on a notice period, an insurance limit, a floor far from the verb, or a floor with a word of risk', () => {
    expect(sectionOf('Reseller shall give not less than thirty (30) days written notice of any change of its address.', undefined)).toBe('Dates and deadlines');
    expect(sectionOf('Reseller shall carry product insurance with a limit of not less than $2,000,000 per occurrence.', undefined)).toBe('Obligations');
    expect(sectionOf('Reseller shall sell the Units only through its own shops and shall keep at least two staff trained on them.', undefined)).toBe('Obligations');
    expect(sectionOf('Reseller shall purchase not less than five hundred (500) Units in each Contract Year, failing which Miller may terminate this Agreement.', undefined)).toBe(RISK);
    expect(sectionOf('As the exclusive reseller, Reseller shall purchase not less than five hundred (500) Units in each Contract Year.', undefined)).toBe(RISK);
  });
});

describe('sectionOf: a duty due within a time after the end is a duty on the end', () => {
  it('fires when the time limit counted from termination or expiration follows the verb', () => {
    expect(sectionOf('You agree to take down every sign bearing the Bakery name and will give us proof of it within ten (10) days after termination or expiration of this Agreement.', 'miscellaneous', '18.3 Remove Signs')).toBe('Obligations');
    expect(sectionOf('Grower shall return all unused seed to Miller within thirty days following the expiration of the Term.', undefined)).toBe('Obligations');
  });
  it('does not fire on a right to end, a liability, a time counted from another event, or a time after the end that is no duty', () => {
    expect(sectionOf('Miller may terminate this Agreement within thirty days after the expiration of the cure period.', undefined)).toBe(RISK);
    expect(sectionOf('The parties shall agree the terms of any renewal within sixty (60) days after the expiration of this Agreement.', 'termination', '12. Term')).toBe('Key terms');
    expect(sectionOf('Grower shall be liable for all damages caused by the seed within thirty days following termination.', undefined)).toBe(RISK);
    expect(sectionOf('Grower shall return all unused seed to Miller within ten (10) days after delivery of the harvest report.', undefined)).toBe('Dates and deadlines');
    expect(sectionOf('Grower shall return all unused seed to Miller within ten (10) days after delivery of the harvest report.', 'termination', '9. Termination')).toBe(RISK);
  });
});
