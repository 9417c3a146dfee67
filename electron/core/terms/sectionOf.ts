/**
 * The summary section a ranked sentence is shown under. The section only places a sentence already
 * chosen; it never chooses one. A few kinds of sentence are placed by what they say before the
 * clause's heading is read, because their heading often files them elsewhere ("Term and
 * Termination", "Assignment", "Insurance and Liability", "Warranties") and a lawyer reads them by
 * their content: a right to end the contract early or a restraint is a risk; carrying insurance,
 * opening the books, what a party must do once the contract ends (or within a time after it), and
 * what runs on after the end (a wind-down, help to hand over the services, the duties a survival clause keeps in force) are obligations; the grant of a licence, who owns what, a floor on what a party must buy or make,
 * a price or royalty owed after a part of the contract ends, the date the contract ends on, and the
 * law and forum of disputes, are key terms. A few
 * headings name the kind of clause outright ("Insurance", "Audits", "Effect of Termination", "Right of First
 * Refusal"): the sentences under them are read as that kind.
 */
import type { ClauseType } from '../../../shared/terms';
import { findDurations } from './duration';
import { findDate } from './date';
import { LEGAL_FORM } from './parties';

export type Section = 'Key terms' | 'Obligations' | 'Dates and deadlines' | 'Risks and unusual clauses';

