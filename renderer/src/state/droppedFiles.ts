import { MAX_UPLOAD_BYTES, type FileRef, type OpenedFile, type PrecisApi } from '../../../shared/ipc/contract';

/** A queued file: one the page holds (dropped, or picked over the bridge), or one main opened (its dialog). */
export type QueueSource = File | OpenedFile;

const SUPPORTED = new Map([
  ['pdf', 'PDF'],
  ['docx', 'Word'],
  ['txt', 'text'],
  ['md', 'Markdown'],
  ['markdown', 'Markdown'],
]);

export type Intake = { ok: true } | { ok: false; reason: string };

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/**
 * First look at a dropped file, by name and size only (main decides the real type from its bytes).
 * The reason is written for the user: it says what is wrong and what Precis accepts.
 */
export function checkFile(file: { name: string; size: number }): Intake {
  const ext = /\.([^./\\]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (!ext || !SUPPORTED.has(ext)) {
    const what = ext ? `.${ext} files are not supported` : 'files without an extension are not supported';
    return { ok: false, reason: `${what}. Precis reads PDF, Word (.docx), text and Markdown files: save it as one of these and add it again.` };
  }
  if (file.size === 0) return { ok: false, reason: 'the file is empty. Check that it finished saving or downloading, then add it again.' };
  if (file.size > MAX_UPLOAD_BYTES) {
    return {
      ok: false,
      reason: `the file is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_UPLOAD_BYTES)}. Split it into smaller files (the contract apart from its exhibits, for example) and add them.`,
    };
  }
  return { ok: true };
}

interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (ok: (f: File) => void, fail: (e: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: EntryLike[]) => void, fail: (e: unknown) => void) => void };
}

async function filesOfEntry(entry: EntryLike, depth = 0): Promise<File[]> {
  if (entry.isFile && entry.file) {
    const read = entry.file.bind(entry);
    return [await new Promise<File>((resolve, reject) => read(resolve, reject))];
  }
  // Folders are walked a few levels deep; hidden folders (.git and the like) are skipped.
  if (!entry.isDirectory || !entry.createReader || depth > 8 || entry.name.startsWith('.')) return [];
  const reader = entry.createReader();
  const all: File[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) all.push(...(await filesOfEntry(child, depth + 1)));
  }
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every file in a drop, folders included (walked in name order). */
export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const items = Array.from(dt.items ?? []);
  const entries = items
    .filter((i) => i.kind === 'file')
    .map((i) => (typeof i.webkitGetAsEntry === 'function' ? (i.webkitGetAsEntry() as EntryLike | null) : null));
  if (entries.length > 0 && entries.every((e) => e !== null)) {
    const nested = await Promise.all(entries.map((e) => filesOfEntry(e as EntryLike)));
    return nested.flat();
  }
  return Array.from(dt.files ?? []);
}

/** Base64 of a file's bytes, read by the browser (no copy through a JS string of bytes). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

function isOpened(source: QueueSource): source is OpenedFile {
  return typeof (source as OpenedFile).handle === 'string';
}

/**
 * How main is told about a file, never by path: the handle main gave it (its dialog); for a dropped
 * file in the desktop app, a handle the preload obtains by registering the drop with main; else
 * (browser, or a file with no path on disk) its bytes.
 */
export async function toFileRef(source: QueueSource, api: Pick<PrecisApi, 'registerDroppedFiles'>): Promise<FileRef> {
  if (isOpened(source)) return { kind: 'handle', handle: source.handle };
  if (api.registerDroppedFiles) {
    const registered = await api.registerDroppedFiles([source]);
    const opened = registered.ok ? registered.value[0] : null;
    if (opened) return { kind: 'handle', handle: opened.handle };
  }
  return { kind: 'bytes', name: source.name, data: await readAsBase64(source) };
}

/** Decodes base64 bytes from main (exports) into a Blob. */
export function base64ToBlob(data: string, mimeType: string): Blob {
  const bin = atob(data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}
