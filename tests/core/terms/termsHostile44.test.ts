/**
 * Crafted input in shapes no contract takes, read in time that grows with its length, not its square: a party list of
 * one endless party (a short name and "effective" again and again, no split), and a clause that says its start thousands
 * of times. Each took tens of seconds or more at these sizes when every comma, "and" or cue read everything before it
 * again; read once they take well under a second. The bounds are generous so that a busy machine does not fail them.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { splitTopLevel } from '../../../electron/core/terms/parties';
import { makeDoc } from './docFixture';

const repeated = (piece: string, length: number): string => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

describe('key terms of hostile length', () => {
  it('splits a party list of one endless party in linear time, and still splits an ordinary list', () => {
    const started = performance.now();
    expect(splitTopLevel(repeated('("Harbor"), effective ', 200_000)).length).toBe(1);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(splitTopLevel('Nordlicht GmbH ("Nordlicht"), Harbor Lane Inc. ("Harbor") and Ann Lee')).toEqual(['Nordlicht GmbH ("Nordlicht")', 'Harbor Lane Inc. ("Harbor")', 'Ann Lee']);
  }, 60_000);

  it('reads a clause that says the contract\u2019s start thousands of times in linear time', () => {
    const clauses = Array.from({ length: 35 }, (_, k) => ({ text: `${k + 1}. Covenant. Each party shall perform clause ${k + 1}.`, clause: String(k + 1) }));
    for (const piece of ['this agreement is effective as of ', 'this agreement applies from ']) {
      const started = performance.now();
      const { terms } = extractKeyTerms(
        makeDoc([{ text: 'SUPPLY AGREEMENT', kind: 'heading' }, 'This Agreement is made on May 4, 2017 between Nordlicht GmbH ("Nordlicht") and Harbor Lane Inc. ("Harbor").', ...clauses, { text: `40. Term. ${repeated(piece, 300_000)}.`, clause: '40' }]),
      );
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(terms.agreementDate?.value).toBe('2017-05-04');
    }
  }, 120_000);
});
