import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/document';
import { blockLine, chunkDocument, sectionHeader } from '../../../electron/core/chunking/chunkDocument';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { PrecisFailure } from '../../../electron/core/errors';
import { createLocalProvider, type LocalProvider } from '../../../electron/core/llm/localProvider';
import { CORPUS_DIR, corpusFile } from '../../helpers/kit';
import { tinyModelPath } from '../../helpers/tinyGguf';
import { sampleDocument } from '../pipeline/sampleDocument';

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

/**
 * Nothing is silently dropped: every block is in some chunk, and the chunks' text with section
 * headers and id markers removed is exactly the document's text, in order.
 */
function expectCovered(blocks: Block[], chunks: { blockIds: string[]; text: string; section: string[] }[]): void {
  for (const b of blocks) expect(chunks.some((c) => c.blockIds.includes(b.id)), `block ${b.id} in no chunk`).toBe(true);
  let all = chunks.map((c) => c.text.slice(sectionHeader(c.section).length)).join('\n');
  for (const b of blocks) all = all.split(blockLine(b, '')).join('');
  const squash = (t: string) => t.replace(/\s+/g, '');
  expect(squash(all)).toBe(squash(blocks.map((b) => b.text).join('')));
}

describe('chunkDocument', () => {
  it('keeps clauses whole when they fit and ends chunks on clause boundaries', () => {
    const doc = sampleDocument({ sections: 6, paragraphs: 3 });
    const chunks = chunkDocument(doc, { countTokens: words, budget: 160 });
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.tokens).toBeLessThanOrEqual(160);
      expect(c.tokens).toBe(words(c.text));
      // Every chunk starts at a numbered clause's heading: no clause is cut in two.
      const first = doc.blocks.find((b) => b.id === c.blockIds[0]);
      expect(first?.kind).toBe('heading');
    }
    expect(chunks.map((c) => c.index)).toEqual(chunks.map((_, i) => i));
    expectCovered(doc.blocks, chunks);
  });

  it('repeats the section path at the top and records pages and block ids', () => {
    const doc = sampleDocument({ sections: 2, paragraphs: 8 });
    const chunks = chunkDocument(doc, { countTokens: words, budget: 90 });
    const later = chunks.find((c) => c.blockIds.every((id) => doc.blocks.find((b) => b.id === id)?.kind === 'paragraph'));
    expect(later).toBeDefined();
    expect(later?.text.startsWith('Section: ')).toBe(true);
    expect(later?.section.length).toBe(1);
    for (const c of chunks) expect(c.pages).toEqual([...new Set(c.blockIds.map((id) => doc.blocks.find((b) => b.id === id)?.page))]);
  });

  it('splits a block longer than the budget at sentence boundaries without losing text', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} says the Supplier must act promptly.`).join(' ');
    const doc = { blocks: [{ id: 'p1.1', page: 1, kind: 'paragraph' as const, text: long, clause: '7.2', section: ['7. Supply'] }] };
    const chunks = chunkDocument(doc, { countTokens: words, budget: 60 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) {
      expect(c.tokens).toBeLessThanOrEqual(60);
      expect(c.blockIds).toEqual(['p1.1']);
      // Pieces end at a sentence end.
      expect(c.text.trimEnd().endsWith('.')).toBe(true);
    }
    expectCovered(doc.blocks, chunks);
  });

  it('fails with CONTEXT_TOO_SMALL when there is no room for any text', () => {
    expect(() => chunkDocument(sampleDocument(), { countTokens: words, budget: 10 })).toThrow(PrecisFailure);
    try {
      chunkDocument(sampleDocument(), { countTokens: words, budget: 10 });
    } catch (e) {
      expect((e as PrecisFailure).code).toBe('CONTEXT_TOO_SMALL');
    }
  });

  it('renders blocks with the id the model cites', () => {
    expect(blockLine({ id: 'p4.7', clause: '7.2' }, 'Text.')).toBe('[p4.7] (7.2) Text.');
    expect(blockLine({ id: 'p1.1' }, 'Text.')).toBe('[p1.1] Text.');
  });
});

describe('chunkDocument on long inputs', () => {
  /** A word counter that also tallies how many characters it was asked to read. */
  const meteredWords = () => {
    const meter = { chars: 0 };
    return { meter, count: (t: string) => ((meter.chars += t.length), words(t)) };
  };

  it('reads each character a bounded number of times, however many blocks (linear packing)', () => {
    const doc = sampleDocument({ sections: 150, paragraphs: 6 });
    const size = doc.blocks.reduce((n, b) => n + blockLine(b, b.text).length, 0);
    const { meter, count } = meteredWords();
    const chunks = chunkDocument(doc, { countTokens: count, budget: 2000 });
    expect(chunks.length).toBeGreaterThan(10);
    // Re-rendering the chunk per added block would read the text hundreds of times over.
    expect(meter.chars).toBeLessThan(4 * size);
    for (const c of chunks) expect(c.tokens).toBeLessThanOrEqual(2000);
    expectCovered(doc.blocks, chunks);
  });

  it('splits a one-megabyte block in linear work without losing text', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `Sentence ${i} says the Supplier must act promptly.`).join(' ');
    const doc = { blocks: [{ id: 'p1.1', page: 1, kind: 'paragraph' as const, text: long, clause: '7.2', section: ['7. Supply'] }] };
    const { meter, count } = meteredWords();
    const chunks = chunkDocument(doc, { countTokens: count, budget: 500 });
    expect(chunks.length).toBeGreaterThan(100);
    expect(meter.chars).toBeLessThan(6 * long.length);
    for (const c of chunks) expect(c.tokens).toBeLessThanOrEqual(500);
    expectCovered(doc.blocks, chunks);
  });

  it('cuts a long run with no spaces into pieces that fit', () => {
    const doc = { blocks: [{ id: 'p1.1', page: 1, kind: 'paragraph' as const, text: 'z'.repeat(50_000), section: [] }] };
    const chars = (t: string) => Math.ceil(t.length / 4);
    const chunks = chunkDocument(doc, { countTokens: chars, budget: 300 });
    for (const c of chunks) expect(c.tokens).toBeLessThanOrEqual(300);
    expectCovered(doc.blocks, chunks);
  });

  it('corrects a running total that under-counts by cutting the chunk back', () => {
    // A tokenizer whose count grows faster than the sum of its parts: per-line totals miss the extra.
    const count = (t: string) => words(t) + Math.floor(words(t) / 20);
    const doc = sampleDocument({ sections: 30, paragraphs: 4 });
    const chunks = chunkDocument(doc, { countTokens: count, budget: 120 });
    for (const c of chunks) {
      expect(c.tokens).toBe(count(c.text));
      expect(c.tokens).toBeLessThanOrEqual(120);
    }
    expectCovered(doc.blocks, chunks);
  });
});

describe('chunkDocument on the whole corpus with the real tokenizer', () => {
  let provider: LocalProvider;
  beforeAll(async () => {
    provider = await createLocalProvider({ modelPath: await tinyModelPath(), threads: 1, parallel: 1, contextSize: 512 });
  });
  afterAll(async () => {
    await provider?.dispose();
    await shutdownParseWorker();
  });

  const files = readdirSync(CORPUS_DIR).filter((f) => /\.(pdf|docx)$/.test(f));

  it.each(files)('covers every block of %s within the token budget', async (name) => {
    const doc = await extractDocument({ path: corpusFile(name) });
    expect(doc.blocks.length).toBeGreaterThan(0);
    const countTokens = (t: string) => provider.countTokens(t);
    const budget = 400;
    const chunks = chunkDocument(doc, { countTokens, budget });
    for (const c of chunks) {
      expect(c.tokens).toBeLessThanOrEqual(budget);
      expect(c.tokens).toBe(countTokens(c.text));
    }
    expectCovered(doc.blocks, chunks);
  });
});
