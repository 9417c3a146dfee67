import { z } from 'zod';

/**
 * The document itself, for the Source panel to draw the cited page as the user knows it: a PDF's
 * bytes (pdf.js renders them in the window), a DOCX's HTML (mammoth's, sanitised again in the
 * window), or nothing for plain text (its blocks are the document). Asked for by document id, so
 * the window never names a file path; a document reopened from the history works the same way.
 */
export const SourceFileRequestSchema = z.object({ documentId: z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/) }).strict();

export type SourceFile =
  | { kind: 'pdf'; /** Base64 of the PDF's bytes. */ data: string }
  | { kind: 'docx'; /** Mammoth's HTML of the document (images left out); the window keeps only allowed elements. */ html: string }
  /** Nothing beyond the blocks: text files, and documents whose file was not kept (older history entries). */
  | { kind: 'none' };
