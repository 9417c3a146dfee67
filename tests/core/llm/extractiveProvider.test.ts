import { describe, expect, it } from 'vitest';
import type { SummaryEvent } from '../../../shared/summary';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { createExtractiveProvider } from '../../../electron/core/llm/extractiveProvider';
import type { ChunkInput } from '../../../electron/core/chunking/chunkDocument';
import type { GenerateRequest } from '../../../electron/core/llm/provider';
import { summarizeDocument } from '../../../electron/core/pipeline/summarizeDocument';
import { FINAL_SECTIONS } from '../../../electron/core/pipeline/prompts';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
import { mergeKeyTerms } from '../../../electron/core/terms/mergeKeyTerms';
import { makeDoc } from '../terms/docFixture';

const doc = makeDoc([
  { text: 'SUPPLY AGREEMENT', kind: 'heading' },
  { text: 'Supplier shall deliver the Products to the Buyer’s warehouse within ten (10) days of each purchase order.', clause: '2.1' },
  { text: 'Buyer shall pay each invoice within thirty (30) days of receipt, in US dollars.', clause: '3.1' },
  { text: 'Supplier’s aggregate liability under this Agreement shall not exceed the fees paid in the prior twelve months.', clause: '7.1' },
  { text: 'The headings in this Agreement are for convenience only.', clause: '9.4' },
  { text: 'This Agreement is governed by the laws of the State of New York.', clause: '9.5', page: 2 },
]);

const chunk: ChunkInput = { index: 0, blockIds: doc.blocks.map((b) => b.id), section: [], pages: [1, 2], text: '', tokens: 0 };
const request = (task: GenerateRequest['task']): GenerateRequest => ({ system: 'ignored', user: 'ignored', maxTokens: 100, task });

