/**
 * Governing law: the place whose law a choice-of-law sentence names ("governed by the laws of the
 * State of New York", "construed in accordance with Delaware law", "the laws of Ontario and the
 * federal laws of Canada applicable therein" → Ontario, Canada).
 */
import type { KeyTerm } from '../../../../shared/terms';
import { jurisdictionOf, placesIn } from '../jurisdiction';
import { makeTerm, type TermContext } from '../termContext';

/**
 * A choice-of-law sentence: "governed by", "construed (in accordance with | under)",
 * "interpreted", "governing law", "applicable law", "subject to the laws of", "the laws of X shall
 * govern", "Texas law governs this Agreement", "controlled by the laws of", "applied … in accordance
 * with the laws of", "regulated by", "German law applies", "subject to (substantive) Swiss law", "shall be determined
 * under the laws of", a label "Applicable Law: State of Minnesota"; "The law applicable to this Agreement
 * is …", "The law that applies to this Agreement is …", "disputes … resolved under the (substantive) laws of …",
 * "questions … shall be decided under (determined pursuant to) the laws of …", "subject to the
 * exclusive laws of …", "subject to the jurisdiction and laws of …" (the forum and the law chosen together), "the parties submit this Agreement to
 * the laws of …" (laws, not a court: "submit to the jurisdiction of" chooses a forum); and with the place named first, however much
 * follows it: "The laws of Alberta, Canada shall apply", "The laws of the State of Utah (excluding its
 * conflict of laws rules) apply to …", "The laws of England and Wales govern this Agreement" (not "the
 * laws of the United States that apply to exports", a law named for another matter). Commonwealth
 * drafting's "The proper law of this Agreement is the law of Western Australia", and European
 * drafting's "This Agreement falls under Dutch law". "Control" as "govern" only after the law it names:
 * "The laws of the State of Texas … shall control this Agreement", "Texas law controls …"; so too "The
 * laws of the State of Michigan shall be applicable to …", "Michigan law is applicable to …"; and a
 * forum told which law to apply: "the courts of New York … shall apply the laws of the State of Delaware"
 * (the law applied, not the forum, is the choice).
 *
 * A look-behind is read right to left, so the comma in its list of place words is written after the
 * look-ahead that checks what follows it ("(?=,X),"): the comma is matched first and the look-ahead runs
 * only at a comma. Written ",(?=X)", the look-ahead would run at every position, over all the capital
 * words up to the sentence's end: quadratic on one long sentence.
 */
const CHOICE = /\b(?:governed|proper\s+law|falls?\s+under\s+(?:the\s+)?(?:(?:substantive|internal|domestic)\s+)?(?:\w+\s+law|laws?\s+of)|construed|interpreted|enforced|governing\s+law|applicable\s+law|subject\s+to\s+(?:the\s+)?(?:provisions?\s+of\s+the\s+)?(?:(?:exclusive\s+)?(?:jurisdiction|courts?)\s+and\s+(?:the\s+)?)?(?:(?:substantive|exclusive|internal|domestic)\s+)?laws?|(?:shall|will)\s+govern|governs|controlled\s+by|regulated\s+by|applied|(?<=\blaws?(?:\s+of\s+(?:the\s+)?[\w.'’]+(?:\s+(?!(?:that|which)\b)[\w.'’]+){0,3})?\s+(?:(?:shall|will)\s+)?)appl(?:y|ies)|subject\s+to\s+(?:(?:substantive|internal|domestic)\s+)?\w+\s+law|(?:determined|resolved|decided|adjudicated)\s+(?:under|in\s+accordance\s+with|pursuant\s+to|according\s+to|by)\s+(?:the\s+)?(?:substantive\s+|internal\s+)?laws?|submit\w*\b[^.;]{0,60}?\bto\s+(?:the\s+)?(?:substantive\s+|internal\s+)?laws?\s+of|laws?\s+(?:applicable|(?:that|which)\s+appl(?:y|ies))\s+to|(?<=\blaws?\s+of\s+(?:(?!\b(?:that|which|where|when|if)\b)(?:[^.;(),]|\.(?=\S)|(?=,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s*(?:,|\(|(?:shall|will)\s|appl|govern)),)){1,80}?(?:\s*,[^,;.]{1,100},|\s*\([^()]{0,80}\))?,?\s+(?:(?:shall|will)\s+)?)(?:appl(?:y|ies)|govern|control(?:s)?|(?:be|is|are)\s+applicable\s+to)|(?<=\blaws?\s+(?:(?:shall|will)\s+)?)control(?:s)?|(?<=\blaws?\s+)(?:(?:shall|will)\s+be|is|are)\s+applicable\s+to|appl(?:y|ies|ying)\s+the\s+(?:(?:substantive|internal)\s+)?laws?\s+of)\b/i;

