/** Hand-built documents through the extractive summary, for the tests of what a point must be. */
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import { makeDoc } from './docFixture';

/** What makeDoc takes: the document's entries in reading order. */
export type DocEntries = Parameters<typeof makeDoc>[0];

/** The texts of the points of the 8-sentence extractive summary of a hand-built document. */
export function summaryPoints(entries: DocEntries): string[] {
  return extractiveSummary(makeDoc(entries).blocks, { sentences: 8 }).points.map((p) => p.text);
}
