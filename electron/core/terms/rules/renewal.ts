/**
 * Renewal of the contract's term: its length ("successive one (1) year terms"), whether it is
 * automatic or by option, how many renewals, and (renewalNotice) how long before the end a party
 * must give notice to stop it. The value starts with the renewal length: "1 year each, automatic,
 * successive".
 */
import type { KeyTerm } from '../../../../shared/terms';
import { findDurations, formatDuration, wordsToNumber, type Duration } from '../duration';
import { makeTerm, type Sentence, type TermContext } from '../termContext';

/**
 * Words that renew a contract: "automatically renew(ed)", "renew automatically", "extended
 * automatically", "shall/will (then) be renewed", "may (be) renew(ed)", "option(s) to renew/extend", "extension period", "renewal term(s)",
 * "successive … periods/terms", "extended for (an) additional …"; in the present tense "is (then) extended for a …".
 */
export const RENEWAL_CUE = /\b(?:automatic(?:ally)?\s+(?:be\s+)?(?:renew|extend)\w*|renew\w*\s+(?:automatically|for)|extend\w*\s+automatically|(?:shall|will)\s+(?:(?:then|thereafter|thereupon)\s+)?(?:be\s+)?(?:renewed|extended|renew|extend)\b|(?:is|are)\s+(?:(?:then|thereafter|thereupon)\s+)?(?:renewed|extended)\s+for\s+(?:an?|one|additional|successive|consecutive|further|subsequent|like)\b|may\s+(?:be\s+)?(?:renew|extend)\w*|options?\s+to\s+(?:renew|extend)|extension\s+(?:period|term)|renewal\s+(?:terms?|periods?)\b(?!\s+of\s+any)|successive\s+(?:\S+\s+){0,4}(?:periods?|terms?)|(?:additional|further)\s+(?:(?!and\b|or\b)\S+\s+){0,4}(?:periods?|terms?)\b(?!\s+(?:and|or)\s+conditions))/i;

/**
 * The contract running on by the year or month after its term: "… until 30 June 2020 and thereafter from
 * year to year", "shall thereafter continue on a month-to-month basis". The verb that renews may be
 * the term's own ("shall remain in effect for two years and thereafter from year to year"), as it is
 * in "The initial term is three years and thereafter for successive periods of one year until
 * terminated" (the sentence's verb carries on into the periods that follow); with "thereafter" last:
 * "shall continue until December 31, 2019, and from year to year thereafter".
 */
const THEREAFTER_BY_PERIOD = /,?\s+and\s+(?:from\s+)?(?:year|month)[\s-]+(?:to|on)[\s-]+(?:year|month)\s+thereafter\b|\b(?:and|shall|will)\s+thereafter\s+(?:(?:continue|remain\s+in\s+(?:full\s+)?(?:force|effect))\s+)?(?:on\s+an?\s+|from\s+)?(?:year|month)[\s-]+(?:to|on)[\s-]+(?:year|month)\b|\band\s+thereafter\s+for\s+(?:successive|consecutive|further)\s+(?:\S+\s+){0,4}?(?:periods?|terms?)\b/i;

/**
 * Further wordings that renew the contract, read by this rule only (the expiration rule keeps
 * RENEWAL_CUE as it is): "shall be renewable", "renewed tacitly", "tacitly extended", "automatically
 * prolonged" (civil-law drafting), "automatic annual renewals",
 * "an automatic 2 year term extension", "may, at its option, renew", "shall have the option to
 * renew", "shall continue on a year to year basis", "continue … indefinitely after that",
 * "renew for an unlimited period". ", renewable" counts only before how or for how long
 * ("renewable automatically", "renewable for"), not "renewable with approval".
 * Also a renewal in the present tense or by the year: "renews on a year-to-year basis", "shall renew annually";
 * and British drafting's running on "on a rolling twelve (12) month basis" / "on a rolling monthly basis" /
 * "on a rolling basis of twelve months";
 * "from year to year" also as "on a year-on-year basis", and a contract that "shall thereafter continue on
 * an annual basis".
 * Also an order form's "Auto-Renewal: Yes, for successive 12-month periods" (automatic, in SaaS shorthand),
 * a contract that "shall roll over for successive one (1) year periods", one that "is self-renewing",
 * one the parties "may mutually agree in writing to renew … for an additional two (2) years" (a renewal by
 * agreement, kept only with its length),
 * and one that "shall continue in effect for consecutive one-year terms" (the periods that follow the
 * term, under a verb that only continues: "consecutive" is not read alone, as "in any consecutive
 * twelve month period" measures something else).
 */
const MORE_RENEWAL = /\bauto[\s-]?renew\w*|\broll(?:s|ed)?\s+over\b|\bagree\w*\s+(?:in\s+writing\s+)?to\s+(?:renew|extend)\b|\bself[\s-]+renew\w*|\bcontinue\w*\s+(?:in\s+(?:full\s+)?(?:force|effect)\s+)?(?:thereafter\s+)?for\s+(?:successive|consecutive|additional|further)\s+(?:\S+\s+){0,3}?(?:periods|terms)\b|\brenew\w*\s+(?:automatically\s+)?(?:(?:on\s+an?\s+|from\s+)?(?:year|month)[\s-]+(?:to|on)[\s-]+(?:year|month)\b|on\s+an?\s+(?:annual|yearly|monthly)\s+basis\b|(?:annually|yearly|monthly)\b)|\b(?:is|be|are)\s+renewable\b|,\s+renewable\s+(?:automatically|annually|for|on|at)\b|\b(?:(?:renew|exten[ds]|prolong)\w*\s+tacitly|tacit(?:ly)?\s+(?:renew|exten[ds]|prolong)\w*|automatically\s+(?:be\s+)?prolong\w*|prolong\w*\s+automatically)|\bautomatic\s+(?:\S+\s+){0,4}(?:renewals?|extensions?)\b|\b(?:may|shall|will)\s*,?\s*at\s+(?:its|their)\s+(?:sole\s+)?(?:option|discretion)\s*,?\s*(?:renew|extend)\b|\b(?:rights?|options?)\s+to\s+(?:annually\s+)?(?:renew|extend)\b|\bcontinue\w*\s+(?:\S+\s+){0,3}?(?:(?:on\s+an?\s+|from\s+)?(?:year|month)[\s-]+(?:to|on)[\s-]+(?:year|month)\b|on\s+an?\s+(?:annual|yearly|monthly)\s+basis\b)|\b(?:continue|renew|extend)\w*\s+(?:\S+\s+){0,3}?on\s+a\s+rolling\s+(?:[\w-]+\s+(?:\(\d+\)\s+)?)?(?:(?:year|month|week)s?|annual|monthly|yearly)[\s-]+basis\b|\b(?:continue|renew|extend)\w*\s+(?:\S+\s+){0,3}?on\s+a\s+rolling\s+basis\s+(?:of|for)\s+(?:periods?\s+of\s+)?[\w-]+\s+(?:\(\d+\)\s+)?(?:year|month|week)s?\b|\bindefinitely\s+(?:after\s+that|thereafter)\b|\brenew\w*\s+(?:\S+\s+){0,2}for\s+an?\s+(?:unlimited|indefinite)\s+period/i;

