import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrecisFailure } from '../../../electron/core/errors';
import { chat, complete } from '../../../electron/core/llm/complete';
import { createOpenAiProvider, listOpenAiModels, type OpenAiProviderOptions } from '../../../electron/core/llm/openaiProvider';
import { generate, type TestRequest } from '../../helpers/generate';
import { sendError, sendSse, startOpenAiServer, type OpenAiTestServer } from '../../helpers/openaiServer';
import { failureOf } from '../../helpers/failureOf';

const KEY = 'sk-test-provider-key-0001';
const fast = { baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 5_000 };

function request(extra: Partial<TestRequest> = {}): TestRequest {
  return { system: 'You summarize contracts.', user: 'Summarize: the Licensee pays 10 EUR.', maxTokens: 64, ...extra };
}

let server: OpenAiTestServer;
let opts: OpenAiProviderOptions;

beforeEach(async () => {
  server = await startOpenAiServer({ models: ['zeta-model', 'alpha-model', 'gpt-4o-mini'] });
  opts = { baseUrl: server.baseUrl, model: 'gpt-4o-mini', apiKey: KEY, retryTimings: fast, timeoutMs: 5_000 };
});
afterEach(async () => {
  await server.close();
});

describe('streaming chat completions', () => {
  it('streams deltas, reports usage and sends a minimal request without machine headers', async () => {
    server.setHandler((_req, res) => sendSse(res, ['The ', 'Licensee ', 'pays.'], { usage: { prompt_tokens: 31, completion_tokens: 3 } }));
    const provider = createOpenAiProvider(opts);
    const pieces: string[] = [];
    const r = await generate(provider, request({ temperature: 0.2, seed: 7 }), { onText: (t) => pieces.push(t) });
    expect(pieces).toEqual(['The ', 'Licensee ', 'pays.']);
    expect(r).toMatchObject({ text: 'The Licensee pays.', promptTokens: 31, generatedTokens: 3, stopReason: 'eos' });
    const [sent] = server.chatRequests();
    expect(sent?.body).toMatchObject({
      model: 'gpt-4o-mini',
      stream: true,
      max_tokens: 64,
      temperature: 0.2,
      seed: 7,
      messages: [
        { role: 'system', content: 'You summarize contracts.' },
        { role: 'user', content: 'Summarize: the Licensee pays 10 EUR.' },
      ],
    });
    expect(sent?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(Object.keys(sent?.headers ?? {}).filter((h) => h.startsWith('x-stainless'))).toEqual([]);
    expect(provider.kind).toBe('cloud');
    expect(provider.contextSize).toBe(128_000);
  });

  it('reports maxTokens when the server stops on length, and counts tokens itself when no usage comes back', async () => {
    server.setHandler((_req, res) => sendSse(res, ['one two three'], { finishReason: 'length' }));
    const provider = createOpenAiProvider(opts);
    const r = await generate(provider, request());
    expect(r.stopReason).toBe('maxTokens');
    expect(r.generatedTokens).toBe(provider.countTokens('one two three'));
    expect(r.promptTokens).toBeGreaterThan(5);
  });

  it('cancels at once when the signal fires mid-stream', async () => {
    server.setHandler((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: 'partial' }, finish_reason: null }] })}\n\n`);
      // never finishes
    });
    const provider = createOpenAiProvider(opts);
    const ac = new AbortController();
    const started = Date.now();
    const f = await failureOf(generate(provider, request(), { signal: ac.signal, onText: () => ac.abort() }));
    expect(f.code).toBe('CANCELLED');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('retries and failures', () => {
  it('waits as long as Retry-After says on a 429, then succeeds', async () => {
    server.setHandler((_req, res, n) => {
      if (n === 0) sendError(res, 429, 'Rate limit reached', { headers: { 'retry-after': '1' } });
      else sendSse(res, ['ok']);
    });
    // A backoff far longer than Retry-After: finishing in ~1 s proves the header was honoured.
    const provider = createOpenAiProvider({ ...opts, retryTimings: { baseDelayMs: 20_000, maxDelayMs: 20_000, maxRetryAfterMs: 5_000 } });
    const started = Date.now();
    const r = await generate(provider, request());
    const elapsed = Date.now() - started;
    expect(r.text).toBe('ok');
    expect(server.chatRequests()).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('tells the caller how long it waits before trying again, and when it tries again', async () => {
    server.setHandler((_req, res, n) => {
      if (n === 0) sendError(res, 429, 'Rate limit reached', { headers: { 'retry-after': '1' } });
      else sendSse(res, ['ok']);
    });
    const provider = createOpenAiProvider({ ...opts, retryTimings: { baseDelayMs: 20_000, maxDelayMs: 20_000, maxRetryAfterMs: 5_000 } });
    const waits: number[] = [];
    const r = await complete(provider, chat('You summarize contracts.', 'Summarize: the Licensee pays.'), { maxTokens: 16, onWait: (ms) => waits.push(ms) });
    expect(r.text).toBe('ok');
    expect(waits).toEqual([1000, 0]);
  });

  it('tells no wait when the first request is answered', async () => {
    server.setHandler((_req, res) => sendSse(res, ['ok']));
    const waits: number[] = [];
    await complete(createOpenAiProvider(opts), chat('You summarize contracts.', 'Summarize.'), { maxTokens: 16, onWait: (ms) => waits.push(ms) });
    expect(waits).toEqual([]);
  });

  it('fails as rate-limited without waiting when Retry-After is longer than allowed', async () => {
    server.setHandler((_req, res) => sendError(res, 429, 'slow down', { headers: { 'retry-after': '3600' } }));
    const f = await failureOf(generate(createOpenAiProvider(opts), request()));
    expect(f.code).toBe('CLOUD_RATE_LIMITED');
    expect(f.retryable).toBe(true);
    expect(server.chatRequests()).toHaveLength(1);
  });

  it('retries a 500 with backoff, and gives up after maxRetries with CLOUD_UNAVAILABLE', async () => {
    server.setHandler((_req, res, n) => (n < 2 ? sendError(res, 500, 'boom') : sendSse(res, ['recovered'])));
    expect((await generate(createOpenAiProvider(opts), request())).text).toBe('recovered');
    expect(server.chatRequests()).toHaveLength(3);

    server.setHandler((_req, res) => sendError(res, 503, 'down'));
    const f = await failureOf(generate(createOpenAiProvider({ ...opts, maxRetries: 2 }), request()));
    expect(f.code).toBe('CLOUD_UNAVAILABLE');
    expect(server.chatRequests()).toHaveLength(3 + 3);
  });

  it('fails clearly when the connection is reset mid-stream after text reached the caller (no duplicate text)', async () => {
    server.setHandler((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: 'half an ans' }, finish_reason: null }] })}\n\n`);
      setTimeout(() => res.socket?.destroy(), 30);
      void req;
    });
    const pieces: string[] = [];
    const f = await failureOf(generate(createOpenAiProvider(opts), request(), { onText: (t) => pieces.push(t) }));
    expect(f.code).toBe('CLOUD_UNAVAILABLE');
    expect(f.retryable).toBe(true);
    expect(pieces).toEqual(['half an ans']);
    expect(server.chatRequests()).toHaveLength(1);
  });

  it('retries a structured answer reset mid-stream (it is held back until whole, so nothing reached the caller)', async () => {
    server.setHandler((_req, res, n) => {
      if (n > 0) return sendSse(res, ['{"a":1}']);
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: '{"a":' }, finish_reason: null }] })}\n\n`);
      setTimeout(() => res.socket?.destroy(), 30);
    });
    const pieces: string[] = [];
    const r = await generate(createOpenAiProvider(opts), request({ jsonSchema: { type: 'object' } }), { onText: (t) => pieces.push(t) });
    expect(r.text).toBe('{"a":1}');
    expect(pieces).toEqual(['{"a":1}']);
    expect(server.chatRequests()).toHaveLength(2);
  });

  it('treats a stream that ends without a finish reason as incomplete, not as an answer', async () => {
    server.setHandler((_req, res) => sendSse(res, ['cut'], { finishReason: null, done: false }));
    const f = await failureOf(generate(createOpenAiProvider({ ...opts, maxRetries: 0 }), request()));
    expect(f.code).toBe('CLOUD_UNAVAILABLE');
  });

  it('times out a server that never answers, and one that stalls mid-stream', async () => {
    server.setHandler(() => {
      /* never answers */
    });
    const started = Date.now();
    const f = await failureOf(generate(createOpenAiProvider({ ...opts, timeoutMs: 150, maxRetries: 1 }), request()));
    expect(f.code).toBe('CLOUD_TIMEOUT');
    // The wait is no setting: the message sends the user nowhere the window has no field for.
    expect(f.message).toMatch(/did not answer in time\. Try again/);
    expect(f.message).not.toMatch(/Settings/);
    expect(server.chatRequests()).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(3_000);

    server.setHandler((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: 'slow' }, finish_reason: null }] })}\n\n`);
    });
    const g = await failureOf(generate(createOpenAiProvider({ ...opts, timeoutMs: 150 }), request(), { onText: () => {} }));
    expect(g.code).toBe('CLOUD_TIMEOUT');
    expect(g.message).toBe(f.message);
  });

  it.each([401, 403])('maps HTTP %i to CLOUD_AUTH without retrying or echoing the key', async (status) => {
    server.setHandler((_req, res) => sendError(res, status, `Incorrect API key provided: ${KEY}`));
    const f = await failureOf(generate(createOpenAiProvider(opts), request()));
    expect(f.code).toBe('CLOUD_AUTH');
    expect(f.message).not.toContain(KEY);
    expect(f.message).toContain('127.0.0.1');
    expect(server.chatRequests()).toHaveLength(1);
  });

  it('maps 404 and a model-not-found 400 to CLOUD_NOT_FOUND', async () => {
    server.setHandler((_req, res) => sendError(res, 404, 'model "llama9" not found, try pulling it first'));
    expect((await failureOf(generate(createOpenAiProvider({ ...opts, model: 'llama9' }), request()))).code).toBe('CLOUD_NOT_FOUND');
    server.setHandler((_req, res) => sendError(res, 400, 'The model `gpt-9` does not exist', { code: 'model_not_found' }));
    const f = await failureOf(generate(createOpenAiProvider({ ...opts, model: 'gpt-9' }), request()));
    expect(f.code).toBe('CLOUD_NOT_FOUND');
    expect(f.message).toContain('gpt-9');
  });

  it('maps a refused connection to CLOUD_UNAVAILABLE', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const f = await failureOf(generate(createOpenAiProvider({ ...opts, baseUrl: `http://127.0.0.1:${port}/v1`, maxRetries: 1 }), request()));
    expect(f.code).toBe('CLOUD_UNAVAILABLE');
    expect(f.message).toMatch(/refused/);
  });

  it('rejects base URLs that are not http(s) or carry credentials', () => {
    expect(() => createOpenAiProvider({ ...opts, baseUrl: 'file:///etc/passwd' })).toThrow(PrecisFailure);
    expect(() => createOpenAiProvider({ ...opts, baseUrl: 'https://user:pw@example.test/v1' })).toThrow(/not in the base URL/);
  });
});

