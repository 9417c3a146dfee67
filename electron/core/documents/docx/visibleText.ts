/**
 * The text of document.xml as Word shows it, made so before mammoth reads it.
 *
 * Word's simple fields (`<w:fldSimple w:instr=" DATE ">…</w:fldSimple>`) hold the text Word shows
 * for a field (a date, a document property such as a party's name, a cross-reference "2.1") as
 * ordinary runs inside the element. Mammoth does not know the element and drops it with its runs,
 * so a contract whose date or party name a template fills in from a field lost that text. The
 * field's tags are taken out of document.xml before mammoth reads it, so its runs read as the
 * paragraph's own text, as Word shows them. Hidden runs are left out (dropHiddenRuns), and a
 * carriage return inside a run reads as the line break it is (carriageReturnsAsBreaks). The zip has
 * already passed checkZip.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ownRunProperties, switchedOn } from './xmlElements';

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

const RUN_PROPERTIES = '<w:rPr>';
const RUN_PROPERTIES_END = '</w:rPr>';
const RUN_END = '</w:r>';

/** Whether run properties hide the run: a `<w:vanish>` whose w:val, if any, is not off (a tracked change's former formatting aside). */
function hides(rPr: string): boolean {
  return switchedOn(ownRunProperties(rPr), 'w:vanish');
}

/**
 * `xml` without the runs Word hides (hidden text, w:vanish in the run's own properties): Word
 * neither shows nor prints them, so a summary must not read them either, and a crafted file must
 * not slip in terms the reader never sees. A run that holds another run (a text box) is kept. Each
 * search remembers what it found, so the text is read once whatever it holds.
 */
export function dropHiddenRuns(xml: string): string {
  const open = /<w:r[\s>]/g;
  const parts: string[] = [];
  let from = 0;
  let gt = -1;
  let rPrEnd = -1;
  let runEnd = -1;
  let nextOpen = -1;
  const find = (cached: number, what: string, at: number): number => {
    if (cached === -2 || cached >= at) return cached;
    const i = xml.indexOf(what, at);
    return i < 0 ? -2 : i;
  };
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const at = m.index;
    if (at < from) continue;
    if (gt < at) gt = xml.indexOf('>', at);
    if (gt < 0) break;
    if (!xml.startsWith(RUN_PROPERTIES, gt + 1)) continue;
    if (nextOpen !== -2 && nextOpen <= gt) {
      open.lastIndex = gt;
      const n = open.exec(xml);
      nextOpen = n ? n.index : -2;
      open.lastIndex = gt;
    }
    const before = (i: number): boolean => nextOpen === -2 || i < nextOpen;
    rPrEnd = find(rPrEnd, RUN_PROPERTIES_END, gt + 1);
    // Properties that do not close before the next run opens are not read: each run's are read once.
    if (rPrEnd < 0) break;
    if (!before(rPrEnd) || !hides(xml.slice(gt + 1 + RUN_PROPERTIES.length, rPrEnd))) continue;
    runEnd = find(runEnd, RUN_END, rPrEnd);
    if (runEnd < 0) break;
    // A run that opens another before it ends holds a text box: kept whole.
    if (!before(runEnd)) continue;
    parts.push(xml.slice(from, at));
    from = runEnd + RUN_END.length;
    open.lastIndex = from;
  }
  parts.push(xml.slice(from));
  return parts.join('');
}

const CARRIAGE_RETURN = /<w:cr(?=[\s/>])/g;

/**
 * `xml` with each carriage return inside a run (`<w:cr/>`) written as a line break (`<w:br/>`),
 * which Word shows the same way. Mammoth does not know w:cr and drops it, so "Harbor Lane
 * Inc.<w:cr/>12 Quay Street", an address typed on two lines of one paragraph, read as
 * "Inc.12 Quay Street". The element has no attributes or content; one pass over the text.
 */
export function carriageReturnsAsBreaks(xml: string): string {
  return xml.replace(CARRIAGE_RETURN, '<w:br').split('</w:cr>').join('</w:br>');
}

/**
 * The DOCX with its simple fields' text made ordinary text, its hidden runs left out and its
 * carriage returns made line breaks; the same bytes when it has none of them.
 */
export function withVisibleText(bytes: Uint8Array): Uint8Array {
  const name = 'word/document.xml';
  const only = unzipSync(bytes, { filter: (f) => f.name === name });
  const xml = only[name] ? strFromU8(only[name]) : '';
  if (!xml.includes(OPEN) && !xml.includes('<w:vanish') && !xml.includes('<w:cr')) return bytes;
  const files = unzipSync(bytes);
  files[name] = strToU8(carriageReturnsAsBreaks(dropHiddenRuns(unwrapSimpleFields(xml))));
  // Stored, not compressed again: the bytes only go on to mammoth.
  return zipSync(files, { level: 0 });
}