/** "under the laws of the State of its incorporation": a party's own law, not the contract's. */
const OWN_LAW = /\b(?:the\s+)?laws?\s+of\s+(?:the\s+)?(?:state|jurisdiction|country|place)\s+of\s+(?:its|their|such\s+party's)\s+(?:organi[sz]ation|incorporation|formation|domicile)\b/gi;

/**
 * A place named only to be excluded: "governed by the laws of a state other than Ohio",
 * "the laws of any jurisdiction other than Ontario". The sentence chooses no place by it.
 */
const OTHER_THAN = /\b(?:a|any|another|some)\s+(?:other\s+)?(?:state|jurisdiction|country|province|nation)\s+(?:other\s+than|except|besides|outside(?:\s+of)?)\s+(?:the\s+)?(?:(?:State|Province|Commonwealth|Republic)\s+of\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}/gu;

/**
 * A party's status, not the contract's law: "a corporation organized under Korean law",
 * "organized and existing under the laws of the State of Delaware", "incorporated in accordance with
 * the laws of England". An opening describes its parties this way; when it stands in the same
 * sentence as a "governing law" cue (a table of contents run into the opening, a clause that also
 * restates who the parties are), the place it names is not a choice of law.
 */
const ENTITY_LAW = /\b(?:organi[sz]ed|incorporated|formed|existing|registered|established|constituted|chartered)(?:\s*(?:,|and|or|and\s+validly)\s+(?:organi[sz]ed|incorporated|formed|existing|registered|established|constituted|chartered|in\s+good\s+standing))*\s+(?:under|pursuant\s+to|in\s+accordance\s+with)\s+(?:the\s+)?(?:laws?\s+of\s+(?:the\s+)?(?:(?:State|Province|Commonwealth|Republic|Kingdom)\s+of\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3}|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}laws?\b)/gu;

/** A place withheld ("[***]") or left blank ("[ ]", "_____") where the chosen law is named. */
const WITHHELD = /\blaws?\s+of\s+(?:the\s+)?(?:(?:State|Province|Commonwealth)\s+of\s+)?(\[[^\]]{0,20}\]|_{3,})/i;

/**
 * Where a contract has no choice-of-law sentence, the law it has its disputes settled under says
 * the same: "both Parties agree to take the Taipei District Court as the competent court pursuant
 * to the laws of the R.O.C.", "any dispute shall be settled by arbitration in accordance with the
 * laws of Singapore". Only a sentence about disputes, courts or arbitration counts; "pay all taxes
 * in accordance with the laws of Ohio" chooses nothing.
 */
const DISPUTE = /\b(?:courts?|arbitra\w*|disputes?|litigation|controvers(?:y|ies)|claims?)\b/i;
const SETTLED_UNDER = /\b(?:pursuant\s+to|in\s+accordance\s+with|under|according\s+to)\s+(?:the\s+)?laws?\s+of\b/i;

/**
 * The whole body of a clause headed "Governing Law" when it is only the place: "12. Governing Law.
 * Florida.", "Governing Law. The State of New York." (at most six words, no verb).
 */
const LAWS_OF = /^\s*(?:the\s+)?(?:(?:internal\s+|substantive\s+)?laws?\s+of\s+)?/i;
// Compiled with case (a capital word starts the place), so the opening words allow both cases: "The laws of the State of Ohio."
const PLACE_ONLY = new RegExp(String.raw`^\s*(?:[Tt]he\s+)?(?:(?:[Ii]nternal\s+|[Ss]ubstantive\s+)?[Ll]aws?\s+of\s+)?(?:the\s+)?(?![^.;]*\b(?:shall|will|is|are|may|must|governs?|applies|apply)\b)[A-Z][\w.'’-]*(?:,?\s+[\w.'’-]+){0,5}\.?\s*$`);

/** The words that head a choice-of-law clause. */
const LAW_HEADING = /governing\s+law|choice\s+of\s+law|applicable\s+law/i;

/**
 * A run-in heading of a choice-of-law clause written in capitals or title case, after a clause number
 * or a sentence's end, a few heading words before it or after it: "14 APPLICABLE LAW AND VENUE",
 * "14.1 Choice of Law.", "Governing Law;". Prose's "the applicable law" is lower case.
 */
