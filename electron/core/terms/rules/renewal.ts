/**
 * Renewal of the contract's term: its length ("successive one (1) year terms"), whether it is
 * automatic or by option, how many renewals, and (renewalNotice) how long before the end a party
 * must give notice to stop it. The value starts with the renewal length: "1 year each, automatic,
 * successive".
 */
import type { KeyTerm } from '../../../../shared/terms';
import { findDurations, formatDuration, type Duration } from '../duration';
import { makeTerm, type Sentence, type TermContext } from '../termContext';

/**
 * Words that renew a contract: "automatically renew(ed)", "renew automatically", "shall/will be
 * renewed", "may (be) renew(ed)", "option to renew/extend", "extension period", "renewal term(s)",
 * "successive … periods/terms", "extended for (an) additional …".
 */
export const RENEWAL_CUE = /\b(?:automatic(?:ally)?\s+(?:be\s+)?(?:renew|extend)\w*|renew\w*\s+(?:automatically|for)|(?:shall|will)\s+(?:be\s+)?(?:renewed|extended|renew|extend)\b|may\s+(?:be\s+)?(?:renew|extend)\w*|option\s+to\s+(?:renew|extend)|extension\s+(?:period|term)|renewal\s+(?:terms?|periods?)\b(?!\s+of\s+any)|successive\s+(?:\S+\s+){0,4}(?:periods?|terms?)|additional\s+(?:(?!and\b|or\b)\S+\s+){0,4}(?:periods?|terms?)\b(?!\s+(?:and|or)\s+conditions))/i;

/** Renewals of other things: patents, registrations, insurance, permits, leases of premises, orders. */
const OTHER_THINGS = /\b(?:patents?|trademarks?|registrations?|insurance|polic(?:y|ies)|permits?|warrant(?:y|ies)|standstill|licen[cs]es?\s+(?:granted|under)|purchase\s+orders?|prices?|forecasts?)\b/i;

/**
 * Not a renewal term: a renewal only by the parties' mutual (written) agreement or consent, which any
 * contract allows and lawyers do not record as a renewal term; "extend until …" (the term's own end);
 * an extension by a delay ("extended by a period equal to …").
 */
const NOT_A_RENEWAL = /\b(?:mutual(?:ly)?|unanimous|common\s+agreement|agreed\s+(?:to\s+)?(?:upon\s+)?(?:in\s+writing\s+)?by\s+(?:both|the)\s+(?:parties|licensor)|(?:parties|both\s+parties)\s+(?:may\s+|shall\s+)?agree\s+in\s+writing)\b|\bextend(?:s|ed)?\s+(?:until|through|to\s+the)\b|\bextended\s+by\s+(?:a\s+period|the\s+(?:period|length|duration))/i;

/** A definition of something other than the term ("“Calendar Quarter” means each successive period …"). */
const OTHER_DEFINITION = /[“"](?![^”"]*\b(?:term|renewal|extension)\b)[^”"]{2,50}[”"]\s+(?:means|shall\s+mean)\b/i;

function renewalSentence(ctx: TermContext): Sentence | undefined {
  let best: { s: Sentence; score: number } | undefined;
  for (const s of ctx.sentences) {
    if (!RENEWAL_CUE.test(s.text) || NOT_A_RENEWAL.test(s.text) || OTHER_DEFINITION.test(s.text)) continue;
    let score = 1;
    if (/\b(?:this|the)\s+(?:agreement|contract|term|initial\s+term)\b/i.test(s.text)) score += 2;
    if (/\brenew/i.test(s.text)) score += 1;
    if (/\b(?:term|renewal)\b/i.test(`${s.block.section.join(' ')} ${s.block.text.slice(0, 50)}`)) score += 1;
    if (OTHER_THINGS.test(s.text) && !/\b(?:this|the)\s+agreement\b/i.test(s.text)) score -= 3;
    if (findDurations(s.text).length) score += 1;
    // A passing mention ("… and any Renewal Term (as defined in 7.4)") does not state the renewal.
    if (!/\brenew\w*\s+(?:automatically|for)|\b(?:shall|will|may)\s+(?:automatically\s+)?(?:be\s+)?(?:renew|extend)|\bautomatic\w*\s+(?:renew|exten)/i.test(s.text) && /\b(?:any|each|such|the)\s+renewal\s+(?:terms?|periods?)\b/i.test(s.text)) score -= 2;
    if (score >= 3 && (!best || score > best.score)) best = { s, score };
  }
  return best?.s;
}