/** A renewal with no end of renewals: "indefinitely after that", "for an unlimited (indefinite) period". */
const ENDLESS = /\bindefinitely\s+(?:after\s+that|thereafter)\b|\b(?:renew|exten[ds]|renewal)\w*\s+(?:\S+\s+){0,3}for\s+an?\s+(?:unlimited|indefinite)\s+period/i;

/**
 * A first term and then no end until a party ends it, said without "indefinitely": "shall continue for a
 * minimum period of twenty-four months and thereafter until terminated by either party on three months'
 * notice", "… and shall continue thereafter until either party gives notice". As "indefinitely after
 * that", the contract runs on by itself after the first term.
 */
const THEREAFTER_UNTIL_ENDED = /\b(?:and|shall|will)\s+(?:(?:continue|remain\s+in\s+(?:full\s+)?(?:force|effect))\s+)?thereafter\s+(?:(?:shall\s+|will\s+)?(?:continue|remain\s+in\s+(?:full\s+)?(?:force|effect))\s+)?(?:unless\s+and\s+)?until\s+(?:it\s+is\s+)?(?:terminated|(?:either|a|one)\s+party\s+(?:terminates|gives|serves))\b/i;

/**
 * An option taken up by notice, the notice put before the verb: "may, by written notice to Distributor
 * given at least thirty (30) days prior to the end of the then-current term, extend the term". The
 * words that renew are the verb at the end of the match.
 */
const BY_NOTICE = /\bmay\s*,\s*(?:by|upon|on|with)\s+(?:\w+\s+){0,3}notice\b[^.]{0,150}?,\s*(?:renew|extend)\b/i;

function renews(text: string): boolean {
  return RENEWAL_CUE.test(text) || MORE_RENEWAL.test(text) || BY_NOTICE.test(text) || THEREAFTER_BY_PERIOD.test(text) || THEREAFTER_UNTIL_ENDED.test(text);
}

/**
 * Renewals of other things: patents, registrations, insurance, permits, leases of premises, orders, and
 * the parts of a master contract that carry their own terms ("Each Statement of Work will renew
 * automatically for a further term …": the part renews, the master contract does not).
 */
const OTHER_THINGS = /\b(?:patents?|trademarks?|registrations?|insurance|polic(?:y|ies)|permits?|warrant(?:y|ies)|standstill|licen[cs]es?\s+(?:granted|under)|purchase\s+orders?|prices?|forecasts?|attachments?|statements?\s+of\s+work|sows?|work\s+orders?|order\s+forms?)\b/i;

/**
 * A renewal only by the parties' mutual (written) agreement or consent ("upon the written agreement of
 * both parties", "by written agreement between the parties", "as agreed between the parties"; not the prices
 * of an automatic renewal "as agreed between the parties"), which any contract allows:
 * lawyers mostly record it as a renewal term when the contract states its length ("may agree in
 * writing to extend for successive one (1) year periods") and never when it does not, so without a
 * length it is none.
 * Not a renewal term at all: "extend until …" (the term's own end); "shall not extend beyond …" (a
 * limit); an amendment's "the Term is hereby extended for two years", "The parties agree to extend the Term
 * for an additional two (2) years" (in the present tense, with no "may", "if" or "unless": done once, by the parties, not a
 * renewal the contract provides for); an extension by a delay or an event ("extended by a period equal to …", "for a period equal to
 * the period of such delay", "extended by any period during which supply is suspended", "extended for
 * a period equal to the length of the outage": the term is made up for lost time, not renewed); a definition that points elsewhere ("“Renewal Term” shall have the
 * meaning set forth in 8.2").
 */
const BY_AGREEMENT = /\b(?:mutual(?:ly)?|unanimous|common\s+agreement|(?:written\s+)?consent\s+of\s+(?:both|all\s+the|the)\s+parties|agreed\s+(?:to\s+)?(?:upon\s+)?(?:in\s+writing\s+)?by\s+(?:both|the)\s+(?:parties|licensor)|(?:parties|both\s+parties)\s+(?:may\s+|shall\s+)?agree\s+in\s+writing|\b(?:if|unless|when|whenever|where|should|provided)\s+(?:the\s+|both\s+)?parties\s+(?:hereto\s+)?(?:mutually\s+|so\s+)?agree|(?:written\s+)?agreement\s+of\s+(?:both|all\s+the|all|the)\s+parties|(?<!\b(?:prices?|rates?|fees?|charges?|amounts?|quantit(?:y|ies))\s+(?:[\w-]+\s+){0,3})(?:(?:written\s+)?agreement\s+(?:between|among)|as\s+agreed\s+(?:in\s+writing\s+)?between)\s+(?:both|all\s+the|all|the)\s+parties)\b/i;
const NOT_A_RENEWAL = /\bextend(?:s|ed)?\s+(?:until|through|to\s+the|beyond)\b|\b(?:is|are)\s+hereby\s+(?:extended|renewed)\b|(?<!\b(?:if|unless|when|whenever|where|should|until|provided)\s+(?:the\s+|both\s+)?)\bparties\s+(?:hereto\s+)?(?:hereby\s+)?agree\s+to\s+(?:extend|renew)\b|\bhereby\s+(?:extends?|renews?)\b|\bextended\s+(?:by|for)\s+(?:a|any|such|the|an\s+(?:equal|additional)|a\s+further)\s+(?:\w+\s+)?(?:period|length|duration|time|number\s+of\s+days)\s+(?:of\s+(?:the|such|any)|equal\s+to|during\s+which|that|as|in\s+which|corresponding)\b|\bextended\s+by\s+(?:a\s+period|the\s+(?:period|length|duration))|\bequal\s+to\s+the\s+(?:period|duration|length|time)\s+(?:of|lost|during)\b|\bshall\s+have\s+the\s+meaning\b/i;

// What makes a condition a renewal's, not an event's: a notice, an ending, a renewal, an election, an option, a
// request, an agreement or a party's standing (read in both forms of the extension on an event below).
const RENEWAL_CONDITION_WORDS = String.raw`(?:notice|notif\w*|terminat\w*|renew\w*|non-?renewal|expir\w*|elect\w*|options?|request\w*|agree\w*|consent\w*|wish\w*|desire\w*|cancel\w*|intend\w*|intention|breach\w*|default\w*|compl\w*)`;