const RUN_IN_LAW_HEADING = /(?:^|[.:;]\s+|\b\d{1,3}(?:\.\d{1,3})*\.?\s+)(?:(?:[A-Z][\w&-]*|and|of|&)\s+){0,4}?(?:(?:Governing|GOVERNING|Applicable|APPLICABLE)\s+(?:Laws?|LAWS?)|(?:Choice|CHOICE)\s+(?:of|OF)\s+(?:Law|LAW))\b(?:\s+(?:[A-Z][\w&-]*|and|of|&))*\s*(?:[.:;\u2013\u2014-]|(?=\s+\d))/g;

/**
 * A clause headed "Governing Law": its section, the run-in heading its block starts with, or one that
 * stands in its block just before it when the text's lines were joined ("… the whole bargain.
 * 14.1 Choice of Law. It binds us once signed. This Agreement shall be read under the laws of …"): at most one other sentence between the heading and this one.
 */
function underGoverningLaw(s: TermContext['sentences'][number]): boolean {
  if (LAW_HEADING.test(`${s.block.section.join(' ')} ${s.block.text.slice(0, 40)}`)) return true;
  const at = s.block.text.indexOf(s.text.slice(0, 40));
  if (at <= 0) return false;
  const before = s.block.text.slice(Math.max(0, at - 300), at);
  const heading = [...before.matchAll(RUN_IN_LAW_HEADING)].at(-1);
  if (!heading) return false;
  const between = before.slice(heading.index + heading[0].length);
  return (between.match(/\p{Ll}[.;]\s+(?=\p{Lu})/gu) ?? []).length <= 1;
}

/**
 * "Idaho laws govern this Agreement": a place's laws, in the plural, before "govern" (the singular "Idaho law governs"
 * is a cue of CHOICE). In capitals as written, so that "applicable laws govern the export of …" names no place.
 */
