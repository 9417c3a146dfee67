/**
 * Cloud mode's key-terms request goes through the same guard as the summary: the party names found
 * by the privacy signals never leave, the model answers about placeholders, and the key terms the
 * user sees carry the real names again. Real pipeline, real OpenAI-compatible provider, a
 * capturing server on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../shared/document';
import type { PipelineEvent } from '../../electron/core/pipeline/pipelineEvent';
import { KEY_TERM_NAMES } from '../../shared/terms';
import { summarizeInCloud } from '../../electron/core/service/cloudRunner';
import { createOpenAiProvider } from '../../electron/core/llm/openaiProvider';
import { prepareForCloud } from '../../electron/core/privacy/prepareForCloud';
import { defaultChatHandler, sendSse, startOpenAiServer, type OpenAiTestServer } from '../helpers/openaiServer';

const PARAGRAPHS = [
  'SUPPLY AGREEMENT',
  'This Supply Agreement is entered into by and between HALVORSEN TIDEWORKS LIMITED, a company registered in Norway ("Halvorsen"), and Brightwater Mills, LLC, a Delaware limited liability company (the "Buyer").',
  '1. Supply. Halvorsen shall supply the Products to the Buyer. Halvorsen’s prices are set out in Schedule A.',
  '2. Payment. The Buyer pays Halvorsen within 30 days of each invoice.',
  '3. Notices. If to Brightwater: Brightwater Mills, LLC, Attention: Ottilie Marchbank.',
  'IN WITNESS WHEREOF, the parties have signed this Agreement.',
  'HALVORSEN TIDEWORKS LIMITED By: /s/ Sigrun Aasheim Name: Sigrun Aasheim Title: Director',
];
const NAMES = ['Halvorsen', 'Tideworks', 'Brightwater', 'Marchbank', 'Aasheim', 'Sigrun', 'Ottilie'];

function doc(): ExtractedDocument {
  return {
    sha256: 'b'.repeat(64),
    kind: 'text',
    fileName: 'supply.txt',
    title: 'Supply Agreement',
    pageCount: 1,
    pages: [{ number: 1, text: PARAGRAPHS.join('\n\n') }],
    blocks: PARAGRAPHS.map((text, i) => ({ id: `p1.${i + 1}`, page: 1, kind: i === 0 ? ('heading' as const) : ('paragraph' as const), text, section: [] })),
    definitions: [{ term: 'Buyer', blockId: 'p1.2' }],
    warnings: [],
  };
}

let server: OpenAiTestServer;
beforeAll(async () => {
  server = await startOpenAiServer();
});
afterAll(async () => {
  await server.close();
});

describe('cloud key terms: the same guard, names restored', () => {
  it('sends no party name in any request, the terms request included, and shows the real names in the result', async () => {
    const d = doc();
    // Key terms' own party list is deliberately not used: the privacy signals must find the names alone.
    const prep = prepareForCloud(d, { redact: true, parties: [] });
    const seller = /(\[ORG_\d+\])/.exec(prep.document.blocks[1]!.text)?.[1];
    expect(seller).toBeDefined();
    let termsBody = '';
    server.setHandler((req, res, n) => {
      const schema = req.body?.response_format?.json_schema?.schema as { properties?: Record<string, unknown> } | undefined;
      if (!schema?.properties?.parties) return defaultChatHandler(req, res, n);
      termsBody = JSON.stringify(req.body);
      const answer: Record<string, unknown> = Object.fromEntries(KEY_TERM_NAMES.map((k) => [k, null]));
      answer.parties = { value: [{ name: seller, role: 'Seller' }], blockIds: ['p1.2'] };
      sendSse(res, [JSON.stringify(answer)]);
    });
    const provider = createOpenAiProvider({ baseUrl: server.baseUrl, model: 'test-model', apiKey: 'sk-test', retryTimings: { baseDelayMs: 5, maxDelayMs: 10, maxRetryAfterMs: 1_000 } });
    const before = server.requests.length;
    const events: PipelineEvent[] = [];
    for await (const e of summarizeInCloud(d, provider, { redact: true, consentHash: prep.sha256, preparation: prep, summarize: {} })) events.push(e);
    server.setHandler(defaultChatHandler);

    expect(termsBody).not.toBe('');
    const bodies = server.requests.slice(before).map((r) => r.raw).join('\n');
    for (const name of NAMES) expect(bodies.toLowerCase()).not.toContain(name.toLowerCase());
    expect(termsBody).toContain(seller);

    const done = events.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    const parties = JSON.stringify(done.summary.keyTerms?.parties?.value ?? null);
    expect(parties).not.toMatch(/\[(?:ORG|PERSON)_\d+\]/);
    expect(parties).toMatch(/HALVORSEN TIDEWORKS LIMITED|Halvorsen/);
  });
});
