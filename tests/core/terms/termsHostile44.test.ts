/**
 * Crafted input in shapes no contract takes, read in time that grows with its length, not its square: a clause that
 * says its start thousands of times. It took tens of seconds at this size when every cue read everything before it
 * again; read once it takes a second or two. The bounds are generous so that a busy machine does not fail them.
 */
import { describe, expect, it } from 'vitest';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { makeDoc } from './docFixture';

const repeated = (piece: string, length: number): string => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

describe('key terms of hostile length', () => {
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
