/**
 * The operative part of a very long sentence, for a summary line. Representations, indemnities and
 * termination triggers are often one sentence of 100–300 words that lists its cases as sub-items
 * ("(a) … (b) … (c) …"). Shown whole, the point drowns in the list. Shown as its lead-in (who
 * does what), its first item (what kind of case is meant) and the item that carries the risk words
 * (where the consequence is stated, often the last item with the words that close the sentence),
 * the reader gets what the sentence does; an ellipsis marks every omission, and the point's
 * citation still names the clause to read in full.
 *
 * Left whole: sentences of at most `minWords` words, sentences without a run of two or more
 * sub-items in sequence, sentences whose lead-in is under three words (the list is the sentence),
 * and any sentence the rule would not make clearly shorter.
 */

export interface OperativeOptions {
  /** The words that mark what matters in the sentence (for the Risks section: liability, indemnity, termination…). */
  marks: RegExp;
  /** Sentences of up to this many words are shown whole. */
  minWords?: number;
}

interface Marker {
  /** Where the marker starts (its opening parenthesis). */
  at: number;
}

// A sub-item marker in running text: "(a)", "(iv)", "(3)", "(B)", after a space, colon, semicolon,
// comma or dash; "5.1(a)" (a reference to another clause's item) is not one.
const MARKER = /(?<=^|[\s:;,\u2014-])\(([a-z]|[ivxlc]{1,6}|\d{1,2}|[A-Z])\)(?=\s)/g;
// "clause (i) above", "paragraph (b)": a pointer to an item, not an item.
const POINTER_BEFORE = /\b(?:clauses?|sections?|paragraphs?|sub-?paragraphs?|subsections?|sub-?clauses?|items?)\s*$/i;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

// The label that follows `label` in the list style `style` starts.
function next(style: 'lower' | 'upper' | 'roman' | 'digit', label: string): string {
  if (style === 'roman') return ROMAN[ROMAN.indexOf(label) + 1] ?? '';
  if (style === 'digit') return String(Number(label) + 1);
  return String.fromCharCode(label.charCodeAt(0) + 1);
}

// The first run of two or more sub-items in sequence ("(a)", "(b)", …), skipping pointers and other labels.
export function subItems(text: string): Marker[] {
  const found = [...text.matchAll(MARKER)].filter((m) => !POINTER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)));
  for (const [k, first] of found.entries()) {
    const label = first[1]!;
    const style = label === 'a' ? 'lower' : label === 'A' ? 'upper' : label === 'i' ? 'roman' : label === '1' ? 'digit' : undefined;
    if (!style) continue;
    const run: Marker[] = [{ at: first.index }];
    let want = next(style, label);
    for (const m of found.slice(k + 1)) {
      if (m[1] === want) {
        run.push({ at: m.index });
        want = next(style, want);
      }
    }
    if (run.length >= 2) return run;
  }
  return [];
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

// An item shown before an ellipsis loses the joining punctuation and conjunction it ends on ("…, or").
export function trimJoin(item: string): string {
  return item.replace(/[\s,;:]*(?:\b(?:and|or|and\/or)\b)?[\s,;:]*$/i, '').trim();
}

/** `sentence` cut to its lead-in, first sub-item and the sub-item that carries `marks`, or unchanged. */
export function operativePart(sentence: string, options: OperativeOptions): string {
  const total = words(sentence);
  if (total <= (options.minWords ?? 80)) return sentence;
  const items = subItems(sentence);
  if (!items.length) return sentence;
  const head = sentence.slice(0, items[0]!.at).trim();
  if (words(head) < 3) return sentence;
  const parts = items.map((m, i) => sentence.slice(m.at, items[i + 1]?.at ?? sentence.length).trim());
  const marked = (s: string): boolean => new RegExp(options.marks.source, options.marks.flags.replace('g', '')).test(s);
  // The lead-in states the obligation itself ("X shall indemnify Y against … arising from:"): the
  // first item shows what kind of case is meant. Otherwise the consequence sits in a later item
  // (often the last, which runs to the end of the sentence: "…, then either party may terminate").
  // When several items carry the marks, the last one, which closes the sentence, states the consequence.
  const last = parts.length - 1;
  const at = marked(head) || marked(parts[0]!) ? 0 : marked(parts[last]!) ? last : parts.findIndex(marked);
  if (at < 0) return sentence;
  const shown = [head, at > 1 ? trimJoin(parts[0]!) : parts[0]!];
  if (at > 1) shown.push('…');
  if (at > 0) shown.push(parts[at]!);
  const out = at === last ? shown.join(' ') : `${trimJoin(shown.join(' '))} …`;
  // Worth it only when a quarter or more of the sentence goes.
  return words(out) <= total * 0.75 ? out : sentence;
}
