import type { Block } from '../../../shared/document';
import type { JsonSchema, ProviderKind, SummaryPoint } from '../../../shared/summary';
import type { ChunkInput } from '../chunking/chunkDocument';

export type { JsonSchema };

/**
 * What a generation is for. Model providers answer from `system`/`user` text; the extractive
 * engine answers deterministically from this structured form. Every provider gets both.
 */
export type GenerationTask =
  | { type: 'map'; chunk: ChunkInput; blocks: Block[] }
  | { type: 'reduce'; points: SummaryPoint[] }
  | { type: 'final'; points: SummaryPoint[]; blocks: Block[] }
  | { type: 'terms'; blocks: Block[] }
  | { type: 'raw' };

export interface GenerateRequest {
  /** Instructions. Never contains document text. */
  system: string;
  /** The user turn. Document text inside it is plain text: it is never tokenized as special tokens. */
  user: string;
  maxTokens: number;
  temperature?: number;
  seed?: number;
  /** When set, the answer must be JSON valid against this schema. */
  jsonSchema?: JsonSchema;
  task: GenerationTask;
}

export interface GenerateResult {
  text: string;
  /** The parsed JSON when `jsonSchema` was set and the answer parsed. */
  json?: unknown;
  promptTokens: number;
  generatedTokens: number;
  stopReason: 'eos' | 'maxTokens' | 'abort';
  /** Engines that pick sentences instead of generating: sentences read from the input and chosen for the answer. */
  sentences?: { read: number; chosen: number };
}

export interface GenerateOptions {
  signal?: AbortSignal;
  /** Called with each piece of text as it is generated. */
  onText?: (text: string) => void;
}

/**
 * One interface behind local (node-llama-cpp), cloud (OpenAI-compatible) and extractive engines.
 * The pipeline only ever talks to this.
 */
export interface LlmProvider {
  readonly id: string;
  readonly kind: ProviderKind;
  /** Human-readable model name for provenance ("stories260K", "gpt-4o-mini", "extractive v1"). */
  readonly modelName: string;
  /** Total context window in tokens. */
  readonly contextSize: number;
  /** How many generations this provider runs at once to good effect (sequences of one context locally). */
  readonly maxParallel: number;
  /** Counts tokens as this provider's tokenizer does (or a safe over-estimate). */
  countTokens(text: string): number;
  generate(request: GenerateRequest, options?: GenerateOptions): Promise<GenerateResult>;
  dispose(): Promise<void>;
}
