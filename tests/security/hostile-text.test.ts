import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../electron/core/documents/worker/parseInWorker';
import { extractiveStrategy } from '../../electron/core/pipeline/extractiveStrategy';
import { summarizeDocument } from '../../electron/core/pipeline/summarizeDocument';
import { extractKeyTerms } from '../../electron/core/terms/extractKeyTerms';

// Documents are hostile input: a crafted text must not make key terms or the summary take time that
// grows with the square of its length. Each input below is a shape real contracts never take (one
// sentence of thousands of words, a paragraph of thousands of short lines), at a size where a
// quadratic step took far longer than the bound; read in linear time it takes a second or less. The
// bound is generous so that a busy machine does not fail it.
const BOUND_MS = 20_000;

const WORDS = ['party', 'notice', 'shall', 'term', 'date', 'effective', 'state', 'law', 'years', 'days', 'company', 'and', 'or', 'the', 'of', 'by'];

/** The same words every run, in an order that looks random. */
function words(count: number, upper: boolean): string[] {
  let seed = 7;
  return Array.from({ length: count }, () => {
    seed = (seed * 16807) % 2147483647;
    const w = WORDS[seed % WORDS.length]!;
    return upper ? w.toUpperCase() : w;
  });
}

const OPENING = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Nordlicht GmbH and Harbor Lane Inc.\n\n';

const cases: { name: string; text: string }[] = [
  { name: 'one sentence of 24,000 words in lower case', text: `${OPENING}${words(24000, false).join(' ')}.\n` },
  { name: 'one sentence of 40,000 words in capitals', text: `${OPENING}${words(40000, true).join(' ')}.\n` },
  {
    name: 'one paragraph of 30,000 short lines',
    text: `${OPENING}${Array.from({ length: 30000 }, (_, i) => words(3 + (i % 3), false).slice(i % 3).join(' ')).join('\n')}\n`,
  },
  // A name's word is read from each of its capitals: one word of 600,000 capitals, with no space to end it.
  { name: 'one word of 600,000 capitals', text: `${OPENING}${'N'.repeat(600000)}\n` },
  // A line before the title is read for a party's name glued before it, up to the name's legal form.
  { name: 'a first line of 100,000 characters of commas and spaces', text: `${', '.repeat(50000)}\n\n${OPENING}WHEREAS the parties agree.\n` },
  // Each comma of the parties' list was read with the 2,000 characters before it, for a legal form or a description.
  { name: 'a party list of 400,000 characters of commas and spaces', text: `SUPPLY AGREEMENT\n\nThis Agreement is made between Nordlicht GmbH${', '.repeat(200000)} and Harbor Lane Inc.\n\nWHEREAS the parties agree.\n` },
];

afterAll(async () => {
  await shutdownParseWorker();
});

describe('crafted text is read in time that grows with its length, not its square', () => {
  for (const c of cases) {
    it(`key terms and the extractive summary of ${c.name}`, async () => {
      const started = performance.now();
      const doc = await extractDocument({ bytes: new TextEncoder().encode(c.text), name: 'crafted.txt' });
      const { terms, clauses } = extractKeyTerms(doc);
      let markdown: string | undefined;
      for await (const e of summarizeDocument(doc, extractiveStrategy(), {})) if (e.type === 'done') markdown = e.summary.markdown;
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(BOUND_MS);
      // Still a well-formed result: the parties of the opening, a clause map, a summary with its Overview.
      expect(terms.parties?.text).toMatch(/Nordlicht GmbH/);
      expect(Array.isArray(clauses)).toBe(true);
      expect(markdown).toMatch(/^## Overview/);
    }, 120_000);
  }
});
