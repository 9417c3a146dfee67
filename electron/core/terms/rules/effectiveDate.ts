/**
 * The effective date, read through the contract's own definitions: a date defined as the
 * "Effective Date" (or "Commencement Date"), "effective as of DATE", or a definition that points
 * at another date ("the date first written above", "the date of this Agreement", "the date
 * hereof"), which is then the agreement date. Nothing is given when the contract names no
 * effective date at all.
 */
import type { KeyTerm } from '../../../../shared/terms';
import { findDate, findDates } from '../date';
import { citedBlocks, makeTerm, type Sentence, type TermContext } from '../termContext';

/** "… (the "Effective Date")", also "Commencement Date" / "Start Date", curly or straight quotes. */
const DEFINED_HERE = /\(\s*(?:the\s+|this\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?)?[“"](?:Effective|Commencement|Start)\s+Date[”"]\s*\)/i;
/** "this Agreement is / shall be / becomes effective (as of | on | from) …". */
const EFFECTIVE_AS_OF = /\b(?:is|shall\s+be|will\s+be|becomes?|become|made|be|being|effective)\s+effective\s+(?:as\s+(?:of|from)\s+|on\s+|from\s+|upon\s+)?(?:the\s+)?|\beffective\s+as\s+(?:of|from)\s+(?:the\s+)?|\b(?:takes?|take)\s+effect\s+(?:as\s+of\s+|on\s+|from\s+|upon\s+)?(?:the\s+)?|\beffective\s+date\s*(?::|\||(?:of\s+[^.]{0,40}?\s+)?(?:will|shall)\s+be|is|means)\s*(?:means\s+)?(?:the\s+)?|\b(?:commence|begin|start)s?\s+(?:on|as\s+of)\s+(?:the\s+)?|\bcommencement\s+date\s+(?:for|of)\s+this\s+(?:agreement|contract)\s+(?:will|shall)\s+be\s+|\b(?:made\s+and|into|is|and)\s+effective\s+(?:for\s+all\s+purposes\s+(?:and\s+in\s+all\s+respects\s+)?)?(?:as\s+of\s+|on\s+|from\s+)?(?:the\s+)?/gi;
/** A definition pointing at the date of making rather than giving a date. */
const POINTS_AT_AGREEMENT_DATE = /\b(?:(?:day\s+and\s+)?(?:date|year)\s+first\s+(?:above\s+)?(?:set\s+forth|written|stated|mentioned|listed)|date\s+(?:of\s+)?(?:signature|signing|execution)|(?:upon|on)\s+(?:the\s+)?(?:signature|signing|execution)|date\s+(?:on\s+which|that|when)\s+(?:it|this\s+agreement)\s+is\s+signed|date\s+of\s+(?:the\s+)?last\s+signature|date\s+first\s+(?:above\s+)?(?:set\s+forth|written|stated|mentioned)|date\s+(?:of\s+)?(?:this|the)\s+agreement|date\s+hereof|execution\s+date|date\s+of\s+execution|date\s+on\s+which\s+(?:this|the)\s+agreement\s+(?:is|has\s+been)\s+(?:signed|executed))\b/i;

function fromDefinition(ctx: TermContext, s: Sentence, agreement: KeyTerm | undefined): KeyTerm | undefined {
  const defined = DEFINED_HERE.exec(s.text);
  if (!defined) return undefined;
  const before = s.text.slice(Math.max(0, defined.index - 90), defined.index);
  const dates = findDates(before, ctx.dates);
  const d = dates[dates.length - 1];
  if (d) return makeTerm(d.iso, s.text, [s.block]);
  if (POINTS_AT_AGREEMENT_DATE.test(before) && agreement && !agreement.blank) return makeTerm(agreement.value, `${s.text} (${agreement.value}, the agreement date)`, [s.block, ...citedBlocks(agreement, ctx)]);
  return undefined;
}

export function effectiveDateRule(ctx: TermContext, agreement: KeyTerm | undefined): KeyTerm | undefined {
  // 1. Where the document defines the term: "… (the "Effective Date")" or ""Effective Date" means …".
  for (const s of ctx.sentences) {
    const found = fromDefinition(ctx, s, agreement);
    if (found) return found;
  }
  const definition = ctx.definitions.get('effective date') ?? ctx.definitions.get('commencement date');
  if (definition && /\bmeans?\b|\bshall\s+mean\b/i.test(definition.text)) {
    const after = definition.text.slice(definition.text.search(/\bmeans?\b|\bshall\s+mean\b/i));
    const d = findDate(after, ctx.dates);
    if (d) return makeTerm(d.iso, definition.text, [definition.block]);
    if (POINTS_AT_AGREEMENT_DATE.test(after) && agreement && !agreement.blank) return makeTerm(agreement.value, `${definition.text} (${agreement.value}, the agreement date)`, [definition.block, ...citedBlocks(agreement, ctx)]);
  }
  // 2. "This Agreement is effective as of March 1, 2020", "effective on the date hereof".
  for (const s of ctx.sentences) {
    if (!/\beffective\b|\bcommenc|\bbegin|\bstart/i.test(s.text)) continue;
    // Only the contract's own coming into force: other things are "effective" too (a resignation, a control, a price).
    if (s.at >= ctx.preamble.length && !/\b(?:this|the)\s+(?:agreement|amendment|contract|addendum)\b/i.test(s.text)) continue;
    for (const m of s.text.matchAll(EFFECTIVE_AS_OF)) {
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const d = findDate(after, ctx.dates);
      if (d && d.index < 8) return makeTerm(d.iso, s.text, [s.block]);
      if (POINTS_AT_AGREEMENT_DATE.test(after.slice(0, 50)) && agreement && !agreement.blank) return makeTerm(agreement.value, `${s.text} (${agreement.value}, the agreement date)`, [s.block, ...citedBlocks(agreement, ctx)]);
    }
  }
  // 3. An opening that defines its "Effective Date" beside the date of making, in words no date reader
  // takes ("this 14th d a y o f M a r c h", "as of [●]"), means the date it is made. A contract that only
  // uses the words gives no effective date of its own (an amendment's, a date set by an event).
  const defines = ctx.opening.find((x) => DEFINED_HERE.test(x.text));
  if (agreement && defines && ctx.sentences.some((s) => /\bEffective Date\b/.test(s.text) && s.at >= 3)) {
    const s = defines;
    return makeTerm(agreement.value, `${s.text} (${typeof agreement.value === 'string' ? agreement.value : ''}, the agreement date)`, [s.block, ...citedBlocks(agreement, ctx)], agreement.blank === true);
  }
  return undefined;
}
