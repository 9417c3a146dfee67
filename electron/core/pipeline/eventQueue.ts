import type { PipelineEvent } from './pipelineEvent';

/**
 * Gathers the events of stages running in parallel (map workers push into it) and hands them out
 * in arrival order as one async iterable, ending with the work's own error when it fails.
 */
export class EventQueue implements AsyncIterable<PipelineEvent> {
  private readonly queue: PipelineEvent[] = [];
  private ended: { error?: unknown } | undefined;
  private wake: (() => void) | undefined;

  push(event: PipelineEvent): void {
    if (this.ended) return;
    this.queue.push(event);
    this.wake?.();
  }

  /** Ends the stream after what is queued; with `error`, the reader gets it thrown. */
  end(error?: unknown): void {
    if (this.ended) return;
    this.ended = error === undefined ? {} : { error };
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<PipelineEvent> {
    for (;;) {
      const next = this.queue.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.ended) {
        if ('error' in this.ended) throw this.ended.error;
        return;
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}
