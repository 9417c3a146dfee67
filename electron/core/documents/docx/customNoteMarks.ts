/**
 * Footnotes and endnotes with a mark of their own. Word numbers notes 1, 2, 3 … (or i, ii …), but a
 * note can instead show a symbol the author typed (`<w:footnoteReference w:customMarkFollows="1"/>`
 * followed by a run "*" or "†"): the reader sees "Fees*" and "* Excluding VAT." at the foot of the
 * page, and such a note takes no number, so the next numbered note is still 1. Mammoth keeps no
 * trace of the attribute, so the marks are read here from document.xml, for the reader to label
 * each such note with its own mark ("Footnote *: …") and leave it out of the numbering.
 */
import { strFromU8, unzipSync } from 'fflate';

const DOCUMENT = 'word/document.xml';
const ATTRIBUTE = 'customMarkFollows';
/** How far after the reference its mark may stand (the reference's run end and the mark run's properties). */
const MARK_WINDOW = 2000;
/** Word's dialog takes a mark of up to ten characters. */
const MARK_LIMIT = 10;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (whole, ref: string) => {
    if (ENTITIES[ref]) return ENTITIES[ref];
    const code = ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * A search for `needle` at or after a position that only moves forward: each occurrence is found
 * once however many positions ask, so a body of crafted references is read once.
 */
function forwardSearch(xml: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = xml.indexOf(needle, from);
    return found;
  };
}

/**
 * The custom marks of the notes `xml` (document.xml, Word's namespace under `w:`) refers to, by
 * "footnote:ID" or "endnote:ID": the text of the first w:t after the reference in its paragraph,
 * '' when it has none there (a symbol-font mark, w:sym: the reader takes the character mammoth reads for it).
 */
export function customMarksIn(xml: string): Map<string, string> {
  const marks = new Map<string, string>();
  if (!xml.includes(ATTRIBUTE)) return marks;
  const textOpen = forwardSearch(xml, '<w:t>');
  const textOpenWithAttributes = forwardSearch(xml, '<w:t ');
  const textClose = forwardSearch(xml, '</w:t>');
  const paragraphEnd = forwardSearch(xml, '</w:p>');
  // Each search is asked at positions that only move forward: the references' ends, and the marks'.
  const referenceEnd = forwardSearch(xml, '>');
  const markTagEnd = forwardSearch(xml, '>');
  const reference = /<w:(foot|end)noteReference(?=[\s/>])/g;
  for (let m = reference.exec(xml); m; m = reference.exec(xml)) {
    const gt = referenceEnd(m.index);
    if (gt < 0) break;
    const tag = xml.slice(m.index, Math.min(gt + 1, m.index + 4000));
    if (!/\bw:customMarkFollows\s*=\s*"(?:1|true|on)"/.test(tag)) continue;
    const id = /\bw:id\s*=\s*"([^"]{1,32})"/.exec(tag)?.[1];
    if (id === undefined) continue;
    const starts = [textOpen(gt), textOpenWithAttributes(gt)].filter((at) => at >= 0);
    const start = starts.length > 0 ? Math.min(...starts) : -1;
    const end = paragraphEnd(gt);
    let mark = '';
    if (start >= 0 && start < gt + MARK_WINDOW && (end < 0 || start < end)) {
      const open = markTagEnd(start);
      const close = open < 0 ? -1 : textClose(open);
      if (close >= 0 && close - open <= MARK_WINDOW) mark = decode(xml.slice(open + 1, close)).replace(/\s+/g, ' ').trim().slice(0, MARK_LIMIT);
    }
    marks.set(`${m[1]}note:${id}`, mark);
  }
  return marks;
}

/** The custom note marks of a Word package's body (see customMarksIn); empty for most files. */
export function customNoteMarks(bytes: Uint8Array): Map<string, string> {
  const body = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT })[DOCUMENT];
  if (!body || Buffer.from(body.buffer, body.byteOffset, body.byteLength).indexOf(ATTRIBUTE) < 0) return new Map();
  return customMarksIn(strFromU8(body));
}