describe('extractive provider', () => {
  it('answers a map task with real sentences citing real block ids', async () => {
    const provider = createExtractiveProvider({ sentences: 3 });
    const result = await provider.generate(request({ type: 'map', chunk, blocks: doc.blocks }));
    const json = result.json as { points: { text: string; blockIds: string[] }[] };
    expect(json).toEqual(JSON.parse(result.text));
    expect(json.points).toHaveLength(3);
    const byId = new Map(doc.blocks.map((b) => [b.id, b.text]));
    for (const p of json.points) {
      expect(p.blockIds).toHaveLength(1);
      expect(byId.get(p.blockIds[0]!)).toContain(p.text);
    }
    expect(json.points.map((p) => p.blockIds[0])).not.toContain('p1.5');
  });

  it('writes final markdown under the pipeline sections with rendered citations', async () => {
    const provider = createExtractiveProvider({ sentences: 4 });
    const streamed: string[] = [];
    const result = await provider.generate(request({ type: 'final', points: [], blocks: doc.blocks }), { onText: (t) => streamed.push(t) });
    expect(streamed.join('')).toBe(result.text);
    const headings = [...result.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('Overview');
    for (const h of headings) expect(FINAL_SECTIONS as readonly string[]).toContain(h);
    expect(result.text).toMatch(/\[p\. 1, §3\.1\]/);
    expect(result.stopReason).toBe('eos');
  });

  it('answers a terms task in the model schema shape, which the merge accepts as agreement', async () => {
    const provider = createExtractiveProvider();
    const result = await provider.generate(request({ type: 'terms', blocks: doc.blocks }));
    const json = result.json as Record<string, { value: unknown; blockIds: string[]; blank: boolean } | null>;
    expect(Object.keys(json)).toHaveLength(17);
    expect(json.governingLaw).toMatchObject({ value: 'New York, United States', blockIds: ['p2.1'], blank: false });
    expect(json.insurance).toBeNull();
    const rules = extractKeyTerms(doc).terms;
    const merged = mergeKeyTerms(rules, json, doc);
    expect(merged.governingLaw).toMatchObject({ source: 'both' });
    expect(Object.values(merged).some((t) => t?.warning)).toBe(false);
  });

  it('is deterministic, refuses free-form prompts and honours an aborted signal', async () => {
    const provider = createExtractiveProvider();
    const a = await provider.generate(request({ type: 'final', points: [], blocks: doc.blocks }));
    const b = await provider.generate(request({ type: 'final', points: [], blocks: doc.blocks }));
    expect(a.text).toBe(b.text);
    await expect(provider.generate(request({ type: 'raw' }))).rejects.toMatchObject({ code: 'GENERATION_FAILED' });
    const controller = new AbortController();
    controller.abort();
    await expect(provider.generate(request({ type: 'final', points: [], blocks: doc.blocks }), { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(provider.kind).toBe('extractive');
    expect(provider.countTokens('four')).toBeGreaterThanOrEqual(1);
  });

  it('summarizes a real text file end to end through the pipeline with valid citations', async () => {
    const text = [
      'CONSULTING AGREEMENT',
      'This Consulting Agreement is made on 1 March 2024 between Orbit Labs Ltd ("Client") and Jane Roe ("Consultant").',
      '1. Services. The Consultant shall provide data engineering services described in Schedule 1.',
      '2. Fees. The Client shall pay the Consultant GBP 600 per day, invoiced monthly and payable within 30 days.',
      '3. Term. This Agreement starts on the date above and ends after six (6) months unless extended in writing.',
      '4. Confidentiality. The Consultant shall keep all Client information confidential during and for two (2) years after the term.',
      '5. Liability. The Consultant’s total liability shall not exceed the fees paid under this Agreement.',
      '6. Law. This Agreement is governed by the laws of England and Wales.',
    ].join('\n\n');
    const real = await extractDocument({ bytes: new TextEncoder().encode(text), name: 'consulting.txt' });
    const events: SummaryEvent[] = [];
    for await (const e of summarizeDocument(real, createExtractiveProvider({ sentences: 4 }), { jobId: 'x' })) events.push(e);
    const done = events.find((e) => e.type === 'done');
    if (done?.type !== 'done') throw new Error(`no result: ${JSON.stringify(events.at(-1))}`);
    expect(done.stats.droppedCitations).toBe(0);
    expect(done.summary.providerKind).toBe('extractive');
    expect(done.summary.markdown).toMatch(/^## Overview/m);
    expect((done.summary.markdown.match(/\[p\. 1(, [^\]]+)?\]/g) ?? []).length).toBe(4);
    expect(done.summary.keyTerms?.governingLaw?.value).toBe('England and Wales');
  });
});

describe('extractive provider run statistics', () => {
  it('reports sentences read and chosen, never tokens it did not read or generate', async () => {
    const provider = createExtractiveProvider({ sentences: 2 });
    const map = await provider.generate(request({ type: 'map', chunk, blocks: doc.blocks }));
    expect(map.promptTokens).toBe(0);
    expect(map.generatedTokens).toBe(0);
    // Five sentence blocks and a heading: the heading is not a sentence.
    expect(map.sentences).toEqual({ read: 5, chosen: 2 });
  });

  it('carries the counts into the job stats: document sentences read, summary sentences chosen', async () => {
    let done: Extract<SummaryEvent, { type: 'done' }> | undefined;
    for await (const e of summarizeDocument(doc, createExtractiveProvider({ sentences: 3 }), { jobId: 'stats' })) if (e.type === 'done') done = e;
    expect(done).toBeDefined();
    const { stats, summary } = done!;
    expect(stats.promptTokens).toBe(0);
    expect(stats.generatedTokens).toBe(0);
    expect(stats.tokensPerSecond).toBe(0);
    expect(stats.sentencesRead).toBe(5);
    expect(stats.sentencesChosen).toBe(summary.points.length);
    expect(stats.sentencesChosen).toBe(3);
    expect(stats.keyTermsMs).toBeGreaterThanOrEqual(0);
  });
});
