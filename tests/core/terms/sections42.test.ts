import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../../electron/core/terms/sectionOf';

// Invented sentences for the placement rules of session 42.
const RISK = 'Risks and unusual clauses';
const DUTY = 'Obligations';

describe('a duty to report', () => {
  it('is an obligation, though the report shows sales or fees', () => {
    expect(sectionOf('Within thirty (30) days after the end of each calendar quarter, the Miller shall provide to Kestrel a written report setting forth the Net Sales of flour in that quarter.', 'payment', '6. Royalties')).toBe(DUTY);
    expect(sectionOf('Harbor Lane will, and will cause its affiliates to, furnish to Nordlicht complete statements showing the gross revenue received.', undefined)).toBe(DUTY);
    expect(sectionOf('The Grower shall make quarterly reports to Kestrel within sixty (60) days after the end of each calendar quarter.', undefined)).toBe(DUTY);
    expect(sectionOf('The Baker agrees to deliver an itemized accounting of its expenses each week.', undefined)).toBe(DUTY);
  });

  it('leaves a restraint on speaking, a statement of work and a report with an indemnity alone', () => {
    expect(sectionOf('Neither party shall make any public statement about the mill without the consent of the other.', 'confidentiality', '8. Confidentiality')).toBe('Key terms');
    expect(sectionOf('The Miller shall issue no statement about the harvest before the Grower has seen it.', 'confidentiality', '8. Confidentiality')).toBe('Key terms');
    expect(sectionOf('Harbor Lane shall deliver the Services described in each Statement of Work for the fees set out in it.', 'payment', '4. Fees')).toBe('Key terms');
    expect(sectionOf('Kestrel shall submit a report of any claim and shall indemnify the Grower against all losses arising from it.', undefined)).toBe(RISK);
    expect(sectionOf('Kestrel shall pay the royalty shown on each report within ten days.', 'payment', '6. Royalties')).toBe('Key terms');
  });
});

describe('a right to end the contract put as a choice', () => {
  it('is a risk', () => {
    expect(sectionOf('If the Grower cannot deliver the barley, Kestrel may elect to terminate these terms without further obligation.', 'payment', '4. Payment')).toBe(RISK);
    expect(sectionOf('The Miller may choose to cancel any order placed after the harvest.', undefined)).toBe(RISK);
  });

  it('is not read into a choice of something else', () => {
    expect(sectionOf('The Miller may elect to receive the royalty in flour instead of cash.', 'payment', '4. Payment')).toBe('Key terms');
  });
});

describe('disputes sent to a court', () => {
  it('are a key term, as a venue is', () => {
    expect(sectionOf('Any disputes arising herein shall be settled in a court in Ohio.', undefined)).toBe('Key terms');
    expect(sectionOf('All claims under these terms shall be brought exclusively in the state courts of Oregon.', undefined)).toBe('Key terms');
  });

  it('leave a duty to settle accounts, and a claim for indemnity, alone', () => {
    expect(sectionOf('The Grower shall settle all invoices in cash at the silo.', undefined)).toBe(DUTY);
    expect(sectionOf('Any claim brought in any court against Kestrel shall be indemnified by the Grower.', undefined)).toBe(RISK);
  });
});

describe('hostile input', () => {
  it('stays fast', () => {
    const start = Date.now();
    for (const piece of ['shall provide ', 'shall a, ', 'may elect to ', 'public report ', 'X ', ' ', 'A', 'disputes ', 'settled in the ', 'a b c ']) {
      const long = piece.repeat(Math.ceil(100_000 / piece.length));
      sectionOf(long, undefined);
      sectionOf(`Kestrel shall ${long}`, 'payment');
    }
    expect(Date.now() - start).toBeLessThan(5000);
  });
});
