import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Invented sentences for the placement rule of session 41.
const RISK = 'Risks and unusual clauses';

describe('a fee for ending the contract early', () => {
  it('is a risk, whatever clause holds it', () => {
    expect(sectionOf('The amount of the Exit Fee payable on the termination of these terms shall equal six months of the Miller’s average commissions.', 'payment', '5. Fees')).toBe(RISK);
    expect(sectionOf('If the Baker keeps selling under the Harbor Lane name after termination, in addition to the Termination Fee, the Baker agrees to pay $500 per day.', undefined)).toBe(RISK);
    expect(sectionOf('The Grower shall pay Kestrel an early termination fee of $20,000.', 'payment', '4. Payment')).toBe(RISK);
  });

  it('leaves other payments in a payment clause as key terms', () => {
    expect(sectionOf('The Grower shall pay Kestrel a handling fee of $20 per tonne.', 'payment', '4. Payment')).toBe('Key terms');
    expect(sectionOf('Upon termination, the Grower shall pay the handling fee for barley already delivered within ten (10) days.', 'payment', '4. Payment')).toBe('Obligations');
  });
});
