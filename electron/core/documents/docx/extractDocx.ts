/**
 * Word documents with mammoth: the zip is checked first (zipGuard), external files are never
 * read (images are dropped before mammoth could open a linked path), headings come from styles,
 * visible list numbering ("4.2", "(a)") is rebuilt from numbering.xml, tables become rows, the
 * text of simple fields (a date or a name a template fills in) is kept and hidden text left out
 * (visibleText), footnotes and endnotes are read after the paragraph that refers to them, and
 * parts embedded as HTML or plain text are read where they stand (altChunks); a master document's
 * subdocuments, files outside it, are named in a warning and never opened (subDocuments).
 */
import mammoth from 'mammoth';
import { PrecisFailure } from '../../errors';
import type { DocumentWarning } from '../../../../shared/document';
import type { SourceDocument, SourcePage, SourceUnit } from '../sourceDocument';
import { checkZip } from './zipGuard';
import { normalizeText } from '../normalizeText';
import { refuseXmlDoctype } from './xmlDeclarations';
import { withVisibleText } from './visibleText';
import { inlineAltChunks } from './altChunks';
import { customNoteMarks } from './customNoteMarks';
import { dropDanglingNoteReferences, type NoteIndex } from './dropDanglingNoteReferences';
import { docxReaderFailure } from '../readerFailure';
import { createNumberer, numberParagraphs, readNumberingDefinitions, type Numberer } from './numbering';

/** The parts of mammoth's document model we read (it ships no types for them). */
interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean; paragraphStyleId?: string } | null;
  breakType?: string;
  noteType?: string;
  noteId?: string;
}

/** Mammoth's footnotes and endnotes, found by a reference's type and id. */
interface Notes extends NoteIndex {
  resolve(reference: DocNode): { body?: DocNode[] } | null;
}

const NOTE_LABEL: Record<string, string> = { footnote: 'Footnote', endnote: 'Endnote' };