/** Whether a duration is a notice period ("60 days' prior written notice", "at least 90 days before"). */
function isNotice(text: string, d: Duration): boolean {
  const after = text.slice(d.index + d.text.length, d.index + d.text.length + 60);
  const before = text.slice(Math.max(0, d.index - 40), d.index);
  return /^\s*(?:['’]|s['’])?\s*(?:\w+\s+){0,2}(?:notice|prior|before|in\s+advance|preceding)/i.test(after) || /\b(?:notice\s+(?:of\s+)?|at\s+least|not\s+less\s+than|no\s+later\s+than|within)\s*$/i.test(before);
}

/**
 * A renewal length written as a word rather than a number: "from year to year", "year-to-year",
 * "annual periods", "each year thereafter", "an additional month", "one further year",
 * "month-to-month". Group 1 is the unit.
 */
const PERIOD_WORD = /\b(?:from\s+)?(year|month)[\s-]+to[\s-]+(?:year|month)\b|\b(?:annual|yearly)\s+(?:periods?|terms?|basis|renewals?)\b|\b(?:each|every|an?\s+(?:additional|further))\s+(year|month)\b|\b(?:one|1)\s+further\s+(year|month)\b/i;

function periodWord(text: string, from: number): Duration | undefined {
  const m = PERIOD_WORD.exec(text.slice(from));
  if (!m) return undefined;
  const unit = (m[1] ?? m[2] ?? m[3] ?? 'year').toLowerCase() as 'year' | 'month';
  return { n: 1, unit, text: m[0], index: from + m.index };
}

/**
 * The renewal length: after the words that renew (the initial term's length comes before them:
 * "a term of four (4) years …, and shall automatically renew for one year terms"), the duration next
 * to "successive / additional / renewal term / period", else the first that is not a notice, else a
 * period written as a word ("from year to year").
 */
function renewalLength(text: string): Duration | undefined {
  const from = Math.max(0, Math.min(RENEWAL_CUE.exec(text)?.index ?? text.length, text.search(/\b(?:renew|exten[ds])/i) < 0 ? text.length : text.search(/\b(?:renew|exten[ds])/i)));
  const all = findDurations(text).filter((d) => !isNotice(text, d) && d.index + d.text.length > from);
  const words = periodWord(text, from);
  if (words && (!all[0] || words.index < all[0].index)) return words;
  const near = all.find((d) => /^\s*(?:renewal\s+|extension\s+|additional\s+)?(?:terms?|periods?|increments?|intervals?)\b/i.test(text.slice(d.index + d.text.length, d.index + d.text.length + 30)) || /\b(?:successive|additional|further|renewal\s+terms?\s+of|periods?\s+of|terms?\s+of|for)\s*(?:an?\s+)?$/i.test(text.slice(Math.max(0, d.index - 30), d.index)));
  return near ?? all[0];
}

export function renewalRule(ctx: TermContext): { renewal?: KeyTerm; notice?: KeyTerm } {
  const s = renewalSentence(ctx);
  if (!s) return {};
  const automatic = /\bautomatic|(?:shall|will)\s+(?:be\s+)?(?:renewed|extended|renew|extend)\b(?![^.]{0,40}\b(?:by|upon)\s+(?:mutual|written)\s+(?:agreement|consent))/i.test(s.text);
  // The renewal sentence may give the length only in the next sentence of the same clause.
  const next = ctx.sentences.find((c) => c.at === s.at && c !== s && c.text !== s.text && s.block.text.indexOf(c.text) > s.block.text.indexOf(s.text));
  const length = renewalLength(s.text) ?? (next && RENEWAL_CUE.test(next.text) ? renewalLength(next.text) : undefined);
  const count = /\bup\s+to\s+(\w+)(?:\s*\((\d+)\))?\s+(?:additional\s+|successive\s+|consecutive\s+)?(?:renewal|extension|further|\S+\s+(?:year|month))/i.exec(s.text);
  const parts: string[] = [];
  if (length) parts.push(`${formatDuration(length)} each`);
  parts.push(automatic ? 'automatic' : 'by option');
  if (count) parts.push(`up to ${count[2] ?? count[1]}`);
  else if (/\bsuccessive|consecutive\b/i.test(s.text)) parts.push('successive');
  const renewal = makeTerm(parts.join(', '), s.text, [s.block]);
  // The notice to stop renewal: in the same sentence, or in the next sentences of the same or next block.
  const candidates = [s, ...ctx.sentences.filter((c) => c !== s && c.at >= s.at && c.at <= s.at + 1)].slice(0, 5);
  for (const c of candidates) {
    if (!/\b(?:notice|notif\w+|elect\w*\s+not\s+to|non-?renewal|not\s+to\s+renew|intention)\b/i.test(c.text)) continue;
    const d = findDurations(c.text).find((x) => isNotice(c.text, x));
    if (d) return { renewal, notice: makeTerm(formatDuration(d), c.text, [c.block]) };
  }
  return { renewal };
}
