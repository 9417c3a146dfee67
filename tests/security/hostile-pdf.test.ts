import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { createOcrHook } from '../../electron/core/documents/ocr/createOcrHook';
import { shutdownParseWorker } from '../../electron/core/documents/worker/parseInWorker';
import { extractiveStrategy } from '../../electron/core/pipeline/extractiveStrategy';
import { summarizeDocument } from '../../electron/core/pipeline/summarizeDocument';
import { extractKeyTerms } from '../../electron/core/terms/extractKeyTerms';
import { rawPdf } from '../fixtures/rawPdf';

// PDFs are hostile input: a crafted file must not make reading, layout, key terms or the summary
// take time that grows with the square of its size. Each page below is a shape no real contract
// takes, at a size where a quadratic step took far longer than the bound (the layout alone took
// half a minute or more on each, and the old reader ended in the parse worker's 60 s limit); read in
// linear time the whole file takes about 5 s on a quiet machine and 14 s in a loaded CI run. The
// bound is generous so that a busy machine does not fail it.
const BOUND_MS = 45_000;

const WORDS = ['party', 'notice', 'shall', 'term', 'date', 'effective', 'state', 'law', 'years', 'days', 'company', 'and', 'or', 'the', 'of', 'by'];

/** The same words every run, in an order that looks random. */
function words(count: number): string[] {
  let seed = 7;
  return Array.from({ length: count }, () => {
    seed = (seed * 16807) % 2147483647;
    return WORDS[seed % WORDS.length]!;
  });
}

/** One run of text at (x, y) from the page's bottom left. */
const run = (text: string, x: number, y: number, size = 10): string => `BT /F1 ${size} Tf ${x.toFixed(1)} ${y.toFixed(1)} Td (${text}) Tj ET`;

function craftedPdf(): Uint8Array {
  // One paragraph of 20,000 short lines on a page tall enough to hold them.
  const lines = 20_000;
  const tall = 100 + lines * 12;
  const w = words(lines * 3);
  const page1 = [
    run('SUPPLY AGREEMENT', 72, tall - 20, 14),
    run('This Agreement is made between Nordlicht GmbH and Harbor Lane Inc.', 72, tall - 40),
    ...Array.from({ length: lines }, (_, i) => run(`${w[3 * i]} ${w[3 * i + 1]} ${w[3 * i + 2]}`, 72, tall - 70 - i * 12)),
  ].join('\n');
  // One line of 50,000 words, each its own run a word space apart, on a page wide enough for them.
  let x = 20;
  const page2Runs = words(50_000).map((word) => {
    const r = run(word, x, 400);
    x += word.length * 5.6 + 4;
    return r;
  });
  // A word split at a line end ("equip-" / "ment") beside a word of 30,000 letters.
  const long = 'n'.repeat(30_000);
  const page3 = [run('The Supplier shall deliver all equip-', 72, 400), run(`ment and ${long} here.`, 72, 388)].join('\n');
  return rawPdf([
    { content: page1, width: 612, height: tall },
    { content: page2Runs.join('\n'), width: Math.ceil(x + 100), height: 792 },
    { content: page3, width: 200 + long.length * 6, height: 792 },
  ]);
}

afterAll(async () => {
  await shutdownParseWorker();
});

describe('a crafted PDF is read in time that grows with its size, not its square', () => {
  it('reads, lays out, finds key terms in and summarizes a tall paragraph, a line of 50,000 words and a 30,000-letter word', async () => {
    const started = performance.now();
    const doc = await extractDocument({ bytes: craftedPdf(), name: 'crafted.pdf' });
    const { terms, clauses } = extractKeyTerms(doc);
    let markdown: string | undefined;
    for await (const e of summarizeDocument(doc, extractiveStrategy(), {})) if (e.type === 'done') markdown = e.summary.markdown;
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(BOUND_MS);
    // Still a well-formed result: three pages of text, the split word joined, the parties of the
    // opening, a clause map, a summary with its Overview.
    expect(doc.pageCount).toBe(3);
    expect(doc.pages[2]!.text).toMatch(/^The Supplier shall deliver all equipment and n{30000} here\.$/);
    expect(doc.pages[1]!.text.split(' ').length).toBeGreaterThanOrEqual(50_000);
    expect(terms.parties?.text).toMatch(/Nordlicht GmbH/);
    expect(Array.isArray(clauses)).toBe(true);
    expect(markdown).toMatch(/^## Overview/);
  }, 120_000);
});

describe('a crafted PDF cannot hold OCR for minutes', () => {
  // One word drawn 100,000 times over at the same spot: a text layer of no common words, so the page
  // goes to OCR to be read from its pixels, and drawing it took some 40 s each time (OCR draws a page
  // it doubts up to four times: close to two minutes in all). Its drawing is bounded now; reading the
  // file's text (some 10 s of it on a quiet machine) is most of what is left.
  const OCR_BOUND_MS = 60_000;

  it('reads a page of one word drawn 100,000 times at one spot, and says OCR could not read it', async () => {
    const content = Array.from({ length: 100_000 }, () => run('Harbor', 100, 400)).join('\n');
    const started = performance.now();
    const doc = await extractDocument({ bytes: rawPdf([{ content, width: 612, height: 792 }]), name: 'overprinted.pdf' }, { ocr: createOcrHook({ workers: 1 }) });
    const { terms } = extractKeyTerms(doc);
    expect(performance.now() - started).toBeLessThan(OCR_BOUND_MS);
    // The page's own text stands, with a warning that OCR gave up on it.
    expect(doc.pages[0]!.text.startsWith('HarborHarbor')).toBe(true);
    expect(doc.warnings.find((w) => w.code === 'GARBLED_TEXT')?.message).toMatch(/^Page 1 has a text layer that cannot be read as words, and OCR could not read it either \(Page 1 was not drawn for OCR/);
    expect(terms).toBeDefined();
  }, 180_000);
});
