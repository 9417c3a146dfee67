/**
 * A Word document as HTML for the Source panel: mammoth's conversion, with Word's visible list
 * numbers ("3.2", "(a)") written into the text as the reader sees them (an HTML list would
 * renumber them 1, 2, 3), and no image or linked file ever read. The window sanitises the result
 * again before showing it; this is only the formatting (headings, bold, lists, tables).
 */
import mammoth from 'mammoth';
import { PrecisFailure } from '../../errors';
import { createNumberer, numberParagraphs, readNumberingDefinitions, type MammothNumbering } from './numbering';
import { checkZip } from './zipGuard';
import { refuseXmlDoctype } from './xmlDeclarations';
import { withVisibleText } from './visibleText';
import { inlineAltChunks } from './altChunks';
import { dropDanglingNoteReferences, type NoteIndex } from './dropDanglingNoteReferences';
import { docxReaderFailure } from '../readerFailure';

interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  styleId?: string | null;
  numbering?: MammothNumbering | null;
}

function firstText(node: DocNode): DocNode | undefined {
  if (node.type === 'text') return node;
  for (const c of node.children ?? []) {
    const hit = firstText(c);
    if (hit) return hit;
  }
  return undefined;
}

/** Converts a DOCX to HTML. Throws FILE_INVALID for damaged or hostile zips. */
export async function docxHtml(given: Uint8Array, signal?: AbortSignal): Promise<string> {
  checkZip(given);
  refuseXmlDoctype(given);
  // The same text as extractDocx reads: a simple field's runs are the paragraph's own.
  const bytes = inlineAltChunks(withVisibleText(given)).bytes;
  // The same numbering, in the same document order, as extractDocx: block texts then match paragraphs.
  const numberer = createNumberer(readNumberingDefinitions(bytes));
  // Images are left out of the document model altogether: the view shows text and its formatting.
  const dropImages = (node: DocNode): void => {
    if (!node.children) return;
    node.children = node.children.filter((c) => c.type !== 'image');
    for (const c of node.children) dropImages(c);
  };
  // Every paragraph, table cells and text boxes included, counted in document order as extractDocx counts them.
  const number = (doc: DocNode): void => {
    for (const [node, visible] of numberParagraphs(doc, numberer)) {
      const text = firstText(node);
      if (text) {
        text.value = `${visible} ${text.value ?? ''}`;
        node.numbering = null;
      }
    }
  };
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (doc: DocNode & { notes?: NoteIndex }) => {
          if (signal?.aborted) throw new PrecisFailure('CANCELLED', 'Opening the document was cancelled.');
          dropDanglingNoteReferences(doc, doc.notes);
          number(doc);
          dropImages(doc);
          return doc;
        },
      } as Parameters<typeof mammoth.convertToHtml>[1],
    );
    return result.value;
  } catch (e) {
    throw docxReaderFailure(e, 'shown');
  }
}