// "exclusive of" means "not counting" (an amount net of a fee), and "non-exclusive" grants a right
// others may share: neither is an exclusivity right. "As is"
// is the disclaimer only as a phrase of its own (quoted, "as is" basis, "as is, without …", "as
// is." at the end); "as is reasonably necessary", "as is required" compare, and disclaim nothing.
export const RISK_WORDS = /\b(liab\w*|indemnif\w*|damages|penalt\w*|(?<!non-?)exclusiv(?!e\s+of\b)\w*|non-?compet\w*|forfeit\w*|waive\w*|as[- ]is(?=\s*["”’',.;:)]|\s+(?:basis|and|with|without|where)\b|\s*$)|disclaim\w*|non-?refundable|interest on|terminat\w*)\b/i;
export const KEY_TERM_WORDS = /(\$|€|£|\b(usd|eur|gbp)\b|\b(governed by|laws? of|fees?|price|royalt\w*|assign\w*|confidential\w*|insurance|licen[cs]e|term of|initial term|renew\w*)\b)/i;
// How long the contract runs, from when, and how it renews: what a term clause states.
const TERM_WORDS = /\b(initial (?:term|period)|renewal term|term of (?:this|the)|(?:shall|will) (?:commence|begin|start|continue|remain in (?:full )?(?:force|effect))|is effective|becomes? effective|renew\w*|extend\w*|expir\w*)\b/i;
// A term (the contract's, or a named period of service under it) as the subject of when it starts and
// how long it runs: "The Initial Term shall commence on the Effective Date and continue for two years",
// "The first Maintenance Term will begin upon expiry of the warranty". How long the deal runs is a key
// term, though the sentence names a date or a length. The verb follows the term closely, so "during the
// Term, Supplier shall continue to supply" (a duty over the term) is not read as one.
const TERM_RUNS = /\bterm\)?\s+(?:of\s+(?:this|the)\s+agreement\s+)?(?:shall|will)\s+(?:commence|begin|start|continue|run)\b/i;
// The length of the engagement itself, named as one: "agrees to a one year engagement", "for an
// initial two (2) year term", "a 12-month term". How long the deal runs is a key term, though it
// reads as a duration. A length, then "engagement" or "term" straight after it: "a term of one
// year" is read by the rules on the term's words, "a one-year warranty period" names no term.
const TERM_LENGTH = /\b(?:a|an|the)\s+(?:(?:initial|first|fixed)\s+)?\w+(?:\s+\(\d+\))?[- ](?:year|month)s?\s+(?:engagement|term)\b/i;
// "Unless sooner terminated (as provided in Section 9)": the saving that every term clause carries,
// not a right to end the contract. It is set aside before a term sentence is read for words of risk.
const SAVING = /\b(?:unless|until|except as|if not)\s+(?:(?:sooner|earlier|otherwise|previously)\s+)?terminated(?:\s+(?:sooner|earlier))?(?:\s+(?:as|in accordance with|pursuant to|under)\b(?:[^.;,]|\.(?=\d)){0,60})?/gi;
// What binds a party to act; also the words that mark the operative part of a long obligation.
export const OBLIGATION = /\b(shall|must|agrees? to|undertakes? to|is required to|will (pay|provide|deliver|maintain))\b/i;

// A "shall" that defines, computes or states a legal effect binds no one to do anything: "X shall
// mean", "shall be regarded as Gross Margin", "shall be deemed delivered", "shall be void", "shall be
// enforceable", "shall survive termination". Such phrases are taken out before a sentence is read for a duty.
const NOT_A_DUTY = /\b(?:shall|will)\s+(?:not\s+)?(?:mean|include|survive|be\s+(?:regarded|deemed|considered|construed|interpreted|treated|calculated|computed|determined|defined|void|null|binding|effective|final|enforceable|specifically enforceable|governed))\b/gi;

// A party's right to end the contract (or a licence) early: "may terminate", "right to terminate",
// "terminable by", "may revoke", "may cancel this Agreement". The other side's exposure, wherever it sits.
// "may elect to terminate", "may choose to cancel": the same right, put as a choice.
const TERMINATION_RIGHT = /\b(?:may(?:,[^,]{1,60},)?\s+(?:at any time\s+)?(?:(?:elect|choose|opt|decide)\s+to\s+)?(?:terminate|cancel|revoke)|right to (?:terminate|cancel|revoke)|(?:is|be|shall be)\s+terminable)\b/i;
// The same right put as a power or an entitlement ("is authorised to revoke the licence", "shall be
// entitled, at its option, in accordance with Section 9(b), to terminate", "shall entitle Kestrel, in its
// sole discretion, to terminate"), or in the passive with the contract as subject ("This Agreement may be
// terminated by either party …", "The appointment may at any time be cancelled"). Ending it by both
// parties' agreement is no one's exposure, and is left out; "shall not be entitled to terminate", "may
// not be cancelled" deny the right, and are not read as it.
const TERMINATION_POWER = /(?<!\b(?:not|no longer)\s+(?:be\s+)?)\b(?:authori[sz]ed|entitle[sd]?|permitted|empowered)\b(?:[^.;]|\.(?=\d)){0,80}?\bto\s+(?:terminate|cancel|revoke)\b|\b(?:agreement|contract|licen[cs]es?|appointment|engagement)\s+(?:(?!not\b)[\w-]+\s+){0,3}?may\s+(?:(?!not\b)[\w-]+\s+){0,3}?be\s+(?:terminated|cancell?ed|revoked)\b/i;
const BY_MUTUAL_CONSENT = /\bmutual(?:ly)?\b[^.;]{0,30}\b(?:agree\w*|consent|writing|written)\b/i;

// Restraints and exposures a lawyer flags as unusual, whatever the clause's heading: no assignment or
// transfer without consent (or an attempt being void), no competing, no soliciting, first refusal /
// offer / negotiation, most favoured terms, a change of control, a promise not to sue, not to
// disparage, a penalty or liquidated damages, a shortened time to bring a claim.
const RESTRAINT = new RegExp(
  [
    // assignment barred or conditioned: "may not assign", "shall not be assignable", "without the prior written consent … assign", "assignment … shall be void"
    String.raw`\b(?:not|no|neither)\b[^.;]{0,40}\b(?:assign\w*|transfer\w*)\b`,
    // (a section number's dot, "Section 10.2", does not end the span)
    String.raw`\b(?:assign\w*|transfer\w*)\b(?:[^.;]|\.(?=\d)){0,120}\b(?:without|prior written consent|shall be (?:null and )?void|is void|will be void)\b`,
    String.raw`\b(?:without|prior written consent)\b[^.;]{0,80}\bassign\w*`,
    // a contract or licence "personal to" a party: it goes with that party alone, and cannot be assigned
    String.raw`\b(?:agreement|contract|licen[cs]es?|rights?)\b[^.;]{0,40}\b(?:is|are|shall be|will be)\s+personal\s+to\b`,
    // competing and soliciting (a promise not to: "solicitation" alone is also a proxy contest's word)
    String.raw`\bcompet(?:e|es|ing)\s+with\b|\bcompetitive (?:product|business)|\bnon-?solicit\w*|\b(?:not|no|neither|nor)\b[^.;]{0,100}\bsolicit\w*`,
    // a promise not to deal in competing or similar goods or services ("shall not sell … products which are competitive with the
    // Products", "shall not … provide services similar to those provided herein"): a covenant not to compete in other words
    String.raw`\b(?:not|no|neither|nor)\b[^.;]{0,80}\b(?:sell|promote|advertise|market|distribute|manufacture|provide|offer|supply)\w*\b[^.;]{0,80}\b(?:products|goods|services)\b[^.;]{0,30}\b(?:(?:are|is)\s+)?(?:competitive\s+with|competing\s+with|similar\s+to)\b`,
    // a promise not to sell or market outside the territory given
    String.raw`\b(?:not|no|neither|nor)\b[^.;]{0,60}\b(?:sell|market|distribute|promote|advertise|solicit orders)\w*\b[^.;]{0,80}\boutside (?:of )?the\s+(?:\w+\s+)?territory\b`,
    // options and preferences over later deals
    String.raw`\bright of first (?:refusal|offer|negotiation)|\bfirst (?:right|opportunity) to (?:purchase|acquire|negotiate)|\boption\b[^.;]{0,60}\bto (?:purchase|acquire|subscribe|buy)\b`,
    // most favoured terms, however put: "most favourable", the lowest price given to any other customer
    String.raw`\bmost[- ]favou?r(?:ed|able)\b|\b(?:lowest|best)\s+(?:prices?|pricing|rates?|terms)\b[^.;]{0,120}\b(?:any|other)\b[^.;]{0,60}\b(?:customers?|licensees?|distributors?|third[- ]part\w*|purchasers?)\b`,
    // exclusivity put as a party's sole role ("shall be the only distributor appointed"), and an offer owed first to the other side
    String.raw`\b(?:the\s+)?(?:only|sole)\s+(?:and\s+exclusive\s+)?(?:distributor|supplier|reseller|sales agent|agent|representative|source|licensee|provider|manufacturer)\b`,
    String.raw`\b(?:shall|must|will)\s+first\s+(?:offer|make (?:an|a written) offer)\b`,
    // a right to match another's price or offer: what a right of first refusal lets its holder do
    String.raw`\bto\s+match\s+(?:such|the|any|that|its|this|a)\s+(?:third[- ]party(?:'s|’s)?\s+)?(?:price|offer|terms|bid|proposal)s?\b`,
    String.raw`\bchange (?:of|in) control\b|\bnot to sue\b|\bdisparag\w*`,
    // a promise never to challenge the other side's rights ("shall not contest the validity of the Marks"), a covenant not to sue in all but name
    String.raw`\b(?:not|never|nor)\b[^.;]{0,40}\b(?:contest|challenge|attack|impugn)\w*\b[^.;]{0,60}\b(?:validity|ownership|enforceability)\b`,
    // …and a promise not to register the rights for oneself ("shall not, directly or indirectly, apply for
    // registration of any Mark", "will not register any domain name containing the Marks"): the other side
    // of the same covenant ("shall not be required to register the Marks" frees a party of a duty instead)
    String.raw`\b(?:not|never|nor)\b(?![^.;]{0,30}\b(?:required|obliged|obligated|responsible)\b)(?:[^.;]{0,60}\b(?:apply\s+(?:for|to\s+register)|seek|file\s+(?:for|an?\s+application\s+for))\b[^.;]{0,40}\bregistrations?\b|[^.;]{0,40}\bregister\b[^.;]{0,60}\b(?:marks?|trade[- ]?marks?|trade names?|domain names?|patents?|copyrights?|designs?)\b)`,
    // a fixed sum owed for a breach, and a shortened time to sue ("no action … may be brought more than one year after …")
    String.raw`\bliquidated damages\b|\bpenalt(?:y|ies)\b|\bno (?:action|claim|suit|proceeding)\b[^.]{0,160}\bmay be (?:brought|commenced|asserted)\b`,
    // the same shortened time put as a duty ("Any action … must be commenced within one year after the claim arises"): a limitation period
    String.raw`\b(?:action|claim|suit|proceeding)s?\b[^.]{0,120}\b(?:must|shall)\s+be\s+(?:brought|commenced|filed|instituted)\s+within\b`,
  ].join('|'),
  'i',
);

// The other side of a first look (a right of first negotiation or offer): once the holder's window
// has passed, or the parties fail to agree in it, the granting party is free to deal with others
// ("If the parties do not reach agreement within sixty days, Harbor Lane may offer the rights to any
// third party", "After 30 days, Nordlicht shall have the right to present the design to other
// customers"). The freedom is the edge of the restraint, and is read with it. Both are needed: "may
// license the Software to any third party" alone reserves a right and restrains no one.
const DEALS_WITH_OTHERS = /\b(?:free to|may|right to)\s+(?:\w+\s+){0,3}?(?:offer|sell|licen[cs]e|negotiate|enter into|present|market|grant|consummate|dispose of)\b[^.;]{0,120}?\b(?:to|with)\s+(?:any|a|other|one or more)\s+(?:\w+\s+)?(?:third[- ]part(?:y|ies)|clients|customers|persons|purchasers|buyers|licensees|parties)\b/i;
const WINDOW_LAPSED = /\b(?:unable to|fail(?:s|ed)? to|do(?:es)? not)\s+(?:\w+\s+){0,2}?(?:reach|agree|conclude|exercise|accept|respond)\b|\bafter\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:\d+\s+)?(?:business\s+|calendar\s+)?(?:days|weeks|months)\b|\bwithin\s+[^.;]{0,40}\b(?:days|weeks|months)\b/i;

// A duty to report: a party binds itself to provide, furnish, deliver or submit a report, a statement
// or an accounting ("Within thirty days after each quarter, Licensee shall provide a written report
// setting forth Net Sales", "Kestrel will furnish monthly statements showing the tonnage milled").
// What the report shows (sales, royalties, fees) is a term of the deal, but the sentence binds a party
// to act, on a schedule: an obligation. "shall not make any public statement" (a restraint on
// speaking, as is "no statement"), a statement of work (the work itself) are no such duty. The verb
// may stand a few words after "shall" ("will, and will cause its affiliates to, furnish …").
const REPORT_DUTY = /\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:(?!not\b)[a-z]+,?\s+){0,4}?(?:provide|furnish|deliver|submit|send|render|make|prepare|issue)\b[^.;:]{0,60}?\b(?<!\b(?:public|press|no|any)\s)(?:reports?|statements?(?!\s+of\s+work)|accountings?)\b/i;

