import type { SummaryEvent } from '../../../shared/summary';

/**
 * An event as the pipeline produces it: no job id, no sequence number, and never `failed` or
 * `cancelled` (the pipeline throws instead). The job manager numbers, coalesces and ends them.
 */
export type PipelineEvent = SummaryEvent extends infer E
  ? E extends SummaryEvent
    ? E['type'] extends 'failed' | 'cancelled'
      ? never
      : Omit<E, 'jobId' | 'seq'>
    : never
  : never;