const PLACE_LAWS_GOVERN = /(?<=\b(?!(?:The|These|Those|Such|All|Applicable|Other)\b)[A-Z][\w'’.]*\s+laws\s+)govern\b/;

export function governingLawRule(ctx: TermContext): KeyTerm | undefined {
  let fallback: KeyTerm | undefined;
  let forContract: KeyTerm | undefined;
  let disputes: KeyTerm | undefined;
  for (const s of ctx.sentences) {
    // Read without the parties' own status ("Licensee, a corporation organized under the laws of Ohio,
    // agrees that …"), which would otherwise stand where the chosen place is looked for.
    // "The laws in force in Manitoba", as English and Canadian drafters say it, name a place as "the laws of" do.
    const body = s.text.replace(ENTITY_LAW, '').replace(/\b(laws?)\s+in\s+force\s+in\b/gi, '$1 of');
    const cue = CHOICE.exec(body) ?? PLACE_LAWS_GOVERN.exec(body);
    if (!cue && !disputes && DISPUTE.test(body)) {
      const under = SETTLED_UNDER.exec(body);
      const place = under ? jurisdictionOf(body.slice(under.index).replace(OWN_LAW, '').replace(OTHER_THAN, '')) : undefined;
      if (place) disputes = makeTerm(place, s.text, [s.block]);
    }
    if (PLACE_ONLY.test(body) && underGoverningLaw(s) && !LAW_HEADING.test(body)) {
      const place = jurisdictionOf(`the laws of ${body.replace(LAWS_OF, '')}`);
      if (place) return makeTerm(place, s.text, [s.block]);
    }
    if (!cue || !/\blaws?\b/i.test(body)) continue;
    // "The laws of Ohio shall govern …": the place comes before the cue ("… of Washington, U.S.A.,
    // shall apply": an abbreviation's stops end no sentence).
    const lawsBefore = body.slice(0, cue.index).search(/\blaws?\s+of\b(?:[^.;]|\.(?=\S))*$/i);
    // "Texas law governs this Agreement", "Swiss law shall govern", "Ohio law, without regard to its
    // conflict of laws principles, governs …": the place named just before "law".
    const placeLawBefore = body.slice(0, cue.index).search(/(?:\b[A-Z][\w'’.]*\s+){1,3}(?:substantive\s+|internal\s+)?laws?(?:\s*,[^,;.]{1,100},|\s*\([^()]{0,80}\))?\s+(?:shall\s+|will\s+)?$/);
    const from = lawsBefore >= 0 ? lawsBefore : placeLawBefore >= 0 ? placeLawBefore : cue.index;
    const place = jurisdictionOf(body.slice(from).replace(OWN_LAW, '').replace(OTHER_THAN, ''), body.slice(0, from));
    // "the laws of [***]", "the laws of the State of ______": the place was withheld or left blank.
    const withheld = place ? undefined : WITHHELD.exec(body.slice(from))?.[1];
    if (!place && !withheld) continue;
    const term = place ? makeTerm(place, s.text, [s.block]) : makeTerm(withheld!, s.text, [s.block], true);
    // The clause headed "Governing Law" is the contract's choice; a sentence elsewhere that only
    // mentions some law ("shall not be construed to confer …", how patents are judged) comes after it.
    if (underGoverningLaw(s)) return term;
    // The choice of law for the contract itself beats one for a single matter (arbitration, a guarantee).
    if (/\b(?:this|the)\s+(?:agreement|contract)\b|\bhereunder\b|\bhereof\b/i.test(s.text)) forContract ??= term;
    fallback ??= term;
  }
  return forContract ?? fallback ?? disputes ?? labelledLaw(ctx) ?? forumLaw(ctx);
}

/**
 * A term sheet's or an order form's label line: "Governing Law: Delaware", "Applicable Law | England and
 * Wales", or the label on a line of its own ("GOVERNING LAW") with only the place on the next
 * ("State of New York"). Such short lines are read as headings, not sentences, so the blocks are read.
 */
const LAW_LABEL = /^\s*(?:(?:article\s+|section\s+)?[\dIVX]+(?:\.\d+)*\.?\s+)?(?:governing|applicable)\s+law\s*(?:[:|\-–—]\s*)*(.*)$/i;

function labelledLaw(ctx: TermContext): KeyTerm | undefined {
  for (const [i, block] of ctx.blocks.entries()) {
    const m = LAW_LABEL.exec(block.text.replace(/\s+/g, ' ').trim());
    if (!m) continue;
    const next = ctx.blocks[i + 1];
    const value = m[1]!.trim() || (next ? next.text.replace(/\s+/g, ' ').trim() : '');
    const cited = m[1]!.trim() || !next ? [block] : [block, next];
    if (!PLACE_ONLY.test(value)) continue;
    const place = jurisdictionOf(`the laws of ${value.replace(LAWS_OF, '')}`);
    if (place) return makeTerm(place, cited.map((b) => b.text).join(' '), cited);
  }
  return undefined;
}

/**
 * A contract that chooses no law but sends all its disputes to one place's courts or arbitration:
 * "All disputes arising out of this Agreement shall be settled by binding arbitration in Dallas County,
 * Texas", "Any disputes arising herein shall be settled in a court in Ohio". Choosing a forum is the
 * strongest sign of the law the parties meant (a court, or an arbitrator seated there, applies its own
 * law where none is chosen), so the forum's place is given, with a warning that it was inferred. Only a
 * clause for every dispute under the contract counts: a court named for injunctions alone, or "any court
 * of competent jurisdiction", names no forum for the contract.
 */
const ALL_DISPUTES = /\b(?:all|any)\s+(?:(?:such|other)\s+)?(?:disputes?|claims?|controvers(?:y|ies)|differences?|disagreements?|suits?|actions?|proceedings?)\b[^.;]{0,120}?\b(?:arising|arises|hereunder|herein|under\s+(?:this|the)\s+(?:agreement|contract)|relating\s+to|related\s+to|in\s+connection\s+with|with\s+respect\s+to|in\s+respect\s+of|concerning|regarding|out\s+of\s+(?:this|the)\s+(?:agreement|contract))\b/i;
/** The forum the disputes go to, and the verb that sends them there (the place is read after the forum word). */
const FORUM = /\b(?:arbitrat\w*|courts?|tribunals?|venue)\b/i;
const SENT_TO = /\b(?:settled|resolved|submitted|determined|decided|heard|brought|litigated|adjudicated|referred|subject\s+to|exclusive(?:ly)?|venue)\b/i;

/** The note on a law inferred from the forum. */
export const FORUM_LAW_WARNING = 'The contract chooses no governing law: this is where it sends its disputes (a forum, not a choice of law); a forum given no law usually applies its own.';

function forumLaw(ctx: TermContext): KeyTerm | undefined {
  for (const s of ctx.sentences) {
    if (!ALL_DISPUTES.test(s.text)) continue;
    // The forum may be named before the disputes: "The courts of Ohio shall have exclusive jurisdiction over all disputes …".
    if (!SENT_TO.test(s.text)) continue;
    const forum = FORUM.exec(s.text);
    if (!forum) continue;
    // The place named within a few lines after the forum word; a state or province before its country.
    const places = placesIn(s.text.slice(forum.index, forum.index + 200).replace(/[’‘`]/g, "'"));
    const place = places.find((p) => p.includes(', ')) ?? places[0];
    if (!place) continue;
    return { ...makeTerm(place, s.text, [s.block]), warning: FORUM_LAW_WARNING };
  }
  return undefined;
}
