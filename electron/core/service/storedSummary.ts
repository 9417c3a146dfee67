import type { DocumentWarning, ExtractedDocument } from '../../../shared/document';
import type { SummaryResult } from '../../../shared/summary';
import { toErrorShape } from '../errors';

/**
 * What the history keeps of a finished job: the summary and the document it cites (pages and
 * blocks), inside the same encrypted entry. Entries saved before sources were kept have none.
 */
export type StoredSummaryResult = SummaryResult & { source?: ExtractedDocument; /** Base64 of the PDF or DOCX itself. */ sourceFile?: string };

/** Largest file kept with a history entry so a reopened summary can draw its pages. */
export const MAX_STORED_FILE_BYTES = 64 * 1024 * 1024;

/** The history entry of a summary: with its document, and its file when small enough to keep. */
export function storedSummary(summary: SummaryResult, source: ExtractedDocument, file: Uint8Array | undefined): StoredSummaryResult {
  return {
    ...summary,
    source,
    ...(file && file.byteLength <= MAX_STORED_FILE_BYTES ? { sourceFile: Buffer.from(file.buffer, file.byteOffset, file.byteLength).toString('base64') } : {}),
  };
}

export function isStoredSource(source: unknown): source is ExtractedDocument {
  const d = source as Partial<ExtractedDocument> | undefined;
  return !!d && typeof d.sha256 === 'string' && Array.isArray(d.pages) && Array.isArray(d.blocks);
}

/** The warning a finished summary carries when the history could not keep it. */
export function historyNotSaved(e: unknown): DocumentWarning {
  const { code, message } = toErrorShape(e);
  return {
    code: 'HISTORY_NOT_SAVED',
    message: `This summary was not saved to the history, so it will be gone when you close it: copy it now to keep it. (${code}) ${message}`,
  };
}