/** The condition of the sentence (its words before the first "shall / will / must") speaks of the contract's end. */
function afterEnd(text: string): boolean {
  const verb = FIRST_VERB.exec(text);
  return verb !== null && AFTER_END.test(text.slice(0, verb.index));
}

/**
 * What a party must do, or may still do, once the contract ends: the condition names the end and the
 * main clause (the words from its verb on) is a duty, or a right that runs on after the end (to sell
 * off stock, to buy the materials), and is not itself an ending or a liability. A sentence under a
 * heading that names the end ("Effect of Termination", "Duties upon Expiry", "Transition") is read
 * the same way, with no condition of its own.
 */
function afterEndDuty(text: string, heading: string): boolean {
  const verb = FIRST_VERB.exec(text);
  const may = /\bmay\b/i.exec(text);
  if (verb && (AFTER_END.test(text.slice(0, verb.index)) || (PARTY_ENDS.test(text.slice(0, verb.index)) && !EXIT_PRICE.test(text)) || END_HEADING.test(heading) || (DUE_AFTER_END.test(text) && !RENEWAL.test(text)))) {
    const main = text.slice(verb.index, verb.index + MAIN_CLAUSE_CHARS);
    return !ENDING.test(text) && !AFTER_END_NOT_DUTY.test(main) && (statesDuty(text) || WILL_ACT.test(main) || RIGHT_AFTER_END.test(main));
  }
  // No "shall / will" at all: "After termination, Distributor may sell its remaining stock for ninety days."
  return !verb && may !== null && AFTER_END.test(text.slice(0, may.index)) && !RIGHT_NOT_AFTER_END.test(text.slice(may.index, may.index + MAIN_CLAUSE_CHARS));
}

/**
 * A survival clause (SURVIVES) whose subject names no exposure and no licence. Not a survival put in a
 * relative clause ("…, except for the Letter Agreement, which shall survive"), and not the clause's own
 * survival ("This Section 13 shall survive termination") in a clause of liability, indemnity or
 * warranty: there what survives is the exposure the clause sets, read with its clause.
 */
function survives(text: string, clauseType: ClauseType | undefined): boolean {
  const verb = FIRST_VERB.exec(text);
  if (verb === null || !SURVIVES.test(text.slice(verb.index))) return false;
  const subject = text.slice(0, verb.index);
  if (SURVIVING_NOT_DUTY.test(subject) || /\b(?:which|that)\s*$/i.test(subject)) return false;
  return !(SELF_REFERENCE.test(subject) && clauseType !== undefined && EXPOSURE_CLAUSES.has(clauseType));
}

// What runs on for a time once the contract ends: "Upon any termination of this Agreement and until the
// end of the Wind Down Period, the parties' rights and obligations under Sections 2 and 7 will remain in
// full force", "notwithstanding any expiration of this Agreement, the licences granted to end users shall
// continue during the 12 months after such expiration". A tail period the parties still serve after the
// end, as a lawyer reads it: an obligation, not the ending (the end is named before the verb, and the time
// is bounded: "until", "for / during … months"). A plain survival clause ("Sections 5 and 7 shall survive
// termination") names the end after its verb and no time, and is left to the rules below; a term that
// goes on after the initial term ends is a renewal, a key term.
const RUNS_ON_AFTER_END = /\b(?:upon|on|after|following|notwithstanding)\s+(?:the\s+|any\s+|a\s+|such\s+)*(?:termination|expiration|expiry)(?:\s+or\s+(?:termination|expiration|expiry))?\s+of\s+(?:this|the)\s+agreement\b(?:[^.]|\.(?=\d)){0,600}?\b(?:shall|will)\s+(?:\w+ly\s+)?(?:continue|remain\s+in\s+(?:full\s+)?(?:force|effect)|survive)\b/i;
const TIME_BOUND = /\buntil\b|\b(?:for|during)\b[^.;]{0,40}?\b(?:days?|weeks?|months?|years?|period)\b/i;

