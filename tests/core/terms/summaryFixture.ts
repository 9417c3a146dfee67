/** Hand-built documents through the extractive summary, for the tests of what a point must be. */
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';

/** What makeDoc takes: the document's entries in reading order. */
export type DocEntries = Parameters<typeof makeDoc>[0];

/** The texts of the points of the 8-sentence extractive summary of a hand-built document. */
export function summaryPoints(entries: DocEntries): string[] {
  return extractiveSummary(makeDoc(entries).blocks, { sentences: 8 }).points.map((p) => p.text);
}

/** A short grain contract with room for one more clause: the clause under test among clauses of substance. */
export function grainTerms(clause: string, number = '9.1'): DocEntries {
  return [
    { text: 'GRAIN SUPPLY TERMS', kind: 'heading' },
    'These Grain Supply Terms are made between Kestrel Holdings Ltd. (“Kestrel”) and Northvale Farms LLC (“the Grower”).',
    { text: 'The Grower shall deliver 60 tonnes of malting barley to the Kestrel silo every month.', clause: '2.1' },
    { text: 'Kestrel shall pay the Grower $280 per tonne within thirty (30) days of each delivery.', clause: '3.1' },
    { text: 'Either party may end these terms by giving the other sixty (60) days\' notice in writing.', clause: '7.1' },
    { text: clause, clause: number },
  ];
}

/** Whether a point of the grain contract's summary, with `clause` added, matches `word`. */
export function grainShows(clause: string, word: RegExp, number?: string): boolean {
  return summaryPoints(grainTerms(clause, number)).some((p) => word.test(p));
}