/**
 * An extension on an event, not a renewal: "If the Product has not been approved by the end of the Term,
 * the Term shall be extended for a further six (6) months", "In the event of a supply failure, this
 * Agreement shall automatically be extended …". The condition is something that happens, not a party's
 * choice about the term: none of notice, termination, renewal, expiry, an election, an option, a
 * request or an agreement ("If neither party gives notice …, the Agreement shall be extended for one
 * year" renews), nor a party's standing ("If Kestrel is not in breach, …"). The verb extends, with any adverb
 * ("automatically", "correspondingly", "tacitly", "further"), in the future or the present ("is automatically
 * extended", as plain-language drafting says it); one
 * that renews ("shall renew for an additional year") is left a renewal, and so is an extension that
 * repeats or that a notice stops ("for successive one-year periods unless either party …").
 */
const EXTENDED_ON_EVENT = new RegExp(String.raw`^\W*(?:if|in\s+the\s+event|should|where)\b(?![^,]{0,200}?\b${RENEWAL_CONDITION_WORDS}\b)[^,]{5,200},\s*(?:then\s+)?(?:the\s+(?:initial\s+)?term|this\s+agreement|the\s+agreement)\b[^.;]{0,40}?\b(?:(?:shall|will)\s+(?:(?:\w+ly|further)\s+)?(?:be\s+)?|(?:is|are)\s+)(?:(?:\w+ly|further)\s+)?extended\b`, 'i');

/**
 * The same extension on an event with asides in its condition ("If, in any month of the Term, Kestrel
 * suffers a Shortfall, then the period of this Agreement shall be extended by that month …") or the contract's
 * length as the subject ("the duration (term, period) of this Agreement"). Group 1 is the condition, read for the
 * same words as above: a notice, an election or an agreement about the term makes it a renewal's condition. A clause
 * number may stand first ("9. If, …").
 */
const EXTENDED_ON_EVENT_WIDE = /^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:if|in\s+the\s+event(?:\s+that)?|should|where)\b([^.;]{5,250}?),\s*(?:then\s+)?(?:the\s+(?:initial\s+)?term|(?:this|the)\s+agreement|the\s+(?:duration|term|period)\s+of\s+(?:this|the)\s+agreement)\b[^.;]{0,40}?\b(?:(?:shall|will)\s+(?:(?:\w+ly|further)\s+)?(?:be\s+)?|(?:is|are)\s+)(?:(?:\w+ly|further)\s+)?extended\b/i;
const RENEWAL_CONDITION = new RegExp(String.raw`\b${RENEWAL_CONDITION_WORDS}\b`, 'i');

function extendedOnEvent(text: string): boolean {
  const wide = EXTENDED_ON_EVENT_WIDE.exec(text);
  const onEvent = EXTENDED_ON_EVENT.test(text) || (!!wide && !RENEWAL_CONDITION.test(wide[1]!));
  return onEvent && !/\b(?:successive|consecutive|unless|renewal|(?:year|month)[\s-]+(?:to|on)[\s-]+(?:year|month))\b/i.test(text);
}

/**
 * An extension offered as a remedy for a party's failure to perform, not a renewal: "In the event that the Publisher
 * fails to deliver the impressions during the Term, the Sponsor shall have the option of (a) extending the Term for an
 * additional three (3) month period to make good the shortfall or (b) …". The condition is a failure to do the contract's
 * work; a failure to give notice, to terminate or to elect ("If Distributor fails to give notice of non-renewal, …") is
 * a renewal's own condition and is left alone.
 */
const REMEDY_EXTENSION = /^\W*(?:\(?[a-z0-9]{1,4}\)\s*)?(?:if|in\s+the\s+event(?:\s+that)?|should)\b[^,;]{0,150}?\bfail(?:s|ed)?\s+to\s+(?!(?:give|send|serve|provide|deliver)\s+(?:\w+\s+){0,2}notice|notify|terminat|renew|extend|elect|exercise|object|cancel)/i;

/** A definition of something other than the term ("“Calendar Quarter” means each successive period …"). */
const OTHER_DEFINITION = /[“"‘'](?![^”"]{0,50}?\b(?:term|renewal|extension)\b[^”"]{0,50}?[”"’']\s+(?:means|(?:shall|will)\s+mean))[^”"]{2,50}[”"’']\s+(?:means|(?:shall|will)\s+mean)\b/i;

/** Where the words that renew begin: the initial term's length, if any, comes before them. */
function cueIndex(text: string): number {
  const byNotice = BY_NOTICE.exec(text);
  const at = [RENEWAL_CUE.exec(text)?.index, MORE_RENEWAL.exec(text)?.index, THEREAFTER_BY_PERIOD.exec(text)?.index, byNotice ? byNotice.index + byNotice[0].length - 6 : undefined, text.search(/\b(?:renew|exten[ds]|prolong)|\broll(?:s|ed)?\s+over\b/i)].filter((i): i is number => i !== undefined && i >= 0);
  return at.length ? Math.min(...at) : text.length;
}

/** What renews, when it is something other than the contract: a thing named just before the verb ("the warranties … will extend"). */
function renewsOtherThing(text: string): boolean {
  const at = cueIndex(text);
  return OTHER_THINGS.test(text.slice(Math.max(0, at - 60), at + 40)) && !/\b(?:this|the)\s+(?:agreement|contract|initial\s+term|term)\b/i.test(text.slice(Math.max(0, at - 60), at + 40));
}

/** The contract's term (under any name) as the subject of the words that renew it. */
const TERM_RENEWS = /\b(?:this|the)\s+(?:\w+\s+)?term\s+(?:(?:shall|will)\s+(?:automatically\s+)?(?:be\s+(?:automatically\s+)?)?(?:renew|extend)|(?:is|are)\s+(?:automatically\s+)?(?:renewed|extended)\b|(?:automatically\s+)?(?:renews|extends)\b)/i;

/** Talks about a renewal are not one ("the parties shall then engage in discussions regarding renewal"). */
const TALKS = /\b(?:discuss\w*|negotiat\w*)\s+(?:\S+\s+){0,3}renew/i;

/**
 * The contract or its term near the words that renew; in franchise and distribution contracts also
 * the franchise, the appointment or the relationship it sets up, and an addendum that is part of it.
 */
const AGREEMENT_NEAR = /\b(?:agreement|contract|term|initial\s+period|franchise|appointment|relationship|addendum)\b/i;

