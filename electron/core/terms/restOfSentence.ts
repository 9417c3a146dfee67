/**
 * Paragraphs that begin where the one before stopped in mid-sentence. A page or column break can cut a
 * sentence after a name ("… may elect either to wind up the Joint" | "Venture (and sell the mill …) or to
 * buy …"): the new paragraph opens with a capital, so neither its case nor the function word
 * the ranker looks for at the old paragraph's end ("… of the", "… and,") marks it. Its first sentence is
 * the rest of a sentence begun on the page before, and an extractive summary does not show it alone.
 */
import type { Block } from '../../../shared/document';
import { isHeadingOnly } from './isHeadingOnly';

// A block without words: a page number ("5", "Page 3 of 12") or a rule line ("-------").
const NO_WORDS = /^\s*(?:(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?|[^\p{L}]*)\s*$/iu;
// A clause number or an enumerator opens a clause of its own ("14.2 …", "(c) …", "b. …", "ARTICLE 5").
const OWN_START = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?\s|\(?[A-Za-z]{1,3}[.)]\s|\(\d{1,3}\)\s|(?:article|section|clause|schedule|exhibit|annex|appendix)\s+[\dIVXA-Z])/i;
// The stretch after the last stop of a block: what is still open at its end. A semicolon does not
// close the sentence ("… within ninety days; provided that neither" goes on over the page).
const LAST_STRETCH = /(?:^|[.:!?]["”’)]*\s)([^.:!?]*)$/;
// A list's join at the end ("…; and", "…; or"): the next block is the list's next item, which starts afresh.
const LIST_JOIN = /;\s*(?:and|or|and\/or)$/i;
// A lead-in that lost its colon announces what follows ("… shall pay the fees as follows"); the next block starts afresh.
const ANNOUNCES = /\b(?:follows|following|below|hereunder)$/i;
// Words a title keeps in lower case between its names.
const SMALL_WORDS = new Set(['with', 'from', 'that', 'this', 'these', 'those', 'between', 'among', 'under', 'into', 'upon', 'within', 'without', 'over', 'about', 'after', 'before', 'their', 'your', 'other']);
// At least this many words still open at the end: a sentence, not a caption or a name line.
const OPEN_WORDS = 6;

/** Whether `before`, the last block with words ahead of another, stops in mid-sentence on a word. */
function stopsMidSentence(before: Block): boolean {
  if (before.kind !== 'paragraph' && before.kind !== 'list-item' && !(before.kind === 'heading' && !isHeadingOnly(before))) return false;
  const text = before.text.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]$/u.test(text) || ANNOUNCES.test(text) || LIST_JOIN.test(text)) return false;
  const open = LAST_STRETCH.exec(text)?.[1] ?? '';
  const words = open.split(' ').filter(Boolean);
  // A formula line ("share = … value of …") or a table's row read as text ("Monthly 250 | minutes") is no sentence.
  if (words.length < OPEN_WORDS || /=|\s\|\s/.test(open)) return false;
  // Running text has words of its own in lower case; a caption has only small ones between its names
  // ("Amendment 002 to Outsourcing Agreement between Acme and Beta", "§ 3 the Agent's Service Fee").
  return words.filter((w) => /^\p{Ll}{4,}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase())).length >= 2;
}

/** The ids of the blocks of `blocks` whose first sentence is the rest of one begun in the block before. */
export function restOfSentenceStarts(blocks: readonly Block[]): Set<string> {
  const out = new Set<string>();
  let before: Block | undefined;
  for (const block of blocks) {
    if (NO_WORDS.test(block.text)) continue;
    if (
      before &&
      block.kind !== 'heading' &&
      /^\s*\p{Lu}/u.test(block.text) &&
      !/\s\|\s/.test(block.text.slice(0, 200)) &&
      !OWN_START.test(block.text) &&
      !(before.clause && block.clause && before.clause !== block.clause) &&
      stopsMidSentence(before)
    )
      out.add(block.id);
    before = block;
  }
  return out;
}
