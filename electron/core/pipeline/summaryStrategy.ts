import type { Block, ExtractedDocument } from '../../../shared/document';
import type { ProviderKind, SummaryLength, SummaryPoint } from '../../../shared/summary';
import type { KeyTerms } from '../../../shared/terms';
import type { ChunkInput } from '../chunking/chunkDocument';
import type { JsonSchema } from '../llm/provider';

/** What one step cost. */
export interface StepUsage {
  promptTokens: number;
  generatedTokens: number;
  /** Strategies that pick sentences instead of generating: sentences read from the input and chosen for the answer. */
  sentences?: { read: number; chosen: number };
}

/** A step's answer before the pipeline checks it: JSON-like points (see pipeline/citations), undefined when unusable. */
export interface StepAnswer extends StepUsage {
  answer: unknown;
}

/** How a job is asked for (the parts a strategy needs). */
export interface StrategyOptions {
  length: SummaryLength;
  /** Tokens of the final summary, when the user chose a limit. */
  maxTokens?: number;
  temperature?: number;
  seed?: number;
  /** The secret the document fence's nonce is keyed by (see createFence); a per-process one by default. */
  fenceKey?: Uint8Array;
  /** Told when a step's provider waits before trying again (StreamOptions.onWait). */
  onWait?: (ms: number) => void;
}

/**
 * How a summary is written: by a language model (pipeline/modelStrategy) or by ranking the
 * document's own sentences (pipeline/extractiveStrategy). The pipeline runs the stages, events,
 * statistics, resume and cancellation the same way for both; a strategy only answers each step.
 */
export interface SummaryStrategy {
  readonly id: string;
  readonly kind: ProviderKind;
  readonly modelName: string;
  /** Steps worth running at once. */
  readonly maxParallel: number;
  /** Everything that depends on the document and the options, prepared once per job. */
  prepare(doc: ExtractedDocument, options: StrategyOptions): PreparedStrategy;
}

export interface PreparedStrategy {
  /** The chunks the map stage reads. */
  chunk(): ChunkInput[];
  /** `terms`: as for `final`, the key terms the job already read, when it did. */
  map(chunk: ChunkInput, blocks: Block[], signal: AbortSignal, terms?: KeyTerms): Promise<StepAnswer>;
  /** True when these points can go to the final step as they are. */
  fitsFinal(points: SummaryPoint[]): boolean;
  /**
   * The points the final step takes when `fitsFinal` is false after every reduce level: the leading
   * ones that fit (document order), a lone point too long for the step cut to fit.
   */
  fitFinal(points: SummaryPoint[]): SummaryPoint[];
  /** Size of the final step's input for these points (a reduce level that does not shrink it stops). */
  finalSize(points: SummaryPoint[]): number;
  /** Consecutive groups of points that each fit one reduce step (a point too long alone is cut to fit). */
  reduceGroups(points: SummaryPoint[]): SummaryPoint[][];
  /** Merges a group into fewer points citing only `blockIds`. */
  reduce(group: SummaryPoint[], blockIds: string[], signal: AbortSignal): Promise<StepAnswer>;
  /**
   * The final markdown, streamed through `onText`; `blocks` are those the points cite (or the whole
   * document). `terms` are the rule-based key terms the job already read from the whole document,
   * when it did: a strategy that writes from key terms uses these rather than reading them again.
   */
  final(points: SummaryPoint[], blocks: Block[], signal: AbortSignal, onText: (text: string) => void, terms?: KeyTerms): Promise<StepUsage & { text: string }>;
  /** Key terms read by the strategy itself from `blocks`, under `schema`; absent when it adds nothing to the rules. */
  terms?(blocks: Block[], schema: JsonSchema, signal: AbortSignal): Promise<StepAnswer>;
}
