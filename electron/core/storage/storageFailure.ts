import { PrecisFailure } from '../errors';

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

/**
 * Turns a file-system error into the PrecisFailure users see. `action` names what was being done
 * ("save settings") — never a document's text; the path is left out because it may contain the
 * user's name or a confidential file name.
 */
export function storageFailure(e: unknown, action: string): PrecisFailure {
  if (e instanceof PrecisFailure) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && DISK_FULL_CODES.has(code)) {
    return new PrecisFailure('DISK_FULL', `Could not ${action}: the disk is full. Free some space and try again; the previous copy was kept.`, {
      retryable: true,
      cause: e,
    });
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new PrecisFailure('STORAGE_FAILED', `Could not ${action}: Precis is not allowed to write to its data folder. Check the folder's permissions.`, {
      cause: e,
    });
  }
  return new PrecisFailure('STORAGE_FAILED', `Could not ${action} (${code ?? 'unknown error'}). Try again; if it repeats, check the data folder.`, {
    retryable: true,
    cause: e,
  });
}
