/**
 * Stable error codes. Errors cross every boundary (IPC, bridge, CLI) as one of these codes plus a
 * message that says what to do — never as a class or a stack trace.
 */
export const ERROR_CODES = [
  // documents
  'FILE_NOT_FOUND',
  'FILE_TOO_LARGE',
  'FILE_INVALID',
  'UNSUPPORTED_TYPE',
  'PASSWORD_REQUIRED',
  'PASSWORD_INCORRECT',
  'NO_TEXT',
  'TOO_MANY_PAGES',
  'PARSE_TIMEOUT',
  /** A window or bridge client named a file by path: only main (a dialog, a registered drop) and the CLI may. */
  'PATH_REFUSED',
  'OCR_LANGUAGE_MISSING',
  'OCR_FAILED',
  // models and generation
  'MODEL_NOT_FOUND',
  'MODEL_INVALID',
  'MODEL_NOT_LOADED',
  'INSUFFICIENT_MEMORY',
  'CONTEXT_TOO_SMALL',
  'GENERATION_FAILED',
  'PROVIDER_UNKNOWN',
  // model downloads
  'DOWNLOAD_OFFLINE',
  'DOWNLOAD_FORBIDDEN',
  'DOWNLOAD_NOT_FOUND',
  'DOWNLOAD_NO_RANGE',
  'DOWNLOAD_FAILED',
  'CHECKSUM_MISMATCH',
  // cloud
  'CLOUD_AUTH',
  /** Cloud mode for a service that always needs an API key, and none is saved for it: refused before anything is prepared. */
  'CLOUD_KEY_MISSING',
  'CLOUD_NOT_FOUND',
  'CLOUD_RATE_LIMITED',
  'CLOUD_UNAVAILABLE',
  'CLOUD_TIMEOUT',
  'CLOUD_BAD_RESPONSE',
  'CONSENT_REQUIRED',
  'CLOUD_FORBIDDEN_FOR_DOCUMENT',
  'KEY_STORAGE_UNAVAILABLE',
  /** A cloud server address that is not https (plain http is allowed only on this machine's loopback). */
  'CLOUD_URL_INSECURE',
  /** The user did not confirm (native dialog, or the terminal that started `serve`), or could not be asked. */
  'NOT_CONFIRMED',
  // jobs, IPC, storage
  'CANCELLED',
  'JOB_NOT_FOUND',
  'JOB_EXISTS',
  'INVALID_REQUEST',
  'FORBIDDEN_SENDER',
  /** A `precis serve` address (token) that already opened a window: each opens one, once. */
  'BRIDGE_TOKEN_USED',
  /** `precis serve` already has as many windows connected as it serves at once. */
  'BRIDGE_BUSY',
  /** The request exists but this transport does not offer it (e.g. the desktop file dialog over the bridge). */
  'NOT_AVAILABLE',
  'DISK_FULL',
  'STORAGE_FAILED',
  'INTERNAL',
] as const;

/** One of the stable error codes above. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The serialisable shape of an error at any boundary. */
export interface PrecisErrorShape {
  code: ErrorCode;
  /** What failed and what the user can do about it; never contains secrets or document text. */
  message: string;
  /** True when trying the same thing again later may succeed (network, rate limit, busy). */
  retryable: boolean;
}

/** What every invoke returns: invokes never reject. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: PrecisErrorShape };

/** Builds a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed Result. */
export function err<T = never>(code: ErrorCode, message: string, retryable = false): Result<T> {
  return { ok: false, error: { code, message, retryable } };
}

/** True when `value` is one of the stable error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