// Keeping insurance, and opening the books to an audit: a duty to act, though the sentence names
// liability insurance or the costs of the audit. What the insurance must be ("The insurance shall be
// written on an occurrence basis", "Coverage shall not be less than $1,000,000") binds the party that
// carries it, as does any duty under a clause headed as insurance ("Company will not cancel any
// policy without thirty days' notice"); under a heading that also names liability or indemnity,
// only a sentence that speaks of the insurance itself.
const INSURANCE_DUTY = /\b(?:maintain\w*|carr(?:y|ies)|obtain|procure|provide|keep|purchase|furnish|submit|deliver)\b[^.]{0,120}\binsurance\b|\binsurance\b[^.]{0,80}\b(?:certificate|certification|additional(?: named)? insured|evidence|proof|rating|carriers?)\b|\badditional(?: named)? insureds?\b|\bself[- ]insure|\b(?:evidence|proof|certificates?)\s+of\s+(?:such\s+|the\s+|said\s+|its\s+|this\s+|that\s+)?(?:insurance|polic(?:y|ies)|coverage)\b/i;
// Insurance or coverage as the subject of "shall / must", with no break between ("The insurance shall be …").
const INSURANCE_SUBJECT = /\b(?:insurance|coverage)\b[^.;:,]{0,80}\b(?:shall|must)\b/i;
// "will" binds when it governs the act of insuring ("Company will carry …", "it will name Buyer as an additional insured").
const WILL_INSURE = /\b(?:will|agrees? to)\s+(?:\w+\s+){0,2}?(?:maintain|carry|obtain|procure|purchase|furnish|name|keep)\b/i;
const INSURANCE_WORDS = /\b(?:insur\w*|coverage|polic(?:y|ies)|underwriters?)\b/i;
const INSURANCE_HEADING = /\binsurance\b/i;
const OTHER_THAN_INSURANCE = /\b(?:liabilit\w*|indemni\w*|limitation|damages|warrant\w*|infringement|risk|title)\b/i;
// Words that bind in an insurance clause, where "will carry", "is required" are duties as much as "shall".
const BINDS = /\b(?:shall|must|will|agrees?|undertakes?|(?:is|are|be) required)\b/i;
// Examining the books is auditing them ("shall have the right to examine the books and records of Kestrel").
const AUDIT_DUTY = /\b(?:audit\w*|inspect\w*)\b[^.]{0,120}\b(?:books|records|accounts|facilit\w+)\b|\bexamin\w*\b[^.]{0,60}\b(?:books|records|accounts)\b|\b(?:books|records|accounts)\b[^.]{0,120}\b(?:audit\w*|inspect\w*)\b/i;
// A clause its drafter heads as an audit ("Audits", "Records and Audit", "Books and Records"): each
// binding sentence there is part of the duty to open the books (who pays for the audit, when its
// report becomes final, how a shortfall it finds is settled), though it names no audit itself.
const AUDIT_HEADING = /\baudit\w*|\bbooks\b|\brecords\b/i;
// Keeping the books and records an audit would open is the same duty, though the sentence names no
// audit ("Licensee shall keep proper books of account for five years"); "will keep" binds as "shall".
// The keeping is what the party binds itself to: "shall (at all times) keep …", not paying the costs of keeping them.
// Put in the passive ("Such books and records will be maintained for three years after termination",
// "All batch records shall be retained by Kestrel for two years"), the records kept are the same duty.
const RECORDS_KEPT = /\b(?:shall|will|must|agrees? to|undertakes? to)\s+(?:\w+\s+){0,3}?(?:keep|maintain|preserve|retain)\b[^.;]{0,80}\b(?:books|records|a\s+record)\b|\b(?:books|records|accounts)\b[^.;]{0,120}?\b(?:shall|will|must)\s+be\s+(?:kept|maintained|retained|preserved)\b/i;
// A second promise in a sentence that also insures: to indemnify, defend or hold harmless, or a
// limit on liability (an exclusion of consequential damages among them). "shall maintain product
// liability insurance providing full indemnification" names what the insurance covers, and
// promises no indemnity of its own.
const INDEMNITY_PROMISE = /\b(?:shall|will|must|agrees? to|undertakes? to)\s+(?:\w+\s+){0,3}?(?:indemnif\w*|defend|hold\b[^.;]{0,60}\bharmless)|\bshall not be liable|\blimitation of liability|\bconsequential damages\b/i;
// One coverage of a list under an insurance heading, with no verb of its own ("(b) Commercial general
// liability insurance with limits of $1,000,000 …"): one of the insurances the party must carry.
// The words before "insurance" name its kind, never a verb or a "no": "Kestrel has no insurance requirement" states none.
const INSURANCE_ITEM = /^(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?:(?!(?:has|have|is|are|was|were|no|not|any|none)\b)[\w'’-]+\s+){0,5}?(?:insurance|coverage)\b/i;
// What the insurance must be, put as its kinds and limits with no verb that binds ("The types of
// insurance, and minimum limits will be: …", "… insurance with a minimum limit of $2,000,000 per
// occurrence and in the aggregate"): the requirement the insuring party must meet. A cap measured by
// the insurance ("liability shall not exceed the limits of its insurance per occurrence") limits an
// exposure, and is left to the other rules: once the names of kinds of liability insurance ("general
// liability", "product liability insurance") are set aside, no word of liability or damages may remain.
const INSURANCE_LIMITS = /\binsurance\b(?:[^.]|\.(?=\d)){0,200}?(?:\b(?:per|each|for\s+each)\s+(?:occurrence|claim|accident|person|incident|event)\b|(?:[0-9\])]\s*)(?:in\s+the\s+)?aggregate\b|\b(?:minimum|policy|coverage|combined\s+single)\s+limits?\b|\blimits?\s+(?:of\s+)?(?:not\s+less\s+than|at\s+least|[$€£]))/i;
const LIABILITY_COVER = /\b(?:commercial\s+|comprehensive\s+)?(?:general|products?|professional|public|employers?['’]?|automobile|auto|motor\s+vehicle|umbrella|excess|cyber|clinical\s+trials?)\s+liability\b|\bliability\s+(?:insurance|coverage|polic(?:y|ies))\b/gi;
const EXPOSURE_WORDS = /\b(?:liab\w*|indemn\w*|damages)\b/i;
// Liability and indemnity proper stay risks even when an audit is named with them (a sentence that
// insures is read by INDEMNITY_PROMISE instead: there indemnity is often what the insurance covers).
const LIABILITY_PROPER = /\b(?:indemnif\w*|hold harmless|shall not be liable|limitation of liability|consequential damages)\b/i;

// What a party must do once the contract ends: "Upon termination …, X shall return …", "After
// expiration …", "In the event this Agreement is terminated …, X shall …". Read in the sentence's
// condition, before its first "shall / will / must": a duty, not the risk of the ending itself. The
// condition may name the contract as ended, whatever its conjunction: "If this Agreement is
// terminated …", "Where this Agreement has expired or has been terminated …". "Even if this Agreement
// is terminated" says what still holds in spite of the end (claims that survive), and is not one.
// "In (the) case of termination", and "at the time of termination" opening the condition ("If at the
// time of such termination Kestrel is running a trial, …"), name the end as "upon termination" does;
// "the liabilities existing at the time of the termination" only dates a thing, and is not read.
const AFTER_END = /\b(?:upon|on|after|following|in the event of|in (?:the )?case of|(?<=(?:^|\b(?:if|that|and)|[,;:(])\s*)at the time of)\s+(?:the\s+|any\s+|a\s+|such\s+|early\s+)*(?:expiration|expiry|termination|cancellation)\b|\b(?:in the event (?:that )?|(?<!\beven\s)(?:if|where|when)\s+)(?:this|the)\s+agreement\s+(?:(?:is|has been)\s+terminated|(?:has\s+)?expired|expires|terminates)\b|\bpost[- ]termination\b/i;
// A duty whose time limit runs from the end: "Kestrel shall remove the signs within ten (10)
// days after termination", "… and will certify it within thirty days following the expiration of
// this Agreement", or put first ("Within five days after termination, Kestrel agrees to hand back …").
// The end is what the duty follows, as in a condition "upon termination".
const DUE_AFTER_END = /\bwithin\s+[^.;]{0,40}?\b(?:days?|weeks?|months?)\s+(?:after|following|of|from)\s+(?:the\s+)?(?:(?:effective\s+)?date\s+of\s+)?(?:the\s+|any\s+|such\s+)?(?:termination|expiration|expiry|cancellation)\b/i;
// …though a time after expiry to agree a renewal is how the contract goes on, not a duty on its end.
const RENEWAL = /\brenew\w*/i;
// A condition that a party has ended the contract ("If Licensor terminates this Agreement under
// Section 12.2, Licensor shall reimburse …"): what the main clause then binds a party to do follows
// the end, as after "upon termination". (The right to end it is read by TERMINATION_RIGHT, not here.)
// …but a fee or penalty for ending it ("shall pay an early termination fee of $50,000") is the price of the exit, a risk.
const EXIT_PRICE = /\b(?:termination|cancellation|break|exit|kill)\s+(?:fees?|charges?|payments?|penalt\w*)\b|\bpenalt\w*/i;
// A fee for ending the contract early ("an early termination fee", "the Exit Fee", "a break fee",
// "cancellation charges"): the price of the exit, a risk wherever its clause files it (a payment
// clause, a list of what follows the end), as a penalty is. Narrower than EXIT_PRICE on purpose: a
// "termination payment" may be what one party owes the other for work done when the contract ends (a
// key term), and a penalty is already filed as a risk by its own word.
const EXIT_FEE = /\b(?:termination|cancellation|break|exit|kill)\s+(?:fees?|charges?)\b/i;
// A party's name may carry its legal form after a comma ("If Kestrel, Inc. chooses to terminate this Agreement"): one word of the name.
const PARTY_ENDS = new RegExp(String.raw`\b(?:if|where|in the event(?:\s+that)?|should)\s+(?:(?:either|a|the|such)\s+)?(?:[\w'’-]+(?:,?\s+${LEGAL_FORM}\.?(?=[\s,]))?,?\s+){1,3}?(?:terminates|cancels|terminate|cancel)\s+this\s+agreement\b`, 'i');
// A heading that names what follows the end, or the help owed then ("Termination Assistance").
const END_HEADING = /\b(?:effects?|consequences?|duties|obligations)\b[^.]{0,30}\b(?:termination|expiration|expiry)\b|\b(?:upon|on|after|following)\s+(?:termination|expiration|expiry)\b|\bpost[- ]termination\b|\bwind[- ]?down\b|\btransition\b|\btermination\s+assistance\b/i;
// How far the main clause is read from its verb: far enough for "shall not be liable for", short of a long list's later items.
const MAIN_CLAUSE_CHARS = 100;
const FIRST_VERB = /\b(?:shall|will|must|agrees?)\b/i;
// …unless what follows is itself an ending, a liability or a payment owed on ending ("shall terminate", "shall not be liable"),
// or a remedy or a cap ("shall be entitled to exercise all remedies", "the remedies shall be limited to …").
// (an ending anywhere in the sentence; a liability in its main clause: a long list of duties may name one in a later item)
const WILL_END = String.raw`\b(?:shall|will)\s+(?:\w+ly\s+|forthwith\s+|also\s+)?`;
const ENDING = new RegExp(`${WILL_END}(?:terminate|expire)\\b`, 'i');
const AFTER_END_NOT_DUTY = /\bliab\w*|\bindemnif\w*|\bdamages\b|\bnot\s+be\s+entitled\b|\bremed(?:y|ies)\b|\b(?:be|is|are)\s+limited\s+to\b/i;
// Once the contract has ended, "will" with an act of winding up is a promise to do it ("each Party
// will promptly return …", "the Parties will cooperate in the transition"), as "shall" is; "licences
// will convert", "will cease" state a result, and are left to the other rules.
// "will, and will cause its Affiliates to, return …" binds the party and those it answers for, as "will return" does.
// Buying back the stock, ceasing to use the other side's marks, telling one's customers, continuing to serve
// for a time are the same acts of winding up ("the Agent will purchase any remaining inventory at cost").
const WILL_ACT = /^will(?:,\s+and\s+(?:will|shall)\s+cause\b|\s+(?:\w+ly\s+)?(?:return|destroy|deliver|pay|remit|refund|transfer|provide|furnish|cooperate|assist|certify|remove|discontinue|delete|erase|purchase|repurchase|buy|assign|notify|render|perform|cease\s+(?:all\s+|any\s+)?(?:further\s+)?(?:use|using|to\s+use|display)|continue\s+to\s+(?:provide|supply|perform|support|maintain|operate|serve))\b)/i;
// A right that runs on once the contract has ended, put with "shall / will have the right" or "be
// entitled" ("Upon expiry, Kestrel shall have the right to sell its remaining stock for ninety days"):
// read as "may" is, after the end. A right to end or to recover is left to the other rules, as is a
// right to renew or extend ("on expiry of the Initial Term, you will have the right to renew"): how the contract goes on.
const RIGHT_AFTER_END = /^(?:shall|will)\s+(?:have\s+(?:the|a)\s+(?:\w+\s+){0,2}?right|be\s+entitled)\s+(?:\w+\s+){0,4}?to\s+(?!(?:\w+\s+){0,2}?(?:terminate|cancel|revoke|recover|seek|claim|renew|extend)\b)/i;

// A survival clause: what the contract keeps in force once it ends ("Sections 4, 8 and 10 will survive
// any expiration or termination", "The confidentiality obligations of this Article shall survive
// termination for three years"). The duties it names bind after the end, as a wind-down's do: an
// obligation, when survival is what the sentence states (its first verb; "shall expire on June 30,
// except that Section 9 shall survive" is the term). What survives is read in the subject: a
// representation, warranty, indemnity, liability or claim that lives on is an exposure (a risk), and a licence
// that survives is the licence (a key term); both are left to the rules below.
const SELF_REFERENCE = /\bth(?:is|ese)\s+(?:sub-?)?(?:section|clause|article|paragraph|provisions?|limitations?)\b/i;
const EXPOSURE_CLAUSES = new Set<ClauseType>(['liability', 'indemnity', 'warranty']);
const SURVIVES = /^(?:shall|will)\s+(?:\w+ly\s+)?(?:continue\s+in\s+(?:full\s+)?(?:force|effect)\b[^.;]{0,60}?\band\s+(?:shall\s+|will\s+)?)?survive\b/i;
const SURVIVING_NOT_DUTY = /\b(?:represent\w*|warrant\w*|indemn\w*|liab\w*|limitations?|damages|claims?|remed(?:y|ies)|causes?\s+of\s+action|licen[cs]\w*)\b/i;
// …and a right after the end that is itself a remedy: "may terminate", "may recover its damages".
const RIGHT_NOT_AFTER_END = new RegExp(String.raw`^may\s+(?:\w+\s+){0,2}?(?:terminate|cancel|revoke|recover|seek|claim)\b|${AFTER_END_NOT_DUTY.source}`, 'i');

// The contract's own end: "This Agreement shall terminate (automatically) on December 31, 2030",
// "shall expire at the end of the Initial Term". How long it runs is a key term; a trigger (breach,
// insolvency, notice) ending it early is a risk, and is left to the rules below.
const ENDS_ON = /\b(?:agreement|term|and)\s+(?:shall|will)\s+(?:automatically\s+)?(?:terminate|expire|end)\b(?:\s+automatically)?(?:\s+without (?:further )?notice)?(?:\s*:|\s+\(i\))?\s+(?:on|at the end of|upon the (?:expiration|expiry|earliest|earlier|later)|the (?:earlier|earliest|later|date|day|business day|last day))\b/i;
const EARLY_TRIGGER = /\b(?:breach\w*|default\w*|insolven\w*|bankrupt\w*|notice of termination|written notice)\b/i;
// A proviso after the end is stated ("provided, however, that this Agreement shall be reinstated if a
// payment is set aside in a bankruptcy") qualifies the end; it is no trigger that ends the contract early.
const PROVISO = /[;,]?\s*provided,?\s+(?:however|that)\b[^]*$/i;

// Which law governs and where disputes go: a term of the bargain, never a duty or a deadline
// ("The agreement to arbitrate shall be specifically enforceable under New York law"). "Under the laws
// of the State of …" alone is no sign: a party is also organised under them.
// Disputes sent to a court ("Any dispute arising herein shall be settled in a court in Ohio",
// "all claims shall be brought exclusively in the state courts of …") name the forum as "venue" does, and
// so does a court given the disputes ("The courts of Ontario shall have exclusive jurisdiction over this
// Agreement"); an authority "having jurisdiction over the Products" (a regulator) names no forum.
const COURT_HAS_JURISDICTION = /\b(?:courts?|tribunals?)\b[^.;]{0,80}?\b(?:shall|will)\s+have\s+(?:the\s+)?(?:sole\s+and\s+)?(?:exclusive\s+|sole\s+|non-exclusive\s+)?jurisdiction\b/i;
const DISPUTE = /\b(?:arbitrat\w*|mediat(?:ion|or)|governed by|governing law|construed (?:in accordance with|under)|submits? to the (?:non-)?(?:exclusive )?jurisdiction|(?:exclusive )?jurisdiction of|venue)\b|\b(?:disputes?|controvers(?:y|ies)|claims?|actions?|suits?|proceedings?)\b[^.;]{0,100}?\b(?:settled|resolved|heard|decided|determined|litigated|brought|commenced|filed|adjudicated)\s+(?:only\s+|exclusively\s+|solely\s+)?(?:in|before|by)\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:courts?|tribunals?)\b/i;
const DISPUTE_RISK = /\b(?:liab\w*|indemnif\w*|damages|waive\w*)\b/i;

// What makes a representation or warranty: a plain duty in a warranty clause ("All Products shall be
// checked for viruses before delivery") is an obligation, not a risk.
const WARRANTY_WORDS = /\b(?:warrant\w*|represent\w*|guarante\w*|disclaim\w*|as[- ]is|merchantab\w*|fitness for)\b/i;

// The grant of a licence or of a right to use is the deal itself, a key term, whatever clause holds
// it ("Effect of Termination", an unheaded recital) and whatever words of risk sit in its scope
// ("non-terminable", "exclusive", "royalty-free … except upon termination"). A licence that ends,
// reverts or converts ("all licences granted shall terminate", "the licence granted will convert to a
// royalty-bearing one") is the ending's effect, not the grant. One licence or several: "with the
// right to grant sublicenses" grants as "a sublicense" does. A grant put as what the licensee holds
// ("Harbor Lane shall have the exclusive right and license to distribute the Kits") is the same grant.
const LICENCE_GRANT = /\bgrant(?:s|ed|ing)?\b[^.;]{0,250}?\b(?:sub-?)?licen[cs]es?\b|\bgrant(?:s|ed|ing)?\b[^.;]{0,250}?\bright to (?:use|reproduce|make|sell|distribute|market|practi[cs]e)\b|\blicen[cs]es?\b[^.;]{0,40}\b(?:is|are|be)\s+(?:hereby\s+)?granted\b|\bhereby\s+grants?\b|\b(?:shall|will)\s+have\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,6}?right\s+and\s+licen[cs]e\s+to\b/i;
// Help a party owes so that the other can take over once the contract ends ("Kestrel shall provide all
// necessary termination assistance", "the Supplier shall cooperate to achieve an orderly transition of the
// Services"): what a party does after the end, an obligation, though the sentence names no condition of
// ending. A "Transition Services Agreement" named as a document is not the help; a sentence that also
// ends something or limits a liability is left to the rules for those.
const TRANSITION_HELP = /\b(?:termination|transition(?:al)?|wind[- ]?down|phase[- ]?out|exit)\s+(?:assistance|services|support)\b(?!\s+(?:and\s+[\w-]+\s+)?agreement)|\borderly\s+(?:transition|transfer|wind[- ]?down|assumption)\b/i;
const GRANT_ENDS = new RegExp(`${WILL_END}(?:terminate|cease|revert|convert|expire|end)\\b`, 'i');

// A clause its drafter heads as a restraint ("Non-Competition", "Exclusivity", "Right of First
// Refusal", "Change of Control") is read as one, sentence by sentence: its exercise, its closing,
// its period belong with it. "Non-exclusive" restrains no one. A sum owed under such a heading
// ("Sponsorship and Exclusivity: an initial fee of $…", a minimum purchase) is still the price.
const AMOUNT = /[$€£]|\b(?:usd|eur|gbp)\b|\b(?:fees?|royalt\w*|payable)\b/i;
const RESTRAINT_HEADING = /(?<!non-?)\bexclusiv\w*|\bnon-?compet\w*|\bnon-?solicit\w*|\bno[- ]solicit\w*|\bright of first\b|\bfirst (?:refusal|offer|negotiation)\b|\boption to (?:purchase|acquire|buy)\b|\bmost[- ]favou?red\b|\bchange (?:of|in) control\b|\bnon-?disparage\w*|\bstandstill\b|\brestrictive covenants?\b|\bcovenant not to compete\b|\bnon-?circumvent\w*/i;

// A floor on how much a party must buy, order, sell or make ("shall purchase not less than 500
// units a year", "must order a minimum of $4,000 a month", "shall produce no fewer than forty
// episodes"): the volume the deal is built on, a key term beside the price, though it is worded as a
// duty. The verb governs the floor closely (a few words apart, in the same clause); "shall give not
// less than thirty days' notice" and "shall maintain insurance of not less than $1,000,000" bind no volume,
// nor does a lead time ("shall place all purchase orders at least forty-five days before delivery").
// The floor may be named rather than counted ("shall purchase the minimum quantity of each Product agreed
// each year", "agrees to purchase the yearly minimum amount"), or put as the targets or quota a reseller
// must meet ("agrees to satisfy the annual sales targets"): the same volume the deal is built on.
const MINIMUM_VOLUME = /\b(?:shall|will|must|agrees? to|undertakes? to|(?:is|be) required to)\s+(?:\w+\s+){0,3}?(?:purchase|buy|order|produce|manufacture|sell|supply)\b[^.;:]{0,40}?\b(?:(?:no|not)\s+(?:less|fewer)\s+than|at least|a minimum(?: annual| monthly| quarterly)?(?: order)?(?: volume| quantity| amount)? of)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:\(\d+\)\s+)?(?:business\s+|calendar\s+|working\s+)?(?:days|weeks|months|years)\b)|\b(?:shall|will|must|agrees? to|undertakes? to|(?:is|be) required to)\s+(?:\w+\s+){0,3}?(?:purchase|buy|order|produce|manufacture|sell|supply)\b[^.;:]{0,40}?\b(?:the\s+)?(?:[\w-]+\s+){0,2}?minimum\s+(?:[\w-]+\s+){0,2}?(?:amounts?|quantit(?:y|ies)|volumes?|number|orders?|purchases?|units)\b|\b(?:shall|will|must|agrees? to|undertakes? to)\s+(?:\w+\s+){0,3}?(?:meet|satisfy|achieve|attain)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,4}?(?:sales?|purchase)\s+(?:targets?|quotas?)\b/i;

