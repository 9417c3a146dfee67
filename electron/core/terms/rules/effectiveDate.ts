/**
 * The effective date, read through the contract's own definitions: a date defined as the
 * "Effective Date" (or "Commencement Date"), "effective as of DATE", or a definition that points
 * at another date ("the date first written above", "the date of this Agreement", "the date
 * hereof"), which is then the agreement date. Nothing is given when the contract names no
 * effective date at all.
 */
import type { KeyTerm } from '../../../../shared/terms';
import { blankDateAtStart, findDate, findDates } from '../date';
import { signatureDate } from '../signatureDate';
import { citedBlocks, makeTerm, type Sentence, type TermContext } from '../termContext';

/** "… (the "Effective Date")", also "Commencement Date" / "Start Date", curly or straight quotes. */
const DEFINED_HERE = /\(\s*(?:the\s+|this\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?)?[“"](?:the\s+)?(?:Effective|Commencement|Start)\s+Date[”"]\s*\)/i;
/** "this Agreement is / shall be / becomes effective (as of | on | from) …". */
const EFFECTIVE_AS_OF = /\b(?:is|shall\s+be|will\s+be|becomes?|become|made|be|being|effective)\s+effective\s+(?:as\s+(?:of|from)\s+|on\s+|from\s+|upon\s+)?(?:the\s+)?|\beffective\s+as\s+(?:of|from)\s+(?:the\s+)?|\b(?:takes?|take)\s+effect\s+(?:as\s+of\s+|on\s+|from\s+|upon\s+)?(?:the\s+)?|\beffective\s+date\s*(?::|\||(?:of\s+[^.]{0,40}?\s+)?(?:will|shall)\s+be|is|means)\s*(?:means\s+)?(?:the\s+)?|\b(?:commence|begin|start)s?\s+(?:on|as\s+of)\s+(?:the\s+)?|\bcommencement\s+date\s+(?:for|of)\s+this\s+(?:agreement|contract)\s+(?:will|shall)\s+be\s+|\b(?:made\s+and|into|is|and),?\s+effective\s+(?:for\s+all\s+purposes\s+(?:and\s+in\s+all\s+respects\s+)?)?(?:as\s+of\s+|on\s+|from\s+)?(?:the\s+)?/gi;
/** A definition pointing at the date of making rather than giving a date. */
const POINTS_AT_AGREEMENT_DATE = /\b(?:(?:day\s+and\s+)?(?:date|year)\s+first\s+(?:above\s+)?(?:set\s+forth|written|stated|mentioned|listed)|date\s+(?:of\s+)?(?:signature|signing|execution)|(?:upon|on)\s+(?:the\s+)?(?:signature|signing|execution)|date\s+(?:on\s+which|that|when)\s+(?:it|this\s+agreement)\s+is\s+signed|date\s+of\s+(?:the\s+)?last\s+signature|date\s+first\s+(?:above\s+)?(?:set\s+forth|written|stated|mentioned)|date\s+(?:of\s+)?(?:this|the)\s+agreement|date\s+hereof|execution\s+date|date\s+of\s+execution|date\s+on\s+which\s+(?:this|the)\s+agreement\s+(?:is|has\s+been)\s+(?:signed|executed))\b/i;

/**
 * A definition that dates the contract by its signatures: "the date of last signature", "the later of
 * the dates beneath the Parties' signatures", "the date this Agreement is signed by the last
 * signatory", "upon the signatures and seals of both Parties", "when the Parties sign hereon".
 */
