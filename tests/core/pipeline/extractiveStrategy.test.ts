import { describe, expect, it } from 'vitest';
import type { ChunkInput } from '../../../electron/core/chunking/chunkDocument';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { extractiveStrategy } from '../../../electron/core/pipeline/extractiveStrategy';
import type { PipelineEvent } from '../../../electron/core/pipeline/pipelineEvent';
import type { KeyTermsEngine } from '../../../electron/core/pipeline/keyTermsEngine';
import { FINAL_SECTIONS } from '../../../electron/core/pipeline/prompts';
import { summarizeDocument } from '../../../electron/core/pipeline/summarizeDocument';
import { extractKeyTerms } from '../../../electron/core/terms/extractKeyTerms';
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

describe('extractive strategy', () => {
  const live = new AbortController().signal;

  it('answers a map step with real sentences citing real block ids', async () => {
    const steps = extractiveStrategy({ sentences: 3 }).prepare(doc, { length: 'standard' });
    const { answer } = await steps.map(chunk, doc.blocks, live);
    const json = answer as { points: { text: string; blockIds: string[] }[] };
    expect(json.points).toHaveLength(3);
    const byId = new Map(doc.blocks.map((b) => [b.id, b.text]));
    for (const p of json.points) {
      expect(p.blockIds).toHaveLength(1);
      expect(byId.get(p.blockIds[0]!)).toContain(p.text);
    }
    expect(json.points.map((p) => p.blockIds[0])).not.toContain('p1.5');
  });

  it('writes final markdown under the pipeline sections with rendered citations', async () => {
    const steps = extractiveStrategy({ sentences: 4 }).prepare(doc, { length: 'standard' });
    const streamed: string[] = [];
    const result = await steps.final([], doc.blocks, live, (t) => streamed.push(t));
    expect(streamed.join('')).toBe(result.text);
    const headings = [...result.text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('Overview');
    for (const h of headings) expect(FINAL_SECTIONS as readonly string[]).toContain(h);
    expect(result.text).toMatch(/\[p\. 1, §3\.1\]/);
  });

  it('adds no key terms of its own: the rules stand alone, with no model step to merge', () => {
    const steps = extractiveStrategy().prepare(doc, { length: 'standard' });
    expect(steps.terms).toBeUndefined();
  });

  it('is deterministic and honours an aborted signal', async () => {
    const strategy = extractiveStrategy();
    const steps = strategy.prepare(doc, { length: 'standard' });
    const a = await steps.final([], doc.blocks, live, () => undefined);
    const b = await steps.final([], doc.blocks, live, () => undefined);
    expect(a.text).toBe(b.text);
    const controller = new AbortController();
    controller.abort();
    await expect(steps.final([], doc.blocks, controller.signal, () => undefined)).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(steps.map(chunk, doc.blocks, controller.signal)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(strategy.kind).toBe('extractive');
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
    const events: PipelineEvent[] = [];
    for await (const e of summarizeDocument(real, extractiveStrategy({ sentences: 4 }))) events.push(e);
    const done = events.find((e) => e.type === 'done');
    if (done?.type !== 'done') throw new Error(`no result: ${JSON.stringify(events.at(-1))}`);
    expect(done.stats.droppedCitations).toBe(0);
    expect(done.summary.providerKind).toBe('extractive');
    expect(done.summary.markdown).toMatch(/^## Overview/m);
    // A text file has no printed pages: its citations name the clause (or the paragraph), never "p. 1".
    expect(done.summary.markdown).not.toMatch(/\[p\. \d/);
    // The Overview states the whole document's key terms (parties, date, end, law), then the four ranked sentences follow.
    const overview = done.summary.markdown.split('\n## ')[0]!;
    expect(overview).toMatch(/between Orbit Labs Ltd .* and Jane Roe .*\[¶ \d+\]/);
    // "starts on the date above and ends after six (6) months": the end is computed and cites both clauses.
    expect(overview).toMatch(/It runs until September 1, 2024 \(6 months from the agreement date\)\. \[§3\] \[¶ 2\]/);
    expect(overview).toMatch(/England and Wales governs it\. \[§6\]/);
    expect((done.summary.markdown.match(/\[(§[^\]]+|¶ \d+)\]/g) ?? []).length).toBe(10);
    expect(done.stats.sentencesChosen).toBe(4);
    expect(done.summary.keyTerms?.governingLaw?.value).toBe('England and Wales');

    // Key terms are read once per job: the Overview is written from the very terms the job's engine
    // returned (here altered on purpose), not from a second reading of the document.
    let reads = 0;
    const engine: KeyTermsEngine = {
      extract(d) {
        reads += 1;
        const found = extractKeyTerms(d);
        return { ...found, terms: { ...found.terms, governingLaw: { ...found.terms.governingLaw!, value: 'Scotland' } } };
      },
    };
    let shared: Extract<PipelineEvent, { type: 'done' }> | undefined;
    for await (const e of summarizeDocument(real, extractiveStrategy({ sentences: 4 }), { keyTerms: engine })) if (e.type === 'done') shared = e;
    expect(reads).toBe(1);
    expect(shared?.summary.markdown).toMatch(/The law of Scotland governs it\./);
  });
});

describe('extractive strategy run statistics', () => {
  const live = new AbortController().signal;

  it('reports sentences read and chosen, never tokens it did not read or generate', async () => {
    const steps = extractiveStrategy({ sentences: 2 }).prepare(doc, { length: 'standard' });
    const map = await steps.map(chunk, doc.blocks, live);
    expect(map.promptTokens).toBe(0);
    expect(map.generatedTokens).toBe(0);
    // Five sentence blocks and a heading: the heading is not a sentence.
    expect(map.sentences).toEqual({ read: 5, chosen: 2 });
  });

  it('carries the counts into the job stats: document sentences read, summary sentences chosen', async () => {
    let done: Extract<PipelineEvent, { type: 'done' }> | undefined;
    for await (const e of summarizeDocument(doc, extractiveStrategy({ sentences: 3 }))) if (e.type === 'done') done = e;
    expect(done).toBeDefined();
    const { stats, summary } = done!;
    expect(stats.promptTokens).toBe(0);
    expect(stats.generatedTokens).toBe(0);
    expect(stats.tokensPerSecond).toBe(0);
    expect(stats.sentencesRead).toBe(5);
    // Chosen = the document's sentences written under the sections after the Overview; the Overview's
    // facts come from the key terms, and a ranked sentence the Overview already states is not repeated.
    const written = summary.markdown.split('\n## ').slice(1).join('\n').split('\n').filter((l) => l.startsWith('- ')).length;
    expect(stats.sentencesChosen).toBe(written);
    expect(stats.sentencesChosen).toBeGreaterThanOrEqual(2);
    expect(stats.sentencesChosen).toBeLessThanOrEqual(3);
    expect(stats.keyTermsMs).toBeGreaterThanOrEqual(0);
  });
});
