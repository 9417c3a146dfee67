import OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { PrecisFailure, throwIfAborted } from '../errors';
import { parseJsonAnswer, jsonSchemaFormat } from './cloudJson';
import { cloudTimeoutMessage, toCloudFailure, unsupportedParameter } from './cloudErrors';
import { DEFAULT_RETRY_TIMINGS, backoffMs, retryAfterMs, sleep, type RetryTimings } from './cloudRetry';
import { contextSizeForModel, createCloudTokenCounter } from './cloudTokens';
import type { ChatMessage, LlmProvider, StreamChunk, StreamOptions } from './provider';
import { hostOf } from './cloudHost';

export { hostOf } from './cloudHost';

/** How to reach an OpenAI-compatible server (OpenAI, Azure OpenAI, Ollama, LM Studio, vLLM, llama.cpp server …). */
export interface OpenAiProviderOptions {
  /** API root, usually ending in /v1 (e.g. "https://api.openai.com/v1", "http://127.0.0.1:11434/v1"). */
  baseUrl: string;
  model: string;
  /** Bearer key. Local servers that need none may leave it empty. Never logged, never put in an error. */
  apiKey?: string;
  /** Longest silence tolerated, while waiting for the answer to start and between streamed pieces. */
  timeoutMs?: number;
  /** Retries on 429, 5xx, timeouts and dropped connections (not after text has been streamed to the caller). */
  maxRetries?: number;
  /** Injected transport (tests capture requests with it); defaults to the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Context window; known OpenAI models are looked up, anything else defaults to a conservative 4096. */
  contextSize?: number;
  maxParallel?: number;
  retryTimings?: Partial<RetryTimings>;
}

type ParamName = 'response_format' | 'max_tokens' | 'temperature' | 'seed' | 'stream_options';

/** Headers the SDK adds by default that describe this machine (OS, arch, runtime version): not the server's business. */
const NO_PLATFORM_HEADERS = {
  'X-Stainless-Lang': null,
  'X-Stainless-Package-Version': null,
  'X-Stainless-OS': null,
  'X-Stainless-Arch': null,
  'X-Stainless-Runtime': null,
  'X-Stainless-Runtime-Version': null,
  'X-Stainless-Retry-Count': null,
  'X-Stainless-Timeout': null,
};