/**
 * Whether the contract (or its term, franchise, appointment …) stands near the words that renew it.
 * Read around each of those words, not only the first word of renewing: "… the standards then required of
 * renewal licensees …, the Licensee will have the right to renew the License for one (1) further term
 * of five (5) years" names a renewal in passing long before the option itself.
 */
function optionOnContract(text: string): boolean {
  const at = [cueIndex(text), RENEWAL_CUE.exec(text)?.index, MORE_RENEWAL.exec(text)?.index, BY_NOTICE.exec(text)?.index, OPTION.exec(text)?.index];
  return at.some((i) => i !== undefined && i >= 0 && AGREEMENT_NEAR.test(text.slice(Math.max(0, i - 80), i + 80)));
}

/** Words of an option a party takes up: "may renew", "option to extend", "right to renew", "elects to renew", "at its discretion", "(may) agree to renew". */
const OPTION = /\bmay\s+(?:\S+\s+){0,3}?(?:renew|extend)|\bagree\w*\s+(?:in\s+writing\s+)?to\s+(?:renew|extend)\b|\boptions?\b|\bright\s+to\s+(?:\S+\s+)?(?:renew|extend)|\belect\w*\s+to\s+(?:renew|extend)|\bat\s+(?:its|their)\s+(?:sole\s+)?discretion\b/i;

/**
 * A renewal stated in the present tense ("renews on a year-to-year basis", "This Agreement renews
 * for …"), or any renewal stated before an "unless either party gives notice" or "unless terminated"
 * that is not an option: it happens unless someone stops it.
 */
function renewsUnlessStopped(text: string): boolean {
  // Not a renewal the parties "may" make: "may be renewed from year to year if the parties agree" is an option.
  if (/\b(?:agreement|term|it)\s+renews\b|(?<!\bmay\s+(?:be\s+)?)\brenew\w*\s+(?:on\s+an?\s+|from\s+)?(?:year|month)[\s-]+(?:to|on)[\s-]+(?:year|month)\b/i.test(text)) return true;
  // The renewal itself must be stated before "unless" (a verb that renews, extends or continues), not
  // only named in the clause that stops it (a filed copy may withhold the words that renew). Any
  // "unless" may be the one: a sentence that opens "Unless earlier terminated, …" renews after it.
  if (OPTION.test(text)) return false;
  // A sentence that opens with its "Unless either party gives notice …," states the renewal after that
  // clause's comma: "Unless either party gives notice …, this Agreement shall continue for additional one-year periods".
  // "is thereafter renewable for further periods … unless either party objects" is as much a renewal.
  const verb = /\b(?:renew(?:s|ed|able)?|extend(?:s|ed)?|continue[sd]?|roll(?:s|ed)?\s+over)\b/i;
  for (const unless of text.matchAll(/\bunless\b[^.;]{0,100}?\b(?:notice|notif\w*|terminat\w*|cancel\w*|either\s+party|a\s+party|one\s+party)\b/gi)) {
    if (verb.test(text.slice(0, unless.index))) return true;
    const comma = text.indexOf(',', unless.index + unless[0].length);
    if (unless.index <= 3 && comma > 0 && verb.test(text.slice(comma))) return true;
  }
  return false;
}

/**
 * The British way of saying a renewal happens unless stopped: a party may end the contract at the end
 * of the term on notice, "failing which" (or "failing such notice", "in default of such notice", "if no
 * such notice is given") it "shall continue for successive periods of twelve months". The notice is the
 * stop, not an option taken up to renew.
 */
const FAILING_NOTICE_RUNS_ON = /\b(?:failing\s+(?:which|that|such\s+notice|(?:such\s+)?termination)|in\s+default\s+of\s+(?:such\s+)?(?:notice|termination)|if\s+no\s+such\s+notice\s+is\s+(?:given|served))\b[^.;]{0,120}?\b(?:continue[sd]?|renew(?:s|ed)?|extend(?:s|ed)?|roll(?:s|ed)?\s+over)\b/i;

/**
 * The contract said to run on by itself for further periods: "shall continue for successive periods of
 * two years", "will thereafter continue in force for further terms of one year". Nobody has to act, so
 * it is no option (a sentence with "may", "option" or "elect" is left to the option rules).
 */
const RUNS_ON_FOR_PERIODS = /\b(?:shall|will)\s+(?:(?:then|thereafter|thereupon)\s+)?continue\s+(?:in\s+(?:full\s+)?(?:force|effect)\s+)?(?:thereafter\s+)?for\s+(?:successive|consecutive|additional|further)\s+(?:\S+\s+){0,3}?(?:periods|terms)\b/i;

/** A renewal that happens unless someone stops it: automatically, "auto-renews", tacitly, "self-renewing", "shall roll over", "shall be renewed" (in the present tense "is renewed for"), "shall then renew", running on from year to year, or on indefinitely after the term. */
// The contract running on "thereafter from year to year" is as automatic.
function isAutomatic(text: string): boolean {
  return (THEREAFTER_BY_PERIOD.test(text) || THEREAFTER_UNTIL_ENDED.test(text) || FAILING_NOTICE_RUNS_ON.test(text) || (RUNS_ON_FOR_PERIODS.test(text) && !OPTION.test(text)) || /\bautomatic|\bauto[\s-]?renew|tacit|self[\s-]+renew|\broll(?:s|ed)?\s+over\b|(?:(?:shall|will)\s+(?:(?:then|thereafter|thereupon)\s+)?(?:be\s+)?(?:renewed|extended|renew|extend)\b|(?:is|are)\s+(?:(?:then|thereafter|thereupon)\s+)?(?:renewed|extended)\s+for\b)(?![^.]{0,40}\b(?:by|upon)\s+(?:mutual|written)\s+(?:agreement|consent))|\bcontinue\w*\s+(?:\S+\s+){0,3}?(?:(?:on\s+an?\s+|from\s+)?(?:year|month)[\s-]+(?:to|on)[\s-]+(?:year|month)\b|on\s+an?\s+(?:annual|yearly|monthly)\s+basis\b)|\bindefinitely\s+(?:after\s+that|thereafter)\b/i.test(text) || renewsUnlessStopped(text)) && !BY_AGREEMENT.test(text);
}

/**
 * "renew for successive terms of the same duration", "for a period equal to the Initial Term", "for
 * additional terms of equal length", "for like periods", "for a like period", "for similar periods",
 * "for like successive terms" (the kind of term may follow the word that likens): the initial term's length, read from the
 * sentence that defines the Initial Term, else from the same sentence before the words that renew
 * ("The initial term is three years and renews for terms of equal length"), else from the sentence
 * before in the same clause.
 */
