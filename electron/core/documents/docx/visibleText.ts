/**
 * The text of document.xml as Word shows it, made so before mammoth reads it.
 *
 * Word's simple fields (`<w:fldSimple w:instr=" DATE ">…</w:fldSimple>`) hold the text Word shows
 * for a field (a date, a document property such as a party's name, a cross-reference "2.1") as
 * ordinary runs inside the element. Mammoth does not know the element and drops it with its runs,
 * so a contract whose date or party name a template fills in from a field lost that text. The
 * field's tags are taken out of document.xml before mammoth reads it, so its runs read as the
 * paragraph's own text, as Word shows them; so are the runs of a direction (w:dir, w:bdo), which
 * mammoth drops as well. Hidden runs are left out (dropHiddenRuns), a carriage return inside a run
 * reads as the line break it is (carriageReturnsAsBreaks), an absolute position tab as a tab
 * (positionTabsAsTabs), an equation as a line of text (mathAsText) and ruby text as its base with
 * its reading in parentheses (rubyAsText). The same is
 * done in the footnotes and endnotes, and every part we read ourselves first has Word's namespace
 * under the prefix `w:` (withWordPrefix). The zip has already passed checkZip.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ownRunProperties, valOf } from './xmlElements';
import { hidingStyles, NO_HIDING, paragraphHides, runHides, tableHides, type HidingStyles } from './hiddenStyles';
import { withWordPrefix } from './wordPrefix';
import { mathAsText } from './mathAsText';
import { rubyAsText } from './rubyText';

/**
 * Elements that hold runs in a paragraph and whose runs Word shows as the paragraph's own, but
 * which mammoth does not know and drops with their runs: simple fields (w:fldSimple, see the
 * module comment), and the runs of a direction (w:dir) or a direction override (w:bdo), which
 * Word writes around a right-to-left name or phrase ("Nordlicht GmbH" in an Arabic sentence, or
 * the reverse), whose text was lost.
 */
const RUN_CONTAINERS = ['w:fldSimple', 'w:dir', 'w:bdo'];

/**
 * `xml` without the opening and closing tags of the elements `name` (a self-closing one, which
 * has no text, goes too), so their runs read as their paragraph's own. Each opening tag ends at
 * the first '>' after it, found once for all the tags before it, so the text is read once
 * whatever it holds.
 */
export function unwrapElements(xml: string, name: string): string {
  const open = `<${name}`;
  const parts: string[] = [];
  let from = 0;
  let gt = -1;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + open.length)) {
    if (at < from) continue;
    // "<w:fldSimpleX" or "<w:dirty" is another element.
    if (!/[\s/>]/.test(xml[at + open.length] ?? '')) continue;
    if (gt < at) gt = xml.indexOf('>', at);
    if (gt < 0) break;
    parts.push(xml.slice(from, at));
    from = gt + 1;
  }
  parts.push(xml.slice(from));
  return parts.join('').split(`</${name}>`).join('');
}

const RUN_PROPERTIES = '<w:rPr>';
const RUN_PROPERTIES_END = '</w:rPr>';
const PARAGRAPH_PROPERTIES = '<w:pPr>';
const PARAGRAPH_PROPERTIES_END = '</w:pPr>';
const RUN_END = '</w:r>';

/**
 * `xml` without the runs Word hides: Word neither shows nor prints them, so a summary must not read
 * them either, and a crafted file must not slip in terms the reader never sees. A run is hidden by
 * w:vanish (or w:specVanish) in its own properties, or, when they say nothing either way, by its
 * styles (hiding): the paragraph's style, or the default paragraph style when it names none, sets
 * whether its text is hidden when the style says either way; otherwise the text keeps what the
 * table it stands in gives (its table style, or the default table style) or else the document
 * defaults (w:docDefaults). Hiding is a toggle in a character style (w:rStyle): a hidden character
 * style in a hidden paragraph shows its text again, as an italic "Emphasis" inside an italic
 * paragraph is upright; a run's own w:vanish w:val="0" shows it whatever its styles say. This holds
 * wherever the run is, in table cells, text boxes, content controls (w:sdt) and notes alike. A run
 * that holds another run (a text box) is kept. Tracked deletions (w:del, w:moveFrom) mammoth does
 * not read at all, and insertions (w:ins) it reads as the document's text, as Word shows a document
 * in its default view (Simple Markup: changes shown as if accepted). The conditional parts of a
 * table style (w:tblStylePr: its first row, its last column …) are not read.
 * Each search remembers what it found, so the text is read once whatever it holds.
 */
