import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';

// Many contracts head one clause "Term and Termination": the term it states is a key term, and only
// the ways to end the contract early (and what ending costs) are risks.
describe('a clause headed "Term and Termination"', () => {
  // Unnumbered clauses, so that no limit of points per clause decides what is shown. The renewal is
  // stated by the Overview (from the key terms), the extension under Key terms.
  const doc = makeDoc([
    { text: 'HAULAGE AGREEMENT', kind: 'heading' },
    'This Haulage Agreement is made between Corvid Freight LLC ("Carrier") and Linden Paper Mills, Inc. ("Shipper").',
    { text: 'Carrier shall collect the loads that Shipper tenders at its mill on each business day.', clause: '2.1', section: ['Services'] },
    { text: 'The initial term of this Agreement is three (3) years from the date of first collection.', section: ['Term and Termination'] },
    { text: 'This Agreement renews automatically for successive one (1) year periods.', section: ['Term and Termination'] },
    { text: 'Shipper may extend the initial term by one further year by a written request before it expires.', section: ['Term and Termination'] },
    { text: 'Either party may terminate this Agreement on ninety (90) days written notice to the other.', section: ['Term and Termination'] },
    { text: 'Shipper shall pay for every load collected before the date this Agreement ends.', section: ['Term and Termination'] },
  ]);
  const s = extractiveSummary(doc.blocks, { sentences: 8 });
  const sectionOf = (start: string) => {
    const at = s.markdown.indexOf(`- ${start}`);
    expect(at, start).toBeGreaterThan(-1);
    return [...s.markdown.slice(0, at).matchAll(/^## (.+)$/gm)].at(-1)?.[1];
  };

  it('files how long the contract runs and how it renews under Key terms', () => {
    expect(sectionOf('Shipper may extend the initial term')).toBe('Key terms');
  });

  it('keeps the right to end it, and what ending costs, under Risks', () => {
    expect(sectionOf('Either party may terminate')).toBe('Risks and unusual clauses');
    expect(sectionOf('Shipper shall pay for every load')).toBe('Risks and unusual clauses');
  });
});
