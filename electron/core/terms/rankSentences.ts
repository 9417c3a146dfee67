/**
 * The extractive summary's ranking: which sentences a lawyer would want first.
 *
 * Score = centrality (TF-IDF cosine to the document centroid) + position in its clause + legal
 * signal words + concrete figures (days, money, dates), minus penalties for boilerplate and run-on
 * sentences; then maximal marginal relevance removes near-duplicates. Linear in the number of
 * sentences apart from the MMR step (K x candidates), so a 50-page contract ranks in milliseconds.
 * A sentence a page or column break cut in two is read whole (alone, both halves would be dropped
 * as fragments) and cites both blocks.
 */
import { citationOf, type Block, type Citation } from '../../../shared/document';
import type { ClauseType } from '../../../shared/terms';
import { classifyClause } from './classifyClause';
import { compressSentence } from './compressSentence';
import { isHeadingOnly } from './isHeadingOnly';
import { needsPrevious } from './needsPrevious';
import { opensWithCommand } from './opensWithCommand';
import { underRecitals } from './recitals';
import { splitSentences } from './splitSentences';
import { isStandardRepresentation } from './standardRepresentation';
import { STOPWORDS } from './stopwords';
import { runInHeading } from './runInHeading';
import { continuesSentence } from './termContext';

/** A sentence chosen for the summary, with the block it came from. */
export interface RankedSentence {
  text: string;
  blockId: string;
  citation: Citation;
  score: number;
  /** Document order (block order, then sentence order), for presenting picks in reading order. */
  order: number;
  /** The block that finishes the sentence, when a page or column break cut it (cited beside `citation`). */
  continued?: Citation;
}

/**
 * How much each signal counts. centrality, signals, position (the learned lead prior) and length
 * were chosen by leave-one-document-out cross-validation on the plain-English set
 * (`npm run eval -- tune`, tests/eval/crossValidate.ts): the grid point best on all its documents.
 */
export interface RankWeights {
  centrality: number;
  signals: number;
  position: number;
  figures: number;
  /** Penalty per word beyond `longWords`. */
  length: number;
  /**
   * How many words past `longWords` the penalty keeps growing (beyond it, all long sentences weigh
   * alike). Counted in words, not in score, so "as long as it gets" is the same length whatever
   * per-word weight the tuning picks; a cap in score would move it (17.5 words at 0.04, 40 at 0.01)
   * and let the tuning trade the per-word weight against the cap.
   */
  lengthCapWords: number;
  longWords: number;
  /** The penalty starts at the larger of `longWords` and this share of the document's median sentence length. */
  relativeLong: number;
  /** Bonus for the opening sentence that names the agreement and its parties (the natural overview). */
  preamble: number;
  /** Bonus for sentences in the clauses a lawyer reads first (term, payment, termination, liability…), by heading. */
  clause: number;
  /** How much a sentence's similarity to those already picked counts against it (1 - lambda of maximal marginal relevance). */
  redundancy: number;
}

export const DEFAULT_RANK_WEIGHTS: RankWeights = { centrality: 0.45, signals: 0.1, position: 0.1, figures: 0.1, length: 0.02, lengthCapWords: 7.5, longWords: 10, relativeLong: 0, preamble: 0.5, clause: 0.3, redundancy: 0.25 };

export interface RankOptions {
  weights?: Partial<RankWeights>;
  /** How many sentences to return. */
  sentences: number;
  /** Trade-off between relevance (1) and novelty (0) in maximal marginal relevance; overrides `weights.redundancy`. */
  lambda?: number;
  /** Return the picks in document order instead of rank order. */
  documentOrder?: boolean;
  /** Receives how many sentences the blocks held (all of them, before filtering), for run statistics. */
  onRead?: (sentences: number) => void;
  /** Sentences the caller shows elsewhere (what an Overview fact was read from): skipped, so the picks still number `sentences`. */
  leaveOut?: (s: RankedSentence) => boolean;
}

interface Candidate {
  /** What the summary shows: the sentence without enumerators and pointers (compressSentence). */
  text: string;
  /** The sentence as written, for the checks that read its opening ("(b) …" leans on the item before). */
  raw: string;
  block: Block;
  /** The block is an item of a list: it opens with an enumerator, or the block before ends in ":" or ";". */
  inList: boolean;
  /** The next block, when the sentence runs on into it across a page or column break. */
  continued?: Block;
  order: number;
  indexInBlock: number;
  blockIndexInClause: number;
  tokens: string[];
  preamble: boolean;
  /** How much the clause this sentence sits in matters, from its heading (0 when there is none). */
  clauseWeight: number;
  vector: Map<string, number>;
  norm: number;
  features: Features;
  base: number;
}

const CLAUSE_WEIGHT: Record<ClauseType, number> = {
  term: 1,
  termination: 1,
  payment: 1,
  liability: 1,
  indemnity: 0.8,
  confidentiality: 0.8,
  'governing-law': 0.6,
  ip: 0.6,
  assignment: 0.6,
  warranty: 0.5,
  'dispute-resolution': 0.5,
  notices: 0.1,
  miscellaneous: 0.2,
  definitions: 0,
};

// The clause's own title: the nearest heading, or a run-in title ("6.1 Term. The initial term …").
function clauseHeading(block: Block): string {
  // Numbered titles of up to 61 characters only: the weights were fitted with this reading.
  const runIn = runInHeading(block.text, { maxChars: 60 });
  return [runIn, ...[...block.section].reverse().slice(0, 2)].filter(Boolean).join(' ');
}

// Words that mark the operative content of a contract: obligations, money, time, risk.
const SIGNAL_PATTERNS: readonly RegExp[] = [
  /\b(shall|must|agrees? to|will not|shall not|may not|is required to|undertakes?)\b/i,
  /\b(terminat\w*|expir\w*|renew\w*|term of this)\b/i,
  /\b(pay\w*|fees?|price|invoice\w*|royalt\w*|compensat\w*|charges?)\b/i,
  /\b(liab\w*|indemnif\w*|damages|warrant\w*|insurance)\b/i,
  /\b(confidential\w*|exclusiv\w*|non-?compet\w*|assign\w*|licen[cs]\w*)\b/i,
  /\b(governed by|laws? of|jurisdiction|arbitrat\w*|courts?)\b/i,
  /\b(notice|days?|months?|years?)\b/i,
];

const FIGURE = /(\$|€|£|\b(usd|eur|gbp)\b|\b\d+\s*(%|percent|days?|months?|years?)\b|\(\d+\)|\b(19|20)\d\d\b)/i;

// A list of clause numbers, each perhaps with its title ("Sections 4 (Fees), 7.2 and 9", "Section 13.1,
// Section 14 and Articles 6 through 8", "8.5 [Effect of Termination]"): what a survival clause names.
// A number's own items are glued to it ("4(a)(ii)") and its title stands after a space, so each piece
// of text can be read only one way: with two readings per number, a long list that fails at its end
// was retried every way, twice as long for each more number.
const CLAUSE_WORD = String.raw`(?:(?:sections?|articles?|clauses?|paragraphs?)\s+)`;
const LISTED_CLAUSE = String.raw`\d[\w.-]*(?:\([\w.-]{1,8}\)[\w.-]*)*(?:\s+[(\[][^()\[\]]{1,60}[)\]])?`;
const SURVIVING_LIST = String.raw`${CLAUSE_WORD}?${LISTED_CLAUSE}(?:\s*,\s*(?:and\s+)?${CLAUSE_WORD}?${LISTED_CLAUSE}|\s+(?:and|or|through|to)\s+${CLAUSE_WORD}?${LISTED_CLAUSE})*`;