export function dropHiddenRuns(xml: string, hiding: HidingStyles = NO_HIDING): string {
  const token = /<(\/?)w:(p|r|tbl)(?=[\s/>])/g;
  const opening = /<w:[pr](?=[\s/>])/g;
  const parts: string[] = [];
  // For each paragraph open around the scan: whether its styles hide its runs.
  const paragraphs: boolean[] = [];
  // For each table open around the scan: whether its style hides the text in it.
  const tables: boolean[] = [];
  let from = 0;
  let gt = -1;
  let pPrEnd = -1;
  let tblPrEnd = -1;
  let rPrEnd = -1;
  let runEnd = -1;
  let nextOpen = -1;
  const find = (cached: number, what: string, at: number): number => {
    if (cached === -2 || cached >= at) return cached;
    const i = xml.indexOf(what, at);
    return i < 0 ? -2 : i;
  };
  // Whether `i` comes before the next run or paragraph opening after `after`.
  const beforeNext = (i: number, after: number): boolean => {
    if (nextOpen !== -2 && nextOpen <= after) {
      opening.lastIndex = after;
      const n = opening.exec(xml);
      nextOpen = n ? n.index : -2;
    }
    return nextOpen === -2 || i < nextOpen;
  };
  // The w:val of `tag` in the properties element (`open` … `close`) right after the tag ending at `gt`, if any.
  // Whether they were read, and where they end.
  const propertyStyle = (open: string, close: string, change: string, tag: string, cached: number): [string | undefined, number, boolean] => {
    let i = gt + 1;
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
    if (!xml.startsWith(open, i)) return [undefined, cached, false];
    const bodyFrom = i + open.length;
    const end = find(cached, close, bodyFrom);
    // Properties that do not close before the next run or paragraph opens are not read.
    if (end < 0 || !beforeNext(end, gt)) return [undefined, end, false];
    return [valOf(xml.slice(bodyFrom, end).split(change)[0]!, tag), end, true];
  };
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const at = m.index;
    if (at < from) continue;
    const closing = m[1] === '/';
    const kind = m[2];
    if (closing) {
      if (kind === 'p') paragraphs.pop();
      else if (kind === 'tbl') tables.pop();
      continue;
    }
    if (gt < at) gt = xml.indexOf('>', at);
    if (gt < 0) break;
    // An empty element (<w:p/>, <w:r/>) holds nothing.
    if (xml[gt - 1] === '/') continue;
    if (kind === 'tbl') {
      const [style, end, read] = propertyStyle('<w:tblPr>', '</w:tblPr>', '<w:tblPrChange', 'w:tblStyle', tblPrEnd);
      tblPrEnd = end;
      tables.push(tableHides(hiding, style));
      // The scan goes on after the properties read, so no table opening inside them reads them again.
      if (read) token.lastIndex = end;
      continue;
    }
    if (kind === 'p') {
      const [style, end] = propertyStyle(PARAGRAPH_PROPERTIES, PARAGRAPH_PROPERTIES_END, '<w:pPrChange', 'w:pStyle', pPrEnd);
      pPrEnd = end;
      paragraphs.push(paragraphHides(hiding, style, tables.length > 0 ? tables[tables.length - 1] : undefined));
      continue;
    }
    let own: boolean | undefined;
    let styled = false;
    if (xml.startsWith(RUN_PROPERTIES, gt + 1)) {
      rPrEnd = find(rPrEnd, RUN_PROPERTIES_END, gt + 1);
      // Properties that do not close before the next run opens are not read: each run's are read once.
      if (rPrEnd < 0) break;
      if (beforeNext(rPrEnd, gt)) {
        const rPr = ownRunProperties(xml.slice(gt + 1 + RUN_PROPERTIES.length, rPrEnd));
        own = runHides(rPr);
        const style = own === undefined ? valOf(rPr, 'w:rStyle') : undefined;
        styled = style !== undefined && hiding.styles.get(style) === true;
      }
    }
    // A run outside any paragraph (a crafted part) has what the table or the defaults give.
    const around = paragraphs.length > 0 ? paragraphs[paragraphs.length - 1]! : tables.length > 0 ? tables[tables.length - 1]! : hiding.defaults;
    if (!(own ?? (styled !== around))) continue;
    runEnd = find(runEnd, RUN_END, gt + 1);
    if (runEnd < 0) break;
    // A run that opens another run or paragraph before it ends holds a text box: kept whole.
    if (!beforeNext(runEnd, gt)) continue;
    parts.push(xml.slice(from, at));
    from = runEnd + RUN_END.length;
    token.lastIndex = from;
  }
  parts.push(xml.slice(from));
  return parts.join('');
}

