/** What kind of file a document came from (decided by magic bytes, never by extension). */
export type DocumentKind = 'pdf' | 'docx' | 'text';

/** One page of the source. DOCX and text documents have a single logical page per page break (or one page). */
export interface Page {
  /** 1-based page number as printed by a PDF viewer. */
  number: number;
  /** The page's text in reading order, paragraphs separated by blank lines. */
  text: string;
  /** Present when the page's text came from OCR. */
  ocr?: { confidence: number };
  /**
   * The page's size as displayed (crop box, after its rotation), in PDF points: the space that
   * block rectangles are in. Only for pages that are drawn (PDF; page images of OCR).
   */
  size?: { width: number; height: number };
}

/** A rectangle on a displayed page: top-left origin, y down, in PDF points (see {@link Page.size}). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

/** A unit of text that summaries cite. Ids are stable for the same input bytes. */
export interface Block {
  /** Stable id, e.g. "p4.7" (page 4, seventh block on that page). */
  id: string;
  page: number;
  kind: BlockKind;
  text: string;
  /** The contract's own numbering for this clause when it has one: "4.2", "ARTICLE IV", "(a)", "Schedule 2". */
  clause?: string;
  /** Headings above this block, outermost first. */
  section: string[];
  /** Where the block's text stands on its page, one rectangle per line fragment (drawn pages only). */
  rects?: Rect[];
  /** Set when the block's page was read by OCR: that page's confidence, 0..100. */
  scanned?: number;
  /**
   * Documents without printed pages (DOCX, text): the block's 1-based position in the document,
   * headings included. Their citations name the clause, or "¶ N" when the block has none.
   */
  paragraph?: number;
}

/** A term the contract defines ("Confidential Information" means …). */
export interface DefinedTerm {
  term: string;
  blockId: string;
}

export type DocumentWarningCode =
  | 'NO_TEXT'
  | 'OCR_NEEDED'
  /** Pages read by OCR with confidence under the floor; the message names them. */
  | 'OCR_LOW_CONFIDENCE'
  | 'PAGE_LIMIT'
  | 'GARBLED_TEXT'
  /**
   * A PDF page left unread because drawing its text takes far more than any real page's (a form
   * drawn within forms over and over); the message names the page. Neither GARBLED_TEXT (OCR may
   * help there) nor NO_TEXT (the page is blank) says this: the page has text, and OCR would have
   * to draw it the same way.
   */
  | 'PAGE_TOO_COMPLEX'
  | 'EXTERNAL_CONTENT_IGNORED'
  /** Parts of a Word document embedded in a format the reader cannot read (RTF, another Word file); the message counts them by kind. */
  | 'EMBEDDED_CONTENT_UNREAD'
  | 'SUSPICIOUS_INSTRUCTIONS'
  | 'TERM_MISMATCH'
  /** The summary and the key terms stop where another instrument attached after the contract begins; the message names it and its page. */
  | 'ATTACHED_INSTRUMENT'
  /** The summary finished but could not be saved to the history (disk full, folder not writable). */
  | 'HISTORY_NOT_SAVED';

/** Something the user should know about the document that did not stop extraction. */
export interface DocumentWarning {
  code: DocumentWarningCode;
  message: string;
  page?: number;
}

/** The result of ingestion: what every later stage cites into. */
export interface ExtractedDocument {
  /** SHA-256 of the input bytes, lowercase hex. */
  sha256: string;
  kind: DocumentKind;
  /** The file's base name when known (never a full path). */
  fileName?: string;
  title?: string;
  pageCount: number;
  pages: Page[];
  blocks: Block[];
  definitions: DefinedTerm[];
  warnings: DocumentWarning[];
}

/** Where a point in a summary comes from. */
export interface Citation {
  blockId: string;
  page: number;
  clause?: string;
  /** The cited page was read by OCR with this confidence (0..100): readers should know. */
  scanned?: number;
  /** The cited block's position in a document without printed pages (see {@link Block.paragraph}). */
  paragraph?: number;
}

/** The citation a block gives a point. */
export function citationOf(block: Pick<Block, 'id' | 'page' | 'clause' | 'scanned' | 'paragraph'>): Citation {
  return {
    blockId: block.id,
    page: block.page,
    ...(block.clause ? { clause: block.clause } : {}),
    ...(block.scanned !== undefined ? { scanned: block.scanned } : {}),
    ...(block.paragraph !== undefined ? { paragraph: block.paragraph } : {}),
  };
}

/**
 * Renders a citation the way the summary shows it: "[p. 4, §7.2]", or "[p. 7, scanned, 71 %, §7.2]"
 * for an OCR'd page. A document without printed pages (DOCX, text) is cited by its clause alone,
 * "[§3.2]", or "[¶ 12]" for a paragraph without a clause number: "p. 1" would point nowhere.
 */
export function formatCitation(c: Pick<Citation, 'page' | 'clause' | 'scanned' | 'paragraph'>): string {
  if (c.paragraph !== undefined) return `[${c.clause ? clauseLabel(c.clause) : `¶ ${c.paragraph}`}]`;
  const page = c.scanned !== undefined ? `p. ${c.page}, scanned, ${c.scanned} %` : `p. ${c.page}`;
  if (!c.clause) return `[${page}]`;
  return `[${page}, ${clauseLabel(c.clause)}]`;
}

/** A clause number as cited: "§7.2" for numbered clauses, others as written ("ARTICLE IV", "Schedule 2"). */
function clauseLabel(clause: string): string {
  return /^\(?[0-9]/.test(clause) ? `§${clause}` : clause;
}
