import { APIError } from 'openai';
import { PrecisFailure } from '../errors';

/** Backoff timings. Tests inject short ones; the defaults suit real servers. */
export interface RetryTimings {
  /** First backoff; doubles per attempt (with jitter) up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the job fails as rate-limited instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_TIMINGS: RetryTimings = { baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

/**
 * How long the server asked us to wait, from `retry-after-ms` (OpenAI's) or `Retry-After`
 * (seconds or an HTTP date), or undefined when it did not say.
 */
export function retryAfterMs(e: unknown, now: number = Date.now()): number | undefined {
  if (!(e instanceof APIError) || !e.headers) return undefined;
  const ms = e.headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const ra = e.headers.get('retry-after');
  if (ra === null || ra.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(ra.trim())) return Math.max(0, Number(ra) * 1000);
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter for attempt 0, 1, 2 … */
export function backoffMs(attempt: number, t: RetryTimings, random: () => number = Math.random): number {
  const cap = Math.min(t.maxDelayMs, t.baseDelayMs * 2 ** attempt);
  return Math.round(cap / 2 + (random() * cap) / 2);
}

/** Waits `ms`, or rejects with CANCELLED as soon as the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
