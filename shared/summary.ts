import type { Citation, DocumentWarning } from './document';
import type { PrecisErrorShape } from './errors';
import type { ClauseEntry, KeyTerms } from './terms';

export type ProviderKind = 'local' | 'cloud' | 'extractive';
export type SummaryLength = 'brief' | 'standard' | 'detailed';
export type SummaryStage = 'extract' | 'chunk' | 'map' | 'reduce' | 'final' | 'terms';

/** The sections of every final summary, model-written or extractive, in order. */
export const SUMMARY_SECTIONS = ['Overview', 'Key terms', 'Obligations', 'Dates and deadlines', 'Risks and unusual clauses'] as const;

/** A JSON schema as node-llama-cpp's grammar and OpenAI structured output both accept it. */
export type JsonSchema = Record<string, unknown>;

/** Options a caller may set for one summary job. */
export interface SummaryOptions {
  length?: SummaryLength;
  /** Cap on tokens generated for the final summary. */
  maxTokens?: number;
  /** Sequences decoded in parallel during the map stage. */
  parallel?: number;
  /** Sentences in an extractive summary. */
  sentences?: number;
}

/** One point of a summary with the blocks it rests on. */
export interface SummaryPoint {
  text: string;
  citations: Citation[];
}

export interface SummaryStats {
  chunks: number;
  promptTokens: number;
  generatedTokens: number;
  /** Wall time per stage in milliseconds. */
  stageMs: Partial<Record<SummaryStage, number>>;
  totalMs: number;
  tokensPerSecond: number;
  /** Citations the model produced that did not resolve to a real block, and were dropped. */
  droppedCitations: number;
  /** Engines that pick sentences (extractive): sentences of the document read, and chosen for the summary. */
  sentencesRead?: number;
  sentencesChosen?: number;
  /** Time the rule-based key terms took (they run before any generation), in milliseconds. */
  keyTermsMs?: number;
}

/** Facts about the document a job works on (no text, no paths). */
export interface DocumentInfo {
  sha256: string;
  fileName?: string;
  title?: string;
  kind: 'pdf' | 'docx' | 'text';
  pageCount: number;
}

export interface SummaryResult {
  /** Final markdown; citations appear as "[p. 4, §7.2]". */
  markdown: string;
  points: SummaryPoint[];
  keyTerms?: KeyTerms;
  clauses?: ClauseEntry[];
  provider: string;
  providerKind: ProviderKind;
  model: string;
  /**
   * The length it was asked for (Settings' Summary length; the pipeline's default when none was given).
   * Absent in summaries written before it was recorded. A model writes longer or shorter to it; the
   * extractive engine's summary is the same at every length.
   */
  length?: SummaryLength;
  /**
   * Cloud mode: the origin (scheme, host and port, never the key or a path) of the OpenAI-compatible
   * server that wrote it; a model name says nothing of which server serves it. Absent for local and
   * extractive summaries, and in cloud summaries written before it was recorded.
   */
  server?: string;
  document: DocumentInfo;
  warnings: DocumentWarning[];
  createdAt: string;
}

interface EventBase {
  jobId: string;
  /** Per-job sequence number, starting at 0 and increasing by one per event. */
  seq: number;
}

/** Everything a summary job tells its listener. Exactly one terminal event (done | failed | cancelled). */
export type SummaryEvent =
  | (EventBase & { type: 'started'; chunkCount: number; provider: string; model: string; document: DocumentInfo })
  | (EventBase & { type: 'stage'; stage: SummaryStage; detail?: string })
  | (EventBase & { type: 'chunkStarted'; chunkIndex: number; chunkCount: number; pages: number[] })
  /** The server asked to wait (a rate limit) or failed in a way worth retrying: the job tries again in `seconds`; 0 when every wait is over. */
  | (EventBase & { type: 'waiting'; seconds: number })
  | (EventBase & { type: 'delta'; stage: SummaryStage; chunkIndex?: number; text: string })
  | (EventBase & { type: 'chunkDone'; chunkIndex: number; points: SummaryPoint[] })
  | (EventBase & { type: 'keyTerms'; terms: KeyTerms; clauses: ClauseEntry[] })
  | (EventBase & { type: 'done'; summary: SummaryResult; stats: SummaryStats })
  | (EventBase & { type: 'failed'; error: PrecisErrorShape; partial?: { markdown: string; points: SummaryPoint[] } })
  | (EventBase & { type: 'cancelled'; partial?: { markdown: string; points: SummaryPoint[] } });

export type SummaryEventType = SummaryEvent['type'];

/** True for the events that end a job. */
export function isTerminal(e: Pick<SummaryEvent, 'type'>): boolean {
  return e.type === 'done' || e.type === 'failed' || e.type === 'cancelled';
}