function validateBaseUrl(baseUrl: string): void {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new PrecisFailure('INVALID_REQUEST', `"${baseUrl}" is not a valid base URL. Use a full address such as https://api.openai.com/v1.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PrecisFailure('INVALID_REQUEST', 'The base URL must start with https:// (or http:// for a server on this machine or network).');
  }
  if (url.username || url.password) {
    throw new PrecisFailure('INVALID_REQUEST', 'Put the API key in Settings, not in the base URL.');
  }
}

function createClient(opts: OpenAiProviderOptions, timeoutMs: number): OpenAI {
  validateBaseUrl(opts.baseUrl);
  const azure = /\.openai\.azure\.com$/i.test(new URL(opts.baseUrl).hostname);
  return new OpenAI({
    // The SDK otherwise reads OPENAI_API_KEY itself and throws when it is unset; servers without auth accept any token.
    apiKey: opts.apiKey || 'none',
    baseURL: opts.baseUrl,
    // Retries are ours: they honour Retry-After with injectable timings and never repeat streamed text.
    maxRetries: 0,
    timeout: timeoutMs,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    // Azure OpenAI's v1 endpoint takes the key as `api-key`.
    defaultHeaders: { ...NO_PLATFORM_HEADERS, ...(azure && opts.apiKey ? { 'api-key': opts.apiKey } : {}) },
  });
}

/**
 * A provider for any OpenAI-compatible chat-completions server: streamed answers, `{signal}`
 * cancellation, structured output with a fallback to parsing plain JSON, idle timeouts and
 * retries with backoff that honour Retry-After. Only the provider registry's cloud branch loads
 * this module (dynamically), so local mode never constructs the client.
 */
export function createOpenAiProvider(opts: OpenAiProviderOptions): LlmProvider {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const maxRetries = opts.maxRetries ?? 3;
  const timings: RetryTimings = { ...DEFAULT_RETRY_TIMINGS, ...opts.retryTimings };
  const client = createClient(opts, timeoutMs);
  const ctx = { host: hostOf(opts.baseUrl), model: opts.model };
  const countTokens = createCloudTokenCounter(opts.model);
  // Parameters this server has rejected once are not sent again (learned per provider instance).
  const dropped = new Set<ParamName>();
  let jsonMode: 'json_schema' | 'json_object' | 'none' = 'json_schema';

  function body(messages: readonly ChatMessage[], req: StreamOptions): ChatCompletionCreateParamsStreaming {
    const b: ChatCompletionCreateParamsStreaming = {
      model: opts.model,
      messages: messages.map((m) => ({ role: m.role, content: m.content })),
      stream: true,
    };
    if (!dropped.has('stream_options')) b.stream_options = { include_usage: true };
    if (dropped.has('max_tokens')) b.max_completion_tokens = req.maxTokens;
    else b.max_tokens = req.maxTokens;
    if (req.temperature !== undefined && !dropped.has('temperature')) b.temperature = req.temperature;
    if (req.seed !== undefined && !dropped.has('seed')) b.seed = req.seed;
    if (req.schema) {
      if (jsonMode === 'json_schema') b.response_format = jsonSchemaFormat(req.schema);
      else if (jsonMode === 'json_object') b.response_format = { type: 'json_object' };
    }
    return b;
  }

  /** One request: streamed pieces, then the end. Throws as the SDK does; `generate` decides about retries. */
  async function* attempt(messages: readonly ChatMessage[], req: StreamOptions): AsyncGenerator<StreamChunk> {
    const ac = new AbortController();
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        ac.abort();
      }, timeoutMs);
    };
    const onAbort = () => ac.abort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    arm();
    let text = '';
    let finish: string | null | undefined;
    let usage: { prompt_tokens?: number; completion_tokens?: number } | undefined;
    try {
      const stream = await client.chat.completions.create(body(messages, req), { signal: ac.signal });
      for await (const chunk of stream) {
        arm();
        const choice = chunk.choices[0];
        const delta = choice?.delta?.content;
        if (delta) {
          text += delta;
          yield { type: 'text', text: delta };
        }
        if (choice?.finish_reason) finish = choice.finish_reason;
        if (chunk.usage) usage = chunk.usage;
      }
      // The SDK ends the loop quietly when aborted mid-stream: check why it ended.
      if (ac.signal.aborted) throw timedOut ? timeoutFailure(ctx.host) : new PrecisFailure('CANCELLED', 'The operation was cancelled.');
      if (!finish) {
        throw new PrecisFailure('CLOUD_UNAVAILABLE', `The connection to ${ctx.host} closed before the answer was complete. Try again.`, {
          retryable: true,
        });
      }
    } catch (e) {
      if (req.signal?.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
      if (timedOut) throw timeoutFailure(ctx.host);
      throw e;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      // A reader that stopped early: close the connection rather than let the server keep generating.
      ac.abort();
    }
    const promptText = messages.map((m) => m.content);
    const end: Extract<StreamChunk, { type: 'end' }> = {
      type: 'end',
      promptTokens: usage?.prompt_tokens ?? promptText.reduce((n, t) => n + countTokens(t), 0),
      generatedTokens: usage?.completion_tokens ?? countTokens(text),
      stopReason: finish === 'length' ? 'maxTokens' : 'eos',
    };
    if (req.schema) {
      const json = parseJsonAnswer(text);
      if (json !== undefined) end.json = json;
    }
    yield end;
  }

  /**
   * Streams an answer, retrying what can be retried. A structured (schema) answer is only usable
   * whole, so it is held back until complete: a connection dropped half-way through it is retried.
   * Plain text streams as it arrives, and is never retried once a piece has reached the reader
   * (that would repeat text).
   */
  async function* stream(messages: readonly ChatMessage[], req: StreamOptions): AsyncGenerator<StreamChunk> {
    throwIfAborted(req.signal);
    const holdBack = req.schema !== undefined;
    let streamedToReader = false;
    let retries = 0;
    // Each rejected optional parameter costs one extra request at most; bounded by the number of parameters.
    for (let guard = 0; guard < 16; guard++) {
      const held: StreamChunk[] = [];
      try {
        for await (const chunk of attempt(messages, req)) {
          if (holdBack && chunk.type === 'text') {
            held.push(chunk);
            continue;
          }
          if (chunk.type === 'end') yield* held;
          else streamedToReader = true;
          yield chunk;
        }
        return;
      } catch (e) {
        const unsupported = unsupportedParameter(e);
        if (unsupported && !streamedToReader) {
          if (unsupported === 'response_format' && req.schema && jsonMode !== 'none') {
            jsonMode = jsonMode === 'json_schema' ? 'json_object' : 'none';
            continue;
          }
          if (unsupported !== 'response_format' && !dropped.has(unsupported)) {
            dropped.add(unsupported);
            continue;
          }
        }
        const failure = toCloudFailure(e, ctx);
        if (failure.code === 'CANCELLED' || !failure.retryable || streamedToReader || retries >= maxRetries) throw failure;
        const asked = retryAfterMs(e);
        if (asked !== undefined && asked > timings.maxRetryAfterMs) {
          throw new PrecisFailure('CLOUD_RATE_LIMITED', `${ctx.host} asked to wait ${Math.ceil(asked / 1000)} s before the next request. Try again later.`, {
            retryable: true,
          });
        }
        const wait = asked ?? backoffMs(retries, timings);
        req.onWait?.(wait);
        try {
          await sleep(wait, req.signal);
        } finally {
          req.onWait?.(0);
        }
        retries++;
      }
    }
    throw new PrecisFailure('CLOUD_BAD_RESPONSE', `${ctx.host} rejected every form of the request. Check the model name.`);
  }

  return {
    id: 'openai',
    kind: 'cloud',
    modelName: opts.model,
    contextSize: opts.contextSize ?? contextSizeForModel(opts.model),
    maxParallel: opts.maxParallel ?? 4,
    countTokens: (text) => countTokens(text),
    stream,
    // Nothing to free: the client holds no sockets between requests that would outlive the process.
    dispose: async () => {},
    [Symbol.asyncDispose]: async () => {},
  };
}

function timeoutFailure(host: string): PrecisFailure {
  return new PrecisFailure('CLOUD_TIMEOUT', cloudTimeoutMessage(host), {
    retryable: true,
  });
}

/**
 * The model ids the server offers (`GET /models`), sorted. Errors are the same codes as generation:
 * CLOUD_AUTH for a bad key, CLOUD_UNAVAILABLE when nothing answers.
 */
export async function listOpenAiModels(
  opts: Pick<OpenAiProviderOptions, 'baseUrl' | 'apiKey' | 'fetch' | 'timeoutMs'>,
  { signal }: { signal?: AbortSignal } = {},
): Promise<string[]> {
  throwIfAborted(signal);
  const client = createClient({ ...opts, model: '' }, opts.timeoutMs ?? 15_000);
  try {
    const ids: string[] = [];
    for await (const m of client.models.list({ signal: signal ?? null })) ids.push(m.id);
    return [...new Set(ids)].sort();
  } catch (e) {
    if (signal?.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
    throw toCloudFailure(e, { host: hostOf(opts.baseUrl), model: '' });
  }
}
