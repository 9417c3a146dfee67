/**
 * How much memory the documents the service keeps open may hold together. A count alone (8) does
 * not bound it: eight files near the upload limit would keep gigabytes of text and file bytes and
 * end the process. Past the budget, the least recently used documents are dropped (their windows
 * get FILE_NOT_FOUND with "drop the file again"), never the one just opened.
 */
import { getHeapStatistics } from 'node:v8';
import type { ExtractedDocument } from '../../../shared/document';

/** Share of this process's heap that open documents may hold. */
export const OPEN_DOCUMENTS_HEAP_SHARE = 0.25;

/** The byte budget of open documents for a heap of `heapLimitBytes`. */
export function openDocumentByteBudget(heapLimitBytes: number = getHeapStatistics().heap_size_limit): number {
  return Math.floor(heapLimitBytes * OPEN_DOCUMENTS_HEAP_SHARE);
}

/** Per-object overhead counted for each page and block besides its text (ids, arrays, rectangles). */
const OBJECT_OVERHEAD = 256;
const footprints = new WeakMap<ExtractedDocument, number>();

/**
 * An estimate of the heap a kept document holds: its page and block texts as UTF-16 strings, their
 * objects, and the file's bytes when they are kept for the Source panel.
 */
export function documentFootprint(document: ExtractedDocument, file?: Uint8Array): number {
  let text = footprints.get(document);
  if (text === undefined) {
    text = 0;
    for (const p of document.pages) text += 2 * p.text.length + OBJECT_OVERHEAD;
    for (const b of document.blocks) text += 2 * b.text.length + OBJECT_OVERHEAD + 32 * (b.rects?.length ?? 0);
    footprints.set(document, text);
  }
  return text + (file?.byteLength ?? 0);
}
