import type { SummaryEvent, SummaryPoint } from '../../../shared/summary';
import { isAbortError, toErrorShape } from '../errors';

/** An event as a stage produces it; the channel stamps `jobId` and `seq`. */
export type EventBody = SummaryEvent extends infer E ? (E extends SummaryEvent ? Omit<E, 'jobId' | 'seq'> : never) : never;

type Partial = { markdown: string; points: SummaryPoint[] };

/**
 * Queues the events of one job (stages running in parallel push into it) and hands them out in
 * order as an async iterable. Stamps the per-job `seq` and guarantees exactly one terminal event.
 */
export class EventChannel implements AsyncIterable<SummaryEvent> {
  private readonly queue: SummaryEvent[] = [];
  private seq = 0;
  private closed = false;
  private wake: (() => void) | undefined;
  /** What the job has produced so far, attached to `failed` and `cancelled`. */
  partial: (() => Partial) | undefined;

  constructor(private readonly jobId: string) {}

  /** Queues a non-terminal event; ignored once the job has ended. */
  emit(body: EventBody): void {
    if (this.closed) return;
    this.queue.push({ ...body, jobId: this.jobId, seq: this.seq++ } as SummaryEvent);
    this.wake?.();
  }

  /** Queues the terminal event and ends the stream. */
  close(terminal: EventBody): void {
    if (this.closed) return;
    this.emit(terminal);
    this.closed = true;
    this.wake?.();
  }

  /** `cancelled` for an abort (never `failed`), else `failed` with the stable error shape. */
  terminalFor(e: unknown, signal: AbortSignal | undefined): EventBody {
    const partial = this.partial?.();
    const extra = partial && (partial.markdown || partial.points.length) ? { partial } : {};
    if (signal?.aborted || isAbortError(e)) return { type: 'cancelled', ...extra };
    return { type: 'failed', error: toErrorShape(e), ...extra };
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SummaryEvent> {
    for (;;) {
      const next = this.queue.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}
