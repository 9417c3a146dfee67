import { describe, expect, it } from 'vitest';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { needsPrevious } from '../../../electron/core/terms/needsPrevious';
import { makeDoc } from './docFixture';

// Each contract here is invented for the rule it tests (session 31: C57–C61 and P11 in tests/eval/rougeCandidates.md).
type Entries = Parameters<typeof makeDoc>[0];
const points = (entries: Entries): string[] => extractiveSummary(makeDoc(entries).blocks, { sentences: 8 }).points.map((p) => p.text);

// A short supply agreement with room for one extra clause: the clause under test, and clauses of substance around it.
const supply = (clause: string, number = '9.1'): Entries => [
  { text: 'GRAIN SUPPLY AGREEMENT', kind: 'heading' },
  'This Grain Supply Agreement is made between Tolliver Farms LLC (“Tolliver”) and Quenby Maltings Ltd. (“Quenby”).',
  { text: 'Tolliver shall deliver 60 tonnes of malting barley to the Quenby silo every fortnight.', clause: '2.1' },
  { text: 'Quenby shall pay Tolliver $275 per tonne within thirty (30) days of each delivery.', clause: '3.1' },
  { text: 'Either party may end this Agreement on sixty (60) days written notice to the other.', clause: '7.1' },
  { text: clause, clause: number },
];
const shows = (clause: string, re: RegExp): boolean => points(supply(clause)).some((p) => re.test(p));

describe('C57: "in this effort" and an opening "for example" lean on the sentence before', () => {
  it('reads them as leaning back', () => {
    expect(needsPrevious('Each party shall lend its staff in this effort.')).toBe(true);
    expect(needsPrevious('The Distributor will help the Supplier in these endeavours at its own cost.')).toBe(true);
    expect(needsPrevious('For example, if the harvest is below 40 tonnes, the fee is $900.')).toBe(true);
    expect(needsPrevious('By way of example, if the yield for 2031 is $[*].')).toBe(true);
  });

  it('keeps a sentence that names its purpose or its example itself', () => {
    expect(needsPrevious('Each party shall bear its own costs of the joint marketing effort.')).toBe(false);
    expect(needsPrevious('The Supplier may use the samples for this purpose only, testing moisture content.')).toBe(false);
    expect(needsPrevious('Examples of Defects are listed in Schedule 4.')).toBe(false);
  });

  it('does not show the leaning sentence in the summary, and shows a near one that stands alone', () => {
    expect(shows('Each party shall fully support the other in this effort.', /in this effort/)).toBe(false);
    expect(shows('Each party shall bear half the cost of the joint sampling effort.', /joint sampling effort/)).toBe(true);
  });
});
