/**
 * Checks a DOCX zip before any library unzips it: entry count, names (zip slip), declared sizes,
 * compression ratio, and the real inflated size of every entry (streamed, stopped at the cap), so
 * a zip bomb or a lying header is rejected as FILE_INVALID without ever being inflated in full.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { PrecisFailure } from '../../errors';

export interface ZipLimits {
  maxEntries: number;
  /** Largest inflated size of one entry. */
  maxEntryBytes: number;
  /** Largest inflated size of all entries together. */
  maxTotalBytes: number;
  /** Largest inflated/compressed ratio for entries bigger than 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
};

function invalid(what: string): PrecisFailure {
  return new PrecisFailure('FILE_INVALID', `This Word file is not safe to open: ${what}. Re-save it from Word and try again.`);
}

/** True for a name that could escape a folder if written to disk, or is otherwise malformed. */
export function isUnsafeEntryName(name: string): boolean {
  return (
    name.length === 0 ||
    name.length > 512 ||
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..')
  );
}

/** Throws FILE_INVALID when the zip is damaged or hostile; returns quietly when it is safe to unzip. */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  const declared = new Map<string, number>();
  let count = 0;
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        count++;
        if (count > limits.maxEntries) throw invalid(`it holds more than ${limits.maxEntries} parts`);
        if (isUnsafeEntryName(file.name)) throw invalid(`it contains a part with an unsafe name`);
        if (file.originalSize > limits.maxEntryBytes) throw invalid(`one part would unpack to ${Math.round(file.originalSize / 1048576)} MB`);
        total += file.originalSize;
        if (total > limits.maxTotalBytes) throw invalid(`its parts would unpack to more than ${Math.round(limits.maxTotalBytes / 1048576)} MB`);
        if (file.originalSize > 1048576 && file.originalSize / Math.max(1, file.size) > limits.maxRatio) {
          throw invalid('one part is compressed far more than real documents are (a "zip bomb")');
        }
        if (file.compression !== 0 && file.compression !== 8) throw invalid(`it uses an unsupported compression method`);
        declared.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch (e) {
    if (e instanceof PrecisFailure) throw e;
    throw new PrecisFailure('FILE_INVALID', 'This Word file is damaged (its zip structure cannot be read). Re-save it from Word and try again.');
  }

  // Headers can lie: inflate every entry as a stream and stop as soon as it outgrows what it declared.
  let inflatedTotal = 0;
  let failure: PrecisFailure | undefined;
  const unzip = new Unzip((file) => {
    if (failure) return;
    if (isUnsafeEntryName(file.name)) {
      failure = invalid('it contains a part with an unsafe name');
      return;
    }
    const cap = Math.min(limits.maxEntryBytes, declared.get(file.name) ?? limits.maxEntryBytes);
    let size = 0;
    file.ondata = (err, chunk) => {
      if (failure) return;
      if (err) {
        failure = new PrecisFailure('FILE_INVALID', 'This Word file is damaged (a part cannot be unpacked). Re-save it from Word and try again.');
        return;
      }
      size += chunk.length;
      inflatedTotal += chunk.length;
      if (size > cap || inflatedTotal > limits.maxTotalBytes) {
        failure = invalid('a part unpacks to more than its header declares (a "zip bomb")');
        file.terminate();
      }
    };
    if (file.compression !== 0 && file.compression !== 8) {
      failure = invalid('it uses an unsupported compression method');
      return;
    }
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    failure ??= new PrecisFailure('FILE_INVALID', 'This Word file is damaged (a part cannot be unpacked). Re-save it from Word and try again.');
  }
  if (failure) throw failure;
}
