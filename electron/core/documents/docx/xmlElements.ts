/**
 * Finds elements and attribute values in a DOCX part's raw XML, before any parser has checked it:
 * the numbering is read from the text itself. A lazy pattern such as
 * `<w:lvl\b[^>]*?…>([\s\S]*?)</w:lvl>` reads to the end of the text for every opening tag that is
 * never closed, so a crafted part of thousands of them took time growing with their square (20,000
 * unclosed `<w:lvl>` tags, about 4 s). These scans give what such patterns give on files Word writes,
 * but each remembers the next closing tag, '>' and attribute it has found, so the text is read once.
 */

/** Escapes a tag or attribute name for a pattern (names hold letters, digits, ':' and '-' only). */
const literal = (s: string): string => s.replace(/[^\w:-]/g, '\\$&');

/**
 * Each `<name …attr="value"…>body</name>` of `xml` in order, as [value, body]: what
 * `/<name\b[^>]*?attr="(value)"[^>]*>([\s\S]*?)<\/name>/g` matches, `value` a pattern for the
 * value (`[^"]+`, `\d+`) with no '"' or '>' in what it matches. The opening tag ends at its first
 * '>', so a value holding '>' (which Word writes as '&gt;') is not read.
 */
export function* elements(xml: string, name: string, attr: string, value: string): Generator<[string, string]> {
  const open = new RegExp(`<${literal(name)}\\b`, 'g');
  const attrAt = new RegExp(`${literal(attr)}="(${value})"`, 'g');
  const close = `</${name}>`;
  // The first '>' and the first attribute at or after the last opening tag: later tags reuse them
  // while they still lie ahead.
  let gt = -1;
  let found: RegExpExecArray | null | undefined;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const from = m.index + m[0].length;
    if (gt < from) {
      gt = xml.indexOf('>', from);
      if (gt < 0) return;
    }
    if (found === undefined || (found && found.index < from)) {
      attrAt.lastIndex = from;
      found = attrAt.exec(xml);
    }
    if (!found) return;
    if (found.index + found[0].length > gt) continue;
    const end = xml.indexOf(close, gt + 1);
    if (end < 0) return;
    yield [found[1]!, xml.slice(gt + 1, end)];
    open.lastIndex = end + close.length;
  }
}

/**
 * The w:val of the first `<tag …>` in `xml` that has one: what `/<tag\b[^>]*?w:val="([^"]*)"/`
 * matches (the value may run past a '>', as that pattern lets it).
 */
export function valOf(xml: string, tag: string): string | undefined {
  return attrOf(xml, tag, 'w:val');
}

/**
 * The value of `attribute` in the first `<tag …>` in `xml` that has one: what
 * `/<tag\b[^>]*?attribute="([^"]*)"/` matches (the value may run past a '>', as that pattern lets it).
 */
export function attrOf(xml: string, tag: string, attribute: string): string | undefined {
  const open = new RegExp(`<${literal(tag)}\\b`, 'g');
  const VAL = `${attribute}="`;
  let gt = -1;
  let at = -1;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const from = m.index + m[0].length;
    if (at < from) {
      at = xml.indexOf(VAL, from);
      if (at < 0) return undefined;
    }
    if (gt < from) {
      gt = xml.indexOf('>', from);
      if (gt < 0) gt = xml.length;
    }
    // The attribute must start inside this tag, before its first '>'.
    if (gt < at) continue;
    const q = xml.indexOf('"', at + VAL.length);
    return q < 0 ? undefined : xml.slice(at + VAL.length, q);
  }
  return undefined;
}

/** The body of the first `<tag>…</tag>` in `xml`: what `/<tag>([\s\S]*?)<\/tag>/` matches. */
export function firstBody(xml: string, tag: string): string | undefined {
  const start = xml.indexOf(`<${tag}>`);
  if (start < 0) return undefined;
  const from = start + tag.length + 2;
  const end = xml.indexOf(`</${tag}>`, from);
  return end < 0 ? undefined : xml.slice(from, end);
}

/**
 * The opening tag of the first `<tag` in `xml`, up to its '>' (or the text's end), when that is the
 * element itself and not a longer name ("<w:del" in "<w:delText"); undefined otherwise.
 */
function firstOpeningTag(xml: string, tag: string): string | undefined {
  const at = xml.indexOf(`<${tag}`);
  if (at < 0 || !/[\s/>]/.test(xml[at + tag.length + 1] ?? '')) return undefined;
  const end = xml.indexOf('>', at);
  return xml.slice(at, end < 0 ? xml.length : end);
}

/**
 * Whether the first `<tag>` in `xml` switches its property on: a toggle element (w:vanish, w:isLgl)
 * is on when present, unless its w:val says off ("0", "false", "off"). Two string searches, so a
 * crafted body costs one pass.
 */
export function switchedOn(xml: string, tag: string): boolean {
  return toggleValue(xml, tag) === true;
}