// Lines that are never worth a summary sentence: signatures, page furniture, redaction marks, TOC leaders.
const BOILERPLATE: readonly RegExp[] = [
  /in witness whereof/i,
  // A filer's legend, not a term: text "omitted and filed separately with the Securities and Exchange
  // Commission", "excluded from this exhibit as immaterial" (and "confidential treatment
  // requested", below).
  /\b(?:omitted|redacted|excluded)\b[^.]{0,160}\b(?:securities\s+and\s+exchange\s+commission|the\s+commission|regulation\s+s-k|rule\s+24b-2|from\s+this\s+exhibit)\b/i,
  /^(by|name|title|date|signature|signed|its|attention|attn|fax|facsimile|telecopy|telecopier|telephone|tel|phone|email|e-mail)\s*:/i,
  // A notary's acknowledgement under the signatures ("On the 3rd day of May, 2031, before me personally
  // came Jane Roe, to me known, who being by me duly sworn …"): how the signing was attested, no term.
  /\bbefore\s+me\b[^.;]{0,40}?\b(?:personally\s+)?(?:came|appeared)\b/i,
  // The notices clause: how and when a notice counts as given ("All notices, requests and other
  // communications hereunder shall be in writing and shall be deemed given when delivered by hand …",
  // "Notice shall be effective upon receipt if personally delivered …", "Any notice sent by facsimile shall
  // be deemed received on the day of transmission"). Every contract carries it, and it says how to send
  // a letter, not what the deal is. Its subject is notices in general (with other kinds of
  // communication listed beside them); a notice of something ("Notice of termination shall be given at
  // least ninety days before …", "Notice of any price change shall be sent sixty days in advance") sets a
  // term of the deal and is not matched, nor is any sentence that names ending or renewing the contract
  // or a time before an event ("sixty days prior", "in advance").
  new RegExp(
    String.raw`^(?![^]*\b(?:terminat|renew|expir|cancel|in\s+advance\b|(?:days?|months?)['’]?\s+(?:prior|before)\b))\W*(?:notices?\s*[:.\-–]?\s+)?(?:the\s+)?(?:(?:all|any|each|every)\s+)?(?:written\s+)?(?:notices?|communications?|correspondence)(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)(?:other\s+)?(?:written\s+)?(?:notices?|requests?|demands?|consents?|claims?|waivers?|approvals?|reports?|payments?|documents?|communications?|correspondence|statements?|invoices?|deliver(?:y|ies)|instructions?|notifications?|elections?|determinations?|expressions\s+of\s+intent))*\s*(?:\([^()]{0,80}\)\s*)?(?:(?:required|permitted|which|that|to\s+be|given|sent|provided|hereunder|under|pursuant|herein|in\s+connection|made|delivered|for\s+the\s+purposes?|from)\b[^.;]{0,200}?)?\b(?:shall|will|must|may)\s+(?:only\s+)?be\s+(?:(?:\w+ly|duly)\s+)?(?:in\s+writing|deemed|given|sent|delivered|made|addressed|directed|effective|sufficient|served|considered|received)\b`,
    'i',
  ),
  /\bpage \d+ (of \d+)?\b/i,
  /\.{5,}|_{5,}/,
  /^\[\*+\]$/,
  /counterparts?\b.*\b(original|same instrument)/i,
  // "This Lease may be executed in counterparts.", "… is to be executed in duplicate.": how it is signed.
  // Signed or made as well as executed (“This document may be signed in counterparts …”, “The Contract shall be made in duplicate …”).
  /\b(?:executed|signed|made|drawn\s+up)\s+in\s+(?:any\s+number\s+of\s+|two\s+or\s+more\s+|one\s+or\s+more\s+|several\s+)?(?:counterparts|duplicate|triplicate|quadruplicate)\b/i,
  // How many copies each party keeps ("Party A shall have two copies and Party B shall have one copy.",
  // "This Agreement is made in four originals, two for each Party, with equal legal effect."): signing
  // mechanics, as "executed in duplicate" is. Copies of something named ("two copies of the
  // Software") are a term and are not matched.
  /^\W*(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract|amendment|addendum)\s+(?:is|shall\s+be|has\s+been|was)\s+(?:made|executed|signed|prepared|written)\s+(?:out\s+)?in\s+(?:\w+|\d+)\s+(?:\(\d+\)\s+)?(?:identical\s+|original\s+)?(?:copies|originals|counterparts|sets)\b(?!\s+of\b)[^.]{0,160}\.?$/i,
  /^\W*(?:each\s+party|party\s+[a-z]|both\s+parties|the\s+parties)\s+(?:shall|will|each)?\s*(?:have|hold|keep|retain|receive|holds?|keeps?)\s+(?:one|two|three|four|\d+)\s+(?:\(\d+\)\s+)?(?:original\s+)?(?:copy|copies|originals?|counterparts?|sets?)\b(?!\s+of\b)(?:[^.;]{0,20}?\b(?:each\s+party|party\s+[a-z]|both\s+parties)\s+(?:shall|will)?\s*(?:have|hold|keep|retain|receive|holds?|keeps?)\s+(?:one|two|three|four|\d+)\s+(?:\(\d+\)\s+)?(?:original\s+)?(?:copy|copies|originals?|counterparts?|sets?)\b(?!\s+of\b))?[^.;]{0,60}\.?$/i,
  // How the contract's words are read ("The word “including” shall mean including without limitation.",
  // "The word “or” is not exclusive."): an interpretation clause, the same in every contract.
  /^the\s+words?\s+["“'‘][^"”'’]{1,30}["”'’]\s+(?:(?:is|are|shall|will)\s+(?:be\s+)?(?:not\s+)?(?:exclusive|mean|deemed|construed|read|interpreted)|means?)\b/i,
  // How the document is signed (copies of signatures sent by fax or e-mail count as originals; "By
  // signing below, …"): execution mechanics, which say nothing of what was agreed.
  /\b(?:facsimile|fax|electronic(?:ally)?|e-?mail(?:ed)?|pdf|scanned|digital)\b[^.;]{0,80}\bsignatures?\b[^.;]{0,80}\b(?:original|binding|effective|valid|accepted|deemed)/i,
  /\bsignatures?\b[^.;]{0,80}\b(?:facsimile|fax|electronic(?:ally)?|e-?mail(?:ed)?|pdf|scanned|digital)\b[^.;]{0,80}\b(?:original|binding|effective|valid|accepted|deemed)/i,
  // Remedies are cumulative ("The rights and remedies herein provided shall be cumulative and not
  // exclusive of any rights or remedies provided by law."): how remedies combine, the same in every
  // contract. A sentence that also names a remedy of this deal ("… cumulative, and Kestrel may also
  // withhold payment") says more and stays.
  /^\W*(?:the\s+|all\s+|each\s+of\s+the\s+)?(?:(?:rights?|powers?)\s+(?:and|or)\s+)?remed(?:y|ies)\b[^.;]{0,80}?\b(?:are|is|shall\s+be|will\s+be)\s+cumulative\b(?:,?\s+and\s+(?:not|are\s+not|shall\s+not\s+be)\s+(?:alternative|exclusive)\b[^.;]{0,120}|\s*\.?$|\s+(?:with|to|of|and\s+in\s+addition\s+to)\b[^.;]{0,120})\.?$/i,
  // That the parties have read the contract and agree to it ("All parties have read and fully agree
  // to all terms and conditions of this Agreement.", "Each party acknowledges that it has read and
  // understood these terms."): what signing says, nothing of what was agreed.
  /^\W*(?:(?:the|all|both)\s+)?(?:parties|each\s+party|the\s+undersigned)(?:\s+hereto)?\b[^.;]{0,60}?\bread\b[^.;]{0,40}?\b(?:understand|understood|agree|agreed|accept|accepted)\b[^.;]{0,40}?\b(?:terms|provisions|agreement|contract)\b[^.;]{0,80}\.?$/i,
  /^by\s+(?:signing|executing)\s+(?:below|hereunder)\b/i,
  // The signature block's lead-in in plain words ("The parties have executed this Agreement on
  // October 1, 2020.", "WHEREFORE, the parties have signed this Amendment as of the date above."):
  // that it was signed, and nothing of what was agreed.
  /^\W*(?:(?:wherefore|accordingly|in\s+witness\s+(?:whereof|thereof))\s*,?\s*)?(?:the\s+|both\s+)?parties(?:\s+hereto)?(?:\s*,[^,.;]{1,80},)?\s+have\s+(?:duly\s+)?(?:executed|signed)\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|amendment|addendum|deed|lease)\b(?![^.;]*\b(?:shall|will|agrees?)\b)/i,
  // (… also behind an aside: "The Parties, by their authorized officers, have duly executed …".)
  // Signing accepts the terms ("By signing in the places shown below, the parties accept all of the
  // terms hereof."): that it is signed, nothing of what was agreed.
  /^by\s+(?:signing|executing)\b[^.;]{0,80}\b(?:accepts?|agrees?\s+to|acknowledges?)\s+(?:all\s+(?:of\s+)?)?the\s+terms\s+(?:and\s+conditions\s+)?(?:hereof|of\s+this\s+\w+)\s*\.?$/i,
  // ("… are intended to be for reference purposes only": the same said of the drafter's intent.)
  /\bheadings?\b[^.]{0,60}\b(?:are|is)\s+(?:(?:intended|meant)\s+(?:to\s+be\s+)?)?(?:for|inserted\s+for|included\s+for|used\s+for)\s+(?:the\s+)?(?:convenience|reference)/i,
  /confidential treatment (has been )?requested/i,
  // A note on the page, not a term: "(The remainder of this page is intentionally left blank.)",
  // "[Signature page follows]", "This page intentionally left blank".
  /\b(?:intentionally|deliberately)\s+(?:been\s+)?left\s+blank\b|^\W*(?:the\s+)?(?:remainder|rest|balance)\s+of\s+(?:this\s+)?page\s+(?:is\s+|has\s+been\s+)?(?:left\s+)?blank\b|^\W*(?:\[?\s*)?(?:the\s+)?signatures?\s+(?:pages?\s+)?(?:follows?|appears?\s+on\s+the\s+(?:next|following)\s+page)\b/i,
  /^table of contents$/i,
  // The closing clauses every contract carries, which say nothing of this deal: "Time is of the
  // essence …", "The provisions of this Section 12 shall survive the termination of this Agreement."
  // (a survival sentence that names only a clause), "The provisions of this Agreement shall be deemed
  // severable.", "Nothing in this Agreement … confers any rights … on any person other than the parties".
  /^time\s+(?:is|shall\s+be|will\s+be)\s+of\s+the\s+essence\b/i,
  /^(?:the\s+)?(?:provisions|terms|obligations)\s+(?:of|in|under)\s+(?:this\s+)?(?:section|article|paragraph|clause)\s+[\w.()]+\s+(?:shall|will)\s+survive\s+(?:the\s+)?(?:expiration\s+or\s+)?termination\s+(?:or\s+expiration\s+)?of\s+this\s+agreement[^.;]{0,40}\.?$/i,
  // The same with another subject or without the clause's number ("The provisions of this paragraph
  // will survive termination of this Agreement.", "Each party's responsibilities under this Section 13
  // shall survive …", "The obligations of the parties pursuant to this Section 9 shall survive …"),
  // unless it says for how long (a period is a term).
  /^(?:(?:each\s+party['’]s|the\s+parties['’]|the)\s+)?(?:respective\s+)?(?:rights\s+and\s+obligations|provisions|terms|obligations|responsibilities|covenants|rights)(?:\s+of\s+(?:the\s+parties|each\s+party|either\s+party))?\s+(?:of|in|under|pursuant\s+to|set\s+forth\s+in|contained\s+in)\s+(?:this\s+)?(?:section|article|paragraph|clause)(?:\s+[\w.()]+?)?\s+(?:shall|will)\s+survive\s+(?:any\s+|the\s+)?(?:expiration|termination)(?:\s+or\s+(?:expiration|termination))?(?:\s+of\s+this\s+agreement)?(?![^.;]*\b(?:\d|years?|months?|days?|period|until)\b)[^.;]{0,40}\.?$/i,
  /^(?:the\s+)?provisions\s+of\s+this\s+agreement\s+(?:shall\s+be|are)\s+(?:deemed\s+)?(?:separate|severable)\b[^.;]{0,20}\.?$/i,
  // (The severability clause's condition may name where the provision applies: "If any provision of
  // this Agreement or its application to any person or circumstance is held invalid, …".)
  // Four more closing clauses every contract carries: what undefined capitalised terms mean ("All
  // capitalised terms not defined in this Amendment (No. 2) have the meanings given in the Agreement."); that
  // it is amended (supplemented, waived) only in writing (when it says nothing else); severability ("If any provision of
  // this Agreement is held unenforceable, the remaining provisions …"); and no waiver ("The failure
  // of either party to enforce a provision shall not be construed as a waiver …").
  /^\W*(?:all\s+|any\s+|each\s+)?capitali[sz]ed\s+terms?\b[^.;]{0,80}\bnot\s+(?:otherwise\s+)?defined\b(?:[^.;]|\.(?=\s?\d)){0,200}\bmeanings?\b/i,
  // …and the terms the contract defines as it goes ("Other terms used in this Agreement are defined in the
  // context in which they are used and shall have the meanings there indicated."): where to look, no term.
  /^\W*(?:all\s+)?other\s+(?:capitali[sz]ed\s+|defined\s+)?terms\b[^.;]{0,80}\b(?:are|is|shall\s+be)\s+defined\b[^.;]{0,120}\bmeanings?\b[^.;]{0,60}\.?$/i,
  /^\W*(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract|amendment|addendum|lease)\s+(?:may|shall|can)\s+(?:not\s+)?(?:only\s+)?be\s+(?:amended|modified|changed|varied|supplemented)(?:\s*,?\s*(?:or|and)\s+(?:amended|modified|changed|varied|waived|supplemented|assigned|terminated))*,?\s+(?:only\s+)?(?:except\s+)?(?:by|in|with)\s+(?:a\s+)?(?:writing|written\s+(?:instrument|agreement|document|amendment))\b[^.;]{0,80}\.?$/i,
  // The same with the amendment as subject ("Any amendment of this Agreement shall be in writing and
  // signed by both parties.", "All modifications to these terms must be made in writing."). An amendment
  // of a named thing ("Any amendment of the price list …") or one that goes on past 120 characters stays.
  /^\W*(?:any|all|no)\s+(?:amendments?|modifications?|variations?|changes?|alterations?|supplements?)(?:\s+(?:or|and)\s+(?:amendments?|modifications?|variations?|changes?|alterations?|supplements?|waivers?))?\s+(?:(?:of|to)\s+(?:this|these|the)\s+[\w-]+\s+)?(?:shall|will|must)\s+(?:only\s+)?be\s+(?:(?:made|effective|valid|binding)\s+(?:only\s+)?(?:if\s+)?)?(?:in\s+writing|written)\b[^.;]{0,120}\.?$/i,
  // A waiver put as a permission ("Any provision of this Agreement may be waived by the party it
  // benefits, but only by a written instrument signed by that party.", "Any term of these terms may be
  // amended or waived only in writing."): how a term is given up, the same in every contract, as
  // "amended only in writing" is. One that may also be assigned or ended that way is left to the rules
  // on assignment and ending.
  /^\W*(?:any|no|each)\s+(?:provision|term|condition|covenant|obligation|requirement)s?\s+(?:of|in|under)\s+(?:this|these|the)\s+[\w-]+(?:\s+or\s+any\s+[\w-]+)?\s+may\s+(?:only\s+)?be\s+(?:(?:amended|modified|changed|varied|supplemented)\s*,?\s*(?:or|and|and\/or)\s+)?waived\b(?![^.;]*\b(?:assign|transfer|terminat)\w*)[^.;]{0,160}?\b(?:writing|written\s+(?:instrument|agreement|document|waiver|consent|notice))\b[^.;]{0,200}\.?$/i,
  /^\W*no\s+(?:amendment|modification|variation|change|supplement|alteration|waiver)\b[^.;]{0,80}\b(?:shall|will)\s+be\s+(?:valid|effective|binding|enforceable)\s+unless\b[^.;]{0,30}\bwriting\b[^.;]{0,80}\.?$/i,
  /^\W*(?:if|in\s+the\s+event\s+(?:that\s+)?|should)\s+any\s+(?:term|provision|part|portion|clause|covenant)s?\b[^.;]{0,120}\b(?:invalid|illegal|unenforceable|void)\b[^.]{0,200}\b(?:(?:remaining|remainder|rest|other)\s+(?:of\s+(?:the|this)\s+)?(?:provisions|terms|portions|parts|agreement)|shall\s+not\s+(?:affect|impair|render|invalidate))\b/i,
  /^\W*(?:the\s+)?(?:failure|delay|omission)\s+(?:or\s+(?:delay|failure)\s+)?(?:of|by)\s+(?:any|either|a|the)\s+party\b[^.;]{0,120}\b(?:enforc|insist|exercis|requir)\w*\b[^.;]{0,200}\bwaiver\b/i,
  /^\W*no\s+waiver\s+(?:of|by)\b[^.;]{0,160}\b(?:shall|will)\s+(?:be\s+)?(?:deemed|construed|constitute|operate|effective|valid|binding)\b/i,
  // The no-waiver clause that does not say "waiver": a party's failure to insist on a term does not
  // take away its right to insist later ("The failure of either party to require performance of any
  // term shall in no way affect its right to require performance afterwards."). A failure that has
  // another consequence ("… will not relieve the Grower of its liability") is a term and stays.
  /^\W*(?:the\s+)?(?:failure|delay|omission)\s+(?:or\s+(?:delay|failure)\s+)?(?:of|by)\s+(?:any|either|a|the)\s+party\b[^.;]{0,120}\b(?:enforc|insist|exercis|requir)\w*\b[^.;]{0,160}\b(?:shall|will)\s+(?:in\s+no\s+(?:way|manner|event)|not(?:\s+in\s+any\s+(?:way|manner))?)\s+(?:affect|impair|limit|prejudice|diminish)\b[^.;]{0,40}\bright\b[^.;]{0,120}\.?$/i,
  // The same put as "No forbearance or delay by either party … shall operate as a waiver" (the clause's
  // number may be glued to it: "8.No indulgence …"): a forbearance is not a waiver, in every contract.
  /^\W*(?:\d+(?:\.\d+)*\.?\s*)?no\s+(?:[\w-]+,?\s+){1,6}?(?:by|of|on\s+the\s+part\s+of)\s+(?:any|either|a|the|each)\s+party\b[^.;]{0,200}?\b(?:shall|will)\s+(?:operate|be\s+(?:deemed|construed)|constitute)\s+(?:as\s+)?a\s+waiver\b/i,
  // A pointer and nothing else: "Section 4.2 shall apply accordingly.", "Clauses 7 and 8 apply mutatis
  // mutandis to the Orchard Agreement.": what applies is written elsewhere, so alone it tells the
  // reader nothing. "and", "or" and "to" between numbers stand between spaces, so a word with "to" in it
  // is not split into numbers every way there is (a document's text is untrusted input).
  /^\W*(?:the\s+(?:provisions|terms)\s+of\s+)?(?:sub-?)?(?:sections?|clauses?|articles?|paragraphs?)\s+[\w.()]+(?:\s*,\s*[\w.()]+|\s+(?:and|or|to)\s+[\w.()]+)*\s+(?:shall|will|should)?\s*(?:also\s+)?appl(?:y|ies)\s+(?:accordingly|mutatis\s+mutandis|correspondingly)\b[^.;]{0,80}\.?$/i,
  // A survival sentence whose subject is the clause itself ("This Section 11.5 shall survive termination
  // of this Agreement.", "Subsection 8.1 shall survive the expiry of this Lease.", "This clause shall
  // survive termination."): shown alone, it names no clause a reader can see. One that says for how
  // long ("… for three years") is a term and stays.
  /^\W*(?:this\s+)?(?:sub-?)?(?:section|clause|article|paragraph)(?:\s+[\w.()]+?)?\s+(?:shall|will)\s+survive\s+(?:any\s+|the\s+)?(?:expiration|expiry|termination)(?:\s+or\s+(?:expiration|expiry|termination))?(?:\s+of\s+this\s+[\w-]+)?(?![^.;]*\b(?:\d|years?|months?|days?|period|until)\b)[^.;]{0,40}\.?$/i,
  // The lead-in of a list of definitions ("The following terms shall have the meanings set out below
  // wherever used in this Agreement."): the definitions follow it, and it says nothing of the deal.
  /^\W*(?:in\s+this\s+[\w-]+\s*,\s*)?the\s+following\s+(?:(?:capitali[sz]ed|defined)\s+)?(?:terms|words|expressions|definitions)\b[^.;:]{0,60}\b(?:have|has|bear|apply)\b[^.;:]{0,30}\bmeanings?\b[^.;:]{0,100}[.:]?$/i,
  // Each party bears its own costs of making the contract ("Each party will pay its own legal fees and
  // expenses in connection with the negotiation and preparation of this Agreement."): the same in every
  // contract. Costs of performing it ("… its own costs of delivering the barley") are a term and stay.
  /^\W*(?:each\s+(?:party|of\s+the\s+parties)|the\s+parties|both\s+parties)\s+(?:(?:shall|will|agrees?\s+to|is\s+to)\s+)?(?:pay|bear)s?\s+(?:its|his|her|their)\s+(?:or\s+(?:his|its|her)\s+)?own\b[^.;]{0,80}\b(?:costs|expenses|fees)\b[^.;]{0,60}\b(?:in\s+connection\s+with|incurred\s+in|relating\s+to|arising\s+from|incidental\s+to|of|for)\s+(?:the\s+)?(?:preparation|negotiation|drafting|execution|entering\s+into|making)\b[^.;]{0,160}\.?$/i,
  // A bare list of clause numbers that survive the end ("Sections 4, 7.2 and 9 shall survive any
  // termination of this Agreement.", "The following provisions shall survive expiration or termination:
  // Section 8 (Payment), Section 10 and 11."): shown alone, it names only numbers a reader cannot see.
  // One that says for how long, or what survives in words ("The confidentiality obligations …"), stays.
  new RegExp(String.raw`^\W*(?:the\s+(?:provisions|terms)\s+of\s+)?${SURVIVING_LIST}(?:\s+(?:hereof|of\s+this\s+[\w-]+))?\s+(?:shall|will)\s+survive\s+(?:any\s+|the\s+)?(?:expiration|expiry|termination)(?:\s+or\s+(?:earlier\s+)?(?:expiration|expiry|termination))?(?:\s+of\s+this\s+[\w-]+)?(?![^.;]*\b(?:\d|years?|months?|days?|period|until|indefinitely|perpetuity)\b)[^.;]{0,60}\.?$`, 'i'),
  new RegExp(String.raw`^\W*the\s+following\s+(?:provisions|sections|articles|clauses|paragraphs|terms)\b[^:;]{0,200}\bsurviv\w*\b(?![^:;]*\b(?:years?|months?|days?|period|until|indefinitely|perpetuity)\b)[^:;]{0,120}:\s*${SURVIVING_LIST}\s*\.?$`, 'i'),
  // Two more standard clauses: the successors-and-assigns clause ("This Agreement shall be binding upon
  // and inure to the benefit of the parties and their successors and assigns."), and a bare
  // representation of capacity ("X is a corporation duly organized, validly existing and in good
  // standing under the laws of …", "This Agreement has been duly authorized, executed and delivered by
  // X."), which says only that the party exists and signed. A list of representations that says more
  // ("(1) it is a corporation …; (2) it has …") is not matched: the whole sentence must be the one statement.
  /\bbinding\b[^.;]{0,60}\b(?:inure|enure|endure)\s+to\s+the\s+benefit\s+of\b[^.;]{0,160}\bsuccessors\b|\b(?:inure|enure|endure)\s+to\s+the\s+benefit\s+of\b[^.;]{0,160}\bsuccessors\b[^.;]{0,80}\bbinding\b|\b(?:inure|enure|endure)\s+to\s+the\s+benefit\s+of\s+and\s+(?:shall\s+|will\s+)?(?:be\s+)?binding\b[^.;]{0,160}\bsuccessors\b/i,
  // ("enure", and the misspelling "endure", are the same word; "… inure to the benefit of and be binding
  // upon the parties and their successors" puts the two the other way round.)
  // Further assurances ("Each party will execute and deliver such further documents and do such further
  // acts as the other may reasonably request to carry out this Agreement."): a promise every contract
  // makes, to sign what it takes to give the deal effect, and no term of this one. What the further acts
  // are for must be the contract itself ("to carry out the purposes of this Agreement") or the other
  // side's request: "shall take all further actions necessary to register the Products" is a duty of its own.
  /\b(?:execute|deliver|do|take|perform|sign)\b[^.;]{0,80}\b(?:such\s+|all\s+)?(?:other\s+and\s+)?further\s+(?:documents|instruments|acts|assurances|actions|deeds|papers|things)\b[^.;]{0,200}\b(?:as\s+(?:may\s+be\s+|are\s+|is\s+)?(?:reasonably\s+)?requested|as\s+(?:[\w'’-]+\s+){1,3}?may\s+(?:reasonably\s+)?(?:request|require)|(?:necessary|required|desirable|appropriate|advisable)\b[^.;]{0,40}\bto\s+(?:carry\s+out|give\s+(?:full\s+)?effect|effect(?:uate)?|implement|consummate|perfect|complete|evidence|fulfil+)\b[^.;]{0,60}\b(?:agreement|transactions?|purposes?|intent(?:ion)?s?|provisions|terms)\b)/i,
  // "This Agreement will be effective as of the Effective Date.": true of every contract by definition; when
  // the Effective Date falls is what a reader needs, and the Overview gives it from the key terms.
  /^\W*(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|amendment|contract)\s+(?:will|shall)\s+(?:be(?:come)?\s+effective|take\s+effect|commence)\s+(?:as\s+of|on|upon|from)\s+the\s+effective\s+date\s*\.?$/i,
  // A party's power to name another address for notices ("Either party may, by notice given under this
  // Section, designate another address for the receipt of notices.", "The address for notice set out above
  // may be changed by giving thirty days' notice."): the notices clause's mechanics.
  /^(?![^]*\b(?:terminat|renew|expir|cancel))[^.;]{0,120}\b(?:designate|change|specify|substitute|notify)\w*\b[^.;]{0,80}?(?:\bnotice\s+address(?:es)?\b|\baddress(?:es)?\b[^.;]{0,80}?(?:\bfor\s+(?:the\s+)?(?:receipt|service|giving|purposes?)\s+of\s+notices?\b|\bto\s+which\s+notices?\b|\bfor\s+notices?\b))[^.;]{0,80}\.?$|^\W*(?:the\s+)?address(?:es)?\s+for\s+(?:the\s+(?:receipt|service|giving)\s+of\s+)?notices?\b[^.;]{0,80}\b(?:changed|designated|updated|amended)\b[^.;]{0,120}\.?$/i,
  /^\W*(?:[\p{L}\p{N}.&'’,-]+\s+){1,6}?is\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:corporation|company|partnership|entity|trust|association)\s+duly\s+(?:organized|organised|incorporated|formed)\b[^.;()]{0,40}\bvalidly\s+existing\b[^.;()]{0,160}\.?$/iu,
  /^\W*(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|amendment|contract)\s+has\s+been\s+duly\s+(?:authorized|authorised|executed)\b[^.;()]{0,100}\.?$/i,
  // Interpretation clauses: how the contract is to be read, the same in every contract and nothing of
  // this deal. Number and gender ("Words in the singular include the plural and vice versa.", "Words
  // importing a gender include every gender."); headings that do not affect the reading; what a
  // reference to a "Section" means; no construction against the drafter ("… construed in a neutral
  // manner"); "including" read as "including without limitation"; counterparts read together as one
  // agreement; and the no-waiver clause with "waiver" as its subject ("The waiver of a breach shall not
  // be construed as a waiver of any later breach."). "All references to currency are to Canadian
  // dollars." names no part of the document and stays: it says what money is paid in.
  /\b(?:singular|masculine|feminine|neuter|genders?)\b[^.;]{0,100}\b(?:includes?|including|shall\s+include|import(?:s|ing)?|shall\s+be\s+deemed\s+to\s+include|means?)\b[^.;]{0,60}\b(?:plural|singular|genders?|masculine|feminine|neuter)\b/i,
  /\b(?:headings?|captions?)\b[^.;]{0,80}\b(?:not|no)\b[^.;]{0,40}\b(?:affect|effect|limit|govern|modify|define)\w*\b[^.;]{0,60}\b(?:interpret|constru|meaning)\w*/i,
  /^\W*(?:unless\s+(?:otherwise|the\s+context)[^,.;]{0,60},\s*)?(?:all\s+)?references?\s+(?:in\s+this\s+[\w-]+\s+)?to\s+(?:an?\s+|the\s+)?["“]?(?:sections?|articles?|clauses?|schedules?|exhibits?|appendix|appendices|annexe?s?|paragraphs?|recitals?|sub-?sections?|sub-?clauses?)["”]?[^.;]{0,80}\b(?:are|is|shall\s+be|mean|refer|be\s+construed|be\s+deemed)\b[^.;]{0,100}\b(?:of|to|in)\s+this\s+(?:agreement|amendment|contract|lease|addendum)\b[^.;]{0,60}\.?$/i,
  /\b(?:construed|interpreted)\b[^.;]{0,60}\b(?:in\s+a\s+neutral\s+manner|neutrally|as\s+if\s+(?:drafted|prepared)\s+jointly|as\s+(?:having\s+been\s+)?(?:jointly\s+)?drafted\s+(?:jointly|by\s+(?:both|all)\s+(?:the\s+)?parties))\b|\b(?:not|no)\b[^.;]{0,60}\b(?:construed|interpreted|resolved)\s+(?:more\s+)?(?:strictly\s+)?against\b[^.;]{0,60}\b(?:draft|prepar|author)\w*|\brule\s+of\s+(?:strict\s+)?construction\b[^.;]{0,120}\b(?:against|drafting|drafter)\b/i,
  /^\W*(?:the\s+(?:words?|terms?)\s+)?["“]?includ(?:ing|es?)["”]?(?:\s*,\s*["“]?includ\w*["”]?)*(?:\s*,?\s*(?:and|or)\s+["“]?includ\w*["”]?)?\s+(?:means?|shall\s+mean|shall\s+be\s+(?:deemed|read|construed))\b[^.;]{0,60}\bwithout\s+limitation\b/i,
  /\bcounterparts?\b[^.;]{0,80}\b(?:construed\s+together|constitute|together)\b[^.;]{0,40}\b(?:one|single)\s+(?:and\s+the\s+same\s+)?(?:agreement|instrument|document|contract)\b/i,
  // (Widened after reading what came in:) "A reference to a party includes its successors and permitted
  // assigns." (interpretation), and severability with the invalidity as subject ("The invalidity of any
  // provision shall not affect the remainder of this Agreement.").
  /^\W*(?:a\s+|any\s+)?references?\s+(?:in\s+this\s+[\w-]+\s+)?to\s+(?:a|any|each|either|the)\s+part(?:y|ies)\b[^.;]{0,40}\b(?:shall\s+)?(?:includes?|be\s+deemed\s+to\s+include)\b[^.;]{0,80}\b(?:successors|assigns|representatives)\b[^.;]{0,40}\.?$/i,
  /^\W*(?:the\s+)?(?:invalidity|illegality|unenforceability)\b[^.;]{0,120}\b(?:shall|will)\s+not\s+(?:affect|impair|render\s+(?:invalid|unenforceable)|invalidate)\b[^.;]{0,60}\b(?:remainder|remaining|rest|other\s+provisions|validity)\b/i,
  /^\W*(?:the\s+|a\s+|any\s+)?waiver\s+(?:by|of)\b[^.;]{0,160}\b(?:shall|will)\s+not\b[^.;]{0,60}\bwaiver\s+of\s+(?:any\s+)?(?:other|subsequent|succeeding|later|further|similar)\b/i,
  // The entire-agreement clause ("This Agreement constitutes the entire agreement between the parties
  // and supersedes all prior agreements …", "This Agreement, with its Exhibits, contains the entire
  // understanding …"): every contract carries it, and it says nothing of this deal.
  /^\W*(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|amendment|addendum|lease)\b[^.;]{0,160}?\b(?:(?:is|are|constitutes?|contains?|sets?\s+forth|represents?|embod(?:y|ies))\s+the\s+(?:entire|whole|complete|full)(?:\s+and\s+(?:entire|exclusive|complete|final))?\s+(?:agreement|understanding|contract)|supersedes?\s+(?:any\s+and\s+)?all\s+(?:prior|previous|other))\b/i,
  // What a reference includes ("Any reference to this agreement includes the Schedules.", "A reference to
  // writing includes e-mail."), and a bare capacity representation ("This Agreement constitutes the
  // Parties' legal, valid and binding obligation."): how to read the contract, and that it binds.
  /^\W*(?:a|any|each|all)\s+references?\s+(?:in\s+this\s+[\w-]+\s+)?to\b[^.;]{1,80}?\b(?:includes?|shall\s+include|is\s+to|means?|shall\s+be\s+(?:deemed|construed))\b[^.;]{0,100}\.?$/i,
  /^\W*(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|amendment|contract)\s+(?:constitutes|is)\s+(?:a\s+|the\s+)?(?:[\p{L}’']+\s+)?(?:legal|valid)\b[^.;]{0,40}\bbinding\s+obligations?\b[^.;]{0,100}\.?$/iu,
  // Where cheques or payments are mailed or wired ("All checks shall be made payable to X, LLC and mailed
  // to 481 Some Rd, Town, Pa."): a remittance instruction with the payee's address or bank account,
  // payment mechanics like a notice address. "Payments shall be made to X by wire transfer" names no
  // address and stays.
  // (Case-sensitive: the street's name and the state's code are capitalised.)
  /^\W*(?:(?:[Aa]ll|[Aa]ny|[Ee]ach)\s+)?(?:[Cc]hecks|[Cc]heques|[Pp]ayments|[Rr]emittances)\b[^.;]{0,120}\b(?:payable|mailed|sent|delivered|remitted|wired)\s+to\b[^;]{0,200}?(?:\b\d{1,6},?\s+(?:\p{Lu}[\p{L}.]*\s+){1,4}(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Drive|Dr|Lane|Ln|Way|Parkway|Pkwy|Suite|Floor)\b|\bP\.?\s?O\.?\s+[Bb]ox\b|\b[A-Z]{2}\s+\d{5}\b|\b[Aa]ccount\s+(?:[Nn]o|[Nn]umber)\b|\bABA\b|\bSWIFT\b|\b[Rr]outing\s+(?:[Nn]o|[Nn]umber)\b)/u,
  /^nothing\s+(?:in|contained\s+in)\s+this\s+agreement\b[^.]{0,80}\b(?:confer|give|create)\w*\b[^.]{0,80}\b(?:rights?|remed(?:y|ies)|benefits?)\b[^.]{0,120}\bother\s+than\b/i,
  // … and with the agreement as subject: "This Agreement is not intended to confer upon any person other
  // than the parties any rights or remedies." (no third-party beneficiaries).
  /^\W*this\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract|amendment)\s+(?:is\s+not\s+intended\s+to|does\s+not|shall\s+not|will\s+not)\s+(?:confer|give|create|grant)\b[^.;]{0,80}?\bother\s+than\b[^.;]{0,160}?\b(?:rights?|remed(?:y|ies)|benefits?|claims?)\b[^.;]{0,80}\.?$/i,
  // The same said of persons: "No person other than the parties shall have any right or remedy under this
  // Agreement." (no third-party beneficiaries).
  /^\W*no\s+(?:person|third\s+party|other\s+person|one)\s+(?:other\s+than|except(?:\s+for)?)\s+(?:a|the)\s+part(?:y|ies)\b[^.;]{0,80}\b(?:shall|will)\s+(?:have|acquire|be\s+entitled\s+to)\b[^.;]{0,60}\b(?:rights?|remed(?:y|ies)|claims?|benefits?)\b[^.;]{0,80}\.?$/i,
];

// A statement whose whole predicate was redacted before filing ("Licensee shall [***].", "The fee
// will be [*****];"): it says that something is agreed and nothing of what, so a reader learns
// nothing from it. A predicate that keeps words around the mark ("a fee of [***] per unit") stays.
const REDACTION_MARK = String.raw`(?:\[\s*\*+\s*\]|\*{3,}|\[\s*(?:redacted|omitted|confidential(?:\s+treatment\s+requested)?)\s*\])`;
const REDACTED_PREDICATE = new RegExp(String.raw`\b(?:shall|will|may|must|is|are|agrees?\s+to)\s+(?:not\s+)?(?:be\s+)?${REDACTION_MARK}(?:\s*(?:[,;]|and|or)?\s*${REDACTION_MARK})*\s*[.;:]?\s*$`, 'i');
// The same when the verb survives and up to three words after it, and all that follows them was
// redacted ("The Fees shall equal [***].", "… will keep the remaining [***].", "… shall not include
// [***]."); unless the sentence has a figure of its own ("a fee of $45,000 per month shall apply to [***]").
const REDACTED_OBJECT = new RegExp(String.raw`\b(?:shall|will|may|must|is|are|do|does|agrees?\s+to)\s+(?:not\s+)?(?:be\s+)?(?:[\p{L}'’-]+\s+){1,3}${REDACTION_MARK}(?:\s*(?:[,;]|and|or)?\s*${REDACTION_MARK})*\s*[.;:]?\s*$`, 'iu');
const OWN_FIGURE = /\d/;
// A condition whose whole consequence was redacted ("If the Grower ships late, [***].", "In the event that
// sales are [***] than the advance, [***]."): it says when something happens and nothing of what.
const REDACTED_CONSEQUENCE = new RegExp(String.raw`^\W*(?:if|in\s+the\s+event(?:\s+that)?|where|when|whenever|should|upon|unless)\b[^;]{1,200},\s*${REDACTION_MARK}(?:\s*(?:[,;]|and|or)?\s*${REDACTION_MARK})*\s*[.;:]?\s*$`, 'i');
const redactedPredicate = (text: string): boolean =>
  REDACTED_PREDICATE.test(text) || REDACTED_CONSEQUENCE.test(text) || (REDACTED_OBJECT.test(text) && !OWN_FIGURE.test(text.replace(new RegExp(REDACTION_MARK, 'g'), '')));

// An amendment's "everything else stays" clause: "Except as amended herein, the Agreement shall remain
// in full force and effect.", "All other terms of the original Agreement shall remain unchanged.",
// "… the Agreement in all other respects is hereby ratified and confirmed.". Every amendment says it,
// and it says nothing of what changed. It must open so ("Except as …,", "All other terms …", "in
// all other respects", "as amended hereby"), speak of the agreement or its terms, and end on the
// rest remaining or being ratified; "This Agreement shall remain in full force and effect until …"
// says how long it runs and stays.
const REST_STAYS_OPENING = /^\W*(?:(?:except|save|other\s+than)\s+as\s+(?:[^,;]{0,60}?\b)?(?:amended|modified|supplemented|changed|provided|specified|set\s+forth|stated|otherwise)\b[^,;]{0,160},|(?:all|each\s+and\s+every)\s+(?:of\s+the\s+)?other\s+(?:terms|provisions|conditions|covenants)\b)|\bin\s+all\s+other\s+respects\b|\bas\s+(?:so\s+|hereby\s+|herein\s+)?(?:amended|modified|supplemented)\s+(?:hereby|herein|by\s+this\s+(?:amendment|addendum))\b/i;
const REST_STAYS_ENDING = /\b(?:remains?|continues?|(?:is|are)\s+(?:hereby\s+)?(?:ratified|confirmed|unchanged|unaffected|unmodified))\b[^.;]{0,60}?\b(?:unchanged|unmodified|unaffected|in\s+full\s+force\s+and\s+effect|ratified(?:\s+and\s+confirmed)?|confirmed|binding)(?:\s+(?:in\s+all\s+respects|for\s+all\s+purposes(?:\s+and\s+in\s+all\s+respects)?|in\s+accordance\s+with\s+(?:its|their)\s+terms))?\s*[.;]?\s*$/i;
const THE_AGREEMENT_OR_ITS_TERMS = /\b(?:agreement|contract|lease|terms|provisions|conditions|covenants)\b/i;
function restStaysAsItWas(text: string): boolean {
  const open = REST_STAYS_OPENING.exec(text);
  return !!open && REST_STAYS_ENDING.test(text) && THE_AGREEMENT_OR_ITS_TERMS.test(text.slice(open.index));
}

// A run-in title in capitals with its colon before the sentence ("NO WAIVER: The failure of …"): two
// capital letters at least, so a sentence's own lead-in in mixed case ("Fees: …") is not taken for one.
// The second capital is looked for ahead, so a long run of capitals without a colon is read once, not
// once for each place the second capital could be.
const CAPS_TITLE = /^\W*(?:[\d.]+\s+)?(?=[A-Z][A-Z0-9&'’/ -]*[A-Z])[A-Z][A-Z0-9&'’/ -]*:\s+(?=\p{Lu})/u;

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased alphanumeric tokens without stop words (the same tokens the ROUGE scorer counts, minus stop words). */
export function contentTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const t = m[0];
    if (t.length > 1 && !STOPWORDS.has(t) && !/^\d+$/.test(t)) out.push(t);
  }
  return out;
}

/** Splits blocks into scored candidate sentences (headings and boilerplate excluded). */
// A sentence a summary can stand on: it states something (has a verb a contract uses).
const STATES = /\b(shall|will|may|must|can|cannot|is|are|was|were|be|has|have|had|agrees?|acknowledges?|grants?|pays?|provides?|owns?|terminates?|expires?|renews?|does|do|did|won't|don't|isn't)\b/i;
// The present tense of the verbs by which a contract performs or states ("Each Party waives any right to
// a jury trial.", "Club reserves the right to …", "This Agreement supersedes …"), and whatever follows
// "hereby" ("Licensor hereby assigns …"). Verbs that are also plural nouns ("warrants", "releases",
// "assigns", "licenses", "purchases") count only after "hereby": "successors and assigns" states nothing.
const PRESENT_TENSE = /\b(?:waives|disclaims|reserves|retains|assumes|undertakes|consents|appoints|accepts|supersedes|constitutes|represents|certifies|authori[sz]es|indemnifies|submits|bears|remains|becomes|includes|requires|applies|continues|survives|governs|exceeds|receives|makes|holds)\b|(?<!\bas\s+)\bhereby\s+(?:[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?[a-z]{3,}/i;

// A capitalised "May" before a day or a year, or after a preposition of time: the month, not the modal.
const MONTH_MAY = /\bMay(?=\s*,?\s*(?:\d|_{2,}|\\?_))|(?<=\b(?:of|in|from|until|since|during|through)\s+)May\b/g;

/**
 * Whether a sentence states something: its verb is outside parentheses ("Email alert service (when an
 * order has shipped)." has none), unless the whole sentence stands in one ("(Calls are recorded.)").
 */
function statesSomething(text: string): boolean {
  let outside = text;
  // Innermost first, so a nested parenthesis goes with the one around it.
  for (let i = 0; i < 3 && /\([^()]*\)/.test(outside); i++) outside = outside.replace(/\([^()]*\)/g, ' ');
  const read = outside.replace(/[\s.;:!?]+/g, '') ? outside : text;
  // "May" the month is no verb: "Dated the ____ day of June, 2011." states nothing.
  const bare = read.replace(MONTH_MAY, ' ');
  // A present-tense verb needs its subject before it: "Makes driver active or inactive." is an item of
  // a feature list, not a statement.
  return STATES.test(bare) || PRESENT_TENSE.test(bare.replace(/^\W*\p{L}+/u, ' '));
}
// Definitions are reference material, not what a reader wants first, numbered or listed ((a), (iv)).
// Two names defined at once count too: "“Dollar” or “$” shall mean …".
// ("The “Unit Price” shall mean …" too: an article before the quoted term; or a party's: "A party's
// “Confidential Information” is defined as …".)
const DEFINITION = /^\s*(?:\d+(?:\.\d+)*\.?\s+|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)\s+)?(?:the\s+|(?:a|an|each|either|any)\s+part(?:y|ies)['’]s?\s+)?["“][^"”]{1,60}["”](?:\s*(?:,|or|and)\s*["“][^"”]{1,60}["”])*\s*(?:\([^)]*\)\s*)?(means|shall mean|has the meaning|shall have the meaning|refers to|includes|(?:is|are|shall\s+be)\s+defined\s+as)\b/i;
// The same without quotes, where the term is written with capitals ("1.26. VERTICAL AREA shall mean …", "Affiliate means …"),
// or where only the closing quote was kept (an extractor lost the opening one: "Affiliate” shall mean …").
const BARE_DEFINITION = /^\s*(?:\d+(?:\.\d+)*\.?\s+|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{N}&'-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}\p{N}&'-]*){0,5}["”]?\s*(?:\([^)]*\)\s*)?(?:means|shall mean|has the meaning|shall have the meaning)\b/u;
// A definition's other half, what the term leaves out ("Confidential Information shall not include …",
// "The Licensed Materials does not include …", "Net Sales shall exclude …"): the term quoted or of two
// capitalised words at least, so that a party's duty ("Licensee shall not include the Content on …")
// and a term of the deal in lower case ("The service fee shall not include …") stay.
const EXCLUDING_DEFINITION = /^\s*(?:\d+(?:\.\d+)*\.?\s+|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)\s+)?(?:the\s+)?(?:["“][^"”]{1,60}["”]|\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}\p{N}&'’-]*){1,5})\s*(?:\([^)]*\)\s*)?(?:(?:does|shall|will)\s+not\s+include|excludes|(?:shall|will)\s+exclude)\b/u;
// What may announce a definition without changing what it is: "For the purposes of this Agreement, “X”
// shall mean …", "For purposes hereof, the term “X” means …".
const ANNOUNCES_DEFINITION = /^(\s*(?:\d+(?:\.\d+)*\.?\s+|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)\s+)?)(?:for\s+(?:the\s+)?purposes?\s+(?:of\s+)?(?:this\s+(?:agreement|contract|section|clause|article|schedule|exhibit|annex|appendix)|hereof|hereunder|herein)\s*,\s*)?(?:the\s+terms?\s+(?=["“]))?/i;

// … or qualify it after the name: "“Affiliate” as used in this Agreement shall mean …", "The “Unit
// Price” for the purpose of this Section 5.3 shall mean …" (a numbered section may keep its stop).
const AS_USED = /(["”])\s*(?:,\s*)?(?:as\s+used\s+(?:in\s+this\s+(?:agreement|contract|section|clause|article|schedule|exhibit)|herein|hereunder)|for\s+(?:the\s+)?purposes?\s+of\s+(?:this\s+(?:agreement|contract|section|clause|article|schedule|exhibit|annex|appendix)(?:\s+\d[\w()]*(?:\.\d[\w()]*)*\.?)?|hereof|hereunder))\s*,?\s*/i;

// A sentence that only gives names: "A and B are each referred to herein as a “Party” and
// collectively as the “Parties”.", "The Initial Term and any Renewal Terms shall be collectively
// referred to as the “Term”.". Its one verb names things ("referred to / designated / known as",
// "called"), and it ends on the quoted name it gives, so it is a definition by another wording.
const NAMING_VERB = /\b(?:is|are|shall|will|may)\s+(?:(?:also|hereinafter|herein|each|individually|collectively|jointly|together|sometimes|be)\s*,?\s+)*(?:(?:referred\s+to|known|designated)\s+(?:(?:herein|hereinafter|below|collectively|individually|together|in\s+this\s+(?:agreement|contract))\s*,?\s+)*as|called)\b/i;
const ENDS_ON_NAME = /["”'’]\s*\.?\s*["”'’]?\s*$/;
const OTHER_VERB = /\b(?:shall|will|must|may|is|are|was|were|has|have|agrees?|grants?|pays?|provides?|terminates?|expires?|renews?)\b/i;
function onlyNames(text: string): boolean {
  const m = NAMING_VERB.exec(text);
  if (!m || !ENDS_ON_NAME.test(text)) return false;
  // Nothing but the names around the naming verb: no verb before it, none among the names after it.
  return !OTHER_VERB.test(text.slice(0, m.index)) && !OTHER_VERB.test(text.slice(m.index + m[0].length));
}

// A definition by genus and difference, without "means": "Vendor Parts are those Parts which are bought
// from the Vendor.", "Eligible Products are the Products that appear in Schedule 2.". The capitalised term is
// said to be "those" things of a kind, or the things of its own kind (its last word repeated), that a
// relative clause marks out. "Licensee is the owner of the Software that …" names no kind of itself
// and stays.
const GENUS_DEFINITION = /^\s*(?:\d+(?:\.\d+)*\.?\s+|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)\s+)?(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&'’-]*\s+){0,4}(\p{Lu}[\p{L}\p{N}&'’-]*?)s?)\s+(?:are|is|shall\s+be)\s+(?:(?:those|that)\s+(?:[\p{L}-]+\s+){0,4}?|(?:the|any|all)\s+(?:[\p{L}-]+\s+){0,2}?\2s?\s+)(?:which|that|who|whose)\b/u;

// A quoted term with the plain copula: "“Service Cost” is the total cost of running the service …", "“Policies” are
// defined in Section 17.". "shall be" is left: "“X Inventions” shall be the sole property of X." is a term.
const COPULA_DEFINITION = /^\s*(?:\d+(?:\.\d+)*\.?\s+|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)\s+)?["“][^"”]{1,60}["”](?:\s*(?:,|or|and)\s*["“][^"”]{1,60}["”])*\s*(?:\([^)]*\)\s*)?(?:is|are|shall\s+be\s+defined)\b/;

// A glossary entry: a term in Title Case, a colon, and what the term is ("Service Area: The counties
// named in Schedule 2, as the Miller may change them.", "Party: Either Harbor Lane or Nordlicht, as the
// context may require.", "Dry Tonne: means a tonne at twelve percent moisture."). Shorter lines of this
// shape are already dropped as labels; a longer one is a definition, reference material. Past "means",
// what follows the colon must be a noun phrase: no verb before a relative word ("as", "that", "which"
// …) or a list's colon (asides in parentheses set aside), no "shall / will / must" anywhere before that
// colon ("Quality: All goods with which the Marks are used shall be kept …" is a duty), and no figure
// (an amount, a percentage, a period, a year) before its first comma or relative word ("Term: Three
// (3) years from …" and "Fees: Net 30 days from the invoice, …" give terms of the deal). "Liability:
// Each party agrees that …" and "Effect of Termination: Upon termination, …" are run-in headings before
// a statement. A label in capitals ("CONFIDENTIALITY:") is a heading, and "Note:" or "Important:"
// announces a statement: neither is a defined term.
const GLOSSARY_LABEL = /^\s*(?:\d+(?:\.\d+)*\.?\s+|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)\s+|[A-Z]\.\s+)?(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+(?:(?:of|and|or|the|to|for|in|on)\s+)?\p{Lu}[\p{L}\p{N}&'’-]*){0,5})\s*:\s+/u;
const NOT_A_TERM = /^(?:notes?|remarks?|important|attention|example|comments?|explanation|nb|ps|warning|caution|reminder)$/i;
const GLOSSARY_MAIN_END = /:|\b(?:which|that|who|whom|whose|where|as|when|if|unless|provided)\b/i;
const GLOSSARY_HEAD_END = /[,;:]|\b(?:which|that|who|whom|whose|where|as|when|if|unless|provided)\b/i;
const CLAUSE_OPENER = /^\W*(?:upon|if|in|when|where|during|notwithstanding|subject|except|with|within|for|after|before|following|unless|to|on|by|at|from|under|as|once|until|whenever|while|prior|no|neither|nothing)\b/i;
const GLOSSARY_MEANS = /^(?:this\s+)?(?:means|shall\s+mean|refers\s+to)\b/i;
// The label said again as the subject of "means" ("Service Area: The term Service Area as used in this
// Agreement shall mean …", "Tonne: A Tonne means …"): the same entry, written out in full.
const RESTATED_ARTICLE = /^(?:the|a|an)\s+/i;
const RESTATED_WORD = /^(?:word|term|expression|phrase)\s+/i;
const MEANS_AFTER_LABEL = /^["”]?(?:\s*,)?\s+(?:(?:as\s+used\s+(?:in\s+(?:this|these)\s+[\w-]+|herein|hereunder)|for\s+the\s+purposes?\s+of\s+(?:this|these)\s+[\w-]+)\s*,?\s+)?(?:means|shall\s+mean|refers\s+to|shall\s+refer\s+to)\b/i;
function restatesLabel(label: string, body: string): boolean {
  const afterArticle = body.replace(RESTATED_ARTICLE, '');
  // "The term Term shall mean …" and "The Term shall mean …": the label with or without the word that announces it.
  return [afterArticle, afterArticle.replace(RESTATED_WORD, '')].some((rest) => {
    const t = rest.replace(/^["“]/, '');
    return t.toLowerCase().startsWith(label.toLowerCase()) && MEANS_AFTER_LABEL.test(t.slice(label.length));
  });
}
const BINDING = /\b(?:shall|will|must|agrees?|undertakes?)\b/i;
function glossaryEntry(text: string): boolean {
  const m = GLOSSARY_LABEL.exec(text);
  if (!m || !/\p{Ll}/u.test(m[1]!) || NOT_A_TERM.test(m[1]!) || text.split(' ').length < 12) return false;
  const body = text.slice(m[0].length);
  if (GLOSSARY_MEANS.test(body) || restatesLabel(m[1]!, body)) return true;
  if (CLAUSE_OPENER.test(body)) return false;
  const listAt = body.indexOf(':');
  if (BINDING.test(listAt < 0 ? body : body.slice(0, listAt))) return false;
  const bare = body.replace(/\([^()]*\)/g, ' ');
  const end = GLOSSARY_MAIN_END.exec(bare);
  const main = end ? bare.slice(0, end.index) : bare;
  const headEnd = GLOSSARY_HEAD_END.exec(body);
  return !STATES.test(main) && !PRESENT_TENSE.test(main) && !FIGURE.test(headEnd ? body.slice(0, headEnd.index) : body);
}

/** Whether `text`, as written or as shown (a run-in heading trimmed), defines a term or only names one. */
function defines(text: string, shown: string): boolean {
  return [text, shown].some((t) => {
    const bare = t.replace(ANNOUNCES_DEFINITION, '$1').replace(AS_USED, '$1 ');
    return DEFINITION.test(bare) || BARE_DEFINITION.test(bare) || EXCLUDING_DEFINITION.test(bare) || GENUS_DEFINITION.test(bare) || COPULA_DEFINITION.test(bare) || onlyNames(bare) || glossaryEntry(bare);
  });
}

// Where a sentence cannot end: a comma, or an article, preposition or conjunction ("… UNDER ANY CONTRACT, NEGLIGENCE,").
const OPEN_END = /(?:,|\b(?:the|of|and|or|to|in|on|a|an|by|for|with|from|that|under|at|than|any|such|its|their|this|these|each|which|whose)\b)\s*$/i;
// A clause number or an enumerator starts a clause of its own ("14.2 …", "6.2.1. …", "(c) …", "b. …").
const NEW_CLAUSE_START = /^\s*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|\(?[A-Za-z]{1,3}[.)]|\(\d{1,3}\))\s/;
// A block that opens as an item of a list: "(b) ", "b. ", "1. ", "(iv) ", "2) ".
const LIST_ITEM = /^\s*(?:\d{1,3}\s+)?(?:\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\)|(?:[a-z]|[ivx]{2,5}|\d{1,3})[.)])\s+/i;

// A sentence that ends, before its final semicolon, on a word that announces more: an article or a
// conjunction, "either"/"whether", "the following", "including", "between". (A colon there already
// marks a fragment. A preposition is not enough: "… the terms agreed to;" is whole.)
const LEAD_IN_END = /\b(?:either|neither|whether|following|and|or|nor|the|a|an|including|between|among)\s*;$/i;

// A lead-in cut from its list whose colon the extractor lost or garbled ("X represents and warrants to
// Y that(1)(a)", "… the parties agree as follows."): it ends on "that", "as follows" or "the
// following", at most a few marks or short bracketed scraps after it. What it introduces is elsewhere.
const LEAD_IN_TAIL = /\b(?:that|as\s+follows|the\s+following)\s*(?:\([^()\s]{0,8}\)\s*)*[.;]?$/i;

// A condition with no rule: one word, an adjective or participle, before "if / unless / when"
// ("Applicable if value of this Agreement exceeds $100,000.", "Payable only when the goods ship."), no
// verb of obligation anywhere and no clause after a comma. The verb that made it look like a statement
// belongs to the condition; what applies, and to whom, was on a line the extractor kept apart. ("where"
// and "provided" are left out: "Remedies provided herein are cumulative …" is a statement.)
const CONDITION_WITHOUT_RULE = /^\W*(?:(?:not|only)\s+)?\p{L}+\s+(?:only\s+)?(?:if|unless|when|whenever)\b(?![^]*(?:,\s|\b(?:shall|will|must|may|agrees?)\b))/iu;
const PRONOUN = /^\W*(?:you|we|i|it|they|he|she|each|either|both|neither)\b/i;

// A heading left in a paragraph, in Title Case, ending with a stop ("Grant of Reseller Rights.",
// "Buyer to Pay All Charges."): at most ten words, every word of four letters or more capitalised (at least
// two), and no finite verb among the lower-case words. Its capitalised nouns pass STATES ("Grant",
// "Pay"), so it would otherwise be read as a statement. "The Servicer is not a Qualified Lender."
// says "is" and stays.
const FINITE = /\b(?:shall|will|may|must|can|cannot|is|are|was|were|has|have|had|does|do|did)\b/;
// (The possessives too: "Late Payment Does Not Change your Duty." keeps "your" lower case.)
const MINOR_WORDS = new Set(['this', 'that', 'with', 'without', 'from', 'into', 'onto', 'upon', 'under', 'over', 'after', 'before', 'between', 'through', 'within', 'against', 'during', 'about', 'among', 'than', 'your', 'their', 'our', 'its', 'his', 'her']);
const CAPITAL_SMALL_WORD = /^(?:No|Not|To|Of|For|And|Or|In|On|By|With|At|From|All|Any)[.,;:]?$/;
function isTitleCaseHeading(text: string): boolean {
  const words = text.split(' ');
  if (words.length > 10) return false;
  // Every word capitalised, short ones too ("Pay All Sums Due."): no sentence is written so.
  if (words.length >= 3 && words.every((w) => /^[^\p{L}]*(?:\p{Lu}|$)/u.test(w))) return true;
  // Function words of four letters or more stay lower case in a heading ("… to Terminate this Lease
  // without Cause."): they count as short words.
  const long = words.filter((w) => /^[^\p{L}]*\p{L}{4,}/u.test(w) && !MINOR_WORDS.has(w.replace(/[^\p{L}]/gu, '').toLowerCase()));
  if (long.length < 2 || !long.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w))) return false;
  // No sentence capitalises a small word after its first ("User has No Obligation to Pay."): a heading
  // may, whatever verb it keeps in lower case.
  if (words.slice(1).some((w) => CAPITAL_SMALL_WORD.test(w)) && !/["“”]/.test(text)) return true;
  return !FINITE.test(words.filter((w) => /^[^\p{L}]*\p{Ll}/u.test(w)).join(' '));
}

const BINDS = /\b(?:shall|will|must|may|agrees?|undertakes?|covenants?)\b/i;

const NO_FEATURES: Features = { centrality: 0, signals: 0, position: 0, figure: 0, words: 0 };

function candidates(blocks: readonly Block[]): { cands: Candidate[]; read: number } {
  const out: Candidate[] = [];
  // Punctuated, mixed-case text (a real contract) lets us drop fragments; lower-cased, stripped text cannot.
  const sample = blocks.slice(0, 200).map((b) => b.text).join(' ');
  const cased = /[A-Z]/.test(sample) && /[a-z]/.test(sample);
  let order = 0;
  let lastClause: string | undefined;
  let blockIndexInClause = 0;
  // A sentence a page break cut is read whole, in the block it starts in: its first words are the
  // last sentence of this block, the rest the first sentence of the next (which is then skipped).
  let carried = false;
  for (const [blockIndex, block] of blocks.entries()) {
    const skipFirst = carried;
    const next = blocks[blockIndex + 1];
    carried = !!next && cased && !isHeadingOnly(block) && !isHeadingOnly(next) && continuesSentence(block, next);
    const clauseKey = block.clause ?? block.section.join('\u0000');
    blockIndexInClause = clauseKey === lastClause ? blockIndexInClause + 1 : 0;
    lastClause = clauseKey;
    if (isHeadingOnly(block)) continue;
    const heading = clauseHeading(block);
    const clauseWeight = heading ? CLAUSE_WEIGHT[classifyClause(heading)] : 0;
    const spans = splitSentences(block.text);
    const rest = carried ? splitSentences(next!.text)[0]?.text : undefined;
    const before = blocks[blockIndex - 1];
    // An item by its enumerator, by the reader's list (a Word bullet carries no enumerator in its text), or by
    // the lead-in or item before it ("…:", "…;", "…; and").
    const inList = LIST_ITEM.test(block.text) || block.kind === 'list-item' || /(?:[:;]|;\s+(?:and|or))\s*$/.test(before?.text ?? '');
    // The block before stopped mid-sentence, on a comma or a word no sentence ends with, and was not
    // joined to this one (a page number glued to this block's start, text in capitals): this block's
    // first sentence is the rest of that one.
    const restOfOpen = !skipFirst && !!before && (before.kind === 'paragraph' || before.kind === 'list-item') && OPEN_END.test(before.text) && !/;\s*(?:and|or)\s*$/i.test(before.text) && !NEW_CLAUSE_START.test(block.text);
    spans.forEach((span, indexInBlock) => {
      if ((skipFirst || restOfOpen) && indexInBlock === 0) return;
      const joined = rest !== undefined && indexInBlock === spans.length - 1;
      const text = (joined ? `${span.text} ${rest}` : span.text).replace(/\s+/g, ' ');
      const tokens = contentTokens(text);
      const words = text.split(' ').length;
      order += 1;
      if (words < 5 || tokens.length < 3) return;
      const shown = compressSentence(text);
      // Boilerplate is read as written and as shown ("61. Time is of the essence …").
      // … and behind a run-in title in capitals ("ENTIRE AGREEMENT: This Orchard Agreement … supersedes …").
      const titled = shown.replace(CAPS_TITLE, '');
      if (block.kind === 'table-row' || BOILERPLATE.some((re) => re.test(text) || re.test(shown) || (titled !== shown && re.test(titled))) || redactedPredicate(text) || isStandardRepresentation(shown) || restStaysAsItWas(shown) || defines(text, shown) || (cased && !statesSomething(text))) return;
      // Fragments: a page break split the sentence, or a label line ("Name of Shipper: …").
      // Recitals are background, not terms.
      if (/^(whereas|now,? therefore|recitals?)\b/i.test(text)) return;
      // So are statements under a Recitals heading, written without "WHEREAS" ("Licensor desires to …"),
      // unless they bind someone (a misplaced heading may sit over operative text).
      if (underRecitals(block) && !BINDS.test(text)) return;
      // A question (a form's prompt bound into the contract) asks; it agrees nothing.
      if (/\?["”’)]?\s*$/.test(text)) return;
      if (cased && (!/^[\p{Lu}\p{N}"“‘'([§]/u.test(text) || /^(\([a-z0-9]{1,4}\)|[0-9][0-9.]*)\s+\p{Ll}/u.test(text) || !/[.!?;)"”’]$/.test(text) || ((/^[^.:]{1,40}:\s/.test(text) || /^[^.:]{1,40}:\s/.test(shown)) && words < 12))) return;
      // A lead-in whose list follows ("… shall notify the other party either;", "… for the following;"):
      // it stops before saying what, so alone it tells the reader nothing.
      if (cased && (LEAD_IN_END.test(text) || LEAD_IN_TAIL.test(text))) return;
      if (cased && CONDITION_WITHOUT_RULE.test(text) && !PRONOUN.test(text)) return;
      if (cased && isTitleCaseHeading(text)) return;
      // Mostly upper case: a heading or a caption that the extractor left in a paragraph.
      const letters = text.replace(/[^A-Za-z]/g, '');
      if (letters.length > 20 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.7 && words < 25) return;
      const preamble = blockIndex < 15 && /\b(agreement|contract|licen[cs]e|lease)\b[^.]{0,200}\b(between|among)\b/i.test(text) && /\b(dated|made|entered into|executed|effective)\b/i.test(text);
      out.push({ text: shown, raw: text, block, inList, ...(joined ? { continued: next! } : {}), order, indexInBlock, blockIndexInClause, tokens: shown === text ? tokens : contentTokens(shown), clauseWeight, preamble, vector: new Map(), norm: 0, features: NO_FEATURES, base: 0 });
    });
  }
  return { cands: out, read: order };
}

// What a sentence offers, before weighting: centrality, signals and position in [0, 1], length in words.
interface Features {
  centrality: number;
  signals: number;
  position: number;
  figure: number;
  words: number;
}

// The vectors (for centrality and redundancy) and the weight-free features of every candidate.
function measure(cands: Candidate[]): void {
  const df = new Map<string, number>();
  for (const c of cands) for (const t of new Set(c.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = cands.length;
  const centroid = new Map<string, number>();
  for (const c of cands) {
    const tf = new Map<string, number>();
    for (const t of c.tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    let sq = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log(1 + n / (df.get(t) ?? 1));
      c.vector.set(t, w);
      sq += w * w;
      centroid.set(t, (centroid.get(t) ?? 0) + w);
    }
    c.norm = Math.sqrt(sq) || 1;
  }
  let centroidSq = 0;
  for (const w of centroid.values()) centroidSq += w * w;
  for (const c of cands) {
    // Similarity to the rest of the document (leave-one-out centroid): a long sentence must not
    // look central merely because it makes up much of the centroid itself.
    let dot = 0;
    for (const [t, w] of c.vector) dot += w * (centroid.get(t) ?? 0);
    const selfSq = c.norm * c.norm;
    const restDot = dot - selfSq;
    const restNorm = Math.sqrt(Math.max(centroidSq - 2 * dot + selfSq, 0)) || 1;
    c.features = {
      centrality: Math.max(0, restDot) / (c.norm * restNorm),
      signals: SIGNAL_PATTERNS.reduce((s, re) => s + (re.test(c.text) ? 1 : 0), 0) / SIGNAL_PATTERNS.length,
      position: (c.indexInBlock === 0 ? 0.6 : 0.6 / (1 + c.indexInBlock)) + (c.blockIndexInClause === 0 ? 0.4 : 0.4 / (1 + c.blockIndexInClause)),
      figure: FIGURE.test(c.text) ? 1 : 0,
      words: c.text.split(' ').length,
    };
  }
}

// Each candidate's score under the weights (cheap: the features were measured once per document).
function weigh(cands: Candidate[], w: RankWeights): void {
  const lengths = cands.map((c) => c.features.words).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const longWords = Math.max(w.longWords, w.relativeLong * median);
  for (const c of cands) {
    const f = c.features;
    // Very long sentences read badly in a summary and crowd out others.
    const lengthPenalty = f.words > longWords ? Math.min(w.lengthCapWords, f.words - longWords) * w.length : 0;
    c.base = w.centrality * f.centrality + w.signals * f.signals + w.position * f.position + w.figures * f.figure + w.clause * c.clauseWeight + (c.preamble ? w.preamble : 0) - lengthPenalty;
  }
}

// "8.3(a)" → "8"; "ARTICLE IV" stays; undefined when the block has no numbering.
function topClause(clause: string | undefined): string | undefined {
  if (!clause) return undefined;
  return /^[0-9]+/.exec(clause)?.[0] ?? clause;
}

function cosine(a: Candidate, b: Candidate): number {
  const [small, large] = a.vector.size < b.vector.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.vector) dot += w * (large.vector.get(t) ?? 0);
  return dot / (a.norm * b.norm);
}

/** A document's sentences, read and measured once, to be ranked under any weights (the tuning harness ranks each many times). */
export interface PreparedSentences {
  /** Sentences the blocks held (all of them, before filtering). */
  readonly read: number;
  /** Whether the text keeps its capitals (lower-cased text cannot mark a fragment by its case). */
  readonly cased: boolean;
  /** The candidates with their measured features (opaque outside this module). */
  readonly candidates: readonly unknown[];
}

/** Splits `blocks` into candidate sentences and measures them: the part of ranking that does not depend on the weights. */
export function prepareSentences(blocks: readonly Block[]): PreparedSentences {
  const { cands, read } = candidates(blocks);
  measure(cands);
  return { read, cased: blocks.some((b) => /[A-Z]/.test(b.text)), candidates: cands };
}

/** A picked candidate as the caller sees it: the sentence as shown, where it is cited, its score and place. */
const asRanked = (c: Candidate): RankedSentence => ({
  text: c.text,
  blockId: c.block.id,
  citation: citationOf(c.block),
  ...(c.continued ? { continued: citationOf(c.continued) } : {}),
  score: c.base,
  order: c.order,
});

/** Ranks the sentences of `blocks` and returns the best `sentences` of them with their citations. */
export function rankSentences(blocks: readonly Block[], options: RankOptions): RankedSentence[] {
  if (Math.floor(options.sentences) <= 0) return [];
  const prepared = prepareSentences(blocks);
  options.onRead?.(prepared.read);
  return rankPrepared(prepared, options);
}

/** rankSentences over sentences already prepared (the same document may be ranked again under other weights). */
export function rankPrepared(prepared: PreparedSentences, options: Omit<RankOptions, 'onRead'>): RankedSentence[] {
  const k = Math.max(0, Math.floor(options.sentences));
  if (k === 0) return [];
  const cands = prepared.candidates as Candidate[];
  const weights = { ...DEFAULT_RANK_WEIGHTS, ...options.weights };
  weigh(cands, weights);
  const lambda = options.lambda ?? 1 - weights.redundancy;
  // MMR only needs to look at the strongest few hundred; the tail never wins.
  const pool = [...cands].sort((a, b) => b.base - a.base || a.order - b.order).slice(0, Math.max(50, k * 20));
  const picked: Candidate[] = [];
  const perClause = Math.max(1, Math.ceil(k / 4));
  const cased = prepared.cased;
  const maxSim = new Array<number>(pool.length).fill(0);
  const used = new Array<boolean>(pool.length).fill(false);
  let leaning: Candidate | undefined;
  while (picked.length < k) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (used[i]) continue;
      const c = pool[i]!;
      const s = lambda * c.base - (1 - lambda) * maxSim[i]!;
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    if (best < 0) break;
    const chosen = pool[best]!;
    used[best] = true;
    // A sentence that leans on the one before it ("However, …", "(b) …") means little alone.
    // Read as written and as shown: trimming an opener ("For clarity, such payment …") can leave one.
    // An item of a list that opens with a verb has its subject in the lead-in ("Each Party shall: … Report …").
    if (needsPrevious(chosen.raw, { cased }) || (chosen.text !== chosen.raw && needsPrevious(chosen.text, { cased })) || (cased && chosen.inList && opensWithCommand(chosen.raw))) {
      leaning ??= chosen;
      continue;
    }
    if (options.leaveOut?.(asRanked(chosen))) continue;
    // A near-copy of something already picked (repeated boilerplate, restated clause) adds nothing.
    if (picked.some((p) => cosine(p, chosen) > 0.8)) continue;
    // Spread the summary over the contract: a few sentences per top-level clause at most.
    const top = topClause(chosen.block.clause);
    if (top && picked.filter((p) => topClause(p.block.clause) === top).length >= perClause) continue;
    picked.push(chosen);
    for (let i = 0; i < pool.length; i++) if (!used[i]) maxSim[i] = Math.max(maxSim[i]!, cosine(pool[i]!, chosen));
  }
  // Only when no sentence stands alone (a one-sentence text that opens "Notwithstanding the
  // foregoing, …") is the best leaning one shown: an empty summary would tell the reader less.
  if (!picked.length && leaning) picked.push(leaning);
  const out = picked.map(asRanked);
  return options.documentOrder ? out.sort((a, b) => a.order - b.order) : out;
}