describe('structured output', () => {
  const schema = {
    type: 'object',
    properties: { points: { type: 'array', items: { type: 'string' } }, blockId: { type: 'string', enum: ['p1.1', 'p1.2'] } },
    required: ['points', 'blockId'],
    additionalProperties: false,
  };

  it('asks for a strict JSON schema and returns the parsed answer', async () => {
    const provider = createOpenAiProvider(opts);
    const r = await generate(provider, request({ jsonSchema: schema }));
    const sent = server.chatRequests()[0]?.body;
    expect(sent?.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'precis_answer', schema, strict: true } });
    expect(r.json).toEqual({ points: ['The parties agree to the stated terms.'], blockId: 'p1.1' });
  });

  it('falls back to json_object, then to plain text, and parses JSON out of a fenced answer', async () => {
    server.setHandler((req, res) => {
      const rf = req.body?.response_format;
      if (rf?.type === 'json_schema') return sendError(res, 400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", { param: 'response_format' });
      if (rf?.type === 'json_object') return sendError(res, 400, 'response_format is not supported', { param: 'response_format' });
      sendSse(res, ['Here you go:\n```json\n{"points":["a"],', '"blockId":"p1.2"}\n```']);
    });
    const provider = createOpenAiProvider(opts);
    const r = await generate(provider, request({ jsonSchema: schema }));
    expect(r.json).toEqual({ points: ['a'], blockId: 'p1.2' });
    expect(server.chatRequests().map((q) => q.body?.response_format?.type ?? 'none')).toEqual(['json_schema', 'json_object', 'none']);
    // Learned once per provider: the next request goes straight to plain text.
    await generate(provider, request({ jsonSchema: schema }));
    expect(server.chatRequests().at(-1)?.body?.response_format).toBeUndefined();
  });

  it('switches to max_completion_tokens when the model rejects max_tokens', async () => {
    server.setHandler((req, res) => {
      if (req.body?.max_tokens !== undefined) {
        return sendError(res, 400, "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", { param: 'max_tokens' });
      }
      sendSse(res, ['fine']);
    });
    const r = await generate(createOpenAiProvider({ ...opts, model: 'o3-mini' }), request());
    expect(r.text).toBe('fine');
    expect(server.chatRequests().at(-1)?.body?.max_completion_tokens).toBe(64);
  });
});

describe('model list', () => {
  it('lists the server models, sorted', async () => {
    expect(await listOpenAiModels({ baseUrl: server.baseUrl, apiKey: KEY })).toEqual(['alpha-model', 'gpt-4o-mini', 'zeta-model']);
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('maps a rejected key on the model list to CLOUD_AUTH', async () => {
    const s = await startOpenAiServer();
    const authFail = http.createServer((_req, res) => sendError(res, 401, 'bad key'));
    await new Promise<void>((r) => authFail.listen(0, '127.0.0.1', r));
    const port = (authFail.address() as AddressInfo).port;
    try {
      const f = await failureOf(listOpenAiModels({ baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: KEY }));
      expect(f.code).toBe('CLOUD_AUTH');
    } finally {
      await new Promise<void>((r) => authFail.close(() => r()));
      await s.close();
    }
  });
});