const SAME_LENGTH = /\b(?:of\s+)?(?:the\s+)?same\s+(?:duration|length|period)\b|\bequal\s+(?:in\s+(?:duration|length)\s+)?to\s+the\s+(?:initial|original|first)\s+term\b|\b(?:of\s+)?(?:equal|like|identical)\s+(?:duration|length)\b|\b(?:for|of)\s+(?:a\s+)?(?:\w+\s+)?(?:like|equal|identical|similar)\s+(?:(?:successive|consecutive|additional|further|renewal)\s+)?(?:periods?|terms?)\b/i;

function sameAsInitialTerm(ctx: TermContext, s: Sentence): Duration | undefined {
  const cue = cueIndex(s.text);
  if (!SAME_LENGTH.test(s.text.slice(cue))) return undefined;
  const lengthIn = (text: string): Duration | undefined => findDurations(text).find((d) => !isNotice(text, d) && d.unit !== 'day');
  const defined = ctx.definitions.get('initial term');
  if (defined && defined !== s) return lengthIn(defined.text);
  const before = lengthIn(s.text.slice(0, cue));
  if (before) return before;
  const previous = ctx.sentences[ctx.sentences.indexOf(s) - 1];
  return previous && previous.at === s.at ? lengthIn(previous.text) : undefined;
}

/**
 * "renew for successive Renewal Terms", the length given where the contract defines the name: ""Renewal
 * Term" means a period of one (1) year …". Read from the definition when the renewal sentence names it
 * without a length of its own.
 */