/**
 * What the first `<tag>` in `xml` sets a toggle property to: true (present, w:val not off), false
 * (w:val "0", "false" or "off"), or undefined when the element is absent and the property is left
 * to the styles.
 */
export function toggleValue(xml: string, tag: string): boolean | undefined {
  const opening = firstOpeningTag(xml, tag);
  if (opening === undefined) return undefined;
  const val = /w:val="([^"]*)"/.exec(opening)?.[1];
  return val === undefined || !['0', 'false', 'off'].includes(val);
}

/** Run properties as in force: without a tracked change's former formatting (w:rPrChange). */
export function ownRunProperties(rPr: string): string {
  return rPr.split('<w:rPrChange')[0]!;
}

/**
 * Whether a paragraph's properties mark the paragraph itself as deleted (a tracked deletion of its
 * mark, `<w:rPr><w:del …/></w:rPr>` among them): mammoth then joins its text to the next paragraph,
 * which keeps its own properties.
 */
function marksDeletion(pPr: string): boolean {
  const rPr = firstBody(pPr, 'w:rPr');
  if (rPr === undefined) return false;
  return firstOpeningTag(ownRunProperties(rPr), 'w:del') !== undefined;
}

/**
 * Each paragraph of document.xml that mammoth reads, in order, as its w:pPr body when one follows
 * its opening tag: what `/<w:p(?=[\s>/])[^>]*?\/?>(\s*<w:pPr>([\s\S]*?)<\/w:pPr>)?/g` matches,
 * less three kinds of paragraph mammoth never gives, so that the n-th paragraph here is the n-th
 * paragraph node mammoth builds: those inside a drawing (a text box Word draws, whose paragraphs
 * mammoth does not read) or inside the first branch of an alternate content (mammoth reads only
 * the fallback, which holds the same text box again), and those whose mark is a tracked deletion.
 * The body ends before a tracked change's former properties (w:pPrChange), which are not in force.
 * While a paragraph is yielded, `tables` holds the table style (w:tblStyle, undefined when none is
 * named) of each table the paragraph stands in, the innermost last.
 */
export function* paragraphProperties(xml: string, tables: (string | undefined)[] = []): Generator<string | undefined> {
  const open = /<w:p(?=[\s>/])|<(\/?)(mc:Choice|w:drawing|w:tbl)(?=[\s>/])/g;
  const TBLPR = '<w:tblPr>';
  let tblPrEnd = -1;
  const PPR = '<w:pPr>';
  const PPR_END = '</w:pPr>';
  let pPrEnd = -1;
  // How many drawings and first branches the scan is inside of.
  let hidden = 0;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const gt = xml.indexOf('>', m.index + m[0].length);
    if (gt < 0) return;
    if (m[2] === 'w:tbl') {
      if (m[1]) tables.pop();
      else if (xml[gt - 1] !== '/') {
        let i = gt + 1;
        while (i < xml.length && /\s/.test(xml[i]!)) i++;
        let style: string | undefined;
        if (xml.startsWith(TBLPR, i)) {
          const bodyFrom = i + TBLPR.length;
          if (tblPrEnd !== -2 && tblPrEnd < bodyFrom) {
            tblPrEnd = xml.indexOf('</w:tblPr>', bodyFrom);
            if (tblPrEnd < 0) tblPrEnd = -2;
          }
          if (tblPrEnd >= 0) style = valOf(xml.slice(bodyFrom, tblPrEnd).split('<w:tblPrChange')[0]!, 'w:tblStyle');
        }
        tables.push(style);
        // The scan goes on after the properties read (which hold no paragraph), so no table opening inside them reads them again.
        if (style !== undefined || (tblPrEnd >= 0 && xml.startsWith(TBLPR, i))) {
          open.lastIndex = tblPrEnd + 1;
          continue;
        }
      }
      open.lastIndex = gt + 1;
      continue;
    }
    if (m[2] !== undefined) {
      // A self-closing element holds nothing.
      if (m[1]) hidden = Math.max(0, hidden - 1);
      else if (xml[gt - 1] !== '/') hidden++;
      open.lastIndex = gt + 1;
      continue;
    }
    let after: { body: string; end: number } | undefined;
    let i = gt + 1;
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
    if (xml.startsWith(PPR, i)) {
      const bodyFrom = i + PPR.length;
      if (pPrEnd !== -2 && pPrEnd < bodyFrom) {
        pPrEnd = xml.indexOf(PPR_END, bodyFrom);
        // None left: no later paragraph's properties close either.
        if (pPrEnd < 0) pPrEnd = -2;
      }
      if (pPrEnd >= 0) after = { body: xml.slice(bodyFrom, pPrEnd).split('<w:pPrChange')[0]!, end: pPrEnd + PPR_END.length };
    }
    open.lastIndex = after ? after.end : gt + 1;
    if (hidden > 0 || (after && marksDeletion(after.body))) continue;
    yield after?.body;
  }
}
