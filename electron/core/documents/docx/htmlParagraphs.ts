/**
 * The paragraphs a browser would show for a piece of HTML, as plain text: what a Word document
 * embeds as an HTML "alternative format chunk" (see altChunks). Tags are read one by one in a
 * single pass (never a pattern that could read the same text again for each '<'), scripts, styles
 * and comments are left out with their content, block elements end a paragraph, table cells are
 * joined with " | " as Word tables are, items of a numbered list get their number, and headings
 * keep their level so the structure pass sees them as headings.
 */

export interface HtmlParagraph {
  text: string;
  /** 1–6 for <h1>–<h6>. */
  heading?: number;
}

/** Elements whose content is never shown. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'object', 'svg', 'math', 'iframe']);

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'tr', 'table', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'section', 'article', 'header', 'footer',
  'nav', 'main', 'aside', 'figure', 'figcaption', 'caption', 'address', 'pre', 'hr', 'center', 'form', 'fieldset', 'body', 'html',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'thead', 'tbody', 'tfoot',
]);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', sect: '§', para: '¶', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', hellip: '…', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', plusmn: '±', times: '×',
  divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', laquo: '«', raquo: '»', shy: '',
};

/** Character references ("&amp;", "&#167;", "&#xA7;") as the characters they stand for; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    // Outside Unicode, a surrogate or NUL: the replacement character, as a browser shows it.
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

const TAG_NAME = /^\/?([a-zA-Z][a-zA-Z0-9:-]{0,31})/;
const START_ATTR = /\bstart\s*=\s*["']?(-?\d{1,9})/i;

/** The paragraphs of `html`, in order, each with its whitespace collapsed; empty ones left out. */
export function htmlParagraphs(html: string): HtmlParagraph[] {
  const out: HtmlParagraph[] = [];
  let line: string[] = [];
  let heading: number | undefined;
  // Per open list: its next item number, or undefined for a bulleted list.
  const lists: (number | undefined)[] = [];
  let cellsInRow = 0;

  const flush = (): void => {
    const text = decodeEntities(line.join('')).replace(/[\s\u00a0]+/g, ' ').trim();
    if (text && text !== '|') out.push(heading ? { text, heading } : { text });
    line = [];
    heading = undefined;
  };

  let at = 0;
  // The '>' closing the tag that opens at or after a '<': found once for all the '<' before it, so a
  // run of '<' with no '>' is read once.
  let gt = -1;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      line.push(html.slice(at));
      break;
    }
    line.push(html.slice(at, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt < 0) {
      // No tag closes: the rest is text, as a browser shows it.
      line.push(html.slice(lt));
      break;
    }
    const inside = html.slice(lt + 1, Math.min(gt, lt + 40));
    const name = TAG_NAME.exec(inside)?.[1]?.toLowerCase();
    if (!name) {
      // A declaration ("<!DOCTYPE …>", "<?xml …?>") is left out; any other "<" ("a < b") is text.
      if (/^[!?]/.test(inside)) at = gt + 1;
      else {
        line.push('<');
        at = lt + 1;
      }
      continue;
    }
    at = gt + 1;
    const closing = inside.startsWith('/');
    if (!closing && HIDDEN.has(name)) {
      // Its content is left out up to its own end tag (searched for once, from here).
      const end = new RegExp(`</${name}\\s*>`, 'ig');
      end.lastIndex = at;
      const hit = end.exec(html);
      at = hit ? hit.index + hit[0].length : html.length;
      continue;
    }
    if (name === 'td' || name === 'th') {
      if (!closing) {
        if (cellsInRow > 0) line.push(' | ');
        cellsInRow++;
      }
      continue;
    }
    if (!BLOCK.has(name)) continue;
    flush();
    if (name === 'tr') cellsInRow = 0;
    if (name === 'ol' || name === 'ul') {
      if (closing) lists.pop();
      else lists.push(name === 'ol' ? Number(START_ATTR.exec(html.slice(lt, at))?.[1] ?? 1) : undefined);
    } else if (name === 'li' && !closing && lists.length > 0) {
      const next = lists[lists.length - 1];
      if (next !== undefined) {
        line.push(`${next}. `);
        lists[lists.length - 1] = next + 1;
      }
    } else if (/^h[1-6]$/.test(name) && !closing) {
      heading = Number(name[1]);
    }
  }
  flush();
  return out;
}
