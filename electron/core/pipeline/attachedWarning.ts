import type { Block, DocumentWarning } from '../../../shared/document';
import { attachedInstrumentStart, isPressRelease, whatIsAttached } from '../terms/attachedInstrument';

/** How much of the caption the warning quotes: enough to find it, never a paragraph. */
const CAPTION_CHARS = 80;

/**
 * The warning a summary carries when the document attaches another instrument after the contract
 * (the form of another agreement, with its own parties and terms), or undefined when it has none.
 * Every strategy leaves that instrument out, and so do the key terms: the user is told what was not
 * read and where it starts, so nothing is left out silently.
 */
export function attachedWarning(blocks: readonly Block[]): DocumentWarning | undefined {
  const start = attachedInstrumentStart(blocks);
  const caption = blocks[start];
  if (!caption) return undefined;
  const flat = caption.text.replace(/\s+/g, ' ').trim();
  const cut = flat.lastIndexOf(' ', CAPTION_CHARS);
  const quoted = flat.length <= CAPTION_CHARS ? flat : `${flat.slice(0, cut > 0 ? cut : CAPTION_CHARS).trimEnd()} …`;
  // Documents without printed pages cite paragraphs, as their citations do.
  const where = caption.paragraph === undefined ? `page ${caption.page}` : `paragraph ${caption.paragraph}`;
  return {
    code: 'ATTACHED_INSTRUMENT',
    ...(caption.paragraph === undefined ? { page: caption.page } : {}),
    message: `From ${where}, the document attaches ${whatIsAttached(quoted, isPressRelease(blocks, start))}. The summary and the key terms cover the contract only; read the attachment on its own if it matters.`,
  };
}
