import type { ErrorCode } from '../../../shared/errors';

/**
 * What a failed document offers, by the failure's stable code:
 * - `retry`: the same attempt may succeed later (a timeout, a cancel, a busy or flaky model or server,
 *   a full disk freed, the user's own "no" to main's question);
 * - `settings`: nothing changes until a setting does (no API key, a wrong server or model name, a
 *   missing model, OCR off for a scan): the way out is Settings, then trying again;
 * - `remove`: the file itself is the problem (damaged, empty, too large, not a document): trying the
 *   same bytes again cannot help, so the item offers to leave the queue.
 * Every code is listed, so a new one has to be placed here before the window builds.
 */
export type FailureAction = 'retry' | 'settings' | 'remove';

const ACTIONS: Record<ErrorCode, FailureAction> = {
  FILE_NOT_FOUND: 'retry',
  FILE_TOO_LARGE: 'remove',
  FILE_INVALID: 'remove',
  UNSUPPORTED_TYPE: 'remove',
  PASSWORD_REQUIRED: 'retry',
  PASSWORD_INCORRECT: 'retry',
  // Mostly a scan read with OCR off or in the wrong language: its message says which setting to change.
  NO_TEXT: 'settings',
  TOO_MANY_PAGES: 'remove',
  PARSE_TIMEOUT: 'retry',
  PATH_REFUSED: 'remove',
  OCR_LANGUAGE_MISSING: 'settings',
  OCR_FAILED: 'retry',
  MODEL_NOT_FOUND: 'settings',
  MODEL_INVALID: 'settings',
  MODEL_NOT_LOADED: 'retry',
  INSUFFICIENT_MEMORY: 'retry',
  CONTEXT_TOO_SMALL: 'settings',
  GENERATION_FAILED: 'retry',
  PROVIDER_UNKNOWN: 'settings',
  DOWNLOAD_OFFLINE: 'retry',
  DOWNLOAD_FORBIDDEN: 'settings',
  DOWNLOAD_NOT_FOUND: 'settings',
  DOWNLOAD_NO_RANGE: 'retry',
  DOWNLOAD_FAILED: 'retry',
  CHECKSUM_MISMATCH: 'retry',
  CLOUD_AUTH: 'settings',
  CLOUD_KEY_MISSING: 'settings',
  CLOUD_NOT_FOUND: 'settings',
  CLOUD_RATE_LIMITED: 'retry',
  CLOUD_UNAVAILABLE: 'retry',
  CLOUD_TIMEOUT: 'retry',
  CLOUD_BAD_RESPONSE: 'retry',
  CONSENT_REQUIRED: 'retry',
  CLOUD_FORBIDDEN_FOR_DOCUMENT: 'settings',
  KEY_STORAGE_UNAVAILABLE: 'settings',
  CLOUD_URL_INSECURE: 'settings',
  NOT_CONFIRMED: 'retry',
  CANCELLED: 'retry',
  JOB_NOT_FOUND: 'retry',
  JOB_EXISTS: 'retry',
  INVALID_REQUEST: 'retry',
  FORBIDDEN_SENDER: 'remove',
  BRIDGE_TOKEN_USED: 'remove',
  BRIDGE_BUSY: 'retry',
  NOT_AVAILABLE: 'remove',
  DISK_FULL: 'retry',
  STORAGE_FAILED: 'retry',
  INTERNAL: 'retry',
};

/** What a failure with `code` offers; a failure without one (the window's own) may be tried again. */
export function failureAction(code: ErrorCode | undefined): FailureAction {
  return code ? ACTIONS[code] : 'retry';
}
