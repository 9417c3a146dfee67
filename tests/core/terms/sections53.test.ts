import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Invented sentences for the placement rule of this round.
const RISK = 'Risks and unusual clauses';
const KEY = 'Key terms';
const DUTY = 'Obligations';

describe('a tail period: what runs on for a time once the contract ends', () => {
  it('is an obligation, under a termination heading or none, and after "the parties agree that"', () => {
    expect(
      sectionOf(
        'The Parties agree that notwithstanding any termination or expiration of this Agreement, the licences granted to the Grower’s customers before the termination shall continue during the eighteen months after such termination for the sole purpose of letting them reach the Orchard App.',
        'termination',
        'Term and Termination',
      ),
    ).toBe(DUTY);
    expect(
      sectionOf(
        'Upon any termination or expiration of this Agreement and until the end of the Wind Down Period, the parties’ rights and obligations under Sections 2 (Licence), 12 (Indemnification) and 13 (Limitation of Liability) will remain in full force and effect as to any Kits then on order.',
        'miscellaneous',
        'Wind Down',
      ),
    ).toBe(DUTY);
  });

  it('is not read into a liability that runs on, or a renewal', () => {
    expect(
      sectionOf('The parties agree that upon termination of this Agreement and until all claims are settled, Kestrel shall remain liable for any damages caused by its staff.', 'termination', 'Termination'),
    ).toBe(RISK);
    expect(
      sectionOf(
        'The parties agree that upon expiration of this Agreement it shall continue for successive renewal periods of one year until either party gives notice of non-renewal.',
        'termination',
        'Term and Termination',
      ),
    ).toBe(KEY);
  });
});
