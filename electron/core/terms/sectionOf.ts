/**
 * The summary section a ranked sentence is shown under. The section only places a sentence already
 * chosen; it never chooses one. A few kinds of sentence are placed by what they say before the
 * clause's heading is read, because their heading often files them elsewhere ("Term and
 * Termination", "Assignment", "Insurance and Liability", "Warranties") and a lawyer reads them by
 * their content: a right to end the contract early or a restraint is a risk; carrying insurance,
 * opening the books, and what a party must do once the contract ends are obligations; the date the
 * contract ends on, and the law and forum of disputes, are key terms.
 */
import type { ClauseType } from '../../../shared/terms';
import { findDurations } from './duration';
import { findDate } from './date';

export type Section = 'Key terms' | 'Obligations' | 'Dates and deadlines' | 'Risks and unusual clauses';

// "exclusive of" means "not counting" (an amount net of a fee), not an exclusivity right. "As is"
// is the disclaimer only as a phrase of its own (quoted, "as is" basis, "as is, without …", "as
// is." at the end); "as is reasonably necessary", "as is required" compare, and disclaim nothing.
export const RISK_WORDS = /\b(liab\w*|indemnif\w*|damages|penalt\w*|exclusiv(?!e\s+of\b)\w*|non-?compet\w*|forfeit\w*|waive\w*|as[- ]is(?=\s*["”’',.;:)]|\s+(?:basis|and|with|without|where)\b|\s*$)|disclaim\w*|non-?refundable|interest on|terminat\w*)\b/i;
export const KEY_TERM_WORDS = /(\$|€|£|\b(usd|eur|gbp)\b|\b(governed by|laws? of|fees?|price|royalt\w*|assign\w*|confidential\w*|insurance|licen[cs]e|term of|initial term|renew\w*)\b)/i;
// How long the contract runs, from when, and how it renews: what a term clause states.
const TERM_WORDS = /\b(initial (?:term|period)|renewal term|term of this|(?:shall|will) (?:commence|begin|start|continue|remain in (?:full )?(?:force|effect))|is effective|becomes? effective|renew\w*|extend\w*|expir\w*)\b/i;
// What binds a party to act; also the words that mark the operative part of a long obligation.
export const OBLIGATION = /\b(shall|must|agrees? to|undertakes? to|is required to|will (pay|provide|deliver|maintain))\b/i;

// A "shall" that defines, computes or states a legal effect binds no one to do anything: "X shall
// mean", "shall be regarded as Gross Margin", "shall be deemed delivered", "shall be void", "shall be
// enforceable". Such phrases are taken out before a sentence is read for a duty.
const NOT_A_DUTY = /\b(?:shall|will)\s+(?:not\s+)?(?:mean|include|be\s+(?:regarded|deemed|considered|construed|interpreted|treated|calculated|computed|determined|defined|void|null|binding|effective|final|enforceable|specifically enforceable|governed))\b/gi;

// A party's right to end the contract (or a licence) early: "may terminate", "right to terminate",
// "terminable by", "may revoke", "may cancel this Agreement". The other side's exposure, wherever it sits.
const TERMINATION_RIGHT = /\b(?:may(?:,[^,]{1,60},)?\s+(?:at any time\s+)?(?:terminate|cancel|revoke)|right to (?:terminate|cancel|revoke)|(?:is|be|shall be)\s+terminable)\b/i;

// Restraints and exposures a lawyer flags as unusual, whatever the clause's heading: no assignment or
// transfer without consent (or an attempt being void), no competing, no soliciting, first refusal /
// offer / negotiation, most favoured terms, a change of control, a promise not to sue, not to
// disparage, a penalty or liquidated damages, a shortened time to bring a claim.
const RESTRAINT = new RegExp(
  [
    // assignment barred or conditioned: "may not assign", "shall not be assignable", "without the prior written consent … assign", "assignment … shall be void"
    String.raw`\b(?:not|no|neither)\b[^.;]{0,40}\b(?:assign\w*|transfer\w*)\b`,
    String.raw`\b(?:assign\w*|transfer\w*)\b[^.;]{0,80}\b(?:without|prior written consent|shall be (?:null and )?void|is void|will be void)\b`,
    String.raw`\b(?:without|prior written consent)\b[^.;]{0,80}\bassign\w*`,
    // competing and soliciting (a promise not to: "solicitation" alone is also a proxy contest's word)
    String.raw`\bcompet(?:e|es|ing)\s+with\b|\bcompetitive (?:product|business)|\bnon-?solicit\w*|\b(?:not|no|neither|nor)\b[^.;]{0,100}\bsolicit\w*`,
    // options and preferences over later deals
    String.raw`\bright of first (?:refusal|offer|negotiation)|\bfirst (?:right|opportunity) to (?:purchase|acquire|negotiate)|\bmost[- ]favou?red`,
    String.raw`\bchange (?:of|in) control\b|\bnot to sue\b|\bdisparag\w*`,
    // a fixed sum owed for a breach, and a shortened time to sue ("no action … may be brought more than one year after …")
    String.raw`\bliquidated damages\b|\bpenalt(?:y|ies)\b|\bno (?:action|claim|suit|proceeding)\b[^.]{0,160}\bmay be (?:brought|commenced|asserted)\b`,
  ].join('|'),
  'i',
);

/** The condition of the sentence (its words before the first "shall / will / must") speaks of the contract's end. */
function afterEnd(text: string): boolean {
  const verb = FIRST_VERB.exec(text);
  return verb !== null && AFTER_END.test(text.slice(0, verb.index));
}

// Keeping insurance, and opening the books to an audit: a duty to act, though the sentence names
// liability insurance or the costs of the audit.
const INSURANCE_DUTY = /\b(?:maintain\w*|carr(?:y|ies)|obtain|procure|provide|keep)\b[^.]{0,120}\binsurance\b|\binsurance\b[^.]{0,80}\b(?:certificate|additional insured|evidence|proof|rating|carriers?)\b|\badditional insured\b|\bself[- ]insure/i;
const AUDIT_DUTY = /\b(?:audit\w*|inspect\w*)\b[^.]{0,120}\b(?:books|records|accounts|facilit\w+)\b|\b(?:books|records|accounts)\b[^.]{0,120}\b(?:audit\w*|inspect\w*)\b/i;
// Liability and indemnity proper stay risks even when insurance or an audit is named with them.
const LIABILITY_PROPER = /\b(?:indemnif\w*|hold harmless|shall not be liable|limitation of liability|consequential damages)\b/i;

// What a party must do once the contract ends: "Upon termination …, X shall return …", "After
// expiration …", "In the event this Agreement is terminated …, X shall …". Read in the sentence's
// condition, before its first "shall / will / must": a duty, not the risk of the ending itself.
const AFTER_END = /\b(?:upon|on|after|following|in the event of)\s+(?:the\s+|any\s+|such\s+|early\s+)*(?:expiration|expiry|termination|cancellation)\b|\bin the event (?:that )?this agreement (?:is terminated|expires|terminates)\b/i;
const FIRST_VERB = /\b(?:shall|will|must|agrees?)\b/i;
// …unless what follows is itself an ending, a liability or a payment owed on ending ("shall terminate", "shall not be liable").
const AFTER_END_NOT_DUTY = /\b(?:shall|will)\s+(?:\w+ly\s+|forthwith\s+)?(?:terminate|expire)\b|\bliab\w*|\bindemnif\w*|\bdamages\b/i;

// The contract's own end: "This Agreement shall terminate (automatically) on December 31, 2030",
// "shall expire at the end of the Initial Term". How long it runs is a key term; a trigger (breach,
// insolvency, notice) ending it early is a risk, and is left to the rules below.
const ENDS_ON = /\b(?:agreement|term|and)\s+(?:shall|will)\s+(?:automatically\s+)?(?:terminate|expire|end)\b(?:\s+automatically)?(?:\s+without (?:further )?notice)?\s+(?:on|at the end of|upon the (?:expiration|expiry|earliest|earlier|later))\b/i;
const EARLY_TRIGGER = /\b(?:breach\w*|default\w*|insolven\w*|bankrupt\w*|notice of termination|written notice)\b/i;

// Which law governs and where disputes go: a term of the bargain, never a duty or a deadline
// ("The agreement to arbitrate shall be specifically enforceable under New York law"). "Under the laws
// of the State of …" alone is no sign: a party is also organised under them.
const DISPUTE = /\b(?:arbitrat\w*|mediat(?:ion|or)|governed by|governing law|construed (?:in accordance with|under)|submits? to the (?:non-)?(?:exclusive )?jurisdiction|(?:exclusive )?jurisdiction of|venue)\b/i;
const DISPUTE_RISK = /\b(?:liab\w*|indemnif\w*|damages|waive\w*)\b/i;

// What makes a representation or warranty: a plain duty in a warranty clause ("All Products shall be
// checked for viruses before delivery") is an obligation, not a risk.
const WARRANTY_WORDS = /\b(?:warrant\w*|represent\w*|guarante\w*|disclaim\w*|as[- ]is|merchantab\w*|fitness for)\b/i;

const RISK_CLAUSES = new Set<ClauseType>(['liability', 'indemnity', 'termination', 'warranty']);
const KEY_TERM_CLAUSES = new Set<ClauseType>(['term', 'payment', 'governing-law', 'assignment', 'confidentiality', 'ip']);

/** Whether `text` binds someone to do something, once defining and computing phrases are set aside. */
export function statesDuty(text: string): boolean {
  return OBLIGATION.test(text.replace(NOT_A_DUTY, ' '));
}

/** The section a sentence belongs to: by what it says for the kinds above, else by its clause's type when the clause has a heading, else by its wording. */
export function sectionOf(text: string, clauseType: ClauseType | undefined): Section {
  if (TERMINATION_RIGHT.test(text) && !afterEnd(text)) return 'Risks and unusual clauses';
  if (RESTRAINT.test(text)) return 'Risks and unusual clauses';
  // An audit is placed with the duty to submit to it, however the sentence puts it ("may audit", "shall permit").
  if (!LIABILITY_PROPER.test(text) && (AUDIT_DUTY.test(text) || (INSURANCE_DUTY.test(text) && statesDuty(text)))) return 'Obligations';
  if (afterEnd(text) && !AFTER_END_NOT_DUTY.test(text) && statesDuty(text)) return 'Obligations';
  if (ENDS_ON.test(text) && !EARLY_TRIGGER.test(text)) return 'Key terms';
  if ((DISPUTE.test(text) || clauseType === 'governing-law' || clauseType === 'dispute-resolution') && !DISPUTE_RISK.test(text)) return 'Key terms';
  // Contracts often head one clause "Term and Termination": a sentence there that only says how long
  // the contract runs or how it renews, with no word of ending it early, is a key term, not a risk.
  if (clauseType === 'termination' && !RISK_WORDS.test(text) && TERM_WORDS.test(text)) return 'Key terms';
  if (clauseType === 'warranty' && !WARRANTY_WORDS.test(text) && !RISK_WORDS.test(text) && statesDuty(text)) return 'Obligations';
  if (clauseType && RISK_CLAUSES.has(clauseType)) return 'Risks and unusual clauses';
  if (clauseType && KEY_TERM_CLAUSES.has(clauseType)) return 'Key terms';
  if (RISK_WORDS.test(text)) return 'Risks and unusual clauses';
  if (KEY_TERM_WORDS.test(text)) return 'Key terms';
  if (findDate(text) || findDurations(text).length) return 'Dates and deadlines';
  if (statesDuty(text)) return 'Obligations';
  return 'Key terms';
}
