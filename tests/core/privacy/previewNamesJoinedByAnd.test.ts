/**
 * Two names joined by "and" are two names: the preview gives each its own placeholder (the one it has elsewhere), and
 * shows a role or an ordinary phrase beside a name. A name that holds "and" itself stays one. Every contract and name
 * here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { findNames } from '../../../electron/core/privacy/findNames';
import { paragraphDocument } from '../../helpers/paragraphDocument';

describe('names joined by "and"', () => {
  it('splits a name that holds "and" from the party beside it, keeping both hidden', () => {
    const prep = prepareForCloud(
      paragraphDocument([
        'RESEARCH COLLABORATION AGREEMENT',
        'THIS AGREEMENT is made between INSTITUTE OF MOORLAND AND COASTAL RESEARCH, a body established under statute ("IMCR"), and QUORVANE GENOMICS, INC., a Delaware corporation ("Quorvane").',
        'The parties agree as follows.',
        'WHEREAS the parties wish to study grasses together.',
        '1. Research. The research is done by Institute of Moorland and Coastal Research and Quorvane Genomics, Inc. jointly, and IMCR shall report to Quorvane.',
      ]),
      { redact: true },
    );
    expect(prep.previewText).not.toMatch(/Moorland|MOORLAND|Coastal|COASTAL|Quorvane|QUORVANE|IMCR/);
    const line = prep.previewText.split('\n').find((l) => l.includes('1. Research.'))!;
    expect(line).toMatch(/done by \[ORG_\d+\] and \[ORG_\d+\] jointly/);
    const [a, b] = [...line.matchAll(/done by (\[ORG_\d+\]) and (\[ORG_\d+\])/g)][0]!.slice(1);
    expect(a).not.toBe(b);
  });

  it("leaves a party's role beside a name out of it", () => {
    const values = findNames('The Reseller and Velmora Group shall meet.', { nlp: false }).map((s) => s.value);
    expect(values).toEqual(['Velmora Group']);
  });

  it('keeps a company whose name holds "and" as one name', () => {
    const values = findNames('Payment is due to Orchard and Meadow Fabrics Inc. by Friday.', { nlp: false }).map((s) => s.value);
    expect(values).toContain('Orchard and Meadow Fabrics Inc.');
  });
});
