import type { ErrorCode, PrecisErrorShape } from '../../shared/errors';
import { isErrorCode } from '../../shared/errors';

/**
 * The error core throws. At every boundary it is turned into a {@link PrecisErrorShape}
 * with {@link toErrorShape}; callers outside core only ever see the code and the message.
 */
export class PrecisFailure extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;

  constructor(code: ErrorCode, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PrecisFailure';
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

/** True for an abort caused by an AbortSignal (ours or the platform's). */
export function isAbortError(e: unknown): boolean {
  if (e instanceof PrecisFailure) return e.code === 'CANCELLED';
  return e instanceof Error && (e.name === 'AbortError' || e.name === 'APIUserAbortError');
}

/** Throws CANCELLED when the signal has fired. Call it between steps of long work. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new PrecisFailure('CANCELLED', 'The operation was cancelled.');
}

/**
 * A message as the one line every boundary shows: line breaks, tabs and other control characters
 * (a library's text can carry them) become single spaces.
 */
export function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\s\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/** Maps anything thrown to the boundary shape. Unknown errors become INTERNAL without leaking details. */
export function toErrorShape(e: unknown): PrecisErrorShape {
  if (e instanceof PrecisFailure) return { code: e.code, message: oneLine(e.message), retryable: e.retryable };
  if (isAbortError(e)) return { code: 'CANCELLED', message: 'The operation was cancelled.', retryable: false };
  if (e && typeof e === 'object' && 'code' in e && isErrorCode((e as { code: unknown }).code)) {
    const m = (e as { message?: unknown }).message;
    return { code: (e as { code: ErrorCode }).code, message: typeof m === 'string' ? oneLine(m) : 'Failed.', retryable: false };
  }
  return {
    code: 'INTERNAL',
    message: 'Something unexpected went wrong inside Precis. Nothing was sent anywhere; try again, and report it if it repeats.',
    retryable: false,
  };
}
