/**
 * Word's simple fields (`<w:fldSimple w:instr=" DATE ">…</w:fldSimple>`) hold the text Word shows
 * for a field (a date, a document property such as a party's name, a cross-reference "2.1") as
 * ordinary runs inside the element. Mammoth does not know the element and drops it with its runs,
 * so a contract whose date or party name a template fills in from a field lost that text. The
 * field's tags are taken out of document.xml before mammoth reads it, so its runs read as the
 * paragraph's own text, as Word shows them. The zip has already passed checkZip.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const OPEN = '<w:fldSimple';
const CLOSE = '</w:fldSimple>';

/**
 * `xml` without the opening and closing tags of its simple fields (a self-closing one, which has
 * no text, goes too). Each opening tag ends at the first '>' after it, found once for all the
 * tags before it, so the text is read once whatever it holds.
 */
export function unwrapSimpleFields(xml: string): string {
  const parts: string[] = [];
  let from = 0;
  let gt = -1;
  for (let at = xml.indexOf(OPEN); at >= 0; at = xml.indexOf(OPEN, at + OPEN.length)) {
    if (at < from) continue;
    // "<w:fldSimpleX" is another element.
    if (!/[\s/>]/.test(xml[at + OPEN.length] ?? '')) continue;
    if (gt < at) gt = xml.indexOf('>', at);
    if (gt < 0) break;
    parts.push(xml.slice(from, at));
    from = gt + 1;
  }
  parts.push(xml.slice(from));
  return parts.join('').split(CLOSE).join('');
}

/** The DOCX with its simple fields' text made ordinary text; the same bytes when it has none. */
export function withSimpleFieldsUnwrapped(bytes: Uint8Array): Uint8Array {
  const name = 'word/document.xml';
  const only = unzipSync(bytes, { filter: (f) => f.name === name });
  if (!only[name] || !strFromU8(only[name]).includes(OPEN)) return bytes;
  const files = unzipSync(bytes);
  files[name] = strToU8(unwrapSimpleFields(strFromU8(files[name]!)));
  // Stored, not compressed again: the bytes only go on to mammoth.
  return zipSync(files, { level: 0 });
}
