/**
 * The lead-in of a list item, for a summary point that is the item's first sentence. A clause that
 * lists its cases puts who acts and what they may do in the lead-in ("The Miller may end this
 * Agreement:") and the cases in items ("(2) Upon thirty days' notice if the Grower fails to deliver
 * …"). Shown alone, the item does not say who may do what, or that it is a case of anything at all
 * ("A party fails to pay within ten days." reads as a fact, not as an event of default). The summary
 * shows the lead-in before the item; the point's citation still opens the item.
 */
import type { Block } from '../../../shared/document';
import { compressSentence } from './compressSentence';
import { isHeadingOnly } from './isHeadingOnly';
import { needsPrevious } from './needsPrevious';
import { withoutRunInTitle } from './runInHeading';
import { splitSentences } from './splitSentences';

// An item's marker: "(a) ", "(2) ", "(iv) ", "b. ", "a) ", "2) ". Not "11. ", which numbers a
// clause of the contract as often as an item, and may follow a list it does not belong to.
const ITEM_MARKER = /^\s*(?:\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)|(?:[a-z]|[ivx]{2,5})[.)]|\d{1,3}\))\s+/i;
// How many sibling items may stand between an item and its lead-in.
const SIBLINGS = 8;
// A lead-in longer than this is a clause of its own, not a lead-in a summary line can carry.
const LEAD_IN_WORDS = 25;
// Lead-ins that add nothing to what the item says: the parties agreeing "as follows", a recital's
// "WHEREAS:", a caption ("Termination:", "COUNTY OF …:") that holds no word in lower case but small ones.
const SAYS_NOTHING = /^(?:whereas|now,?\s+therefore|witnesseth)\b|\b(?:agrees?|covenants?|agreed)\s+(?:with\s+\S+\s+)?as\s+follows?\s*:$/i;
// A clause title that lost its stop before the lead-in's sentence ("Early Termination This Agreement
// may be ended as follows:"): words with capitals only, then "This" or "The" and a capitalised word.
const TITLE_WITHOUT_STOP = /^(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|or|for|to|the|by)\s+)?){1,5}(?=(?:This|The)\s+\p{Lu})/u;
const RUNNING_WORD = /\b\p{Ll}{4,}\b/u;

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
const isItem = (b: Block): boolean => b.kind === 'list-item' || ITEM_MARKER.test(b.text);
/** How an item is marked, its label set aside: "(2)" and "(1)" alike, "(d)" another list's. */
const markStyle = (b: Block): string | undefined => ITEM_MARKER.exec(b.text)?.[0].trim().replace(/\d+/g, '9').replace(/[a-z]+/gi, 'a');

/**
 * The lead-in the item `blocks[at]` completes, as a summary shows it (`text`), with its block and
 * its sentence as the ranker knows it (to tell when the lead-in is a point itself): the last sentence of the
 * nearest block before it that ends with a colon, past sibling items only (marked as the item is);
 * undefined when the block is no item, a heading, a block of prose or another list's item stands between, or the lead-in says nothing the item
 * needs (SAYS_NOTHING), is long, or leans on a sentence of its own.
 */
export function listLeadIn(blocks: readonly Block[], at: number): { text: string; blockId: string; sentence: string } | undefined {
  const item = blocks[at];
  if (!item) return undefined;
  // An item whose bullet the extractor lost reads as a paragraph of its own; straight after a block
  // that ends with a colon ("For the services, the Grower shall receive:" | "A fee of $500 a month
  // …") it is still the first item of that list. Only the first: a later one has a sibling before it,
  // unmarked as it is, and prose would look the same.
  if (!isItem(item)) {
    const before = blocks[at - 1];
    if (!before || isItem(before) || isHeadingOnly(before) || !/:$/.test(flat(before.text)) || !/^\p{Lu}/u.test(flat(item.text))) return undefined;
  }
  const style = markStyle(item);
  for (let j = at - 1; j >= Math.max(0, at - 1 - SIBLINGS); j--) {
    const b = blocks[j]!;
    if (isHeadingOnly(b)) return undefined;
    const text = flat(b.text);
    if (!/:$/.test(text)) {
      // A sibling is marked as the item is: an item of another list ("(d) Upon termination: (1) …"
      // before "(2) …") may hold the lead-in inside it, where this reading does not look.
      if (isItem(b) && markStyle(b) === style) continue;
      return undefined;
    }
    const last = splitSentences(text).at(-1)?.text ?? '';
    const shown = withoutRunInTitle(compressSentence(last)).replace(TITLE_WITHOUT_STOP, '');
    const words = shown.split(/\s+/).length;
    // Read without its marker: "(b) The Miller may end this Agreement:" is a lead-in of its own list.
    if (words < 3 || words > LEAD_IN_WORDS || SAYS_NOTHING.test(shown) || !RUNNING_WORD.test(shown) || needsPrevious(shown)) return undefined;
    return { text: shown, blockId: b.id, sentence: compressSentence(last) };
  }
  return undefined;
}
