import type { JsonSchema, ProviderKind } from '../../../shared/summary';

export type { JsonSchema };

/** One turn of a chat. Document text inside `content` is plain text: it is never tokenized as special tokens. */
export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface StreamOptions {
  /** When set, the answer must be JSON valid against this schema. */
  schema?: JsonSchema;
  maxTokens: number;
  signal?: AbortSignal;
  temperature?: number;
  seed?: number;
  /**
   * Told when the provider waits before trying the request again (a server's rate limit with its
   * Retry-After, or a backoff after a failure it may retry): `ms` before the wait, 0 when it tries again.
   * A reader would otherwise see the job stand still for up to a minute, and take it for hung.
   */
  onWait?: (ms: number) => void;
}

/** What a generation streams: pieces of text, then exactly one `end` with the counts. */
export type StreamChunk =
  | { type: 'text'; text: string }
  | {
      type: 'end';
      promptTokens: number;
      generatedTokens: number;
      stopReason: 'eos' | 'maxTokens' | 'abort';
      /** The parsed answer when `schema` was set and the text parsed (each engine knows its own JSON quirks). */
      json?: unknown;
    };

/**
 * A language model, local (node-llama-cpp) or remote (OpenAI-compatible). It knows nothing about
 * summaries: it turns messages into a stream of text and counts tokens as its tokenizer does.
 */
export interface LlmProvider {
  readonly id: string;
  readonly kind: Exclude<ProviderKind, 'extractive'>;
  /** Human-readable model name for provenance ("stories260K", "gpt-4o-mini"). */
  readonly modelName: string;
  /** Total context window in tokens. */
  readonly contextSize: number;
  /** How many generations this provider runs at once to good effect (sequences of one context locally). */
  readonly maxParallel: number;
  /** Counts tokens as this provider's tokenizer does (or a safe over-estimate). */
  countTokens(text: string): number;
  /** Generates an answer. Breaking out of the loop stops the generation, as the signal does. */
  stream(messages: readonly ChatMessage[], options: StreamOptions): AsyncIterable<StreamChunk>;
  /** Frees what the provider holds (for a local model: sequences, context, weights), after generations in flight. */
  dispose(): Promise<void>;
  /** The same as `dispose`, so `await using provider = …` frees it however the scope ends. */
  [Symbol.asyncDispose](): Promise<void>;
}
