import { describe, expect, it } from 'vitest';
import type { KeyTerm } from '../../shared/terms';
import { scoreField, termMatches } from './matchTerms';

const term = (value: KeyTerm['value'], text = '', extra: Partial<KeyTerm> = {}): KeyTerm => ({ value, text, citations: [{ blockId: 'p1.1', page: 1 }], ...extra });

describe('CUAD matching rule', () => {
  it('matches titles by containment after normalisation', () => {
    expect(termMatches('Document Name', ['WEBSITE CONTENT LICENSE AGREEMENT'], term('Content License Agreement'))).toBe(true);
    expect(termMatches('Document Name', ['MARINE TRANSPORTATION AGREEMENT'], term('TRANSPORTATION SERVICES AGREEMENT'))).toBe(false);
  });

  it('matches parties by names and short names, ignoring descriptive label entries', () => {
    const labels = ['Marathon Petroleum Company LP', 'Shipper', 'MPL', 'Marathon Pipe Line LLC', 'both referred to jointly as the "Parties" and each individually as a "Party".'];
    const right = term([
      { name: 'Marathon Petroleum Company LP', role: 'Shipper' },
      { name: 'Marathon Pipe Line LLC', role: 'MPL' },
    ]);
    expect(termMatches('Parties', labels, right)).toBe(true);
    const missing = term([{ name: 'Marathon Petroleum Company LP', role: 'Shipper' }]);
    expect(termMatches('Parties', labels, missing)).toBe(false);
    const extra = term([...(right.value as { name: string }[]), { name: 'Ohio River Pipe Line LLC' }]);
    expect(termMatches('Parties', labels, extra)).toBe(false);
  });

  it('matches dates as ISO days, and label blanks only with predicted blanks', () => {
    expect(termMatches('Agreement Date', ['23rd day of December, 2003'], term('2003-12-23'))).toBe(true);
    expect(termMatches('Agreement Date', ['June 11, 2015,'], term('2015-06-12'))).toBe(false);
    expect(termMatches('Agreement Date', ['[•], 2020'], term('[•], 2020', '', { blank: true }))).toBe(true);
    expect(termMatches('Agreement Date', ['[•], 2020'], term('2020-01-01'))).toBe(false);
  });

  it('matches governing law by jurisdiction', () => {
    const label = ['This Agreement shall be governed by and construed in accordance with the laws of the State of Texas.'];
    expect(termMatches('Governing Law', label, term('Texas, United States'))).toBe(true);
    expect(termMatches('Governing Law', label, term('Delaware, United States'))).toBe(false);
  });

  it('matches clause fields when the cited wording covers at least half the label', () => {
    const label = ['This Agreement will automatically renew for successive one year terms unless either party gives 30 days notice.'];
    expect(termMatches('Renewal Term', label, term('automatic', `Intro words. ${label[0]}`))).toBe(true);
    expect(termMatches('Renewal Term', label, term('automatic', 'Either party may terminate on notice.'))).toBe(false);
  });

  it('classifies outcomes: absent/absent is correct, a guess where CUAD has nothing is a false positive', () => {
    expect(scoreField('Renewal Term', [], undefined)).toBe('tn');
    expect(scoreField('Renewal Term', [], term('automatic', 'x'))).toBe('fp');
    expect(scoreField('Governing Law', ['laws of the State of Ohio'], undefined)).toBe('fn');
    expect(scoreField('Governing Law', ['laws of the State of Ohio'], term('Ohio, United States'))).toBe('tp');
    expect(scoreField('Governing Law', ['laws of the State of Ohio'], term('Texas'))).toBe('mismatch');
  });
});
