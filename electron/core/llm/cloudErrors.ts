import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { PrecisFailure } from '../errors';

/**
 * What a cloud timeout tells the user. The wait is not a setting, so the way out is time or the other
 * mode; the window offers Try again for this code, not Settings.
 */
export function cloudTimeoutMessage(host: string): string {
  return `The cloud server ${host} did not answer in time. Try again in a moment; if it keeps happening, the server is overloaded: try later, or summarize in Local mode.`;
}

/**
 * Turns whatever the OpenAI SDK or the network threw into a PrecisFailure whose message tells the
 * user what to do. Messages name the host and the HTTP status only: never the key, never the
 * server's error text (it can echo the request, i.e. document text).
 */
export function toCloudFailure(e: unknown, ctx: { host: string; model: string }): PrecisFailure {
  if (e instanceof PrecisFailure) return e;
  if (e instanceof APIUserAbortError) return new PrecisFailure('CANCELLED', 'The operation was cancelled.');
  if (e instanceof APIConnectionTimeoutError) {
    return new PrecisFailure('CLOUD_TIMEOUT', cloudTimeoutMessage(ctx.host), {
      retryable: true,
    });
  }
  if (e instanceof APIError && typeof e.status === 'number') return statusFailure(e, ctx);
  if (e instanceof APIConnectionError || isNetworkError(e)) {
    const refused = errorCodes(e).includes('ECONNREFUSED');
    const unknownHost = errorCodes(e).some((c) => c === 'ENOTFOUND' || c === 'EAI_AGAIN');
    const why = refused
      ? 'refused the connection (is the server running on that address?)'
      : unknownHost
        ? 'could not be found (check the base URL and your connection)'
        : 'dropped the connection';
    return new PrecisFailure('CLOUD_UNAVAILABLE', `The cloud server ${ctx.host} ${why}. Check the base URL in Settings and try again.`, {
      retryable: true,
    });
  }
  return new PrecisFailure('CLOUD_BAD_RESPONSE', `The cloud server ${ctx.host} sent an answer Precis could not read. Try again or pick another model.`, {
    retryable: true,
  });
}

function statusFailure(e: APIError, ctx: { host: string; model: string }): PrecisFailure {
  const status = e.status ?? 0;
  if (status === 401 || status === 403) {
    return new PrecisFailure(
      'CLOUD_AUTH',
      `The cloud server ${ctx.host} refused the API key (HTTP ${status}). Check the key in Settings (or OPENAI_API_KEY) and that it may use this model.`,
    );
  }
  if (status === 404 || isModelNotFound(e)) {
    return new PrecisFailure(
      'CLOUD_NOT_FOUND',
      `The cloud server ${ctx.host} does not know the model "${ctx.model}" or the address (HTTP ${status}). Check the model name and the base URL (it usually ends in /v1).`,
    );
  }
  if (status === 429) {
    return new PrecisFailure('CLOUD_RATE_LIMITED', `The cloud server ${ctx.host} is rate-limiting requests (HTTP 429). Wait a minute and try again.`, {
      retryable: true,
    });
  }
  if (status === 408 || status >= 500) {
    return new PrecisFailure('CLOUD_UNAVAILABLE', `The cloud server ${ctx.host} had a problem (HTTP ${status}). Try again later.`, { retryable: true });
  }
  return new PrecisFailure('CLOUD_BAD_RESPONSE', `The cloud server ${ctx.host} rejected the request (HTTP ${status}). Check the model and base URL in Settings.`);
}

function isModelNotFound(e: APIError): boolean {
  if (e.code === 'model_not_found') return true;
  const msg = errorMessage(e).toLowerCase();
  return /model/.test(msg) && /(not found|does not exist|not exist|unknown model|no such model)/.test(msg);
}

/** The server's own error message (for classification only; never shown). */
export function errorMessage(e: APIError): string {
  const body = e.error as { message?: unknown; error?: { message?: unknown } } | undefined;
  const m = body?.message ?? body?.error?.message;
  return typeof m === 'string' ? m : e.message;
}

/** Codes of the error and its causes (undici wraps socket errors as `cause`). */
function errorCodes(e: unknown): string[] {
  const codes: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 6; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    const errors = (cur as { errors?: unknown }).errors;
    if (Array.isArray(errors)) for (const inner of errors) codes.push(...errorCodes(inner));
    cur = (cur as { cause?: unknown }).cause;
  }
  return codes;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** True for socket-level failures, including undici's "terminated" when a stream is cut mid-body. */
export function isNetworkError(e: unknown): boolean {
  if (errorCodes(e).some((c) => NETWORK_CODES.has(c))) return true;
  return e instanceof TypeError && /terminated|fetch failed|other side closed/i.test(e.message);
}

/**
 * True when a 400 says the server does not support a request feature we can drop and retry
 * without: structured output, `stream_options`, `max_tokens` (reasoning models want
 * `max_completion_tokens`), `temperature`/`seed`.
 */
export function unsupportedParameter(e: unknown): 'response_format' | 'max_tokens' | 'temperature' | 'seed' | 'stream_options' | undefined {
  if (!(e instanceof APIError) || (e.status !== 400 && e.status !== 422)) return undefined;
  const param = typeof e.param === 'string' ? e.param : '';
  const msg = `${param} ${errorMessage(e)}`.toLowerCase();
  if (/response_format|json_schema|structured output/.test(msg)) return 'response_format';
  if (/max_tokens/.test(msg) && /max_completion_tokens|unsupported|not supported/.test(msg)) return 'max_tokens';
  if (/stream_options|include_usage/.test(msg)) return 'stream_options';
  if (/temperature/.test(msg)) return 'temperature';
  if (/\bseed\b/.test(msg)) return 'seed';
  return undefined;
}