// Who owns what, stated as a result: "the parties shall jointly own all User Data", "all
// improvements shall be the sole property of Licensor", "title shall vest in Kestrel". Ownership is
// part of the deal (a key term), also when it is settled on the contract's end; a "shall" here binds
// no one to act.
const OWNERSHIP = /\b(?:shall|will)\s+(?:\w+ly\s+)?(?:own|be\s+owned\s+(?:\w+ly\s+)?by|vest\s+in|belong\s+to|be\s+(?:and\s+remain\s+)?the\s+(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?property\s+of)\b/i;

// A price or royalty owed for what is supplied or sold after a part of the contract ends ("Once the
// Sale Period ends, Kestrel shall pay the unit price for each item it still sells", "After
// expiration, Licensee agrees to pay the royalty set forth below for twelve quarters"): the price
// of the deal as it runs on, a key term, not the settling of accounts that an ending calls for.
const PRICE_PAID = /^(?:shall|will|agrees? to)\s+(?:\w+\s+){0,2}?pay\b[^.;]{0,60}\b(?:(?:transfer|purchase|unit)\s+price|royalt(?:y|ies)\s+(?:payments?|rates?)?\s*(?:set forth|specified|as follows|calculated|equal)|(?:applicable|running|earned)\s+royalt\w*)/i;

// Verbs after "will" that state a result or a state ("it will cease", "the parties will be bound",
// "it will continue"), not an act a party promises: read by both promise patterns below.
const NOT_AN_ACT = String.raw`(?!(?:be|become|have|cease|terminate|expire|end|continue|remain|survive|apply|include|occur|result|constitute|prevail|commence|begin|start|govern|run|vary|depend|need|receive|retain|own|bear)\b)`;

// A party's promise put with "will" ("Each party agrees that it will execute such further documents
// …", "Either party will give the other a copy of each permit", "they will not disclose the recipe"):
// a duty as "shall" is, when "party", "parties" or a pronoun for one is the subject and the verb is
// an act. "will" with a result or a state ("it will cease", "the parties will be bound", "it will
// continue") binds no one. Read last, on a sentence that no clause, word of money, risk or date has filed.
const PROMISES_WITH_WILL = new RegExp(String.raw`\b(?:(?:each|either|neither|the|a|other|such)\s+part(?:y|ies)|parties|it|he|she|they|we|you)\s+will\s+(?:not\s+)?(?:\w+ly\s+)?${NOT_AN_ACT}[a-z]+\b`, 'i');

// The same promise with a party's name as the subject ("Kestrel will notify the Grower of any
// change in staff", "…, and the Grower will not plant a second orchard"): a capitalised name at the
// start of a clause, straight before "will" and an act. A thing named with a capital ("The Software
// will run …", "This Agreement will bind …", "Products will ship …") states what happens, and its
// words are set aside: the ones a contract capitalises as defined things, not parties.
const NAME_START = String.raw`(?:^|[,;:]\s+|\b(?:that|and)\s+)`;
const NAME_WORDS = String.raw`(?!(?:This|The|Such|Each|Any|All|No|Its|Their|Our|Your|Agreement|Contract|Term|Software|Products?|Services?|Orders?|Fees?|Royalt\w*|Payments?|Licen[cs]es?|Territory|Program|Project|Notices?|Section|Schedule|Exhibit|Prices?|Period|Information|Data|Work|Materials?|Plan|Amendment|Goods|System|Website|Site|Application|App)\b)[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}`;
const NAMED_PROMISE = new RegExp(String.raw`${NAME_START}(?:the\s+)?${NAME_WORDS}\s+will\s+(?:not\s+)?(?:\w+ly\s+)?${NOT_AN_ACT}[a-z]+\b`, '');

// A party bound to an act, by "shall", "must" or "will": a party (or a pronoun for one) or a party's
// name as the subject, straight before the verb ("The Grower must keep a technician on call 24 hours a
// day", "Kestrel shall hold thirty (30) days of stock"). "All options shall vest …", "The Software shall
// be retested for a new 30-day period" bind no party.
const PARTY_BOUND = new RegExp(String.raw`\b(?:(?:each|either|neither|the|a|other|such)\s+part(?:y|ies)|parties|it|he|she|they|we|you)\s+(?:shall|must|will)\s+(?:not\s+)?(?:\w+ly\s+)?${NOT_AN_ACT}[a-z]+\b`, 'i');
// (the name case-sensitive: its capital is what marks it as a name; "The Grower" at the sentence's start is one)
const NAME_BOUND = new RegExp(String.raw`${NAME_START}(?:[Tt]he\s+)?${NAME_WORDS}\s+(?:shall|must|will)\s+(?:not\s+)?(?:\w+ly\s+)?${NOT_AN_ACT}[a-z]+\b`, '');
// What makes a length a time limit: a period an act must fall within, before or after ("within thirty
// days", "no later than ten days after", "sixty days prior to the event", "in advance", "by the fifth
// day"), a time counted from an event, or a length of notice ("not less than thirty days' notice of
// any change"). Without one, a length in a duty says how much or how long the duty runs ("24 hours a
// day, 7 days a week", "thirty days of stock", "support for twelve months"): a duty, not a deadline.
const TIME_LIMIT = /\b(?:notice|within|(?:no|not)\s+later\s+than|prior|before|after|following|in\s+advance|by|until|till|from|since|upon|on\s+or\s+before|of\s+(?:receipt|the\s+date))\b/i;

const RISK_CLAUSES = new Set<ClauseType>(['liability', 'indemnity', 'termination', 'warranty']);
const KEY_TERM_CLAUSES = new Set<ClauseType>(['term', 'payment', 'governing-law', 'assignment', 'confidentiality', 'ip']);

/** Whether `text` binds someone to do something, once defining and computing phrases are set aside. */
export function statesDuty(text: string): boolean {
  return OBLIGATION.test(text.replace(NOT_A_DUTY, ' '));
}

/** The main clause (from its first "shall / will / agrees") pays a price or royalty. */
function pricePaid(text: string): boolean {
  const verb = FIRST_VERB.exec(text);
  return verb !== null && PRICE_PAID.test(text.slice(verb.index));
}

/** A tail period after the end (RUNS_ON_AFTER_END): what continues is read from its verb on, for a liability or a renewal. */
function runsOnAfterEnd(text: string): boolean {
  const m = RUNS_ON_AFTER_END.exec(text);
  if (!m || !TIME_BOUND.test(text) || RENEWAL.test(text)) return false;
  const verb = m.index + m[0].search(/\b(?:shall|will)\s+(?:\w+ly\s+)?(?:continue|remain|survive)\b[^]*$/i);
  return !AFTER_END_NOT_DUTY.test(text.slice(verb, verb + MAIN_CLAUSE_CHARS)) && !ENDING.test(text);
}

/** A duty to insure: carrying insurance, what the insurance must be, a duty under an insurance heading. */
function insuranceDuty(text: string, heading: string): boolean {
  if (INDEMNITY_PROMISE.test(text)) return false;
  if (INSURANCE_LIMITS.test(text) && !EXPOSURE_WORDS.test(text.replace(LIABILITY_COVER, ' '))) return true;
  if (INSURANCE_HEADING.test(heading) && !OTHER_THAN_INSURANCE.test(heading.replace(/\bliability insurance\b/gi, ' ')) && INSURANCE_ITEM.test(text) && !FIRST_VERB.test(text)) return true;
  if (INSURANCE_DUTY.test(text) && (statesDuty(text) || WILL_INSURE.test(text))) return true;
  // "Failure to insure shall constitute a breach" is the consequence, a risk.
  if (!BINDS.test(text) || /\bbreach/i.test(text)) return false;
  return INSURANCE_SUBJECT.test(text) || (INSURANCE_HEADING.test(heading) && (INSURANCE_WORDS.test(text) || !OTHER_THAN_INSURANCE.test(heading)));
}

/**
 * The section a sentence belongs to: by what it says for the kinds above, else by its clause's type
 * when the clause has a heading, else by its wording. `heading` is the clause's own heading, when
 * there is one.
 */
export function sectionOf(text: string, clauseType: ClauseType | undefined, heading = ''): Section {
  if ((TERMINATION_RIGHT.test(text) || (TERMINATION_POWER.test(text) && !BY_MUTUAL_CONSENT.test(text))) && !afterEnd(text)) return 'Risks and unusual clauses';
  if (RESTRAINT.test(text) || (DEALS_WITH_OTHERS.test(text) && WINDOW_LAPSED.test(text))) return 'Risks and unusual clauses';
  // An audit is placed with the duty to submit to it, however the sentence puts it ("may audit", "shall permit").
  if (!LIABILITY_PROPER.test(text) && (AUDIT_DUTY.test(text) || RECORDS_KEPT.test(text) || (AUDIT_HEADING.test(heading) && BINDS.test(text)))) return 'Obligations';
  if (insuranceDuty(text, heading)) return 'Obligations';
  if (OWNERSHIP.test(text) && !LIABILITY_PROPER.test(text)) return 'Key terms';
  if (EXIT_FEE.test(text)) return 'Risks and unusual clauses';
  if (!LIABILITY_PROPER.test(text) && afterEndDuty(text, heading)) return pricePaid(text) ? 'Key terms' : 'Obligations';
  if (runsOnAfterEnd(text) || survives(text, clauseType)) return 'Obligations';
  if (TRANSITION_HELP.test(text) && !ENDING.test(text) && !AFTER_END_NOT_DUTY.test(text) && (statesDuty(text) || PARTY_BOUND.test(text) || NAME_BOUND.test(text))) return 'Obligations';
  if (REPORT_DUTY.test(text) && !LIABILITY_PROPER.test(text)) return 'Obligations';
  if (LICENCE_GRANT.test(text) && !GRANT_ENDS.test(text) && !LIABILITY_PROPER.test(text)) return 'Key terms';
  if (RESTRAINT_HEADING.test(heading) && !AMOUNT.test(text)) return 'Risks and unusual clauses';
  if (ENDS_ON.test(text) && !EARLY_TRIGGER.test(text.replace(PROVISO, ''))) return 'Key terms';
  if ((DISPUTE.test(text) || COURT_HAS_JURISDICTION.test(text) || clauseType === 'governing-law' || clauseType === 'dispute-resolution') && !DISPUTE_RISK.test(text)) return 'Key terms';
  // Contracts often head one clause "Term and Termination": a sentence there that only says how long
  // the contract runs or how it renews, with no word of ending it early, is a key term, not a risk.
  if (clauseType === 'termination' && !RISK_WORDS.test(text.replace(SAVING, ' ')) && TERM_WORDS.test(text)) return 'Key terms';
  if (clauseType === 'warranty' && !WARRANTY_WORDS.test(text) && !RISK_WORDS.test(text) && statesDuty(text)) return 'Obligations';
  if (MINIMUM_VOLUME.test(text) && !RISK_WORDS.test(text)) return 'Key terms';
  if (clauseType && RISK_CLAUSES.has(clauseType)) return 'Risks and unusual clauses';
  if (clauseType && KEY_TERM_CLAUSES.has(clauseType)) return 'Key terms';
  if ((TERM_RUNS.test(text) || TERM_LENGTH.test(text)) && !RISK_WORDS.test(text.replace(SAVING, ' '))) return 'Key terms';
  if (RISK_WORDS.test(text)) return 'Risks and unusual clauses';
  if (KEY_TERM_WORDS.test(text)) return 'Key terms';
  if (findDate(text)) return 'Dates and deadlines';
  // A length with no time limit in a party's duty (how long or how much, not by when) is the duty's.
  if (findDurations(text).length) return (PARTY_BOUND.test(text) || NAME_BOUND.test(text)) && !TIME_LIMIT.test(text) ? 'Obligations' : 'Dates and deadlines';
  if (statesDuty(text) || PROMISES_WITH_WILL.test(text) || NAMED_PROMISE.test(text)) return 'Obligations';
  return 'Key terms';
}
