/**
 * A small OpenAI-compatible HTTP server on 127.0.0.1 for tests: captures every request and answers
 * chat completions (streamed SSE) and the model list. Each test can replace the handler to script
 * failures (429 + Retry-After, 500, reset mid-stream, a server that stalls).
 * No test in this repository talks to a real cloud service.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface CapturedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The raw body bytes as received. */
  raw: string;
  /** The parsed JSON body (undefined for GET). */
  body: ChatBody | undefined;
}

export interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
  response_format?: { type: string; json_schema?: { name: string; schema: Record<string, unknown>; strict?: boolean } };
  stream_options?: { include_usage?: boolean };
  [k: string]: unknown;
}

/** Answers one request. `n` counts chat requests from 0. */
export type Handler = (req: CapturedRequest, res: http.ServerResponse, n: number) => void | Promise<void>;

export interface OpenAiTestServer {
  /** e.g. "http://127.0.0.1:40123/v1" */
  baseUrl: string;
  port: number;
  requests: CapturedRequest[];
  /** Chat-completion requests only. */
  chatRequests(): CapturedRequest[];
  setHandler(handler: Handler): void;
  close(): Promise<void>;
}

/** Writes a streamed chat completion: one SSE event per piece, then finish_reason, usage and [DONE]. */
export function sendSse(
  res: http.ServerResponse,
  pieces: string[],
  opts: { finishReason?: string | null; usage?: { prompt_tokens: number; completion_tokens: number }; model?: string; done?: boolean } = {},
): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const base = { id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1_700_000_000, model: opts.model ?? 'test-model' };
  res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] })}\n\n`);
  for (const p of pieces) res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: p }, finish_reason: null }] })}\n\n`);
  const finish = opts.finishReason === undefined ? 'stop' : opts.finishReason;
  if (finish !== null) res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: finish }] })}\n\n`);
  if (opts.usage) res.write(`data: ${JSON.stringify({ ...base, choices: [], usage: { ...opts.usage, total_tokens: opts.usage.prompt_tokens + opts.usage.completion_tokens } })}\n\n`);
  if (opts.done !== false) res.write('data: [DONE]\n\n');
  res.end();
}

/** Writes an OpenAI-style JSON error. */
export function sendError(res: http.ServerResponse, status: number, message: string, extra: { code?: string; param?: string; headers?: Record<string, string> } = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...extra.headers });
  res.end(JSON.stringify({ error: { message, type: 'invalid_request_error', code: extra.code ?? null, param: extra.param ?? null } }));
}

/**
 * Builds a value that satisfies a JSON schema (first enum value, minimum counts): what a server
 * enforcing structured output would return at the least. Lets the real pipeline run end to end.
 */
export function sampleFromSchema(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object') return null;
  const s = schema as Record<string, unknown>;
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum[0];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = s[key];
    if (Array.isArray(options) && options.length > 0) return sampleFromSchema(options[0]);
  }
  const type = Array.isArray(s.type) ? (s.type.find((t) => t !== 'null') ?? s.type[0]) : s.type;
  if (type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) out[k] = sampleFromSchema(v);
    return out;
  }
  if (type === 'array') {
    const n = Math.max(1, typeof s.minItems === 'number' ? s.minItems : 1);
    return Array.from({ length: typeof s.maxItems === 'number' ? Math.min(n, s.maxItems) : n }, () => sampleFromSchema(s.items));
  }
  if (type === 'string') {
    const min = typeof s.minLength === 'number' ? s.minLength : 0;
    return 'The parties agree to the stated terms.'.padEnd(min, '.');
  }
  if (type === 'integer' || type === 'number') return typeof s.minimum === 'number' ? s.minimum : 1;
  if (type === 'boolean') return true;
  return null;
}

/** The default chat answer: schema-valid JSON when structured output was asked for, else a short summary. */
export const defaultChatHandler: Handler = (req, res) => {
  const schema = req.body?.response_format?.json_schema?.schema;
  const text = schema ? JSON.stringify(sampleFromSchema(schema)) : 'The agreement sets out the parties, the term and the fees.';
  const pieces = text.match(/[\s\S]{1,12}/g) ?? [text];
  sendSse(res, pieces, { usage: { prompt_tokens: 42, completion_tokens: pieces.length } });
};

/** Starts the server on 127.0.0.1 with a random port. */
export async function startOpenAiServer(opts: { handler?: Handler; models?: string[] } = {}): Promise<OpenAiTestServer> {
  let handler: Handler = opts.handler ?? defaultChatHandler;
  const requests: CapturedRequest[] = [];
  let chatCount = 0;
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: ChatBody | undefined;
      try {
        body = raw ? (JSON.parse(raw) as ChatBody) : undefined;
      } catch {
        body = undefined;
      }
      const captured: CapturedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, raw, body };
      requests.push(captured);
      const path = (req.url ?? '').replace(/\?.*$/, '');
      if (req.method === 'GET' && path.endsWith('/models')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: (opts.models ?? ['test-model']).map((id) => ({ id, object: 'model', created: 0, owned_by: 'test' })) }));
        return;
      }
      if (req.method === 'POST' && path.endsWith('/chat/completions')) {
        const n = chatCount++;
        Promise.resolve(handler(captured, res, n)).catch(() => res.destroy());
        return;
      }
      sendError(res, 404, `No route ${req.method} ${path}`);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    chatRequests: () => requests.filter((r) => r.method === 'POST' && r.path.includes('/chat/completions')),
    setHandler(h) {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