function headingLevel(p: DocNode): number | undefined {
  const name = `${p.styleName ?? ''} ${p.styleId ?? ''}`.toLowerCase();
  if (/\btitle\b/.test(name)) return 1;
  const m = /heading\s*([1-6])/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/**
 * True when a heading-styled paragraph reads as a title. Some templates (Common Paper) style whole
 * clauses as headings so Word numbers them ("1.1 License. During the Subscription Period…"): such
 * a paragraph is content, and its run-in title is found later by the structure pass.
 */
export function readsAsTitle(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  // A second sentence, a trailing comma or colon, or a lower-case start: clause text.
  if (/[.;:!?]\s+\S/.test(text) || /[,;:]$/.test(text) || /^[a-z]/.test(text)) return false;
  // '"Fees" means…' is a definition.
  if (/^["“'‘]/.test(text)) return false;
  // "Survival." is a title; "Use of the Product must comply with all License Limits." a sentence.
  if (!/[.!?]$/.test(text)) return true;
  // So is a short one with a verb written in lower case, as no title-case heading writes it:
  // "Fees are non-refundable." or "Time is of the essence." is a whole clause, "Time Is of the Essence." a title.
  return words.length <= 5 && !words.slice(1).some((w) => FINITE_VERBS.has(w.replace(/[.!?]$/, '')));
}

/** Auxiliary and modal verbs that make a short text a sentence when written in lower case. */
const FINITE_VERBS = new Set(['is', 'are', 'was', 'were', 'shall', 'will', 'may', 'must', 'has', 'have', 'does', 'cannot']);

interface Collected {
  pages: SourcePage[];
  external: number;
}

function collect(root: DocNode, numberer: Numberer, notes: Notes | undefined, marks: ReadonlyMap<string, string>): Collected {
  const pages: SourcePage[] = [{ number: 1, units: [] }];
  let external = 0;
  const page = (): SourcePage => pages[pages.length - 1]!;
  const newPage = (): void => {
    if (page().units.length > 0) pages.push({ number: pages.length + 1, units: [] });
  };
  // Note references met in the paragraph or table row being read, and the notes already read.
  let referenced: DocNode[] = [];
  const noteRead = new Set<string>();
  const noteCount = new Map<string, number>();

  // A custom-marked reference whose mark is no text in the XML (a symbol-font character, w:sym):
  // its mark is the next text mammoth reads in the same paragraph, which mammoth maps to Unicode.
  let pendingMark: string | undefined;
  const symbolMarks = new Map<string, string>();
  const textOf = (node: DocNode, onPageBreak?: () => void): string => {
    if (node.type === 'text') {
      const value = normalizeText(node.value ?? '');
      if (pendingMark !== undefined && value.trim()) {
        symbolMarks.set(pendingMark, value.trim().slice(0, 10));
        pendingMark = undefined;
      }
      return value;
    }
    if (node.type === 'noteReference') {
      referenced.push(node);
      const key = `${node.noteType ?? ''}:${node.noteId ?? ''}`;
      pendingMark = marks.get(key) === '' ? key : undefined;
      return '';
    }
    if (node.type === 'tab') return '\t';
    if (node.type === 'break') {
      if (node.breakType === 'page' && onPageBreak) onPageBreak();
      return node.breakType === 'page' ? '' : ' ';
    }
    if (node.type === 'image') {
      external++;
      return '';
    }
    return (node.children ?? []).map((c) => textOf(c, onPageBreak)).join('');
  };

  const numbers = numberParagraphs(root, numberer);

  /**
   * The notes the paragraph or row just read refers to, each as a paragraph of its own right after
   * it: a term a footnote qualifies ("Fees exclude VAT") is read, and cited, with the clause that
   * refers to it. Numbered in the order they are referred to, as Word numbers them; a note referred
   * to twice is read once. A note with a mark of its own ("*", "†") is labelled with it and takes
   * no number, as in Word (customNoteMarks).
   */
  const readNotes = (): void => {
    pendingMark = undefined;
    const refs = referenced;
    referenced = [];
    for (const ref of refs) {
      const type = ref.noteType ?? '';
      const key = `${type}:${ref.noteId ?? ''}`;
      const label = NOTE_LABEL[type];
      if (!label || noteRead.has(key)) continue;
      noteRead.add(key);
      const body = notes?.resolve(ref)?.body ?? [];
      const mark = marks.get(key) === '' ? (symbolMarks.get(key) ?? '') : marks.get(key);
      let shown = mark;
      if (mark === undefined) {
        const n = (noteCount.get(type) ?? 0) + 1;
        noteCount.set(type, n);
        shown = String(n);
      }
      let text = body.map((c) => textOf(c)).join(' ').replace(/[\s\u00a0]+/g, ' ').trim();
      // Word writes a custom mark at the note's start as text, where a numbered note has its number.
      if (mark && text.startsWith(mark)) text = text.slice(mark.length).trim();
      // A note inside a note is not something Word writes; any reference read here is dropped.
      referenced = [];
      if (text) page().units.push({ text: `${label}${shown ? ` ${shown}` : ''}: ${text}`, hint: 'paragraph' });
    }
  };

  const paragraph = (p: DocNode): void => {
    readParagraph(p);
    readNotes();
  };

  const readParagraph = (p: DocNode): void => {
    // A page break inside a paragraph ends the page before the paragraph's text when nothing precedes it.
    let breakBefore = false;
    const raw = textOf(p, () => {
      breakBefore = true;
    });
    if (breakBefore && raw.trim() === '') {
      newPage();
      return;
    }
    const visible = numbers.get(p);
    const text = `${visible ? `${visible} ` : ''}${raw}`.replace(/[\s\u00a0]+/g, ' ').trim();
    if (breakBefore) newPage();
    if (!text) return;
    const styled = headingLevel(p);
    const level = styled !== undefined && readsAsTitle(raw.replace(/[\s\u00a0]+/g, ' ').trim()) ? styled : undefined;
    const unit: SourceUnit =
      level !== undefined
        ? { text, hint: 'heading', level }
        : { text, hint: p.numbering && !p.numbering.isOrdered ? 'list-item' : 'paragraph' };
    page().units.push(unit);
  };

  // A numbered paragraph in a cell shows its number there, as in Word.
  const cellText = (cell: DocNode): string =>
    (cell.children ?? []).map((c) => {
      const visible = c.type === 'paragraph' ? numbers.get(c) : undefined;
      return `${visible ? `${visible} ` : ''}${textOf(c)}`;
    }).join(' ');

  const table = (t: DocNode): void => {
    for (const row of t.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const cells = (row.children ?? [])
        .filter((c) => c.type === 'tableCell')
        .map((c) => cellText(c).replace(/[\s\u00a0]+/g, ' ').trim());
      if (cells.some((c) => c)) page().units.push({ text: cells.join(' | '), hint: 'table-row' });
      readNotes();
    }
  };

  const walk = (node: DocNode): void => {
    if (node.type === 'paragraph') return paragraph(node);
    if (node.type === 'table') return table(node);
    for (const c of node.children ?? []) walk(c);
  };
  walk(root);
  if (pages.length > 1 && page().units.length === 0) pages.pop();
  return { pages, external };
}

const NAMES_SHOWN = 10;

/** The warning for a master document's subdocuments: which files were not read, and how to get them read. */
function subDocumentWarning(names: readonly string[]): DocumentWarning {
  const distinct = [...new Set(names)];
  const shown = distinct.slice(0, NAMES_SHOWN).map((n) => `“${n}”`).join(', ');
  const more = distinct.length > NAMES_SHOWN ? ` and ${distinct.length - NAMES_SHOWN} more` : '';
  return {
    code: 'EMBEDDED_CONTENT_UNREAD',
    message: `This is a master document: ${names.length} subdocument(s) it links to (${shown}${more}) are separate files, which are never opened, so their text is left out of the summary. In Word, show the subdocuments (View, Outline, Expand Subdocuments), unlink them and save the document as one file, then open it here; or open each subdocument here on its own.`,
  };
}

/** Reads a DOCX. Throws FILE_INVALID for damaged or hostile zips. */
export async function extractDocx(given: Uint8Array): Promise<SourceDocument> {
  checkZip(given);
  refuseXmlDoctype(given);
  const inlined = inlineAltChunks(withVisibleText(given));
  const bytes = inlined.bytes;
  const numbering = readNumberingDefinitions(bytes);
  const numberer = createNumberer(numbering);
  const marks = customNoteMarks(bytes);
  let collected: Collected | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Mammoth 1.11+ refuses external files by default; say so explicitly, and never read any image.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (doc: DocNode & { notes?: Notes }) => {
          dropDanglingNoteReferences(doc, doc.notes);
          collected = collect(doc, numberer, doc.notes, marks);
          return doc;
        },
      } as Parameters<typeof mammoth.convertToHtml>[1],
    );
  } catch (e) {
    throw docxReaderFailure(e, 'read');
  }
  if (!collected) throw new PrecisFailure('FILE_INVALID', 'This Word file has no readable body. Re-save it from Word and try again.');
  const warnings: DocumentWarning[] = [];
  if (collected.external > 0) {
    warnings.push({ code: 'EXTERNAL_CONTENT_IGNORED', message: `${collected.external} image(s) in this document were left out; linked files are never opened.` });
  }
  if (inlined.unread.size > 0) {
    const count = [...inlined.unread.values()].reduce((a, b) => a + b, 0);
    const kinds = [...inlined.unread.entries()].map(([kind, n]) => `${n} ${kind}`).join(', ');
    warnings.push({
      code: 'EMBEDDED_CONTENT_UNREAD',
      message: `${count} part(s) of this document embedded in another format (${kinds}) could not be read and were left out of the summary. Open the document in Word and save it again (Word merges such parts into the text), then open it here.`,
    });
  }
  if (inlined.subdocuments.length > 0) warnings.push(subDocumentWarning(inlined.subdocuments));
  return { pages: collected.pages, warnings, imageOnlyPages: [] };
}
