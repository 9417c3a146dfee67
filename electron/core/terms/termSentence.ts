/**
 * The sentence that says how long a contract runs, for the Overview when the key terms give no end
 * date: many terms end on an event ("until the last day of the Royalty Term", "upon completion of
 * the Research Program"), which no date can state. The sentence must say what runs (the agreement,
 * contract, lease or licence, or its term) and how long: an end, a period or a length ("expire",
 * "until", "through", "for a period of", "years"). The first such sentence in a clause headed as
 * the term wins, else the first in the document outside the definitions.
 */
import type { Block } from '../../../shared/document';
import { classifyClause } from './classifyClause';
import { needsPrevious } from './needsPrevious';
import { splitSentences } from './splitSentences';

const INSTRUMENT = String.raw`(?:agreement|contract|lease|licen[cs]e)`;
// What runs, as the subject (not "during the term of this Agreement", "obligations in this Agreement shall continue"):
// "The (initial) term of this Agreement", "This Agreement shall commence / take effect / remain in force / continue / expire".
const WHAT_RUNS = new RegExp(
  String.raw`(?<!\b(?:in|of|under|to|by|for|during|throughout|within|with|from|after|before|on|upon)\s)\b(?:the\s+(?:initial\s+|original\s+)?term\s+of\s+(?:this|the)\s+${INSTRUMENT}|this\s+${INSTRUMENT}\s+(?:shall|will|is\s+to)\s+(?:(?:automatically\s+)?(?:commence|begin|start|become\s+effective|take\s+effect|come\s+into\s+(?:force|effect)|be\s+effective|be\s+in\s+effect|remain\s+in\s+(?:full\s+)?(?:force|effect)|continue|expire|end|terminate\s+(?:on|upon|at)))|this\s+${INSTRUMENT}\s+expires)\b`,
  'i',
);
// How long: an end, a period or a length.
const HOW_LONG = /\b(?:expir\w*|until|through|ending|end\s+(?:on|upon|at)|period\s+of|for\s+a\s+(?:period|term)|anniversary|years?|months?|terminat\w+\s+(?:on|upon|at))\b/i;
// "Term" defined in a definitions list is fine; a sentence about what happens after the end is not.
const AFTER_END = /\b(?:upon|after|following)\s+(?:the\s+)?(?:expiration|termination)\b.{0,40}\b(?:shall|will)\s+(?:survive|return|cease|pay)/i;

export interface TermSentence {
  text: string;
  block: Block;
}

export function termSentence(blocks: readonly Block[]): TermSentence | undefined {
  let first: TermSentence | undefined;
  for (const block of blocks) {
    if (block.kind === 'table-row') continue;
    if (!WHAT_RUNS.test(block.text)) continue;
    const heading = block.section[block.section.length - 1] ?? '';
    const type = heading ? classifyClause(heading, block.text.slice(0, 200)) : undefined;
    if (type === 'termination') continue;
    for (const s of splitSentences(block.text)) {
      const text = s.text.replace(/\s+/g, ' ');
      if (!WHAT_RUNS.test(text) || !HOW_LONG.test(text) || AFTER_END.test(text) || needsPrevious(text) || text.split(' ').length > 90) continue;
      const found = { text, block };
      if (type === 'term') return found;
      first ??= found;
      break;
    }
  }
  return first;
}
