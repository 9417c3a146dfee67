/**
 * What each format reader hands to the structure stage: pages of text units in reading order.
 * The structure stage turns units into cited blocks; readers only say what they know for sure.
 */
import type { BlockKind, DocumentWarning, Rect } from '../../../shared/document';

/** A paragraph-sized piece of text, with what the reader knows about its role. */
export interface SourceUnit {
  text: string;
  /** The reader's view of the unit; structure may still refine a paragraph into a heading or list item. */
  hint: BlockKind;
  /** Heading level from the source (DOCX heading styles): 1 is outermost. */
  level?: number;
  /** Where the unit stands on its page (drawn pages: PDF text, OCR words), in the page's displayed coordinates. */
  rects?: Rect[];
}

export interface SourcePage {
  number: number;
  units: SourceUnit[];
  /** Set by OCR: the confidence of the recognised text, 0..100. */
  ocr?: { confidence: number };
  /** The displayed page size in points, when the page is drawn (the space of its units' rects). */
  size?: { width: number; height: number };
}

/** A format reader's whole result. */
export interface SourceDocument {
  pages: SourcePage[];
  /** The title from the file's metadata, when it has a meaningful one. */
  title?: string;
  warnings: DocumentWarning[];
  /** Pages with no text layer in their interior (margin stamps aside) that paint images: scans, OCR candidates. */
  imageOnlyPages: number[];
  /** Pages whose text layer is garbage (unmapped glyphs, no words): OCR candidates too. */
  garbledPages?: number[];
  /** Pages left unread because drawing their text took far more than any real page's (see pdf/pageTextItems.ts). */
  unreadPages?: number[];
}
