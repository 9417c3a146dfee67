/** Confidentiality: the obligation and how long it lasts. */
import type { KeyTerm } from '../../../../shared/terms';
import { blankText, hasBlank } from '../blanks';
import { findDuration, findDurations, formatDuration } from '../duration';
import { makeTerm, type Sentence, type TermContext } from '../termContext';

/** "fifteen (15) years" → "15 years": the first duration in `text`. */
function durationText(text: string): string | undefined {
  const d = findDuration(text);
  return d ? formatDuration(d) : undefined;
}

/** A phrase cut at a word boundary to at most `max` characters, marked with an ellipsis when cut. */
function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

export function confidentialityRule(ctx: TermContext): KeyTerm | undefined {
  const sents = ctx.sentences;
  const all = sents.filter((s) => /\bconfidential/i.test(s.text) && /\b(shall|will|must|undertakes?|agrees?)\b/i.test(s.text) && /\b(not (to )?disclose|nor\b[^.]{0,12}\bdisclose|protect\b|keep\b|hold\b|maintain\b|secret|confidential(ity)? obligations?|in confidence)/i.test(s.text));
  if (!all.length) return undefined;
  // Prefer the confidentiality clause itself over passing mentions ("protect the confidentiality of passwords").
  const inClause = (s: Sentence) => /confidential|non-?disclosure/i.test(`${s.block.section.join(' ')} ${s.block.text.slice(0, 60)}`);
  all.sort((a, b) => Number(inClause(b)) - Number(inClause(a)));
  const period = sents.find((s) => /\bconfidential/i.test(s.text) && /\b(for a period of|period of|survive|after (the )?(termination|expiration|disclosure)|years? (after|from|following))\b/i.test(s.text) && (findDurations(s.text)).length > 0);
  // "The undertakings … will continue in force [indefinitely][for [insert number] years …]": left blank.
  const blankPeriod = sents.find((s) => /\b(continue in force|survive|remain in (force|effect))\b/i.test(s.text) && hasBlank(s.text) && /\b(undertakings?|confidential\w*|obligations?)\b/i.test(s.text));
  if (!period && blankPeriod) {
    const after = /\b(?:continue in force|survive|remain in (?:force|effect))\s+(.*?)\.?$/i.exec(blankPeriod.text)?.[1] ?? blankText(blankPeriod.text) ?? '[ ]';
    return makeTerm(shorten(after), blankPeriod.text, [blankPeriod.block], true);
  }
  const chosen = period ?? all[0]!;
  const d = period ? durationText(period.text) : undefined;
  const value = d ? `${d}${/\b(termination|expir)/i.test(period!.text) ? ' after termination or expiry' : ''}` : 'obligations stated, no fixed period';
  return makeTerm(value, chosen.text, [chosen.block]);
}