function definedRenewalTerm(ctx: TermContext, s: Sentence): Duration | undefined {
  const name = /\b(renewal|extension)\s+(?:term|period)s?\b/i.exec(s.text.slice(cueIndex(s.text)));
  if (!name) return undefined;
  for (const key of [`${name[1]!.toLowerCase()} term`, `${name[1]!.toLowerCase()} period`]) {
    const definition = ctx.definitions.get(key);
    if (!definition || definition === s) continue;
    const text = definition.text.slice(Math.max(0, definition.text.search(/["“‘']/)));
    const d = findDurations(text).find((x) => !isNotice(text, x) && x.unit !== 'day');
    if (d) return d;
  }
  return undefined;
}

interface Found {
  s: Sentence;
  length: Duration | 'endless' | undefined;
  score: number;
}

function renewalSentence(ctx: TermContext): Found | undefined {
  let best: Found | undefined;
  for (const s of ctx.sentences) {
    if (!renews(s.text) || NOT_A_RENEWAL.test(s.text) || extendedOnEvent(s.text) || REMEDY_EXTENSION.test(s.text) || OTHER_DEFINITION.test(s.text) || TALKS.test(s.text)) continue;
    // "additional … terms" alone, with no word that renews, extends or continues, is not a renewal.
    if (!/\b(?:renew|exten[ds]|continu|prolong)|\broll(?:s|ed)?\s+over\b/i.test(s.text) && !THEREAFTER_BY_PERIOD.test(s.text)) continue;
    const automatic = isAutomatic(s.text);
    // An option renews the contract only when the contract or its term is what renews ("TAG may extend the Conversion Date" does not).
    if (!automatic && !optionOnContract(s.text)) continue;
    const length = ENDLESS.test(s.text) || THEREAFTER_UNTIL_ENDED.test(s.text) ? 'endless' : (renewalLength(s.text) ?? sameAsInitialTerm(ctx, s) ?? definedRenewalTerm(ctx, s));
    if (BY_AGREEMENT.test(s.text) && !length) continue;
    let score = 1;
    if (/\b(?:this|the)\s+(?:agreement|contract|term|initial\s+term)\b/i.test(s.text)) score += 2;
    if (/\brenew/i.test(s.text)) score += 1;
    if (/\b(?:term|renewal)\b/i.test(`${s.block.section.join(' ')} ${s.block.text.slice(0, 50)}`)) score += 1;
    // Not when the term itself renews, whatever the sentence says of prices: "the Subscription Term will
    // automatically renew for an additional twelve (12) month period at a price increase of no more than 5%".
    if (OTHER_THINGS.test(s.text) && !/\b(?:this|the)\s+agreement\b/i.test(s.text) && !TERM_RENEWS.test(s.text)) score -= 3;
    else if (renewsOtherThing(s.text)) score -= 2;
    if (findDurations(s.text).length) score += 1;
    // A sentence that states the renewal's length says more than one that only mentions renewal.
    if (length) score += 2;
    // A passing mention ("… and any Renewal Term (as defined in 7.4)") does not state the renewal.
    if (!/\brenew\w*\s+(?:automatically|for)|\b(?:shall|will|may)\s+(?:automatically\s+)?(?:be\s+)?(?:renew|extend)|\bautomatic\w*\s+(?:renew|exten)/i.test(s.text) && /\b(?:any|each|such|the)\s+renewal\s+(?:terms?|periods?)\b/i.test(s.text)) score -= 2;
    // A definition that only names the renewal period (""Renewal Term" means a period of one (1) year …")
    // gives its length; the sentence that renews the contract states the renewal.
    if (/^[^"“]{0,40}["“][^"”]{2,40}["”]\s+(?:(?:shall|will)\s+)?means?\b/i.test(s.text) && !/\b(?:renew(?:s|ed)?|extend(?:s|ed)?|automatic\w*|continue[sd]?)\b/i.test(s.text)) score -= 2;
    if (score >= 3 && (!best || score > best.score)) best = { s, length, score };
  }
  return best;
}

/**
 * Whether a duration is a notice period ("60 days' prior written notice", "at least 90 days before");
 * "renewed for ten (10) years by notice in writing" or "for two periods of five (5) years each by
 * notice" is a length renewed by notice, not a notice period.
 */
function isNotice(text: string, d: Duration): boolean {
  const after = text.slice(d.index + d.text.length, d.index + d.text.length + 60);
  // A length right after "notice of" is the notice's own ("upon written notice of sixty (60) days after the end of the
  // term"), whatever follows it.
  if (/\bnotice\s+of\s+(?:at\s+least\s+|not\s+less\s+than\s+|no\s+less\s+than\s+|a\s+minimum\s+of\s+)?$/i.test(text.slice(Math.max(0, d.index - 40), d.index))) return true;
  // A time counted from an event ("within thirty (30) days following notice of …", "30 days after receipt") is a window to act, not a notice period.
  if (/^\s*(?:['’]|s['’])?\s*(?:\w+\s+)?(?:after|following|from)\b/i.test(after)) return false;
  // A length of the terms renewed ("for subsequent one (1) year terms unless notice …"), not a notice;
  // "the sixty (60) day period prior to the end" (or "immediately preceding the end") is one.
  if (/^\s*(?:-\s*)?(?:(?:renewal|additional|successive|extension)\s+)?(?:terms?|periods?|renewals?|extensions?|increments?|intervals?)\b(?!\s+(?:immediately\s+)?(?:prior|before|preceding|in\s+advance))/i.test(after)) return false;
  const before = text.slice(Math.max(0, d.index - 40), d.index);
  // "subject to a notice period of three (3) months", "a period of notice of 90 days": the notice named as a period.
  // A length followed by "unless notice …" is the period renewed, the stop clause after it ("extended by
  // periods of twelve months unless notice of termination is given …").
  return /^\s*(?:['’]|s['’])?\s*(?:(?!by\b|unless\b)\w+\s+){0,2}(?:notice|prior|before|in\s+advance|preceding)/i.test(after) || /\b(?:notice\s+(?:of\s+)?|notice\s+period\s+of\s+(?:at\s+least\s+)?|period\s+of\s+notice\s+of\s+(?:at\s+least\s+)?|at\s+least|not\s+less\s+than|no\s+later\s+than|within)\s*$/i.test(before);
}

/**
 * A renewal length written as a word rather than a number: "from year to year", "year-to-year",
 * "annual periods", "each year thereafter", "an additional month", "one further year", "for each
 * succeeding fiscal year" (a government or grant contract renewed a budget year at a time),
 * "month-to-month", "annual renewals", "renewed tacitly every year". Group 1, 2 or 3 is the unit.
 * Also "on a monthly basis" and "renews annually" (groups 4 and 5; a year where no group matched), and
 * "shall renew automatically on each anniversary of the Effective Date" (a year at a time).
 */
const PERIOD_WORD = /\b(?:from\s+)?(year|month)[\s-]+(?:to|on)[\s-]+(?:year|month)\b|\b(?:annual|yearly)\s+(?:periods?|terms?|basis|renewals?)\b|\b(?:each|every|an?\s+(?:additional|further))\s+(?:(?:succeeding|subsequent|following)\s+)?(?:(?:fiscal|financial|calendar|contract)\s+)?(year|month)\b|\b(?:one|1)\s+further\s+(year|month)\b|\b(?:renew|continu)\w*\s+(?:\S+\s+){0,2}?on\s+a\s+(?:rolling\s+)?(month)ly\s+basis\b|\brenew\w*\s+(?:automatically\s+)?(?:annually|yearly|(month)ly)\b|\brenew\w*\s+(?:automatically\s+)?(?:on|upon|as\s+(?:of|at))\s+each\s+anniversary\b/i;

function periodWord(text: string, from: number): Duration | undefined {
  const m = PERIOD_WORD.exec(text.slice(from));
  if (!m) return undefined;
  const unit = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? 'year').toLowerCase() as 'year' | 'month';
  return { n: 1, unit, text: m[0], index: from + m.index };
}

/**
 * The renewal length: after the words that renew (the initial term's length comes before them:
 * "a term of four (4) years …, and shall automatically renew for one year terms"), the duration next
 * to "successive / additional / renewal term / period", else the first that is not a notice, else a
 * period written as a word ("from year to year").
 */
function renewalLength(text: string): Duration | undefined {
  const from = cueIndex(text);
  const all = findDurations(text).filter((d) => !isNotice(text, d) && d.index + d.text.length > from);
  const words = periodWord(text, from);
  if (words && (!all[0] || words.index < all[0].index)) return words;
  const near = all.find((d) => /^\s*(?:renewal\s+|extension\s+|additional\s+)?(?:terms?|periods?|increments?|intervals?)\b/i.test(text.slice(d.index + d.text.length, d.index + d.text.length + 30)) || /\b(?:successive|additional|further|renewal\s+terms?\s+of|periods?\s+of|terms?\s+of|for)\s*(?:an?\s+)?$/i.test(text.slice(Math.max(0, d.index - 30), d.index)));
  return near ?? all[0];
}

/**
 * One renewal, not a run of them: "renewed for an additional three (3) year term", "for one further
 * period of five (5) years", "extended for another two years", "for a further term of one (1) year",
 * "may be renewed once for the same period", "renewable only once", "for one (1) period of sixty (60)
 * months" (one said outright, with its digits or its words in brackets after it: "one (1)", "1 (one)"; "a period
 * of" alone is not a count). The term renews once unless the clause speaks of more than one: renewal terms or
 * periods in the plural,
 * "successive", "each", "from year to year", "thereafter", "like periods", "the then-current term" (a
 * notice counted from whichever term is running), "any/each renewal term" (or extension term), or two or more renewals.
 * "On the same terms and conditions" speaks of the contract's provisions, not of renewal terms.
 */
const ONE_MORE_TERM = /\b(?:one|1)\s+(?:\((?:1|one)\)\s+)?(?:additional\s+|further\s+|extension\s+|renewal\s+)?(?:period|term)\s+of\b|\b(?:an|one|a|1)\s+(?:\((?:1|one)\)\s+)?(?:additional|further|extension|renewal)\s+(?:(?:\S+\s+){0,3}?(?:term|period)\b(?!s)|[\w-]+\s+(?:\((?:\d+|[a-z-]+)\)\s+)?(?:years?|months?)\b(?![\s-]*(?:terms|periods|each)\b))|\banother\s+(?:[\w-]+\s+(?:\((?:\d+|[a-z-]+)\)\s+)?(?:years?|months?)|(?:\S+\s+){0,3}?(?:term|period))\b(?!s)|\b(?:renew|extend|prolong)\w*\s+(?:(?:only|just)\s+)?once\b/i;
const MORE_THAN_ONE = /\b(?:(?<!\b(?:same|identical|similar|such|existing|prevailing)\s+)terms(?!\s+(?:and|&)\s+conditions)|periods|successive|consecutive|each|every|thereafter|like\s+periods|then[\s-]+current|(?:any|each|such)\s+(?:renewal|extension)|renewals|extensions|year[\s-]+(?:to|on)[\s-]+year|month[\s-]+(?:to|on)[\s-]+month|anniversary|annual\w*|from\s+time\s+to\s+time|again|(?:two|three|four|five|[2-9]|\d{2,})\s+(?:\((?:\d+|[a-z-]+)\)\s+)?(?:additional|further|renewal)|one\s+or\s+more)\b/i;

function singleRenewal(text: string, next: string | undefined): boolean {
  const cue = cueIndex(text);
  const from = text.slice(Math.max(0, cue - 40));
  return ONE_MORE_TERM.test(from) && !MORE_THAN_ONE.test(from) && !(next && MORE_THAN_ONE.test(next) && renews(next));
}

/**
 * Words that stop a renewal, or end the contract at a term's end: what a notice period is for. A party
 * that "shall so inform the other" (or "informs the other in writing") gives notice as one that notifies.
 */
const STOPS_RENEWAL = /\b(?:notice|notif\w+|inform(?:s|ed|ing)?|elect\w*\s+not\s+to|non-?renewal|not\s+(?:to\s+)?(?:be\s+)?renew\w*|intention|terminat\w*|cancel\w*)\b/i;

/** An order form's row that names the notice to stop renewal: "Non-Renewal Notice: …", "Notice of Non-Renewal: …". */
const NON_RENEWAL_ROW = /^\s*(?:non-?renewal\s+notice(?:\s+period)?|notice\s+(?:of|period\s+for)\s+non-?renewal)\s*[:|]/i;

/**
 * A renewal row that does not say how it renews ("Renewal Term: 12 months"), with a row a little further on
 * that names the notice to stop it: the renewal is automatic, as only an automatic renewal needs stopping.
 */
function nonRenewalRowBeside(ctx: TermContext, index: number): boolean {
  const s = ctx.sentences[index];
  if (!s || !/^\s*renewal(?:\s+(?:term|period))?\s*[:|]/i.test(s.text)) return false;
  return ctx.sentences.slice(index + 1, index + 4).some((c) => c.at <= s.at + 3 && NON_RENEWAL_ROW.test(c.text));
}

/**
 * "Without further action" beside the verb that renews: "shall, without further action by either party, renew for …",
 * "shall be renewed without any further act of the parties for …", "will extend, without the need for any action by
 * the parties, for …". The words say no one need do anything for the renewal to happen: it is automatic, as
 * "automatically" says. Groups: the auxiliary (with "be"), or the verb, the aside stands after.
 */
const WITHOUT_ACTION_ASIDE = String.raw`\s*,?\s*without\s+(?:the\s+need\s+for\s+)?(?:any\s+)?(?:further\s+)?(?:action|act|formalit(?:y|ies))(?:\s+(?:(?:on\s+the\s+part\s+)?of|by)\s+(?:either|any|each|the)\s+(?:part(?:y|ies)(?:\s+hereto)?|[A-Z]\w*))?\s*,?\s*`;
const WITHOUT_ACTION_BEFORE = new RegExp(String.raw`\b((?:shall|will)(?:\s+be)?)${WITHOUT_ACTION_ASIDE}(?=(?:be\s+)?(?:renew|extend)\w*\b)`, 'gi');
const WITHOUT_ACTION_AFTER = new RegExp(String.raw`\b((?:shall|will)\s+(?:be\s+)?(?:renew|extend)\w*)${WITHOUT_ACTION_ASIDE}(?=for\b|on\b|at\b|unless\b|until\b)`, 'gi');

/** The sentence with a "without further action" aside read as "automatically" (see WITHOUT_ACTION_ASIDE). */
function withoutActionAsAutomatic(text: string): string {
  if (!/\bwithout\b/i.test(text)) return text;
  return text.replace(WITHOUT_ACTION_BEFORE, '$1 automatically ').replace(WITHOUT_ACTION_AFTER, '$1 automatically ');
}

export function renewalRule(ctx: TermContext): { renewal?: KeyTerm; notice?: KeyTerm } {
  // Sentences read with a "without further action" aside as "automatically"; each term still shows the sentence as written.
  const written = new Map<Sentence, string>();
  const sentences = ctx.sentences.map((x) => {
    const text = withoutActionAsAutomatic(x.text);
    if (text === x.text) return x;
    const read = { ...x, text };
    written.set(read, x.text);
    return read;
  });
  return renewalRuleOn(written.size ? { ...ctx, sentences } : ctx, (x) => written.get(x) ?? x.text);
}

function renewalRuleOn(ctx: TermContext, shown: (s: Sentence) => string): { renewal?: KeyTerm; notice?: KeyTerm } {
  const found = renewalSentence(ctx);
  if (!found) return {};
  const { s } = found;
  const index = ctx.sentences.indexOf(s);
  const automatic = isAutomatic(s.text) || nonRenewalRowBeside(ctx, index);
  // The renewal sentence may give the length only in the next sentence of the same clause.
  const next = ctx.sentences[index + 1];
  const sameClause = next && next.at === s.at ? next : undefined;
  const length = found.length ?? (sameClause && renews(sameClause.text) ? renewalLength(sameClause.text) : undefined);
  // A length withheld in the filed copy ("successive [***] terms", "additional periods of ****") is a blank.
  const withheld = length ? undefined : withheldAfter(s.text, cueIndex(s.text));
  // Without a length, an option to renew says nothing a reader can use; an automatic renewal still does.
  if (!length && !automatic) return {};
  const count = /\bup\s+to\s+(\w+)(?:\s*\((\d+|[a-z]+(?:-[a-z]+)?)\))?\s+(?:additional\s+|successive\s+|consecutive\s+)?(?:renewal|extension|further|(?:terms?|periods?)\b|\S+\s+(?:year|month)|\w+-(?:year|month))/i.exec(s.text);
  // How many renewals, written the same whether the contract gives the number in words, digits or both
  // ("up to two (2) additional terms", "up to 2 (two) additional terms", "up to two additional terms", "up to two (2) additional one-year periods"); "up to another ten years" is a length, not a count.
  const times = count ? (count[2] && /^\d+$/.test(count[2]) ? Number(count[2]) : wordsToNumber(count[1]!)) : undefined;
  const parts: string[] = [];
  if (length === 'endless') parts.push('indefinitely');
  else if (length) parts.push(`${formatDuration(length)} each`);
  else if (withheld) parts.push(`${withheld} each`);
  parts.push(automatic ? 'automatic' : BY_AGREEMENT.test(s.text) ? 'by agreement' : 'by option');
  if (times !== undefined) parts.push(`up to ${times}`);
  // A renewal "from year to year" (or "month to month") is one period after another, as "successive" ones are.
  if (times === undefined && /\bsuccessive|consecutive\b|\b(?:year|month)[\s-]+(?:to|on)[\s-]+(?:year|month)\b/i.test(s.text)) parts.push('successive');
  // A single renewal ("for an additional three (3) year term") is said to be one, as a count is.
  else if (times === undefined && length && length !== 'endless' && singleRenewal(s.text, sameClause?.text)) parts.push('one renewal');
  const renewal = makeTerm(parts.join(', '), shown(s), [s.block], !!withheld);
  // The notice that stops an automatic renewal: in the renewal sentence, or in the sentences that
  // follow it in the same or the next block. A notice to take up an option is not one.
  if (!automatic) return { renewal };
  // Also the numbered sub-clauses of the same clause a little further on ("1. TERM … 1.1 Termination …
  // 1.1.1 by either party upon notice no later than ninety (90) days prior to the expiration of the Term").
  const sameSection = (c: Sentence): boolean => !!s.block.section[0] && c.block.section[0] === s.block.section[0];
  const after = ctx.sentences.slice(index + 1, index + 6).filter((c) => c.at <= s.at + 1 || (c.at <= s.at + 3 && sameSection(c)));
  const before = ctx.sentences.slice(Math.max(0, index - 3), index).filter((c) => c.at >= s.at - 1).reverse();
  for (const c of [s, ...after, ...before]) {
    if (!STOPS_RENEWAL.test(c.text) && !(c === s && /\bunless\b/i.test(c.text))) continue;
    // A time to cure a breach is not a notice period.
    if (c !== s && /\b(?:breach\w*|cure|default)\b/i.test(c.text)) continue;
    // A sentence around the renewal gives its notice only when it speaks of renewal or the term's end
    // (a right to terminate at any time for convenience is not a notice to stop renewal); "before the last
    // day of the Term" counts back from the term's end as "prior to the expiration of the Term" does.
    if (c !== s && !/\b(?:renew\w*|expir\w*|conclu\w*|end\s+of|last\s+day\s+of|then[\s-]+current)\b/i.test(c.text)) continue;
    const d = findDurations(c.text).find((x) => isNotice(c.text, x)) ?? dayBefore(c.text);
    if (d) return { renewal, notice: makeTerm(formatDuration(d), shown(c), [c.block]) };
    // "written notice of non-renewal … at least [***] prior to the end of the then-current Term": withheld.
    const blank = WITHHELD_NOTICE.exec(c.text);
    if (blank) return { renewal, notice: makeTerm(blank[1]!, shown(c), [c.block], true) };
  }
  // Contracts often put the notice that stops renewal in their termination article instead: "Either
  // party may terminate this Agreement effective at the end of the Initial Term or any Renewal Term upon
  // ninety (90) days' prior written notice", "… by written notice of non-renewal at least 60 days …".
  for (const c of ctx.sentences) {
    // Not a sentence on a breach, or on what a party pays when it ends the contract (a fee, not the notice's rule).
    if (c === s || !ENDS_AT_TERM_END.test(c.text) || /\b(?:breach\w*|cure|default|insolven\w*|bankrupt\w*|pay\w*|fees?)\b/i.test(c.text)) continue;
    const d = findDurations(c.text).find((x) => isNotice(c.text, x)) ?? dayBefore(c.text);
    if (d) return { renewal, notice: makeTerm(formatDuration(d), shown(c), [c.block]) };
  }
  return { renewal };
}

/**
 * A sentence anywhere in the contract that stops the renewal: notice of non-renewal ("not to renew",
 * "prevent renewal", "decline to renew", "opt out of renewal", "will not be renewed"), or ending the
 * contract at the end of a term ("terminate this Agreement effective at the end of the Initial Term or
 * any Renewal Term", "as of the expiration of the (then-)current term", "at the end of the Term", "on the last day of the Term") or on
 * an anniversary, when the contract renews each year ("terminate … on any anniversary of the Effective Date").
 */
const ENDS_AT_TERM_END = /\b(?:non-?renewal|(?:elect|decide|intention|intent|wish|wishes|choose|chooses)\s+not\s+to\s+(?:renew|extend)|declin\w*\s+to\s+(?:renew|extend)|opt\s+out\s+of\s+(?:the\s+)?(?:automatic\s+)?(?:renewal|extension)|(?:will|shall)\s+not\s+be\s+(?:renewed|extended)|prevent\s+(?:the\s+)?(?:automatic\s+)?(?:renewal|extension))\b|\bterminat\w*\b[^.;]{0,80}?\b(?:effective\s+)?(?:at|as\s+(?:of|at)|upon|on|with\s+effect\s+(?:from|at))\s+(?:the\s+(?:end|expiration|expiry|last\s+day)\s+of\s+(?:the\s+)?(?:initial\s+term|(?:then[\s-]+)?current\s+(?:renewal\s+)?term|any\s+(?:renewal|extension)\s+(?:term|period)|a\s+renewal\s+term|(?:such|any)\s+term|term)|(?:any|each|an)\s+anniversary)\b/i;

/**
 * A notice deadline given as a day counted back from the end: "on or before the ninetieth (90th) day
 * prior to the end of the then-current term", "no later than the 60th day before expiration".
 */
const DAY_BEFORE = /\b(?:the\s+)?(?:[a-z]+(?:-[a-z]+)?\s+)?\(?(\d{1,3})(?:st|nd|rd|th)\)?\s+(?:calendar\s+|business\s+)?day\s+(?:prior\s+to|before|preceding)\b/i;

function dayBefore(text: string): Duration | undefined {
  const m = DAY_BEFORE.exec(text);
  return m ? { n: Number(m[1]), unit: 'day', text: m[0], index: m.index } : undefined;
}

/** A redaction mark of the filed copy: "[***]", "[*****]", "****", "[ * ]", "[Redacted]". */
const WITHHELD = String.raw`(\[\s*(?:\*\s*)+\]|\*{3,}|\[\s*redacted[^\]]{0,60}\])`;

/**
 * A renewal length withheld where the length stands: "renew for additional successive [***] terms",
 * "renewed for additional periods of ****", "extend for a further [***]". Only right after the words
 * that renew, so a withheld fee or notice elsewhere in the sentence is not taken for it.
 */
const WITHHELD_LENGTH = new RegExp(String.raw`^[^.;]{0,60}?\b(?:(?:successive|additional|further|renewal|consecutive)\s+(?:(?:successive|additional|renewal|consecutive)\s+)?|(?:periods?|terms?)\s+of\s+(?:up\s+to\s+)?|for\s+(?:an?\s+)?(?:additional\s+|further\s+)?)${WITHHELD}`, 'i');

function withheldAfter(text: string, from: number): string | undefined {
  return WITHHELD_LENGTH.exec(text.slice(from))?.[1];
}

/** A notice period withheld: "at least [***] prior to", "[*****] before the expiry". */
const WITHHELD_NOTICE = new RegExp(String.raw`${WITHHELD}\s*(?:\(\s*(?:\[\s*(?:\*\s*)+\]|\*{3,})\s*\)\s*)?(?:days?\s+|months?\s+)?(?:['’]\s*)?(?:prior|before|in\s+advance)\b`, 'i');
