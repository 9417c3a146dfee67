/**
 * Openings worded in the other ways drafters name the parties: short names defined with
 * "hereinafter referred to as the …", a "PARTIES" heading over a numbered list, filing lines before
 * the title. Each must give the same parties (and title) as the plain opening. Every contract here
 * is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import type { Party } from '../../../shared/terms';
import { makeDoc } from './docFixture';

/** The terms of a short contract made of `head` blocks, a recital and one clause that uses the short names. */
const termsOf = (head: readonly string[], body = 'The Company shall pay the Advisor monthly. The Employer and the Executive shall meet each quarter.') =>
  extractKeyTerms(makeDoc([...head, 'WHEREAS, the parties wish to work together.', { text: body, clause: '1.1' }])).terms;
const partiesOf = (head: readonly string[], body?: string) => termsOf(head, body).parties?.value as Party[] | undefined;

describe('short names defined with "hereinafter referred to as the …"', () => {
  it('reads a letter agreement that names its parties only by their definitions', () => {
    const letter = (define: (role: string) => string) => [
      'ADVISORY AGREEMENT',
      `Harrow Data, Inc., a Delaware corporation ${define('Company')}, is pleased to engage Nadia Vell ${define('Advisor')} to give the advice set out below on the following terms:`,
    ];
    const expected = [
      { name: 'Harrow Data, Inc.', role: 'Company' },
      { name: 'Nadia Vell', role: 'Advisor' },
    ];
    for (const define of [(r: string) => `(the "${r}")`, (r: string) => `(hereinafter referred to as the "${r}")`, (r: string) => `(hereinafter called the "${r}")`, (r: string) => `(hereinafter "${r}")`]) {
      expect(partiesOf(letter(define)), define('X')).toEqual(expected);
    }
  });
});
