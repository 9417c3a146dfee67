/**
 * Ruby text (`<w:ruby>`: Word's Phonetic Guide, the reading written small above a word, as
 * Japanese furigana over a name in kanji) as text in its place. Mammoth does not know the element
 * and dropped it with the word it annotates, so a party named in kanji with its reading above lost
 * its name without a word. The base text is read where it stands, and the reading follows it in
 * parentheses: that is how a reading is written on one line in Japanese ("北光（ほっこう）"), how a
 * web page shows ruby where it cannot set it above the line (HTML's `<rp>` parentheses), and the
 * reading of an unusual name is part of what identifies the party. Rubies that follow one another
 * with only run boundaries between them (Word's per-character mode sets one ruby on each character)
 * are read as one word with one reading, "北光（ほっこう）", not "北（ほっ）光（こう）". The parentheses
 * are full-width when the reading is written in Japanese, Chinese or Korean characters.
 *
 * One pass: each ruby's end, base and reading are found once, in the ruby's own text.
 */

const OPEN = '<w:ruby';
const CLOSE = '</w:ruby>';
const RUN_BREAK_GAP = 1000;
const EAST_ASIAN = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/;

/** The content of the first `<name>` or `<name …>` element in `xml`, or '' when there is none. */
function content(xml: string, name: string): string {
  const open = `<${name}`;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + open.length)) {
    // "<w:rt" also begins "<w:rtl" (a run property inside the reading's runs).
    if (!/[\s>]/.test(xml[at + open.length] ?? '')) continue;
    const gt = xml.indexOf('>', at);
    const end = gt < 0 ? -1 : xml.indexOf(`</${name}>`, gt);
    return end < 0 ? '' : xml.slice(gt + 1, end);
  }
  return '';
}

/** The characters of `xml` outside its tags (enough to tell whether a reading says anything). */
function textOf(xml: string): string {
  const out: string[] = [];
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    out.push(xml.slice(at, lt < 0 ? xml.length : lt));
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    at = gt + 1;
  }
  return out.join('');
}

/**
 * True when `gap` (the XML between one ruby's end and the next one's start) only ends the run that
 * holds the first and opens the run that holds the next: the two annotate one word.
 */
function runBoundaryOnly(gap: string): boolean {
  if (gap.length > RUN_BREAK_GAP) return false;
  let rest = gap;
  const props = rest.indexOf('<w:rPr>');
  if (props >= 0) {
    const end = rest.indexOf('</w:rPr>', props);
    if (end < 0) return false;
    rest = rest.slice(0, props) + rest.slice(end + '</w:rPr>'.length);
  }
  rest = rest.replace(/<w:(?:proofErr|bookmarkStart|bookmarkEnd|rPr)[\s/][^<>]*>/g, '').replace(/>\s+</g, '><').trim();
  return /^<\/w:r><w:r(?:\s[^<>]*)?>$/.test(rest);
}

const run = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** `xml` with each ruby written as its base text followed by its reading in parentheses. */
export function rubyAsText(xml: string): string {
  if (!xml.includes(OPEN)) return xml;
  const parts: string[] = [];
  let from = 0;
  let bases: string[] = [];
  let readings: string[] = [];
  let groupEnd = -1;
  const flush = (): void => {
    if (groupEnd < 0) return;
    const reading = readings.join('');
    const said = textOf(reading).trim() !== '';
    const wide = EAST_ASIAN.test(reading);
    parts.push(bases.join(''), said ? `${run(wide ? '\uff08' : ' (')}${reading}${run(wide ? '\uff09' : ')')}` : '');
    from = groupEnd;
    bases = [];
    readings = [];
    groupEnd = -1;
  };
  for (let at = xml.indexOf(OPEN); at >= 0; at = xml.indexOf(OPEN, at + OPEN.length)) {
    if (at < from || at < groupEnd) continue;
    // "<w:rubyPr", "<w:rubyBase" and "<w:rubyAlign" are a ruby's parts, not a ruby.
    if (!/[\s/>]/.test(xml[at + OPEN.length] ?? '')) continue;
    const end = xml.indexOf(CLOSE, at);
    // No end anywhere after this point: none will be found for later rubies either.
    if (end < 0) break;
    if (groupEnd >= 0 && !runBoundaryOnly(xml.slice(groupEnd, at))) flush();
    if (groupEnd < 0) parts.push(xml.slice(from, at));
    const ruby = xml.slice(at, end);
    bases.push(content(ruby, 'w:rubyBase'));
    readings.push(content(ruby, 'w:rt'));
    groupEnd = end + CLOSE.length;
  }
  flush();
  parts.push(xml.slice(from));
  return parts.join('');
}
