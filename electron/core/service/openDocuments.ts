import { randomBytes } from 'node:crypto';
import type { ExtractedDocument } from '../../../shared/document';
import type { OcrMode } from '../../../shared/ocrMode';
import { PrecisFailure } from '../errors';
import { documentFootprint } from './openDocumentBudget';

/** A document a client opened (dropped, picked, or reopened from the history), kept in memory. */
export interface OpenDocument {
  owner: string;
  document: ExtractedDocument;
  neverSend: boolean;
  /** Opened by reopening a history entry (only to show its pages): dropped before documents the user added. */
  fromHistory?: boolean;
  /** The file's bytes (PDF and DOCX), for the Source panel to draw the cited page. */
  file?: Uint8Array;
  /** The OCR setting it was read under (absent for one reopened from the history). */
  readWith?: OcrMode;
  /**
   * The password that opened it (a protected PDF), kept in main only, so that reading the kept file
   * again (OCR turned on for its scanned pages) does not ask for it again. Never sent to a client:
   * main already holds the text it unlocks, and it goes when the document does.
   */
  password?: string;
}

export interface OpenDocuments {
  /** Keeps a document for `owner` and returns its id (the same id when the owner already has it open). */
  remember(owner: string, document: ExtractedDocument, fromHistory?: boolean, file?: Uint8Array, readWith?: OcrMode, password?: string): string;
  /** The client's document by id (now the most recently used); another client's is reported as missing. */
  open(clientId: string, documentId: string): OpenDocument & { id: string };
  get(documentId: string): OpenDocument | undefined;
  /** The id of the document `owner` has open with these bytes (their sha256), if any. */
  findByHash(owner: string, sha256: string): string | undefined;
  /** True when the client has a document open. */
  hasAny(clientId: string): boolean;
  setNeverSend(clientId: string, documentId: string, neverSend: boolean): void;
  forgetClient(clientId: string): void;
  clear(): void;
}

/** The file worth keeping for drawing: PDFs and Word documents (a text file's blocks are the whole of it). */
function drawableFile(document: ExtractedDocument, bytes: Uint8Array | undefined): Uint8Array | undefined {
  return bytes && (document.kind === 'pdf' || document.kind === 'docx') ? bytes : undefined;
}

/**
 * The documents clients have open, so `documents.inspect` then `summary.start` extracts once. At
 * most `maxOpen` are kept, holding at most `maxOpenBytes` together; the least recently used go first.
 */
export function createOpenDocuments(maxOpen: number, maxOpenBytes: number): OpenDocuments {
  const documents = new Map<string, OpenDocument>();
  const openBytes = (): number => {
    let total = 0;
    for (const d of documents.values()) total += documentFootprint(d.document, d.file);
    return total;
  };
  return {
    remember(owner, document, fromHistory = false, file, readWith, password) {
      const kept = drawableFile(document, file);
      for (const [id, open] of documents) {
        if (open.owner === owner && open.document.sha256 === document.sha256) {
          documents.delete(id);
          // Reopening a summary must not replace the document the user added; adding it makes it theirs.
          const merged = fromHistory ? open : { ...open, document, fromHistory: false, ...(readWith ? { readWith } : {}), ...(password !== undefined ? { password } : {}) };
          documents.set(id, merged.file || !kept ? merged : { ...merged, file: kept });
          return id;
        }
      }
      const id = `doc-${randomBytes(12).toString('base64url')}`;
      documents.set(id, { owner, document, neverSend: false, fromHistory, ...(kept ? { file: kept } : {}), ...(readWith ? { readWith } : {}), ...(password !== undefined ? { password } : {}) });
      // Map keeps insertion order: the first entries are the least recently used. Browsing the history
      // must not push out a document waiting in the queue, so history-opened ones go first.
      // The byte budget too: many large files are dropped oldest first, never the one just opened.
      while (documents.size > maxOpen || (documents.size > 1 && openBytes() > maxOpenBytes)) {
        const victim = [...documents].find(([k, d]) => d.fromHistory && k !== id)?.[0] ?? [...documents.keys()].find((k) => k !== id)!;
        documents.delete(victim);
      }
      return id;
    },
    open(clientId, documentId) {
      const open = documents.get(documentId);
      // Another client's document is reported exactly like a missing one.
      if (!open || open.owner !== clientId) {
        throw new PrecisFailure('FILE_NOT_FOUND', 'That document is no longer open. Drop the file again.');
      }
      documents.delete(documentId);
      documents.set(documentId, open);
      return { ...open, id: documentId };
    },
    get: (documentId) => documents.get(documentId),
    findByHash(owner, sha256) {
      for (const [id, open] of documents) if (open.owner === owner && open.document.sha256 === sha256) return id;
      return undefined;
    },
    hasAny: (clientId) => [...documents.values()].some((d) => d.owner === clientId),
    setNeverSend(clientId, documentId, neverSend) {
      const open = this.open(clientId, documentId);
      documents.set(documentId, {
        owner: open.owner,
        document: open.document,
        neverSend,
        ...(open.file ? { file: open.file } : {}),
        ...(open.readWith ? { readWith: open.readWith } : {}),
        ...(open.password !== undefined ? { password: open.password } : {}),
      });
    },
    forgetClient(clientId) {
      for (const [id, open] of documents) if (open.owner === clientId) documents.delete(id);
    },
    clear: () => documents.clear(),
  };
}
