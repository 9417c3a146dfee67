import type { SummaryPoint } from '../../../shared/summary';

/**
 * What the map stage consults before answering a chunk, and tells each fresh answer to. A job
 * journal is one: a job that was cancelled, crashed or quit resumes from its finished chunks.
 * Its key must pin everything that changes a chunk's points (document, chunker, model, prompts).
 */
export interface MapCache {
  /** Points of the chunks already answered, by chunk index. Read once, when the map stage starts. */
  completed(): ReadonlyMap<number, SummaryPoint[]>;
  /** Keeps a chunk's points (durably, before the pipeline goes on). */
  record(chunkIndex: number, points: SummaryPoint[], options?: { signal?: AbortSignal }): Promise<void>;
}
