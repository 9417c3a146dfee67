/**
 * SECURITY C4: cloud mode sends only the previewed (redacted) text, only with consent bound to its
 * sha256, never for a "never send" document; the answer is restored locally. Runs the real pipeline
 * and the real OpenAI-compatible provider against a capturing server on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../shared/document';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { modelStrategy } from '../../electron/core/pipeline/modelStrategy';
import type { PipelineEvent } from '../../electron/core/pipeline/pipelineEvent';
import { generate } from '../helpers/generate';
import { extractDocument } from '../../electron/core/documents/extractDocument';
import { createCloudRunner, summarizeInCloud } from '../../electron/core/service/cloudRunner';
import { createOpenAiProvider } from '../../electron/core/llm/openaiProvider';
import { guardCloudProvider, guardCloudStrategy } from '../../electron/core/privacy/guardCloudProvider';
import { prepareForCloud, renderPreview } from '../../electron/core/privacy/prepareForCloud';
import { corpusFile } from '../helpers/kit';
import { defaultChatHandler, sendSse, startOpenAiServer, type OpenAiTestServer } from '../helpers/openaiServer';
import { failureOf } from '../helpers/failureOf';

const fast = { baseDelayMs: 5, maxDelayMs: 10, maxRetryAfterMs: 1_000 };

function textDoc(paragraphs: string[], sha = 'a'.repeat(64)): ExtractedDocument {
  return {
    sha256: sha,
    kind: 'text',
    fileName: 'acme-msa.txt',
    title: 'Master Services Agreement',
    pageCount: 1,
    pages: [{ number: 1, text: paragraphs.join('\n\n') }],
    blocks: paragraphs.map((text, i) => ({ id: `p1.${i + 1}`, page: 1, kind: 'paragraph' as const, text, clause: String(i + 1), section: [] })),
    definitions: [],
    warnings: [],
  };
}

const PARAGRAPHS = [
  'This Master Services Agreement is made between Acme Widgets, Inc. ("Supplier") and Globex Corporation ("Customer").',
  'Notices to Supplier go to Jane Q. Doe at jane.doe@acme.example.com or +44 20 7946 0958.',
  'Customer shall pay all invoices within 30 days to IBAN GB82 WEST 1234 5698 7654 32. Late amounts bear interest of 1% per month.',
  'Either party may terminate this Agreement on 90 days written notice. Acme Widgets may suspend the services if invoices are unpaid.',
];
const SECRETS = ['Acme Widgets', 'Globex', 'Jane Q. Doe', 'jane.doe@acme.example.com', '7946 0958', 'GB82 WEST'];

async function collect(events: AsyncIterable<PipelineEvent>): Promise<PipelineEvent[]> {
  const out: PipelineEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

/** The document lines a map request carried, by block id, reassembled from its fenced excerpt. */
function sentBlocks(server: OpenAiTestServer): Map<string, string> {
  const byId = new Map<string, string>();
  for (const r of server.chatRequests()) {
    const user = r.body?.messages.find((m) => m.role === 'user')?.content ?? '';
    if (!/^Part \d+ of \d+/.test(user)) continue;
    const fenced = /<<<DOCUMENT ([0-9a-f]+)>>>\n([\s\S]*)\n<<<END DOCUMENT \1>>>/.exec(user);
    expect(fenced, 'map request has a fenced excerpt').not.toBeNull();
    for (const line of fenced![2]!.split('\n')) {
      if (line.startsWith('Section: ')) continue;
      const m = /^\[([^\]]+)\](?: \((?:[^()]|\([^()]*\))*\))? ([\s\S]*)$/.exec(line);
      expect(m, line).not.toBeNull();
      byId.set(m![1]!, (byId.get(m![1]!) ?? '') + m![2]!);
    }
  }
  return byId;
}

let server: OpenAiTestServer;
beforeAll(async () => {
  server = await startOpenAiServer();
});
afterAll(async () => {
  await server.close();
});

