/**
 * The rewrite opening-parties-agree (tests/eval/perturb.ts): an opening that calls itself "this Agreement" written with
 * the parties as its subject, and the parties read from it the same. Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { perturbationNamed } from '../../eval/perturb';
import { makeDoc } from './docFixture';

const rewrite = (text: string): string => perturbationNamed('opening-parties-agree').apply(text) as string;

describe('opening-parties-agree', () => {
  it('writes the list as the subject of "agree", keeping the date, names and short names', () => {
    expect(rewrite('SUPPLY AGREEMENT\n\nThis Agreement is made as of June 1, 2010 by and between Acme Inc., a Delaware corporation ("Acme"), and Bolt LLC ("Bolt").\n\n1. Supply.')).toBe(
      'SUPPLY AGREEMENT\n\nAcme Inc., a Delaware corporation ("Acme") and Bolt LLC ("Bolt") agree as of June 1, 2010 as follows:\n\n1. Supply.',
    );
    expect(rewrite('SUPPLY AGREEMENT\n\nTHIS AGREEMENT is made by and between Acme Inc. ("Acme") and Bolt LLC ("Bolt").\n\n1. Supply.')).toBe(
      'SUPPLY AGREEMENT\n\nAcme Inc. ("Acme") and Bolt LLC ("Bolt") agree as follows:\n\n1. Supply.',
    );
  });
  it('leaves an opening that names the agreement, or whose list goes on past its short names', () => {
    const named = 'SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of June 1, 2010 by and between Acme Inc. ("Acme") and Bolt LLC ("Bolt").\n\n1. Supply.';
    expect(rewrite(named)).toBe(named);
    // A date it could not carry over, or a name given to the date, would be lost: those openings stay.
    for (const kept of [
      'SUPPLY AGREEMENT\n\nThis Agreement is made this 17th day of November, 2015 by and between Acme Inc. ("Acme") and Bolt LLC ("Bolt").\n\n1. Supply.',
      'SUPPLY AGREEMENT\n\nThis Agreement is made as of June 1, 2010 (the "Effective Date") by and between Acme Inc. ("Acme") and Bolt LLC ("Bolt").\n\n1. Supply.',
      'SUPPLY AGREEMENT\n\nThis Agreement is entered into and effective as of June 1, 2010 by and between Acme Inc. ("Acme") and Bolt LLC ("Bolt").\n\n1. Supply.',
    ])
      expect(rewrite(kept)).toBe(kept);
    const goesOn = 'SUPPLY AGREEMENT\n\nThis Agreement is made by and between Acme Inc. ("Acme") and Bolt LLC ("Bolt"), with respect to the goods below.\n\n1. Supply.';
    expect(rewrite(goesOn)).toBe(goesOn);
  });
  it('keeps the parties', () => {
    const text = rewrite('SUPPLY AGREEMENT\n\nThis Agreement is made as of June 1, 2010 by and between Acme Inc. ("Acme") and Bolt LLC ("Bolt").\n\n1. Supply.');
    const blocks = text.split('\n\n').map((t, i) => (i === 0 ? { text: t, kind: 'heading' as const } : i === 2 ? { text: t, clause: '1' } : t));
    expect(extractKeyTerms(makeDoc(blocks)).terms.parties?.value).toEqual([
      { name: 'Acme Inc.', role: 'Acme' },
      { name: 'Bolt LLC', role: 'Bolt' },
    ]);
  });
});