const CARRIAGE_RETURN = /<w:cr(?=[\s/>])/g;
const POSITIONAL_TAB = /<w:ptab(?=[\s/>])/g;

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
 * `xml` with each absolute position tab (`<w:ptab w:alignment="right" …/>`, which Word shows as
 * the gap to a fixed place on the line, as on a signature line "Nordlicht GmbH⇥Harbor Lane Inc.")
 * written as an ordinary tab (`<w:tab …/>`, its attributes, which mammoth does not read, kept).
 * Mammoth does not know w:ptab and drops it, so the words on either side ran together. One pass.
 */
export function positionTabsAsTabs(xml: string): string {
  return xml.replace(POSITIONAL_TAB, '<w:tab').split('</w:ptab>').join('</w:tab>');
}

/**
 * One part's XML (Word's namespace under `w:`) as Word shows it, by the styles' `hiding`: simple
 * fields' and directions' runs its own, hidden runs left out, carriage returns and position tabs
 * made breaks and tabs, equations and ruby made text. The same string when it has none of them.
 */
export function visibleXml(xml: string, hiding: HidingStyles): string {
  const hides = hiding.defaults || [...hiding.styles.values()].some(Boolean) || xml.includes('<w:vanish') || xml.includes('<w:specVanish');
  const containers = RUN_CONTAINERS.filter((c) => xml.includes(`<${c}`));
  if (containers.length === 0 && !hides && !xml.includes('<w:cr') && !xml.includes('<w:ptab') && !xml.includes('<m:oMath') && !xml.includes('<w:ruby')) return xml;
  const unwrapped = containers.reduce(unwrapElements, xml);
  return rubyAsText(mathAsText(positionTabsAsTabs(carriageReturnsAsBreaks(hides ? dropHiddenRuns(unwrapped, hiding) : unwrapped))));
}

/** The parts whose text Word shows: the body and its notes (mammoth shows notes in the Source panel). */
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];
const STYLES = 'word/styles.xml';
const NUMBERING = 'word/numbering.xml';

/**
 * The DOCX with Word's namespace under the prefix `w:` in the parts we read ourselves
 * (withWordPrefix), its simple fields' and directions' text made ordinary text, its hidden runs
 * (by their own properties or their styles) left out, its carriage returns made line breaks and
 * its position tabs tabs; the same bytes when it has none of them.
 */
export function withVisibleText(bytes: Uint8Array): Uint8Array {
  const wanted = new Set([...TEXT_PARTS, STYLES, NUMBERING]);
  const found = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  const changed = new Map<string, string>();
  const read = (name: string): string | undefined => {
    const raw = found[name] ? strFromU8(found[name]) : undefined;
    if (raw === undefined) return undefined;
    const xml = withWordPrefix(raw);
    if (xml !== raw) changed.set(name, xml);
    return xml;
  };
  const hiding = hidingStyles(read(STYLES) ?? '');
  read(NUMBERING);
  for (const name of TEXT_PARTS) {
    const xml = read(name);
    if (xml === undefined) continue;
    const out = visibleXml(xml, hiding);
    if (out !== xml) changed.set(name, out);
  }
  if (changed.size === 0) return bytes;
  const files = unzipSync(bytes);
  for (const [name, xml] of changed) files[name] = strToU8(xml);
  // Stored, not compressed again: the bytes only go on to mammoth.
  return zipSync(files, { level: 0 });
}
