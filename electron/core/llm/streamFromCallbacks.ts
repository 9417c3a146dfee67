import { PrecisFailure } from '../errors';

/**
 * Turns a generation that reports text through a callback into an async iterable of pieces followed
 * by the generation's own end value. Breaking out of the loop aborts the generation (through the
 * signal it is given) and waits for it to stop, so no native work outlives its reader.
 */
export async function* streamFromCallbacks<End>(
  signal: AbortSignal | undefined,
  produce: (push: (text: string) => void, signal: AbortSignal) => Promise<End>,
): AsyncGenerator<{ type: 'text'; text: string } | End> {
  const stop = new AbortController();
  const combined = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  const pieces: string[] = [];
  let wake: (() => void) | undefined;
  let settled: { ok: true; end: End } | { ok: false; error: unknown } | undefined;
  const push = (text: string) => {
    if (!text) return;
    pieces.push(text);
    wake?.();
  };
  const run = produce(push, combined).then(
    (end) => {
      settled = { ok: true, end };
      wake?.();
    },
    (error: unknown) => {
      settled = { ok: false, error };
      wake?.();
    },
  );
  try {
    for (;;) {
      // Cancelled: hand on nothing more, even pieces already produced.
      if (signal?.aborted) {
        await run;
        throw settled && !settled.ok ? settled.error : new PrecisFailure('CANCELLED', 'The operation was cancelled.');
      }
      const text = pieces.shift();
      if (text !== undefined) {
        yield { type: 'text', text };
        continue;
      }
      if (settled) {
        if (!settled.ok) throw settled.error;
        yield settled.end;
        return;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = undefined;
    }
  } finally {
    if (!settled) stop.abort();
    await run;
  }
}