const POINTS_AT_SIGNATURES = /\b(?:date\s+of\s+(?:the\s+)?(?:last|final|latter|later)\s+(?:signature|execution|signing)|(?:last|final)\s+(?:date\s+of\s+)?(?:signature|signatory|execution)|(?:last|latest)\s+date\s+(?:provided\s+for\s+)?on\s+the\s+signature\s+page|signature\s+page|(?:signed|executed)\s+by\s+(?:both|the\s+last)|later\s+of\s+the\s+dates|dates?\s+(?:beneath|below|under)\s+(?:the\s+)?(?:parties['’]?\s+)?signatures?|date\s+last\s+written\s+below|signatures?\s+(?:and\s+seals?\s+)?of\s+both|parties\s+(?:sign|execute)\s+(?:hereon|this|the)|(?:date\s+of\s+)?(?:signature|signing|execution)\s+(?:of\s+(?:this|the)\s+agreement\s+)?by\s+both)\b/i;

/** The date a definition points at: the signatures' date, or the agreement date. */
function pointedDate(ctx: TermContext, s: Sentence, pointer: string, agreement: KeyTerm | undefined): KeyTerm | undefined {
  // "… may be executed in counterparts, and shall become effective when signed by both": how to sign, not a date.
  if (/\bcounterparts?\b/i.test(s.text)) return undefined;
  if (POINTS_AT_SIGNATURES.test(pointer)) {
    const signed = signatureDate(ctx);
    if (signed) return makeTerm(signed.iso, `${s.text} (${signed.iso}, the date of the signatures)`, [s.block, ...signed.blocks]);
  }
  // The agreement date left blank leaves this one blank too.
  if ((POINTS_AT_AGREEMENT_DATE.test(pointer) || POINTS_AT_SIGNATURES.test(pointer)) && agreement) return makeTerm(agreement.value, `${s.text} (${typeof agreement.value === 'string' ? agreement.value : ''}, the agreement date)`, [s.block, ...citedBlocks(agreement, ctx)], agreement.blank === true);
  return undefined;
}

/**
 * A date left blank just before "(the "Effective Date")": "September ___, 2019", "June , 2010",
 * "the 1st day of December,", or a year alone ("2018"), the rest not filled in.
 */
const BLANK_BEFORE = /(?:(?:\b[A-Z][a-z]+\.?\s+|\bthis\s+)?_{2,}[^()"“]{0,30}|\b[A-Z][a-z]+\s*,\s*(?:19|20)\d\d|(?:\bthe\s+)?(?:\d{1,2}\s?(?:st|nd|rd|th)\s+)?\bday\s+of\s+[A-Z][a-z]+\s*,?|\bas\s+of\s*,\s*(?:19|20)\d\d|(?:^\s*|\b(?:as\s+of|dated|effective|made|on)\s+)(?:19|20)\d\d)\s*,?\s*$/;

function fromDefinition(ctx: TermContext, s: Sentence, agreement: KeyTerm | undefined): KeyTerm | undefined {
  const defined = DEFINED_HERE.exec(s.text);
  if (!defined) return undefined;
  const before = s.text.slice(Math.max(0, defined.index - 90), defined.index);
  const dates = findDates(before, ctx.dates);
  const d = dates[dates.length - 1];
  if (d) return makeTerm(d.iso, s.text, [s.block]);
  const blank = BLANK_BEFORE.exec(before);
  if (blank) return makeTerm(blank[0].replace(/^[\s,]+|[\s,]+$/g, ''), s.text, [s.block], true);
  return pointedDate(ctx, s, before, agreement);
}

export function effectiveDateRule(ctx: TermContext, agreement: KeyTerm | undefined): KeyTerm | undefined {
  // 1. Where the document defines the term: "… (the "Effective Date")" or ""Effective Date" means …".
  for (const s of ctx.sentences) {
    const found = fromDefinition(ctx, s, agreement);
    if (found) return found;
  }
  const definition = ctx.definitions.get('effective date') ?? ctx.definitions.get('commencement date');
  if (definition && /\bmeans?\b|\bshall\s+mean\b/i.test(definition.text)) {
    // Read on into the block: an abbreviation ("12:01 a.m. … on March 3, 2003") can end the sentence early.
    const block = definition.block.text.replace(/\s+/g, ' ');
    const from = block.indexOf(definition.text);
    const text = from >= 0 ? block.slice(from, from + definition.text.length + 120) : definition.text;
    const tail = text.slice(text.search(/\bmeans?\b|\bshall\s+mean\b/i));
    // …but not into the next definition.
    const next = tail.slice(5).search(/[“"][^”"]{2,60}[”"]\s+(?:shall\s+)?means?\b/);
    const after = next >= 0 ? tail.slice(0, next + 5) : tail;
    const d = findDate(after, ctx.dates);
    if (d) return makeTerm(d.iso, definition.text, [definition.block]);
    const pointed = pointedDate(ctx, definition, after, agreement);
    if (pointed) return pointed;
  }
  // 2. "This Agreement is effective as of March 1, 2020", "effective on the date hereof".
  for (const s of ctx.sentences) {
    if (!/\beffect(?:ive)?\b|\bcommenc|\bbegin|\bstart/i.test(s.text)) continue;
    // Only the contract's own coming into force: other things are "effective" too (a resignation, a control, a price).
    if (s.at >= ctx.preamble.length && !/\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|amendment|contract|addendum)\b/i.test(s.text)) continue;
    for (const m of s.text.matchAll(EFFECTIVE_AS_OF)) {
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const d = findDate(after, ctx.dates);
      if (d && d.index < 8) return makeTerm(d.iso, s.text, [s.block]);
      const blank = d?.index === 0 ? undefined : blankDateAtStart(after.replace(/^(?:on\s+or\s+about|this)\s+/i, ''));
      if (blank) return makeTerm(blank, s.text, [s.block], true);
      const pointed = pointedDate(ctx, s, after.slice(0, 90), agreement);
      if (pointed) return pointed;
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