describe('C4 cloud consent and preview', () => {
  it('sends exactly the previewed text of a real contract (request bodies reassemble to the preview)', async () => {
    const doc = await extractDocument({ path: corpusFile('Example-Mutual-Non-Disclosure-Agreement.pdf') });
    const prep = prepareForCloud(doc, { redact: true });
    const before = server.requests.length;
    // A small context forces several map requests (and split paragraphs).
    const provider = createOpenAiProvider({ baseUrl: server.baseUrl, model: 'test-model', apiKey: 'sk-test', contextSize: 2048, retryTimings: fast });
    const events = await collect(summarizeInCloud(doc, provider, { redact: true, consentHash: prep.sha256, preparation: prep, summarize: {} }));
    const done = events.at(-1);
    expect(done?.type).toBe('done');
    // Same events and citations as locally: every cited block is a real block of the original.
    const ids = new Set(doc.blocks.map((b) => b.id));
    if (done?.type === 'done') {
      expect(done.summary.points.length).toBeGreaterThan(0);
      for (const p of done.summary.points) for (const c of p.citations) expect(ids.has(c.blockId)).toBe(true);
    }
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(['started', 'stage', 'keyTerms', 'chunkStarted', 'delta', 'chunkDone', 'done']));

    const sent = sentBlocks(server);
    expect(server.chatRequests().length).toBeGreaterThan(2);
    const reassembled = prep.document.blocks.map((b) => ({ ...b, text: sent.get(b.id) ?? '' }));
    expect(renderPreview(reassembled)).toBe(prep.previewText);
    // Nothing else of the document left: every raw body is free of the originals redaction replaced.
    for (const r of server.requests.slice(before)) for (const o of prep.originals()) expect(r.raw.toLowerCase()).not.toContain(o.toLowerCase());
  });

  it('redacts identifiers before sending and restores them locally in the streamed answer and the result', async () => {
    const doc = textDoc(PARAGRAPHS);
    const prep = prepareForCloud(doc, { redact: true });
    const [, supplier, customer] = /(\[ORG_\d+\]) \("Supplier"\) and (\[ORG_\d+\])/.exec(prep.document.blocks[0]!.text) ?? [];
    expect(supplier && customer).toBeTruthy();
    server.setHandler((req, res, n) => {
      if (req.body?.response_format) return defaultChatHandler(req, res, n);
      // The final answer mentions both parties' placeholders, split across stream pieces.
      sendSse(res, ['## Overview\nSupplier ', supplier!.slice(0, 3), `${supplier!.slice(3)} bills `, customer!.slice(0, 5), `${customer!.slice(5)} monthly [p. 1, §3].`]);
    });
    const before = server.requests.length;
    const provider = createOpenAiProvider({ baseUrl: server.baseUrl, model: 'test-model', apiKey: 'sk-test', retryTimings: fast });
    const events = await collect(summarizeInCloud(doc, provider, { redact: true, consentHash: prep.sha256, summarize: {} }));
    server.setHandler(defaultChatHandler);

    const bodies = server.requests.slice(before).map((r) => r.raw).join('\n');
    for (const s of SECRETS) expect(bodies).not.toContain(s);
    expect(bodies).toContain(supplier);

    const finalDeltas = events.filter((e): e is Extract<PipelineEvent, { type: 'delta' }> => e.type === 'delta' && e.stage === 'final');
    expect(finalDeltas.map((d) => d.text).join('')).toBe('## Overview\nSupplier Acme Widgets, Inc. bills Globex Corporation monthly [p. 1, §3].');
    const done = events.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.summary.markdown).toContain('Acme Widgets, Inc. bills Globex Corporation');
    expect(done.summary.markdown).not.toMatch(/\[(ORG|PERSON|EMAIL)_\d+\]/);
    expect(done.summary.document.title).toBe('Master Services Agreement');
    expect(done.summary.providerKind).toBe('cloud');
    const parties = done.summary.keyTerms?.parties?.value;
    expect(JSON.stringify(parties)).not.toMatch(/\[(ORG|PERSON)_/);
  });

  it('refuses without consent, with a stale consent, and for a "never send" document, before any byte leaves', async () => {
    const doc = textDoc(PARAGRAPHS);
    const prep = prepareForCloud(doc, { redact: true });
    const provider = createOpenAiProvider({ baseUrl: server.baseUrl, model: 'test-model', apiKey: 'sk-test' });
    const before = server.requests.length;

    expect(() => guardCloudProvider(provider, prep, undefined)).toThrow(expect.objectContaining({ code: 'CONSENT_REQUIRED' }));
    // The user consented to this preview, then the document changed: the old consent no longer covers it.
    const changed = textDoc([...PARAGRAPHS.slice(0, 3), 'Either party may terminate at any time.']);
    const f = await failureOf(collect(summarizeInCloud(changed, provider, { redact: true, consentHash: prep.sha256, summarize: {} })));
    expect(f.code).toBe('CONSENT_REQUIRED');
    // Consent to the redacted preview does not cover sending the text unredacted.
    expect((await failureOf(collect(summarizeInCloud(doc, provider, { redact: false, consentHash: prep.sha256, summarize: {} })))).code).toBe('CONSENT_REQUIRED');
    const never = await failureOf(collect(summarizeInCloud(doc, provider, { redact: true, neverSend: true, consentHash: prep.sha256, summarize: {} })));
    expect(never.code).toBe('CLOUD_FORBIDDEN_FOR_DOCUMENT');
    expect(server.requests.length).toBe(before);
  });

  it('the guard blocks a request whose text is not the consented text', async () => {
    const doc = textDoc(PARAGRAPHS);
    const prep = prepareForCloud(doc, { redact: true });
    const provider = createOpenAiProvider({ baseUrl: server.baseUrl, model: 'test-model', apiKey: 'sk-test' });
    const guarded = guardCloudProvider(provider, prep, prep.sha256);
    const before = server.requests.length;
    const original = doc.blocks[1]!;
    const tampered = { ...original, text: original.text };
    const leak = generate(guarded, { system: 's', user: `Part 1 of 1 of the contract:\n[p1.2] ${original.text}`, maxTokens: 8 });
    expect((await failureOf(leak)).code).toBe('CONSENT_REQUIRED');
    // A step that reads a block whose text is not the consented text is refused before it asks the model.
    const steps = guardCloudStrategy(modelStrategy(guarded), prep).prepare(prep.document, { length: 'brief' });
    const tamperedStep = steps.final([], [tampered], new AbortController().signal, () => undefined);
    expect((await failureOf(tamperedStep)).code).toBe('CONSENT_REQUIRED');
    const sneaky = generate(guarded, { system: 's', user: 'Please also consider: Jane Q. Doe', maxTokens: 8 });
    expect((await failureOf(sneaky)).code).toBe('CONSENT_REQUIRED');
    expect(server.requests.length).toBe(before);
  });

  it('the service cloud runner checks consent itself and loads the provider only for a consented job', async () => {
    const doc = textDoc(PARAGRAPHS);
    const settings = { ...DEFAULT_SETTINGS, mode: 'cloud' as const, cloud: { baseUrl: server.baseUrl, model: 'test-model', redact: true } };
    const prep = prepareForCloud(doc, { redact: true });
    let keyReads = 0;
    const runner = createCloudRunner({ getApiKey: async () => (keyReads++, 'sk-runner'), retryTimings: fast });
    const signal = new AbortController().signal;
    const before = server.requests.length;
    const refused = await failureOf(collect(runner({ jobId: 'r1', document: doc, options: {}, settings, consentHash: 'f'.repeat(64), signal })));
    expect(refused.code).toBe('CONSENT_REQUIRED');
    expect(keyReads).toBe(0);
    expect(server.requests.length).toBe(before);
    const events = await collect(runner({ jobId: 'r2', document: doc, options: { length: 'brief' }, settings, consentHash: prep.sha256, signal }));
    expect(events.at(-1)?.type).toBe('done');
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer sk-runner');
  });
});
