/**
 * When the contract ends. The value is a DATE: the end date the term clause states ("until
 * December 31, 2014", "expire on …"), or, when the clause gives a length ("for a period of five
 * (5) years from the Effective Date"), the start date plus that length, with the text saying how
 * it was derived. "perpetual" when the contract runs until terminated and states no end.
 */
import type { Block } from '../../../../shared/document';
import type { KeyTerm } from '../../../../shared/terms';
import { addToDate, findDate, findDates, type FoundDate } from '../date';
import { asMonthsAndDays, findDurations, formatDuration, wordsToNumber, type Duration } from '../duration';
import { citedBlocks, HEREINAFTER_OPENER, makeTerm, type Sentence, type TermContext } from '../termContext';
import { RENEWAL_CUE } from './renewal';
import { withoutAbbreviationDots } from '../splitSentences';

/**
 * A sentence that names the contract's term: (the "Term"), (herein "Initial Term"), or a definition
 * of it under the names contracts give it: "Term" / "Contract Period" / "Agreement Period" means ….
 */
const TERM_DEFINED = /\((?:the\s+|herein(?:after)?\s+(?:(?:referred\s+to\s+as|called)\s+)?(?:the\s+)?)?["“‘'](?:initial\s+)?term(?:\s+of\s+(?:this\s+)?agreement)?["”’']\)|,\s+the\s+["“‘'](?:initial\s+)?term["”’']\)|["“‘'](?:(?:initial\s+)?term|contract\s+(?:period|term)|agreement\s+(?:period|term)|term\s+of\s+(?:this\s+)?agreement)["”’']\s+(?:(?:shall|will)\s+)?means?\b/i;

/**
 * An amendment or extension letter: "The Agreement is hereby extended until April 30, 2021", "the Term of the
 * Agreement shall be extended through …", in the active voice: "The parties hereby extend the Term for an
 * additional period of one (1) year, through …": the contract's new end. The term may be named as the contract's
 * ("The Supply Agreement's Term is hereby extended through …", "the Term of the Supply Agreement").
 */
const EXTENDED_TO = String.raw`(?:this|the)\s+(?:\w+\s+)?(?:(?:agreement|contract)['’]s\s+(?:initial\s+)?term|agreement|contract|term)(?:\s+of\s+(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract))?\s+(?:is|shall\s+be|will\s+be)\s+(?:hereby\s+)?extended\s+(?:until|through|to)\b|(?:hereby|agree\s+to)\s+extend\s+(?:the\s+(?:initial\s+)?term(?:\s+of\s+(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract))?|the\s+(?:\w+\s+)?(?:agreement|contract)['’]s\s+(?:initial\s+)?term)\s+(?:[^.;]{0,60}?,\s*)?(?:until|through|to)\b`;
const EXTENDED_TO_RE = new RegExp(EXTENDED_TO, 'i');

/**
 * The contract ending or in force under verbs British and Commonwealth drafting uses: "This Agreement shall
 * come to an end on 31 March 2023", "… shall cease to have effect (to be in force) on …", "… shall lapse
 * on …", "… shall apply for the period from and including 1 June 2019 to and including 31 May 2022".
 */
const CONTRACT_CEASES = /\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:(?:shall|will)\s+)?(?:(?:come|comes)\s+to\s+an\s+end|ceases?\s+to\s+(?:have\s+effect|be\s+in\s+(?:full\s+)?(?:force|effect)|apply)|lapses?|appl(?:y|ies)\s+(?:for|during)\s+the\s+period\s+from)\b/i;

/** A term denied outright: "has no fixed term", "without a definite duration", "no stated expiration date". */
const NO_FIXED_TERM = String.raw`(?:no|without\s+(?:a|any))\s+(?:fixed|definite|specified|set|stated|predetermined)\s+(?:term|duration|(?:expiration|expiry|end|termination)(?:\s+date)?)`;

/** Sentences that state the contract's own term: its length, its end, or that it runs until terminated. */
const TERM_CUE = new RegExp(
  [
    String.raw`initial\s+term|term\s+of\s+(?:this|the)\s+(?:agreement|contract|license)|the\s+term\s+(?:hereof|thereof)`,
    // "The duration of this Agreement shall be …" (not "for the duration of this Agreement", which is during it)
    String.raw`the\s+(?:duration|(?:period\s+of\s+)?validity)\s+of\s+(?:this|the)\s+(?:agreement|contract)\s+(?:is|shall|will)`,
    // In the present tense: "This Agreement ends on …", "The Term expires …", "runs for …", "This Agreement has a term of …",
    // "The Term runs from March 1, 2020 through …", "This Agreement lasts from … until …"
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract|term)\s+(?:ends|expires|terminates|runs\s+(?:for|until|through|from)|lasts\s+(?:for|until|from))|(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:has|shall\s+have|will\s+have)\s+an?\s+(?:\w+\s+)?(?:term|duration)\s+of`,
    // "This Agreement shall have a five-year term commencing …", "The Agreement has an initial period ending …"
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:has|shall\s+have|will\s+have)\s+(?:an?\s+(?:[\w()-]+\s+){0,3}?term|an\s+initial\s+(?:term|period))`,
    // "This Agreement is for two years", "The Contract shall be for thirty-six (36) months": the length right after "is for"
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)\s+for\s+(?:an?\s+(?:\w+\s+)?(?:term|period)\s+of\s+)?[\w-]+\s+(?:\(\d+\)\s+)?(?:calendar\s+)?(?:years?|months?)\b`,
    // "This Agreement shall be of unlimited duration", "… is for an indefinite period"
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)\s+(?:of|for)\s+(?:an?\s+)?(?:unlimited|indefinite)\s+(?:duration|period|term)`,
    // "This Agreement is evergreen and continues until …": no fixed end
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)\s+(?:an\s+)?evergreen\b`,
    // "The period of this Agreement shall be from … to …", "The contract period is …": the term under another name
    String.raw`the\s+(?:initial\s+|validity\s+)?period\s+of\s+(?:this|the)\s+(?:agreement|contract)\s+(?:is|shall|will)|the\s+(?:contract|agreement)\s+period\s+(?:is|shall|will)`,
    // "The term of the Franchise shall be …", "The effective term is 12 months …"
    String.raw`the\s+(?:\w+\s+)?term\s+(?:of\s+(?:this|the)\s+\w+\s+)?(?:is|shall\s+be|will\s+be)`,
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:shall|will)\s+(?:continue|remain|be\s+in\s+(?:full\s+)?(?:force|effect)|be\s+effective|expire|terminate|end|commence|begin|become\s+(?:effective|binding)|apply\s+from|have\s+a\s+term|(?:enter|come)\s+into\s+(?:full\s+)?(?:force|effect)|take\s+effect|automatically\s+(?:expire|terminate|end))`,
    // The same start in the present tense: "This Agreement becomes effective on … and continues …", "This Agreement
    // commences on …", "takes effect on …" (also said "becomes binding on …", "applies from …")
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:(?:becomes|is)\s+(?:effective|binding)|applies\s+from|commences|begins|takes\s+effect|(?:enters|comes)\s+into\s+(?:full\s+)?(?:force|effect))`,
    // "… shall remain (stay) in force …"
    String.raw`(?:shall|will)\s+(?:continue|remain|stay)\s+(?:in\s+(?:full\s+)?(?:force|effect)|effective|in\s+effect)`,
    // The same in the present tense, after the start: "This Agreement becomes effective on the Effective
    // Date and remains in force for a period of 24 months"
    String.raw`\band\s+(?:continues|remains)\s+(?:in\s+(?:full\s+)?(?:force|effect)|effective)\s+(?:for|until|through)\b`,
    // "This Agreement is effective from … through …", "shall be binding for a period of …", "is concluded
    // for an indefinite period", "will run for twenty-four (24) months", "shall last for two years"
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)\s+(?:(?:effective|in\s+(?:full\s+)?(?:force|effect))\s+(?:from|for|until|through)|(?:binding|valid)\s+for|(?:concluded|entered\s+into|made)\s+for)`,
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:shall|will)\s+(?:run|last)\s+(?:for|until|through)`,
    // "This Agreement has effect from 1 July 2015 …", "shall have effect for a period of …": the contract in force, said with "effect"
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:has|shall\s+have|will\s+have)\s+effect\s+(?:from|for|until|as\s+(?:of|at|from)|on)`,
    // "This Agreement covers the period from February 1, 2019 to January 31, 2021"
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:covers|shall\s+cover|will\s+cover)\s+the\s+period\s+from`,
    EXTENDED_TO,
    // A government contract's term: "The period of performance under this Agreement is October 1, 2019 through …"
    String.raw`the\s+period\s+of\s+performance\s+(?:under|of|for)\s+(?:this|the)\s+(?:agreement|contract)\s+(?:is|shall|will)`,
    // "shall continue [in force] until terminated by either party …"; in the present tense: "This Agreement
    // continues until either party ends it", "The Contract remains in force until …"
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:continues|remains)\s+(?:in\s+(?:full\s+)?(?:force|effect)|effective|until|indefinitely)`,
    String.raw`(?:shall|will)\s+continue\b[^.]{0,80}\buntil\s+terminated`,
    // "This Agreement and the licenses granted hereunder shall continue for …": the contract with what it grants
    String.raw`(?:this|the)\s+(?:agreement|contract)\s+and\s+(?:all\s+|the\s+|any\s+|each\s+)?(?:[\w-]+\s+){0,4}?(?:shall|will)\s+(?:continue|remain|expire|terminate)`,
    // "This Agreement is effective April 1, 2016 and expires March 31, 2018": the end in the present tense after the start
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\b[^.]{0,80}\band\s+(?:expires|ends|terminates)\b`,
    // "This Agreement is effective upon execution and will continue until December 31, 2025", "This
    // Agreement is effective as of April 1, 2015 and shall continue for one (1) year": the start, then
    // the contract running to an end or for a length (a number of years, months, weeks or days), or for a
    // period that ends on a day it names ("… and shall continue for a period ending on the third anniversary of …");
    // in the present tense too: "This Agreement becomes effective on the Effective Date and continues for three years";
    // and sharing the start's "shall": "This Agreement shall take effect on the date hereof and run for four years".
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\b[^.]{0,80}\b(?:(?:shall|will|and)\s+(?:continue|remain|run|last)|continues|remains|runs|lasts)\s+(?:in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?\s+|in\s+operation\s+)?(?:until|through|for\s+(?:an?\s+(?:\w+\s+)?(?:period|term)\s+of\s+)?[\w-]+\s+(?:\(\d+\)\s+)?(?:calendar\s+)?(?:years?|months?|weeks?|days?)\b|for\s+a\s+(?:period|term)\s+(?:ending|expiring|terminating)\s+(?:on|upon|at|with)\b)`,
    String.raw`shall\s+expire|will\s+expire|expires?\s+on|expiration\s+date|in\s+perpetuity|perpetual`,
    // "This Agreement has no fixed term", "The Contract is entered into without a definite duration"
    String.raw`(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\b[^.;]{0,60}?${NO_FIXED_TERM}`,
    // "The expiry date of this Agreement is 30 June 2016", "The end date of the Contract shall be …"
    String.raw`the\s+(?:expiry|expiration|end|termination)\s+date\s+of\s+(?:this|the)\s+(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)`,
    // "the Term shall", "(the “Term”) will begin", "Term shall mean the Effective Date through …"
    String.raw`the\s+["“‘']?term["”’']?\)?\s+(?:shall|will|of)|^\s*(?:[\d.]+\s*)?["“‘']?term["”’']?\s+(?:(?:shall|will)\s+)?means?`,
    String.raw`unless\s+(?:sooner|earlier)\s+terminated|(?:shall|will|is)\s+(?:be\s+)?valid|valid\s+for`,
    String.raw`(?:shall|will)\s+(?:automatically\s+)?(?:terminate|expire|end|conclude)(?:\s+on)?|(?:termination|expiration|end)\s+date\s*:`,
    // "TERM OF EXECUTION | From January 30, 2012 until July 29, 2012", "Terms of the project: 12 weeks from … to …",
    // "… 12 weeks commencing on … and ending on …"
    String.raw`\bterms?\b(?=[^.]{0,80}\b(?:from|(?:commencing|beginning)\s+on)\b[^.]{0,60}\b(?:until|through|to|and\s+ending)\b)`,
  ].map((p) => `(?:${p})`).join('|').replace(/^/, String.raw`\b(?:`) + String.raw`)\b`,
  'i',
);

/**
 * Label lines of a cover sheet or schedule that give the term under other names: "Contract Period:",
 * "Period of Performance: June 1, 2019 – May 31, 2021", "Duration: 3 years", "Period of Agreement: one year
 * from the date hereof"; and a table row or a line
 * that sets the label off with a bar or a dash, when a length or a date follows: "Term | 36 months",
 * "Term of Agreement – 2 years from the Effective Date"; or a line in a schedule's way that runs the label
 * into the span: "TERM OF SERVICE From 06/15/2016 until 06/14/2019" (or "Commencing on … and ending on …"), "Contract Term from … through …",
 * "CONTRACT PERIOD From … until …". A cover sheet may name the first period after what the contract
 * grants, when a date follows: "Initial Supply Period: June 1, 2019 through May 31, 2020" (the period
 * the renewal clause then extends). An order form's rows give its own term: "Subscription Period: March 1, 2020 to
 * February 28, 2021", "Service Term: 24 months", "Term Length: 36 months".
 */
const TERM_LABEL_MORE = String.raw`^\s*(?:(?:contract|agreement|subscription|service)\s+(?:period|duration)|period\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract)|period\s+of\s+performance|performance\s+period|duration(?:\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract))?)\s*:|^\s*initial\s+(?:[a-z]+\s+){1,2}(?:period|term)\s*:(?=[^.|]{0,40}\b(?:19|20)\d\d\b)|^\s*(?:(?:(?:initial|contract|agreement|subscription)\s+)?(?:term|duration)|(?:contract|agreement)\s+period|period(?=\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract)))(?:\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract))?\s*(?:\||[–—]|-(?=\s))\s*(?=[^.|]{0,40}\b(?:years?|months?|(?:19|20)\d\d)\b)|^\s*(?:(?:(?:initial|contract|agreement)\s+)?term(?:\s+of\s+(?:the\s+|this\s+)?[a-z]+)?|(?:contract|agreement)\s+period|period\s+of\s+performance|performance\s+period)\s+(?:from|(?:commencing|beginning)\s+on)\s+(?=[^.|]{0,30}\b(?:19|20)\d\d\b)`;

/** More wordings of the term sentence; kept apart because they begin or end with punctuation. */
const TERM_CUE_MORE = new RegExp(
  [
    // "The term of this JSMA shall commence …": the agreement called by its own short name
    String.raw`the\s+term\s+of\s+this\s+\w+\s+(?:shall|will|is|commences?|begins?)`,
    // "This agreement shall be for a term of five years", "Distributor's appointment is for a term of one year",
    // "This Agreement shall be for the period commencing September 1, 2013 and ending …"
    String.raw`(?:be|is)\s+for\s+a\s+(?:\w+\s+)?(?:term|period)\s+of|(?:be|is)\s+for\s+the\s+(?:\w+\s+)?(?:term|period)\s+(?:commencing|beginning|starting|from)\b`,
    // A label line: "Term: twenty-four (24) months from …", "Term of Agreement: March 3, 2016 to March 2, 2018", an order form's "Subscription Term: 36 months"
    String.raw`^\s*(?:(?:initial|contract|agreement|subscription|service)\s+)?term(?:\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract)|\s+length)?\s*:|${TERM_LABEL_MORE}`,
    // "The Term shall commence on the Effective Date and shall end five (5) years thereafter"
    String.raw`\bthe\s+(?:initial\s+)?term\s+(?:shall|will)\s+(?:commence|begin|start)\b[^.]{0,80}\b(?:end|expire|terminate|continue|run)\b`,
    // "The Contract shall take effect on signing and continue in full force and effect for …", or in other
    // words "… takes effect on signature and remains in effect for …"
    String.raw`(?:take|takes)\s+effect\b[^.]{0,80}\b(?:continue|remain|stay)s?\s+(?:in\s+(?:full\s+)?(?:force|effect)|effective|valid)`,
    // British and Commonwealth drafting's ends: "This Agreement shall come to an end on …", "shall cease to
    // have effect on …", "shall lapse on …", "shall apply for the period from … to …"
    CONTRACT_CEASES.source,
    // "shall extend until the four (4) year anniversary of the Effective Date"
    String.raw`(?:until|through|on|upon)\s+the\s+[\w()\s-]{0,30}anniversary\s+of\s+the\s+(?:effective|commencement)\s+date`,
    // A lease's habendum: "TO HAVE AND TO HOLD the Premises for a term of three (3) years commencing on … and ending on …"
    String.raw`\bto\s+have\s+and\s+to\s+hold\b[^.;]{0,80}?\bfor\s+(?:a|the)\s+term\s+of\b`,
  ].join('|'),
  'i',
);

/**
 * The contract's or the term's start and end in the present tense: "This Agreement commences on the
 * Effective Date and ends on …", "The Term begins on … and continues for two (2) years", "… starts on … and
 * lasts for …", "This Agreement enters into force on … and remains in force for …".
 */
const PRESENT_START_AND_END = /\b(?:the\s+(?:initial\s+)?term|(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract))\s+(?:commences|begins|starts|enters\s+into\s+(?:force|effect)|comes\s+into\s+(?:force|effect)|takes\s+effect|becomes\s+binding|applies\s+from)\b[^.]{0,80}\b(?:ends|expires|terminates|continues|runs|lasts|remains|stays)\b/i;

/** A heading that names the term: "Term", "5. TERM", "Initial Term", "Term of Agreement", "Duration", "Period of Agreement", "Contract Period". */
const TERM_HEADING = /^\s*(?:(?:article\s+|section\s+)?[\dIVX]+(?:\.\d+)*\.?\s+)?(?:(?:initial\s+)?term(?:\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract))?|duration|period\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract)|(?:contract|agreement)\s+period)\s*[.:]?\s*$/i;
/** The same heading run into its paragraph: "Term. Five (5) years …", "5.1 Term: …". */
const TERM_RUN_IN = /^\s*(?:(?:article\s+|section\s+)?[\dIVX]+(?:\.\d+)*\.?\s+)?(?:initial\s+)?term(?:\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract))?\s*[.:]\s+/i;

/**
 * A bare length under a heading that names the term: "5. TERM" / "Five (5) years from the Effective
 * Date, unless earlier terminated.", or run in: "Term. Three years from the Effective Date." The
 * heading is the subject the sentence leaves out, so the length is the contract's term.
 */
function lengthUnderTermHeading(s: Sentence): boolean {
  const first = findDurations(s.text)[0];
  if (!first || first.index > 20) return false;
  const head = s.block.section[s.block.section.length - 1] ?? '';
  const block = s.block.text.replace(/\s+/g, ' ');
  const runIn = TERM_RUN_IN.exec(block);
  return (TERM_HEADING.test(head) && block.startsWith(s.text.slice(0, 30))) || (!!runIn && block.slice(runIn[0].length).startsWith(s.text.slice(0, 30)));
}

/**
 * A bare span of dates under a heading that names the term: "INITIAL TERM" / "June 1, 2019 through May 31,
 * 2021" (or "… to and including May 31, 2021"). A cover sheet set as a table puts the label and its value in separate blocks; the heading is the
 * subject the line leaves out, so the span is the contract's term.
 */
function spanUnderTermHeading(s: Sentence): boolean {
  const head = s.block.section[s.block.section.length - 1] ?? '';
  if (!TERM_HEADING.test(head) || !s.block.text.replace(/\s+/g, ' ').startsWith(s.text.slice(0, 30))) return false;
  const [first, second] = findDates(s.text);
  return !!first && !!second && first.index <= 6 && /^\s*(?:through|thru|(?:up\s+)?to(?:\s+and\s+including)?|until|[-–—]{1,2})\s*$/i.test(s.text.slice(first.index + first.text.length, second.index));
}

/**
 * A contract made as a deed, as English and Commonwealth drafting does ("This Deed shall continue for
 * …"), names itself "this Deed" where others say "this Agreement": read it as the contract. Only the
 * capitalised name, which is the document's own; "the deed of trust" is some other deed. A lease or
 * sublease names itself the same way ("The term of this Sublease shall commence … and shall end on …");
 * only "this Lease" is the document's own: "the Lease" in a sublease is the head lease above it. A lease
 * calls its term "the Lease Term" ("The Lease Term shall commence on … and end on …"): read it as the term.
 * A distribution or consulting contract may give its term as the appointment's or the engagement's, from
 * its start: "The appointment of the Distributor shall commence on … and continue until …", "The
 * Consultant's engagement hereunder shall commence on …", "The appointment takes effect from … and
 * continues for …": read as the contract's (only with the start, so "the appointment shall terminate if …"
 * stays a condition). So may an employment contract: "The Executive's employment hereunder shall commence on …",
 * "The term of the Executive's employment shall commence on … and end on …", "The Employment Period shall commence on …".
 * "The term hereof" is the term of this Agreement.
 */
function ownNameAsAgreement(t: string): string {
  return t
    .replace(/\b(term|Term|TERM)\s+(hereof|HEREOF)\b/g, (_m: string, term: string, hereof: string) => `${term} ${hereof === 'HEREOF' ? 'OF THIS AGREEMENT' : 'of this Agreement'}`)
    .replace(/\b(this|the|This|The|THIS|THE)\s+(?:Deed|DEED)\b(?!\s+of\b)/g, '$1 Agreement')
    .replace(/\b(this|This|THIS)\s+(?:Sub-?lease|Lease|SUB-?LEASE|LEASE)\b(?!\s+(?:Agreement|AGREEMENT|Term|TERM)\b)/g, '$1 Agreement')
    .replace(/\b(the|The|THE)\s+(?:Lease|LEASE)\s+(Term|TERM)\b/g, '$1 $2')
    .replace(/\b(the|The|THE)\s+(?:[A-Z][\w-]*['’]s\s+)?(?:appointment|engagement|employment|(?:Employment|Engagement|Consulting)\s+Period)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*)?(?:\s+(?:hereunder|under\s+this\s+Agreement))?(?=\s+(?:(?:shall|will)\s+(?:commence|begin|start|take\s+effect)|commences|begins|starts|takes\s+effect)\b)/g, '$1 Agreement');
}

function mayStateTerm(text: string): boolean {
  // A label's date may be abbreviated ("Initial Service Period: Jan. 4, 2021 through …"): its dot ends nothing.
  const t = ownNameAsAgreement(withoutAbbreviationDots(text));
  return TERM_CUE.test(t) || TERM_CUE_MORE.test(t) || TERM_DEFINED.test(t) || PRESENT_START_AND_END.test(t) || runsUntilLastPartEnds(t);
}

/**
 * What comes just before an end date: "until", "through", "to", "expire(s) (on)", "end(s|ing) (on|at)",
 * "terminate(s) on", "Expiration Date:", "cease(s) to have effect", "lapse(s)", possibly with "the earlier of (i)", "the close of business on" or a
 * time of day ("at 11:59 p.m. (Eastern Time) on", in British style "until 5.00 p.m. on") in between (at most 45 characters and no other date).
 * The "to" of a definition or a reference ("(hereinafter referred to as the "Agreement") dated …",
 * "pursuant to the letter of …") ends nothing, nor does a deadline's ("on or prior to June 1, 2015").
 */
const BEFORE_END_DATE = /\b(?:until|through|thru|(?<!\b(?:prior|pursuant|subject|according|referred|due|relating|related|addition|amendment|supplement)\s+)to(?!\s+(?:herein\s+)?as\b)|expir\w*|end(?:s|ing)?|conclud\w*|terminat\w*|(?:termination|expiration|end)\s+date|ceas\w*\s+to\s+(?:have\s+effect|be\s+in\s+(?:full\s+)?(?:force|effect)|apply)|laps\w*)\b(?:[^.;]|[ap]\.m\.|\d\.\d\d\b){0,45}$/i;

/**
 * A deadline for a condition that ends the contract, not its end: "shall lapse (terminate) if the Closing
 * has not occurred by June 30, 2018", "… in the event the approval is not obtained on or before …".
 */
const CONDITION_DEADLINE = /\b(?:if|in\s+the\s+event\s+(?:that\s+)?|should)\b[^.;]{1,80}?\b(?:by|on\s+or\s+before|before|prior\s+to|no\s+later\s+than|not\s+later\s+than)\s*$/i;

/** A choice of ends before a date: "expire upon the later of: (a) … and (b) ", "until the earlier of (i) … or (ii) ". */
const END_CHOICE = /\b(?:until|expir\w*|end(?:s|ing)?|terminat\w*|conclud\w*)\s+(?:up)?(?:on\s+)?the\s+(?:later|earlier)\s+(?:to\s+occur\s+)?of\b[^.;]{0,150}\((?:b|ii|2)\)\s*(?:the\s+)?$/i;

/**
 * Running without an end: "in perpetuity", "perpetual", "indefinitely", "until terminated (by …)", "until either party (either of the
 * Parties) gives notice", (not "until revoked": that grants a standing authority, such as a joint filing agreement's, not a term that runs), "is evergreen",
 * "without limit of time", "open-ended",
 * "shall govern … thereafter, unless terminated as set forth below".
 * A contract that runs until someone ends it is said many ways, and each is the same term: ended by a word other than
 * "terminate" ("until cancelled by either party", "until discontinued"), "until such time as" before the one who ends it,
 * a party's choice to end it ("until either party elects (decides, wishes, chooses) to terminate it"), both parties'
 * ("until the parties mutually agree to terminate it"), a notice served ("until either party serves (delivers,
 * provides) notice", "until written notice of termination is given"), and a term denied outright ("This Agreement has no
 * fixed term", "shall have no fixed expiration date", "is entered into without a definite term").
 */
const UNTIL = String.raw`until\s+(?:such\s+time\s+as\s+)?`;
const ENDED = String.raw`(?:terminated|cancell?ed|discontinued)`;
const A_PARTY = String.raw`(?:(?:either|one|a)\s+party|(?:either|one)\s+of\s+the\s+parties)(?:\s+hereto|\s+to\s+this\s+(?:agreement|contract))?`;
const CHOOSES_TO_END = String.raw`(?:elects?|decides?|wish(?:es)?|chooses?|opts?)\s+to\s+(?:terminate|end|cancel)`;
const GIVES_NOTICE = String.raw`(?:gives|provides|delivers|serves|sends)\s+(?:the\s+other\s+(?:party\s+)?)?(?:[\w()'’-]+\s+){0,6}?notice`;
const NO_END = new RegExp(
  String.raw`\b(?:(?:in|for)\s+perpetuity|perpetual(?:ly)?|indefinite(?:ly)?|unlimited\s+(?:period|term|duration)|without\s+(?:any\s+)?(?:limit(?:ation)?\s+(?:of|in|as\s+to)\s+time|time\s+limit(?:ation)?)|open[\s-]ended|` +
    String.raw`${UNTIL}(?:it\s+is\s+)?${ENDED}|(?:end|expire)s?\s+(?:only\s+)?when\s+terminated|` +
    String.raw`${UNTIL}${A_PARTY}\s+(?:terminates|cancels|informs|notifies|${GIVES_NOTICE}|${CHOOSES_TO_END})|` +
    String.raw`${UNTIL}the\s+parties(?:\s+hereto)?\s+(?:mutually\s+)?(?:agree|decide|elect)\s+(?:in\s+writing\s+)?to\s+(?:terminate|end|cancel)|` +
    String.raw`until\s+(?:a\s+|the\s+)?(?:written\s+)?notice\s+of\s+termination\s+is\s+(?:given|served|delivered|sent)|${NO_FIXED_TERM}|` +
    String.raw`until\s+termination|(?:is|shall\s+be|will\s+be)\s+(?:an\s+)?evergreen(?!\s+(?:renew|basis))|thereafter,?\s+unless\s+(?:and\s+until\s+)?(?:it\s+is\s+)?terminated)\b|` +
    String.raw`\b(?:end|expire|terminate)s?\s+(?:on\s+)?the\s+\w+\s+day\s+(?:following|after)\s+(?:a\s+|the\s+)?(?:written\s+)?notice\b`,
  'i',
);

/**
 * A master contract that runs as long as the orders under it do: "This Agreement begins on the date
 * both parties sign it and ends on the expiration or termination of all Statements of Work issued under
 * it", "… shall remain in effect until the completion of the last Work Order". It states no end of its
 * own, so it runs until terminated; the parts (orders, schedules, attachments) have their own terms.
 */
const UNTIL_LAST_PART_ENDS = /\b(?:until|through|end(?:s|ing)?\s+(?:on|upon|with)|expir(?:e|es|ing)\s+(?:on|upon|with)|terminat(?:e|es|ing)\s+(?:on|upon|with))\s+the\s+(?:expiration|termination|completion|expiry|end)(?:\s*(?:and\s*\/\s*or|or|and)\s*(?:the\s+)?(?:expiration|termination|completion|expiry))?\s+of\s+(?:all|the\s+last(?:\s+of\s+the)?|each\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?(?:attachments?|statements?\s+of\s+work|sows?|(?:work|service|purchase)\s+orders?|order\s+forms?|schedules?|addend(?:a|ums?)|projects?)\b/i;

/** The contract itself as what runs until its parts end (not a licence or a service that does). */
function runsUntilLastPartEnds(t: string): boolean {
  const m = UNTIL_LAST_PART_ENDS.exec(t);
  return !!m && /\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\b/i.test(t.slice(0, m.index));
}

/**
 * "After the Initial Term, this Agreement shall continue on a month to month basis until terminated":
 * running on after the term, or from year to year, is a renewal, not a contract without an end.
 */
const RUNS_ON_AFTER_TERM = /\b(?:after|following|upon)\s+(?:the\s+)?(?:(?:expiration|expiry|end)\s+of\s+(?:the\s+)?)?initial\s+term\b|\b(?:year|month)[\s-]+to[\s-]+(?:year|month)\b/i;

/**
 * A start named after the last word that could end the term: "twenty four (24) months to commence on
 * the launch date of January 4, 1999" (the "to" is an infinitive), "… and beginning on the first day
 * of May 1, 2001". The date that follows starts a period; it does not end one.
 */
const STARTS_AFTER_END_WORD = /\b(?:commenc\w*|begin\w*|start\w*)\s+(?:on|as\s+(?:of|at)|upon|with)\b(?![^.;]*\b(?:until|through|thru|to\s+(?!commence|begin|start)|expir\w*|end(?:s|ing)?|conclud\w*|terminat\w*)\b)[^.;]{0,45}$/i;

/**
 * A length counted from the first sale of a product ("ten (10) years from the First Commercial Sale",
 * "fifteen years after the date of first commercial launch"): the life of a royalty or a licence, which
 * starts on an event the contract cannot date. A start the contract defines (a launch date, a service
 * date) is left to the effective date, which it usually stands near.
 */
const FROM_FIRST_SALE = /^\s*,?\s*(?:(?:from|after|following)|(?:commencing|beginning|starting)\s+(?:on|with|upon|from))\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?first\s+commercial\s+(?:sale|launch)\b/i;

function countsFromEvent(text: string, length: Duration): boolean {
  return FROM_FIRST_SALE.test(text.slice(length.index + length.text.length));
}

/**
 * A length counted from an event the contract names with a defined term of its own: "five (5) years after
 * the Launch Date", "ten years from the First Commercial Sale", "thirty-six (36) months commencing on the
 * Go-Live Date", "seven years following the Opening Date". The name is in capitals, and its last word
 * names an event (a date, a day, a sale, a launch, a closing, an acceptance …). The contract's own dates
 * under their usual names (the Effective, Execution, Commencement or Start Date) are not such an event.
 */
const FROM_NAMED_EVENT = /^\s*(?:\)\s*)?,?\s*(?:from|after|following|(?:commencing|beginning|starting)\s+(?:on|with|upon|from))\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,4}(?:Date|Day|Sale|Launch|Closing|Completion|Acceptance|Delivery|Approval|Opening|Installation|Shipment|Go-Live|Availability))\b/;
const OWN_DATE_NAME = /^(?:(?:the\s+)?(?:Effective|Execution|Agreement|Signing|Signature|Commencement|Start|Contract|Initial|Term)\s+(?:Date|Day)|Date)$/;

/**
 * The start an anniversary counts from, when the anniversary names a start the contract defines with a
 * date of its own (the anniversary of a defined Commencement Date or Start Date); the Effective Date is
 * the known start already.
 */
function anniversaryOfDefinedStart(ctx: TermContext, text: string): { iso: string; how: string; blocks: Block[] } | undefined {
  const m = /\banniversary\s+of\s+(?:the\s+)?(commencement|start)\s+date\b/i.exec(text);
  if (!m) return undefined;
  const name = `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1).toLowerCase()} Date`;
  const definition = ctx.definitions.get(name.toLowerCase());
  const date = definition ? findDate(definition.text.slice(definition.text.search(/["”’']/)), ctx.dates) : undefined;
  if (definition && date && date.index < 80) return { iso: date.iso, how: `the ${name}`, blocks: [definition.block] };
  // The estimate may follow the definition in a sentence of its own, in the same paragraph.
  const at = definition ? ctx.sentences.indexOf(definition) : -1;
  const paragraph = at < 0 ? [] : ctx.sentences.slice(at, at + 3).filter((x) => x.block === definition!.block);
  const expected = definition ? expectedDate(ctx, paragraph.map((x) => x.text).join(' ') || definition.text, name) : undefined;
  return expected ? { iso: expected.iso, how: `the expected ${name}`, blocks: [definition!.block] } : undefined;
}

/**
 * The date the parties expect an event's date to fall on, where the definition gives the event and then their
 * estimate: "… the date on which the conversion is completed. The parties anticipate the Go-Live Date to be June 1,
 * 2016" ("expect", "estimate"; "to occur on", "will be"). The estimate is the date a reader counts the term from.
 */
function expectedDate(ctx: TermContext, text: string, name: string): FoundDate | undefined {
  const words = name.replace(/\s+/g, String.raw`\s+`);
  const said = new RegExp(String.raw`\b(?:anticipate|expect|estimate)[sd]?\s+(?:that\s+)?the\s+${words}\s+(?:to\s+(?:be|occur\s+on|fall\s+on)|will\s+(?:be|occur\s+on|fall\s+on)|is\s+(?:to\s+be|expected\s+to\s+be))\s+`, 'i').exec(text);
  const date = said ? findDate(text.slice(said.index + said[0].length), ctx.dates) : undefined;
  return date && date.index === 0 ? date : undefined;
}

/** An event a length is counted from: its name, and its date when the contract defines it by one. */
interface NamedEvent {
  name: string;
  iso?: string;
}

/**
 * What a length is counted from when that is an event the contract names and not its own date ("the
 * Launch Date"), with the event's date when the contract defines it by one ("\"Launch Date\" means 1 May
 * 2019"); undefined when the length runs from the contract's own start.
 */
function countedFromEvent(ctx: TermContext, text: string, length: Duration): NamedEvent | undefined {
  const named = FROM_NAMED_EVENT.exec(text.slice(length.index + length.text.length));
  if (!named || OWN_DATE_NAME.test(named[1]!)) return undefined;
  const name = named[1]!.replace(/\s+/g, ' ');
  const definition = ctx.definitions.get(name.toLowerCase());
  const date = definition ? findDate(definition.text.slice(definition.text.search(/["”’']/)), ctx.dates) : undefined;
  return date ? { name, iso: date.iso } : { name };
}

/**
 * A length counted from a start the contract names and dates in a definition of its own: "24 months
 * starting on the Start Date" where "\"Start Date\" means 1 May 2019", "three years from the
 * Commencement Date" where the Commencement Date is defined by a date. The Effective Date is left to
 * the effective date (the start already known); an event's name (a launch, a closing) is only noted.
 */
function definedStart(ctx: TermContext, text: string, length: Duration): { iso: string; how: string; blocks: Block[] } | undefined {
  const named = FROM_NAMED_EVENT.exec(text.slice(length.index + length.text.length));
  if (!named || !OWN_DATE_NAME.test(named[1]!) || /^(?:the\s+)?effective\s+date$/i.test(named[1]!)) return undefined;
  const name = named[1]!.replace(/\s+/g, ' ');
  const definition = ctx.definitions.get(name.toLowerCase());
  const date = definition ? findDate(definition.text.slice(definition.text.search(/["”’']/)), ctx.dates) : undefined;
  return definition && date && date.index < 80 ? { iso: date.iso, how: `the ${name}`, blocks: [definition.block] } : undefined;
}

/** The event a term's note says the contract counts from ("the Launch Date"), for the summary to say so too. */
export function countedFromEventNamed(term: KeyTerm | undefined): string | undefined {
  return /^The term runs .+? after the (.+?)(?:; the contract dates it|, which the contract does not date)/.exec(term?.warning ?? '')?.[1];
}

/** The note on an end counted from the contract's start where the clause counts from an event (read back by countedFromEventNamed). */
function eventNote(event: NamedEvent, length: Duration, end: string): string {
  const counted = event.iso ? `; the contract dates it ${event.iso}, which would end the term on ${addToDate(event.iso, asMonthsAndDays(length))}` : ', which the contract does not date';
  return `The term runs ${formatDuration(length)} after the ${event.name}${counted}. ${end} counts it from the contract's own start.`;
}

/**
 * A length counted from the Effective Date: "seven (7) years from the Effective Date", "sixty months following the
 * Effective Date", or the length before its noun ("a one (1) year period from the Effective Date", "a five-year term
 * commencing on the Effective Date").
 */
const FROM_EFFECTIVE_DATE = /^\s*(?:\)\s*)?(?:(?:period|term)\s+)?(?:(?:commencing|beginning|starting)\s+(?:on|with|from)|from|after|following)\s+the\s+effective\s+date\b/i;

/**
 * The Effective Date named in the sentence that sets it by an event, the name standing where a date would: "shall be
 * effective as of that date (the "Effective Date") the Site becomes fully operational", the name defined in any of
 * the usual forms ("(hereinafter referred to as the "Effective Date")", "(hereinafter called the "Effective Date")").
 */
const NAMES_AN_EVENT_EFFECTIVE = new RegExp(String.raw`\b(?:as\s+(?:of|at)|on|from)\s+(?:that|such)\s+date\s*\(\s*${HEREINAFTER_OPENER}(?:the\s+)?["“]Effective\s+Date["”]\s*\)`, 'i');

/**
 * The contract defines its Effective Date by an event it cannot date ("\"Effective Date\" means the date
 * on which the Product is first delivered", "… the date the Closing occurs", or the name set where the
 * event's date would stand, NAMES_AN_EVENT_EFFECTIVE): the definition holds no date and points neither at
 * the signatures nor at the date the contract bears.
 */
function effectiveDateIsEvent(ctx: TermContext): boolean {
  const definition = ctx.definitions.get('effective date');
  if (!definition || findDate(definition.text, ctx.dates)) return false;
  if (NAMES_AN_EVENT_EFFECTIVE.test(definition.text)) return true;
  const after = definition.text.slice(definition.text.search(/effective\s+date/i));
  return /["”’']\s+(?:(?:shall|will)\s+)?means?\s+the\s+(?:date|day|time)\s+(?:on\s+which|upon\s+which|when|that|of)\b/i.test(after) && !/\b(?:sign\w*|execut\w*|hereof|first\s+(?:above\s+)?written|set\s+forth\s+above|written\s+above|above\s+written|date\s+of\s+(?:this|the)\s+(?:agreement|contract))\b/i.test(after);
}

/** A start that is an event, not a date: "commence on the date upon which …", "begin on the day that …". */
const STARTS_ON_EVENT = /\b(?:commenc\w*|begin\w*|start\w*)\s+(?:on|upon|as\s+(?:of|at)|with)\s+the\s+(?:date|day)\s+(?:(?:up)?on\s+which|that|when)\b/i;

/**
 * An end tied to the life of patents or royalties ("until the expiration of the last Valid Claim",
 * "shall expire on the last day of the Royalty Term", "the later of … fifteen years from First
 * Commercial Sale and … the last-to-expire patent"): no date can be stated, and any length in the
 * sentence is only one arm of the choice.
 */
const ENDS_WITH_PATENTS_OR_ROYALTIES = /\b(?:until|through|upon|on|expire\w*|end\w*|later\s+of|longer\s+of|earlier\s+of)\b[^.;]{0,120}\b(?:valid\s+claims?|royalty\s+(?:term|period)s?|last[\s-]+to[\s-]+expire\w*|(?:expiration|expiry)\s+of\s+(?:the\s+)?last\s+(?:to\s+expire\s+)?(?:of\s+(?:the\s+)?)?(?:\w+\s+)?patents?)\b/i;

/**
 * A date in the sentence that is where the term starts ("commencing on", "from", "effective"), or a start
 * set back before the signing ("effective retroactive to January 1, 2011"): its "to" ends nothing.
 */
const START_CUE = /\b(?:commenc\w*|begin\w*|start\w*|effective|from|as\s+(?:of|at)|retroactive(?:ly)?\s+to)\s+(?:on\s+|as\s+(?:of|at)\s+|from\s+)?(?:the\s+)?$/i;

/**
 * Words that state the term's length or end: "the initial term of …", "the term of this Agreement shall be …", "The Term
 * shall be three (3) years"; not "The Initial Term will be renewed for consecutive terms of one (1) year" (the renewal's length).
 */
const STATES_LENGTH = /\binitial\s+term\s+(?:of|shall|will|is)\b(?!\s+(?:be\s+)?(?:automatically\s+)?(?:renew|extend)\w*)|\bthe\s+term\s+(?:is|shall\s+be|will\s+be)\s+(?:for\s+)?(?:a\s+period\s+of\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|thirty-six|forty-eight|sixty)\b)|\(\s*(?:the\s+)?["“‘']?(?:initial\s+)?term["”’']?\s*\)|\bterm\s+(?:of\s+(?:this|the)\s+agreement|hereof)\s+(?:shall|will|is)\b|\bfor\s+a\s+(?:\w+\s+)?(?:term|period)\s+of\b|\b(?:has|have)\s+an?\s+(?:initial\s+)?term\s+of\b|^\s*(?:(?:initial|contract|agreement|subscription|service)\s+)?term(?:\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract)|\s+length)?\s*:|\bthe\s+(?:initial\s+|validity\s+)?period\s+of\s+(?:this|the)\s+(?:agreement|contract)\s+(?:is|shall|will)\b|\bthe\s+(?:contract|agreement)\s+period\s+(?:is|shall|will)\b/i;
const STATES_LENGTH_LABEL = new RegExp(TERM_LABEL_MORE, 'i');

function statesLength(t: string): boolean {
  return STATES_LENGTH.test(t) || STATES_LENGTH_LABEL.test(t);
}

/** "for a period of …" with the contract or its term as the subject: "This Agreement shall continue for a period of three years". */
const CONTRACT_FOR_A_PERIOD = /\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract|term)\s+(?:shall|will|is)\s+(?:[\w-]+\s+){0,4}?for\s+a\s+(?:\w+\s+)?(?:term|period)\s+of\b/i;

/**
 * A length the sentence gives the contract or its term. A bare "for a period of" is not enough where the sentence
 * counts from the term's end: "given at least 90 days prior to expiration of the Term, Kestrel shall continue to provide
 * the Services … for a maximum period of six (6) months" is a period of services after the term.
 */
function statesOwnLength(t: string): boolean {
  return statesLength(t.replace(/\bfor\s+a\s+(?:\w+\s+)?(?:term|period)\s+of\b/gi, ' ')) || CONTRACT_FOR_A_PERIOD.test(t);
}

/**
 * The contract as the subject of running or ending: "This Agreement … shall continue", "the Contract
 * … expires", "This Agreement takes effect on … and remains in force …", "is valid until …", "This
 * Agreement shall take effect on … and govern the parties' dealings thereafter, unless terminated …",
 * "This Agreement will run through December 31, 2024".
 */
const CONTRACT_RUNS = /\bthis\s+(?:\w+\s+)?(?:agreement|contract)\b[^.]{0,160}\b(?:(?:continue|remain|stay|expire|terminate|end)s?|(?:run|last)s?\s+(?:through|thru|until)|term|(?:effective|in\s+(?:full\s+)?(?:force|effect))\s+(?:through|until)|covers?\s+the\s+period)\b|\bthe\s+(?:agreement|contract)\b[^.]{0,160}\b(?:(?:continue|remain|stay|expire|terminate|end)s?|term|(?:effective|in\s+(?:full\s+)?(?:force|effect))\s+(?:through|until))\b|\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:automatically\s+)?(?:continues|remains|expires|terminates|ends|runs|lasts)\b|\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)\s+valid\s+(?:through|until)\b|\bthis\s+(?:\w+\s+)?(?:agreement|contract)\b[^.]{0,160}\bthereafter,?\s+unless\s+(?:and\s+until\s+)?(?:it\s+is\s+)?terminated\b/i;

/**
 * The contract running for a length or to an end before the words that renew it or the notice that
 * stops it: "This Agreement shall remain in effect for one (1) year from the Effective Date and shall be
 * automatically renewed …", "This Agreement will continue in effect until the third anniversary of the
 * Effective Date, and will thereafter renew … unless notice is given 60 days before the end of the
 * then-current term". The first length or end is the term's. The verb may share the "shall" of the start before it:
 * "This Agreement shall commence on the date hereof and continue for three (3) years, and shall renew …".
 */
const CONTRACT_RUNS_FOR_VERB = /\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:(?:[^.;]{0,80}?\band\s+)?(?:(?:shall|will)\s+(?:continue|remain|be|stay|run|last)|is|continues|remains|runs|lasts)|(?:shall|will)\s+(?:commence|begin|start|become\s+(?:effective|binding)|apply\s+from|take\s+effect|(?:come|enter)\s+into\s+(?:force|effect))\b[^.;]{0,80}?\band\s+(?:continue|remain|be|stay|run|last))\s+(?:(?:in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?|effective|valid|binding|concluded|entered\s+into|made)\s+)?(?:(for)\s+(?:an?\s+(?:\w+\s+)?(?:term|period)\s+of\s+)?|(?:until|through)\s+)/gi;

function contractRunsFor(t: string): boolean {
  for (const m of t.matchAll(CONTRACT_RUNS_FOR_VERB)) {
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (m[1] ? findDurations(after)[0]?.index === 0 : findDate(after)?.index === 0 || /^(?:the\s+)?[\w()\s-]{0,30}\banniversary\b/i.test(after)) return true;
  }
  return false;
}

/**
 * A short name defined in brackets: (the "Term"), (hereinafter referred to as the "Effective Date"),
 * (herein called "Supplier"). It names something; it says nothing of how long the contract runs.
 */
const DEFINING_ASIDE = /\s*\((?:the\s+|this\s+|herein(?:after)?\s+(?:(?:referred\s+to\s+as|called|defined\s+as)\s+)?(?:the\s+|this\s+)?)?["“‘'][^"“”()]{1,60}["”’']\)/gi;

/**
 * What may stand before a clause's first word: its number ("4.1", "Section 3", "(a)", "A.", "IV."), or a
 * table's first cell holding it ("A. | The Term will be …").
 */
const LEADING_NUMBER = /^\s*(?:(?:(?:section|article|clause)\s+)?(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]{1,2}\)|\(?[ivx]{1,5}\)|[a-z]\.|[ivx]{1,5}\.)\s+)?(?:\|\s*)?/i;

/**
 * A heading in capitals run into its clause's number, as a text that lost its line breaks gives it:
 * "TERM/TERMINATION A. The Term will be …", "DURATION 4.1 The term of …". The number has its dot or
 * bracket: "THE TERM IS 12 MONTHS …" is a sentence in capitals, not a heading.
 */
const RUN_IN_CAPITALS = /^\s*\p{Lu}[\p{Lu}/&,' -]{2,40}\s+(?=(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}\.\d{1,3}|\(?[a-z]{1,2}\)|[A-Za-z]\.|[ivxIVX]{1,5}\.)\s)/u;

/**
 * Words that only qualify the sentence after them: "Unless earlier terminated as provided herein, …",
 * "Subject to Section 12, …", "Except as otherwise provided in this Agreement, …", "Except as otherwise agreed in
 * writing by the parties, …", "Save as otherwise provided herein, …", "If not renewed (in
 * accordance with Section 4), …", "Absent renewal, …" (the end that holds when no renewal is made), and the words an
 * amendment opens its changes with: "The parties agree that the Term is hereby extended …". The sentence
 * states what it states from the word after them.
 */
const LEADING_QUALIFIER = /^(?:(?:unless\s+(?:sooner|earlier|otherwise)\s+terminated\b[^,.;]{0,80}|(?:if|unless)\s+not\s+(?:(?:sooner|earlier|otherwise|previously|duly)\s+)?(?:renewed|extended)\b[^,.;]{0,80}|(?:absent|in\s+the\s+absence\s+of|failing)\s+(?:a\s+|any\s+|such\s+)?(?:renewal|extension)\b[^,.;]{0,80}|subject\s+to\s+[^,.;]{1,80}|(?:except|save)\s+as\s+(?:otherwise\s+|expressly\s+)?(?:provided|set\s+(?:forth|out)|stated|specified|agreed|permitted)\b[^,.;]{0,80}),\s*|(?:the\s+parties\s+(?:hereto\s+)?(?:hereby\s+)?(?:acknowledge\s+and\s+)?agree|it\s+is\s+(?:hereby\s+)?agreed)\s+that\s+)/i;

function scoreSentence(s: Sentence): number {
  let score = 0;
  const t = ownNameAsAgreement(withoutAbbreviationDots(s.text));
  // The sentence from its first word, so that "4.1 The Term will be …" opens as "The Term will be …"
  // does, and "Subject to Section 12, the Term will be …" as well.
  let lead = t.replace(RUN_IN_CAPITALS, '').replace(LEADING_NUMBER, '');
  for (let i = 0; i < 2 && LEADING_QUALIFIER.test(lead); i++) lead = lead.replace(LEADING_QUALIFIER, '');
  // The contract's verb read as far from its subject whatever length of definition stands between them.
  const bare = t.replace(DEFINING_ASIDE, '');
  // "The Term shall end on …", "The Term expires on the third anniversary …" state the term as its own subject, as does
  // the present tense's "The Term runs from March 1, 2020 through …".
  // So does a government contract's "The period of performance under this Agreement is … through …".
  // So does the Term's end joined to its start: "The "Commencement Date" will be June 15, 2015, and the
  // Term shall end on the third (3rd) anniversary of the Commencement Date", or to an amendment's extension:
  // "The parties agree to extend the Term for two (2) years, so that the Term shall now end on …".
  if (/\binitial\s+term\b|\bterm\s+of\s+(?:this|the)\s+(?:agreement|contract)\b|\bthe\s+(?:duration|(?:period\s+of\s+)?validity)\s+of\s+(?:this|the)\s+(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)\b|\bthe\s+term\s+(?:hereof|thereof)\b|^\s*the\s+(?:\w+\s+)?term\s+(?:of\s+(?:this|the)\s+\w+\s+)?(?:is|shall\s+be|will\s+be|(?:shall|will)\s+(?:end|expire|terminate)|ends|expires|terminates|(?:runs|lasts)\s+(?:from|for|until|through))\b|(?:[,;]\s*(?:and|so\s+that)|\bso\s+that)\s+the\s+(?:initial\s+)?term\s+(?:(?:shall|will)\s+(?:now\s+)?(?:end|expire|terminate)|ends|expires|terminates)\s+(?:on|upon|at)\b|\bthe\s+(?:initial\s+|validity\s+)?period\s+of\s+(?:this|the)\s+(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)\b|\bthe\s+(?:contract|agreement)\s+period\s+(?:is|shall\s+be|will\s+be)\b|\bthe\s+period\s+of\s+performance\s+(?:under|of|for)\s+(?:this|the)\s+(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)\b/i.test(lead)) score += 3;
  // A lease's habendum gives its term after "for": "TO HAVE AND TO HOLD the Premises for the term of ten (10)
  // years, commencing on … and ending on …" ("for a term of …" only in the habendum; elsewhere it is left to the
  // wordings above: said of a reseller's appointment, it gives the appointment's length, not the contract's).
  if (/\b(?:for\s+the|to\s+have\s+and\s+to\s+hold\b[^.;]{0,80}?\bfor\s+a)\s+term\s+of\s+[\w-]+\s+(?:\(\d+\)\s+)?(?:full\s+)?(?:calendar\s+|lease\s+|contract\s+)?(?:years?|months?)\b/i.test(t)) score += 2;
  // So does the contract itself lasting while a state of things lasts ("This Agreement shall continue in force
  // for so long as the Distributor continues to purchase Products"): no end date, but its term all the same.
  if (NO_END.test(t) || runsUntilLastPartEnds(t) || CONTRACT_LASTS_WHILE.test(t)) score += 1;
  // An amendment's new end: "The Agreement is hereby extended until …".
  if (EXTENDED_TO_RE.test(t)) score += 2;
  // In the present tense only with the contract as the verb's subject ("This Agreement expires on …",
  // "The Agreement ends …"): "… this Agreement, unless a party terminates …" is someone else ending it.
  if (CONTRACT_RUNS.test(t) || CONTRACT_RUNS.test(bare) || CONTRACT_CEASES.test(t)) score += 2;
  // The contract's own duration in other verbs: "is in force for three years", "shall be binding for a
  // period of …", "will run for …", "is concluded for an indefinite period", "effective from X through Y",
  // "in effect from the date hereof until …", "effective commencing on X and ending on Y", "shall be for a
  // period of three (3) years commencing …", "is of unlimited duration", "has an initial period ending …",
  // "This Agreement is for two years", "shall be for the period commencing X and ending Y".
  else if (/\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:is|shall|will)\s+(?:be\s+)?(?:for\s+a\s+(?:\w+\s+)?(?:term|period)\s+of\b|for\s+the\s+(?:\w+\s+)?(?:term|period)\s+(?:commencing|beginning|starting|from)\b|for\s+(?:[\w()-]+\s+){1,2}(?:calendar\s+)?(?:years?|months?)\b|(?:in\s+(?:full\s+)?(?:force|effect)|effective|valid|binding|concluded|entered\s+into|made)\s+for\s+(?:a\s+|an\s+)?(?:[\w()-]+\s+){0,3}(?:period|term|duration|years?|months?)\b|(?:run|last)\s+for\b|(?:effective|in\s+(?:full\s+)?(?:force|effect)|valid)\s+(?:from|commencing|beginning|starting)\b[^.]{0,80}\b(?:through|until|to|ending)\b|(?:of|for)\s+(?:an?\s+)?(?:unlimited|indefinite)\s+(?:duration|period|term)\b|perpetual\b)|\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:has|shall\s+have|will\s+have)\s+effect\b[^.]{0,60}\bfor\s+(?:a\s+|an\s+)?(?:[\w()-]+\s+){0,3}(?:period|term|duration|years?|months?)\b|\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:has|shall\s+have|will\s+have)\s+(?:an\s+initial\s+(?:term|period)|an?\s+(?:\w+\s+)?duration\s+of)\b/i.test(t)) score += 2;
  // The block's first 50 characters, to the end of the word they cut ("… the date of term" is not a heading "Term").
  if (/\b(?:term|duration|commencement|expiration)\b/i.test(`${s.block.section.join(' ')} ${/^[\s\S]{0,50}\w*/.exec(s.block.text)![0]}`)) score += 1;
  if (findDurations(t).length || findDate(t) || REDACTED_LENGTH.test(t) || new RegExp(NAMED_END_ALL.source).test(t) || ANNIVERSARY.test(t)) score += 1;
  if (/\buntil\b|\bexpir/i.test(t)) score += 1;
  if (/^\s*(?:termination|expiration|end)\s+date\s*:/i.test(t)) score += 2;
  // Definitions of other things, deadlines and conditions mention the term without stating it.
  if (/["“‘'][^"”]{2,50}["”’']\s+(?:means|(?:shall|will)\s+mean)\b/i.test(t) && !/["“‘'](?:Term|Initial Term|Expiration Date)["”’']/i.test(t) && !TERM_DEFINED.test(t)) score -= 4;
  // An unquoted definition of the term itself: "1.20. Term shall mean the Effective Date through June 15, 2001".
  if (/^\s*(?:[\d.]+\s*)?(?:initial\s+)?term\s+(?:(?:shall|will)\s+)?means?\b/i.test(t)) score += 3;
  if (/^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:within|if|in\s+the\s+event|upon|following|after|notwithstanding|except)\b/i.test(lead)) score -= 2;
  if (/\b(?:license|licence|patent|warranty|confidential\w*|non-?compet\w*|survive|lease)\b/i.test(t) && !/\b(?:this|the)\s+agreement\b/i.test(t)) score -= 2;
  const renewal = RENEWAL_CUE.exec(t);
  if (renewal && !/\binitial\s+term\b/i.test(t) && !contractRunsFor(t.slice(0, renewal.index))) score -= 1;
  // Obligations that hold "during the term" and representations that lapse do not state the term.
  if (/\bduring\s+the\s+term\b/i.test(t) && !/\b(?:term\s+of\s+this\s+agreement|initial\s+term)\s+(?:shall|will|is)\b/i.test(t)) score -= 3;
  if (/\b(?:representations?|warrant(?:y|ies)|payable|invoices?)\b/i.test(t)) score -= 2;
  // The sentence that names the term ((the "Term"), "Contract Period" means …) is the one that states it.
  if (TERM_DEFINED.test(t) || /^\s*(?:(?:initial|contract|agreement|subscription|service)\s+)?terms?(?:\s+of\s+(?:the\s+)?\w+|\s+length)?\s*:/i.test(t) || STATES_LENGTH_LABEL.test(t)) score += 3;
  // "The Term shall commence on … and shall end …", "The Agreement will begin on … and run for …", "… shall take effect on … and
  // run for …": the term's own start and end
  // ("rights under this Agreement shall commence …" are not the contract's).
  if (/\b(?:the\s+(?:initial\s+)?term|(?<!\b(?:under|of|in|to|by|for|with|from)\s+)(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract))\s+(?:shall|will)\s+(?:commence|begin|start|(?:enter|come)\s+into\s+(?:force|effect)|take\s+effect|become\s+(?:effective|binding)|apply\s+from)\b[^.]{0,80}\b(?:end|expire|terminate|continue|run|last|remain|stay|be\s+valid)\b/i.test(t) || PRESENT_START_AND_END.test(t)) score += 2;
  if (lengthUnderTermHeading(s) || spanUnderTermHeading(s)) score += 3;
  // A right to end the contract early, or notice given before the term ends, only mentions the term.
  if (/\bmay\s+(?:\w+\s+){0,3}terminate\b|\bright\s+to\s+terminate\b/i.test(t) && !statesLength(t) && !contractRunsFor(t)) score -= 3;
  if (/\b(?:prior\s+to|before|in\s+advance\s+of)\s+(?:the\s+)?(?:end|expiration|expiry)\s+of\s+the\s+(?:then[\s-]+current\s+)?(?:initial\s+)?term\b/i.test(t) && !statesOwnLength(t) && !contractRunsFor(t)) score -= 5;
  return score;
}

/** What follows a period that runs after the contract ends: "thereafter", "after the termination …", "following expiration". */
const POST_TERM = /^\s*(?:period\s+)?(?:immediately\s+)?(?:thereafter|after\s+(?:the\s+|such\s+|any\s+|its\s+)?(?:termination|expiration|end|expiry)|following\s+(?:the\s+|such\s+|any\s+|its\s+)?(?:termination|expiration|end|expiry))/i;

/** The length of the term in a sentence: the duration nearest a term word, not a notice period. */
export function termLength(text: string): Duration | undefined {
  const first = termLengths(text)[0];
  if (!first) return first;
  const joined = (d: Duration, of: Duration): boolean => d.index > of.index && /^\s*(?:,\s*)?and\s*$/i.test(text.slice(of.index + of.text.length, d.index));
  const all = findDurations(text);
  // A length in years and months: "two (2) years and six (6) months" is thirty months, not two years.
  const more = first.unit === 'year' ? all.find((d) => d.unit === 'month' && joined(d, first)) : undefined;
  const whole: Duration = more ? { n: first.n * 12 + more.n, unit: 'month', text: text.slice(first.index, more.index + more.text.length), index: first.index } : first;
  // And days after whole years or months: "one (1) year and thirty (30) days" ends a month after the year, not with
  // it. Not days that are a notice or run after the term ("one (1) year and thirty (30) days' notice").
  if (whole.unit !== 'year' && whole.unit !== 'month') return whole;
  const days = all.find((d) => d.unit === 'day' && !d.kind && joined(d, whole));
  if (!days || /^\s*(?:['’]|s['’])|^\s*(?:prior|before|in\s+advance|notice|after|following|thereafter)\b/i.test(text.slice(days.index + days.text.length, days.index + days.text.length + 20))) return whole;
  return { ...whole, days: days.n, text: text.slice(whole.index, days.index + days.text.length) };
}

/** Every duration in a sentence that may be a term's length (not a notice, a post-term or a recurring period). */
function termLengths(text: string): Duration[] {
  return findDurations(text).filter((d) => {
    const after = text.slice(d.index + d.text.length, d.index + d.text.length + 40);
    const before = text.slice(Math.max(0, d.index - 40), d.index);
    if (/^\s*(?:['’]|s['’])?\s*(?:prior\s+)?(?:written\s+)?(?:notice|prior|before|in\s+advance|after\s+(?:receipt|notice|written))/i.test(after)) return false;
    if (/\b(?:notice\s+of|within|at\s+least|not\s+less\s+than|no\s+(?:less|later|more)\s+than|upon)\s*$/i.test(before)) return false;
    // A period after the term ends ("and for two (2) years thereafter") or a recurring one ("every three (3) months").
    // "and for a period of two (2) years thereafter" runs after the term; "ending ten (10) years thereafter" ends it.
    if (POST_TERM.test(after) && (/^\s*(?:period\s+)?(?:immediately\s+)?(?:after|following)\b/i.test(after) || /\b(?:and|or)\s+(?:for\s+)?(?:a\s+(?:further\s+)?period\s+of\s+)?$/i.test(before))) return false;
    // A recurring or partial period: "every three (3) months", "the last two (2) months of the Term".
    if (/\b(?:every|each|per|first|last|final|quarter\s*[[(]?)\s*$/i.test(before)) return false;
    return d.unit !== 'day' || d.n >= 90;
  });
}

/**
 * Periods that each name their own start: "a period of two (2) months to commence on November 4,
 * 1998 …, and … a period of twenty four (24) months to commence on the launch date of January 4,
 * 1999". Each length is paired with a date that follows it as its start ("commencing on", "to
 * commence on", "beginning", "from"), with no end word between; the term ends with the latest.
 */
function latestPairedEnd(text: string, lengths: readonly Duration[], dates: readonly FoundDate[]): { end: string; length: Duration; start: FoundDate } | undefined {
  let best: { end: string; length: Duration; start: FoundDate } | undefined;
  for (const length of lengths) {
    const after = length.index + length.text.length;
    const start = dates.find((d) => d.index >= after && d.index - after <= 110);
    if (!start) continue;
    const between = text.slice(after, start.index);
    if (!/\b(?:commenc\w*|begin\w*|start\w*|from)\b/i.test(between) || /\b(?:until|through|thru|to\s+(?!commence|begin|start)|expir\w*|end(?:s|ing)?|terminat\w*|after|following|thereafter)\b/i.test(between.replace(/\bunless\s+(?:sooner|earlier)\s+terminated\b/gi, ''))) continue;
    const end = addToDate(start.iso, asMonthsAndDays(length));
    if (!best || end > best.end) best = { end, length, start };
  }
  return best;
}

/** Ordinal and cardinal words for anniversaries: "the fourth (4th) anniversary", "the four (4) year anniversary". */
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-fifth': 25, thirtieth: 30,
};

/**
 * An end on an anniversary of the start: "until the fourth (4th) anniversary of the Effective Date",
 * "expire upon the earlier of (i) the first anniversary of the Effective Date", "terminating on the
 * eighth anniversary of the Commencement Date", "commence on the Effective Date and expire on the third
 * anniversary thereof" (the start the sentence named), "the fifth anniversary of the date hereof", "of
 * the signing of this Agreement", "of the date on which it is signed" or "of its signature" (the
 * contract's own date, which the start stands for). Group 3: the
 * number (ordinal or cardinal word, or digits); an optional "(4th)" / "(4)" and "year" follow. Group 1:
 * an end at the close of the month (or calendar year: "the last day of the calendar year in which
 * the third anniversary … falls", "December 31 of the year in which the second anniversary … occurs") the
 * anniversary falls in, said before it; group 2: an end on the day
 * before it ("until the day before the second anniversary", "ending on the day immediately preceding
 * the fifth anniversary"), which makes a term of whole years that does not overlap the next. "Beginning on the second
 * anniversary …" starts something there; it ends nothing.
 */
const ANNIVERSARY = /\b(?:until|through|to|(?<!\b(?:begin\w*|commenc\w*|start\w*|effective)\s+)(?:on|upon|at)|expir\w*|end\w*|terminat\w*|conclud\w*|earlier\s+of|later\s+(?:to\s+occur\s+)?of)\b[^.;]{0,40}?(?:\b(?:the\s+)?((?:last\s+day|end)\s+of\s+the\s+(?:calendar\s+)?(?:month|quarter|year)|(?:December\s+31(?:st)?|31(?:st)?\s+December)\s+of\s+the\s+(?:calendar\s+)?year)\s+(?:in|during)\s+which\s+|\b(the\s+(?:calendar\s+|last\s+)?day\s+(?:immediately\s+)?(?:before|prior\s+to|preceding))\s+)?\bthe\s+([a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th)?)\s*(?:\(\s*\d{1,2}\s*(?:st|nd|rd|th)?\s*\)\s*)?(?:-?\s*year\s+)?anniversary\s+(?:of\s+(?:the\s+)?(?:effective|commencement|start|execution)\s+date|of\s+the\s+date\s+(?:hereof|of\s+this\s+(?:agreement|contract))|of\s+the\s+date\s+(?:first\s+)?(?:(?:written|set\s+(?:forth|out)|stated)\s+above|above\s+written)|of\s+(?:the\s+)?(?:signing|execution)\s+of\s+this\s+(?:agreement|contract)|of\s+the\s+date\s+(?:on\s+which|that|when)\s+(?:it|this\s+(?:agreement|contract))\s+(?:is|was|has\s+been)\s+(?:signed|executed)|of\s+its\s+(?:signature|signing|execution)|of\s+this\s+(?:agreement|contract)|hereof|thereof|of\s+(?:that|such)\s+(?:date|day))\b/i;

/**
 * An end on an anniversary of another date the contract names with capitals: "ending on the third
 * anniversary of the Closing Date", "until the fifth (5th) anniversary of the Launch Date". Group 1: the
 * number; group 2: the date's name. Case matters: the name must be a defined one, in capitals.
 */
const NAMED_ANNIVERSARY = /\b(?:[Uu]ntil|through|to|on|upon|at|expir\w*|end\w*|terminat\w*|conclud\w*)\b[^.;]{0,40}?\bthe\s+([a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th)?)\s*(?:\(\s*\d{1,2}\s*(?:st|nd|rd|th)?\s*\)\s*)?(?:-?\s*year\s+)?anniversary\s+of\s+the\s+((?:[A-Z][\w'’-]*\s+){0,3}Date)\b/;

/**
 * The date a name is defined by, either way a contract defines it: "“Closing Date” means April 15, 2022"
 * ("shall be", "is"), or "… on April 15, 2022 (the “Closing Date”)".
 */
function definedDate(ctx: TermContext, name: string): { iso: string; how: string; blocks: Block[] } | undefined {
  const definition = ctx.definitions.get(name.toLowerCase());
  if (!definition) return undefined;
  const text = definition.text;
  const quoted = new RegExp(`[“"‘']${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}[”"’']`, 'i').exec(text);
  if (!quoted) return undefined;
  const found = (d: FoundDate | undefined): { iso: string; how: string; blocks: Block[] } | undefined => (d ? { iso: d.iso, how: `the ${name}`, blocks: [definition.block] } : undefined);
  const after = text.slice(quoted.index + quoted[0].length);
  const means = /^\s*(?:(?:shall|will)\s+)?(?:means?|mean|(?:shall|will)\s+be|is)\s+/i.exec(after);
  if (means) {
    const d = findDate(after.slice(means[0].length), ctx.dates);
    return found(d?.index === 0 ? d : undefined);
  }
  const before = text.slice(Math.max(0, quoted.index - 80), quoted.index);
  const aside = /\(\s*(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?)?$/i.exec(before);
  const d = aside ? findDates(before.slice(0, aside.index), ctx.dates).at(-1) : undefined;
  return found(d && /^[\s,]*$/.test(before.slice(d.index + d.text.length, aside!.index)) ? d : undefined);
}

/** The end an anniversary's group 1 names: the last day of its calendar year, of its calendar quarter, else of its month. */
function periodEnd(iso: string, period: string): string {
  if (/year$/i.test(period)) return `${iso.slice(0, 4)}-12-31`;
  // "the end of the calendar quarter in which the third anniversary … occurs": March, June, September or December's last day.
  if (/quarter$/i.test(period)) return monthEnd(`${iso.slice(0, 5)}${String(Math.ceil(Number(iso.slice(5, 7)) / 3) * 3).padStart(2, '0')}-01`);
  return monthEnd(iso);
}

/** The last day of the month `iso` falls in. */
function monthEnd(iso: string): string {
  return addToDate(`${iso.slice(0, 8)}01`, { months: 1, days: -1 });
}

function anniversaryNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return parseInt(w, 10);
  // A compound ordinal: "twenty-fourth", "thirty-sixth".
  const compound = /^([a-z]+ty)-([a-z]+)$/.exec(w);
  const tens = compound ? wordsToNumber(compound[1]!) : undefined;
  const unit = compound ? ORDINALS[compound[2]!] : undefined;
  if (tens !== undefined && unit !== undefined && unit < 10) return tens + unit;
  return ORDINALS[w] ?? wordsToNumber(w);
}

/** A term length withheld: "for a period of [***]", "for a period of [Redacted - Term Details]". */
const REDACTED_LENGTH = /\b(?:for|of)\s+(?:a\s+(?:period|term)\s+of\s+)?(\[\s*(?:\*+|redacted[^\]]{0,60}|[●•]+|x+)\s*\])/i;

/** A named period or date the term sentence points to: "for the Service Period", "until the Intended End of Term". */
const NAMED_END_ALL = /\b(?:for|until|through|expire\s+on|end\s+on|terminate\s+on)\s+the\s+((?:(?:[A-Z][\w-]*|of)\s+){0,4}(?:Period|Term|Date)\b)/g;

/** The sentence (or heading) that defines a name: “Service Period” means …, Expiration Date: August 31, 2006. */
function definitionOf(ctx: TermContext, name: string): Sentence | undefined {
  const escaped = name.replace(/\s+/g, '\\s+');
  // Short definition lines are read as headings and left out of the sentences, and an abbreviation
  // ("April. 1st 2019") can split one: read the defining block from the name on.
  const re = new RegExp(`(?:^|[“"‘'])${escaped}[”"’']?\\s*(?:shall\\s+mean|means|:)\\s*\\S`, 'i');
  const known = ctx.definitions.get(name.toLowerCase());
  const candidates = known ? [known.at] : ctx.blocks.map((_, i) => i);
  for (const at of candidates) {
    const block = ctx.blocks[at]!;
    const text = block.text.replace(/\s+/g, ' ');
    const m = re.exec(text);
    if (m) return { text: text.slice(m.index, m.index + 400), block, at };
  }
  return undefined;
}

/** The term read from one sentence; null when the sentence states the term but gives it no date (stop looking). */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "the last day of February, 2023", "the last day in December 2020": a date the date grammar does not read. */
const LAST_DAY_OF = new RegExp(String.raw`\bthe\s+last\s+day\s+(?:of|in)\s+(${MONTHS.join('|')})\s*,?\s+(\d{4})\b`, 'gi');

/**
 * "the end of the 2018 calendar year", "the last day of calendar year 2019", "the close of 2020.": the
 * last day of that year. A year followed by another noun ("the end of the 2019 season", "of the 2019
 * fiscal year") ends when that thing does, so it is not read.
 */
const END_OF_CALENDAR_YEAR = /\bthe\s+(?:end|close|last\s+day)\s+of\s+(?:the\s+)?(?:calendar\s+year\s+((?:19|20)\d\d)\b|((?:19|20)\d\d)\s+calendar\s+year\b|((?:19|20)\d\d)(?=\s*(?:[.,;)]|$)))/gi;

function lastDaysOf(text: string): FoundDate[] {
  const monthEnds = [...text.matchAll(LAST_DAY_OF)].map((m) => {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    const year = Number(m[2]);
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, text: m[0], index: m.index };
  });
  const yearEnds = [...text.matchAll(END_OF_CALENDAR_YEAR)].map((m) => ({ iso: `${m[1] ?? m[2] ?? m[3]}-12-31`, text: m[0], index: m.index }));
  return [...monthEnds, ...yearEnds];
}

/**
 * The start that numbered years and months are counted from: "the Effective Date", "the Commencement
 * Date", "the date hereof", "the date of this Agreement", "the execution of this Agreement" (what the
 * end is counted from when the contract starts on signing).
 */
const START_REF = String.raw`the\s+(?:(?:effective|commencement|execution)\s+date|date\s+(?:hereof|of\s+this\s+(?:agreement|contract))|execution\s+(?:hereof|of\s+this\s+(?:agreement|contract)))\b`;

/**
 * An end at the close of a numbered contract year: "will end automatically upon the end of Year 3",
 * "expires at the end of the fifth Contract Year" (or a lease's "Lease Year 5"), "at the end of the third (3rd) year following the
 * Effective Date". Group 1, 2 or 3 is the number of years from the start.
 */
const END_OF_YEAR_N = new RegExp(String.raw`\b(?:until|through|upon|at|on|expir\w*|end\w*|terminat\w*|conclu\w*)\s+(?:\w+\s+){0,2}?the\s+end\s+of\s+(?:(?:contract|agreement|license|program|lease)\s+)?year\s+(\d{1,2}|[a-z]+)\b|\b(?:until|through|upon|at|on|expir\w*|end\w*|terminat\w*|conclu\w*)\s+(?:\w+\s+){0,2}?the\s+end\s+of\s+the\s+([a-z]+(?:-[a-z]+)?)\s+(?:contract|agreement|license|program|lease)\s+year\b|\b(?:until|through|upon|at|on|expir\w*|end\w*|terminat\w*|conclu\w*)\s+(?:\w+\s+){0,2}?the\s+end\s+of\s+the\s+([a-z]+(?:-[a-z]+)?)\s*(?:\(\s*\d{1,2}\s*(?:st|nd|rd|th)?\s*\)\s*)?(?:full\s+)?year\s+(?:following|after|from)\s+${START_REF}`, 'i');

/**
 * The last day of the Nth calendar year after the start: "expire on December 31 of the fifth full calendar
 * year following the Effective Date", "until the end of the third calendar year after the Commencement
 * Date". The year of the start is not one of them (it follows the start), so the end is the start's year + N.
 * Group 1: the number.
 */
const CALENDAR_YEAR_END = new RegExp(String.raw`\b(?:until|through|upon|at|on|expir\w*|end\w*|terminat\w*|conclu\w*)\s+(?:\w+\s+){0,2}?(?:December\s+31(?:st)?|31(?:st)?\s+(?:of\s+)?December|the\s+31st\s+day\s+of\s+December|the\s+(?:last\s+day|end|close))\s+of\s+the\s+([a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s*(?:\(\s*\d{1,2}\s*(?:st|nd|rd|th)?\s*\)\s*)?(?:full\s+)?calendar\s+year\s+(?:following|after)\s+${START_REF}`, 'i');

/**
 * The close of a numbered month counted from the start: "until the end of the twenty-fourth (24th) month
 * following the Effective Date", "expire at the end of the 18th month after the Commencement Date",
 * "the last day of the twelfth (12th) full calendar month following the date hereof" (group 3: a
 * calendar month, which ends on its last day), "… the sixtieth (60th) full calendar month thereafter" (group 4:
 * counted from the start the clause names). Group 1: the number in words, group 2 in digits.
 */
const END_OF_MONTH_N = new RegExp(String.raw`\b(?:until|through|upon|at|on|expir\w*|end\w*|terminat\w*|conclu\w*)\s+(?:\w+\s+){0,2}?the\s+(?:end|close|last\s+day)\s+of\s+the\s+((?:[a-z]+\s+){0,2}?[a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))\s*(?:\(\s*(\d{1,3})\s*(?:st|nd|rd|th)?\s*\)\s*)?(?:full\s+)?(calendar\s+)?month\s+(?:(?:following|after|from)\s+${START_REF}|(thereafter)\b)`, 'i');

/** Words that set a span something is measured over, not the term: "during the period", "in the year". */
const MEASURED_OVER = /\b(?:during|within|in|over|throughout)\s+(?:the\s+|any\s+|each\s+)?(?:\w+\s+)?(?:period|year|quarter|months?)\s*(?:of\s+|from\s+)?$/i;

/**
 * A choice of ends whose arms are numbered: "shall expire on the later of (a) the third anniversary of
 * the Effective Date and (b) the fifth anniversary of the Commencement Date", "until the earlier of (i)
 * December 31, 2025 or (ii) five (5) years from the Effective Date". Group 1 says which arm ends it.
 */
const CHOICE_OF_ENDS = /\b(?:until|through|expir\w*|end(?:s|ing)?|terminat\w*|conclud\w*|continu\w*|remain\w*|(?<!\b(?:begin\w*|commenc\w*|start\w*|effective)\s+)(?:on|upon|at))\s+(?:(?:up)?on\s+|at\s+)?the\s+(later|earlier|longer|shorter|sooner)\s+(?:to\s+occur\s+|date\s+)?of\s*:?\s*(?=\((?:a|i|1)\))/i;
/** The numbers of the arms: "(a)", "(ii)", "(3)". */
const ARM = /\((?:[a-e]|i{1,3}|iv|v|[1-5])\)\s*/gi;
/** The orders arms are numbered in. */
const ARM_STYLES = [['a', 'b', 'c', 'd', 'e'], ['i', 'ii', 'iii', 'iv', 'v'], ['1', '2', '3', '4', '5']];
/** A length counted from the start the contract dates: "five (5) years from the Effective Date", "… after the date hereof". */
const FROM_START = /^\s*(?:from|after|following)\s+(?:the\s+)?(?:(?:effective|commencement|execution)\s+date|date\s+(?:hereof|of\s+this\s+(?:agreement|contract)))\b/i;

/**
 * The end a choice of ends gives: each arm read as a date, an anniversary of the start or a length from
 * it, the later (or earlier) of them. Undefined when the sentence has no such choice or an arm cannot
 * be dated (left to the rules below, which read its dated arm).
 */
function choiceOfEnds(ctx: TermContext, s: Sentence, known: { iso: string; how: string; blocks: Block[] } | undefined): KeyTerm | undefined {
  const choice = CHOICE_OF_ENDS.exec(s.text);
  if (!choice) return undefined;
  const later = /^(?:later|longer)$/i.test(choice[1]!);
  // The arms, to the end of the sentence or the first clause that qualifies the whole ("; provided …", ", unless …").
  const rest = s.text.slice(choice.index + choice[0].length).split(/;|,\s*(?:unless|provided|subject|except)\b/i)[0]!;
  // The arms in their order, "(a)", "(b)" …: a number repeated in digits ("three (3) years") is not one.
  const all = [...rest.matchAll(ARM)];
  const style = ARM_STYLES.find((order) => all[0] && order[0] === all[0][0].replace(/[()\s]/g, '').toLowerCase());
  const marks = style ? all.filter((m) => m[0].replace(/[()\s]/g, '').toLowerCase() === style[0]) : [];
  if (style) for (const m of all) if (m[0].replace(/[()\s]/g, '').toLowerCase() === style[marks.length] && m.index > marks.at(-1)!.index) marks.push(m);
  if (marks.length < 2 || marks[0]!.index !== 0) return undefined;
  const ends: { iso: string; how: string }[] = [];
  let undated = 0;
  for (const [i, m] of marks.entries()) {
    // "(b) the date that is eighteen (18) months after the Effective Date" gives the date the length reaches.
    const arm = rest.slice(m.index + m[0].length, marks[i + 1]?.index ?? rest.length).replace(/[,\s]*\b(?:and|or)\s*$/i, '').replace(/^\s*the\s+(?:date|day)\s+(?:that|which)\s+is\s+/i, '');
    const date = findDate(arm, ctx.dates);
    const anniversary = ANNIVERSARY.exec(`until ${arm}`);
    const years = anniversary?.index === 0 ? anniversaryNumber(anniversary[3]!) : undefined;
    const length = findDurations(arm)[0];
    if (date && date.index <= 12) ends.push({ iso: date.iso, how: date.text });
    else if (years && known) {
      const day = addToDate(known.iso, { months: 12 * years });
      ends.push({ iso: anniversary![1] ? periodEnd(day, anniversary![1]) : anniversary![2] ? addToDate(day, { months: 0, days: -1 }) : day, how: `${known.how} ${known.iso} + ${years} year${years === 1 ? '' : 's'}` });
    } else if (length && length.index <= 12 && known && FROM_START.test(arm.slice(length.index + length.text.length))) {
      ends.push({ iso: addToDate(known.iso, asMonthsAndDays(length)), how: `${known.how} ${known.iso} + ${formatDuration(length)}` });
    } else undated++;
  }
  // An arm that is an event ("(b) the completion of the Research"): the dated arm is read as before, the
  // end the contract can at least be said to run to.
  if (undated) return undefined;
  const end = ends.reduce((a, b) => ((later ? b.iso > a.iso : b.iso < a.iso) ? b : a));
  return makeTerm(end.iso, `${end.iso} = the ${later ? 'later' : 'earlier'} of ${ends.map((e) => e.how).join(' and ')}: ${s.text}`, [s.block, ...(known?.blocks ?? [])]);
}

function fromSentence(ctx: TermContext, s: Sentence, start: StartDate | undefined, depth = 0): KeyTerm | undefined | null {
  const dates = [...findDates(s.text, ctx.dates), ...lastDaysOf(s.text)].sort((a, b) => a.index - b.index);
  // The words before each date read past an abbreviation's dot ("from Feb. 8, 2021 to …"), as a reader
  // does; the text keeps its length, so the dates' places hold in it.
  const read = withoutAbbreviationDots(s.text);
  const known = start && !start.term.blank && typeof start.term.value === 'string' ? { iso: start.term.value, how: start.name, blocks: citedBlocks(start.term, ctx) } : undefined;
  // 0. A choice of ends, each arm dated: the later (or earlier) of them.
  const chosen = choiceOfEnds(ctx, s, known);
  if (chosen !== undefined) return chosen;
  // 1. An end date stated in the clause.
  for (const [i, d] of dates.entries()) {
    // "Unless earlier terminated, … shall take effect on X": the condition is no end cue, and a start is no end.
    const prefix = read.slice(Math.max(0, d.index - 60, i > 0 ? dates[i - 1]!.index + dates[i - 1]!.text.length : 0), d.index).replace(/\bunless\s+(?:sooner|earlier|otherwise)\s+terminated\b|\bterminated\s+(?:sooner|earlier)\b/gi, '');
    if (START_CUE.test(prefix) || /\b(?:take|takes|taking)\s+effect\s+(?:on|as\s+(?:of|at))\s*$/i.test(prefix) || STARTS_AFTER_END_WORD.test(prefix)) continue;
    if (CONDITION_DEADLINE.test(prefix)) continue;
    if (BEFORE_END_DATE.test(prefix)) return makeTerm(d.iso, s.text, [s.block]);
    // A range written with a dash, as cover sheets and schedules do: "Term: May 1, 2014 – April 30, 2016".
    // Not a span the clause measures something over: "the sales during the period 1 July 2012 - 30 June 2013".
    if (i > 0 && /^\s*[-–—]{1,2}\s*$/.test(prefix) && !MEASURED_OVER.test(s.text.slice(Math.max(0, dates[i - 1]!.index - 40), dates[i - 1]!.index))) return makeTerm(d.iso, s.text, [s.block]);
    // "shall expire upon the later of: (a) the conclusion of the 2022/23 season and (b) the last day in
    // February, 2023": the one dated arm of a choice of ends, when no other arm holds a date.
    const wide = read.slice(Math.max(0, d.index - 180, i > 0 ? dates[i - 1]!.index + dates[i - 1]!.text.length : 0), d.index);
    if (END_CHOICE.test(wide) && !dates.some((x) => x.index > d.index)) return makeTerm(d.iso, s.text, [s.block]);
  }
  // 2. An end on an anniversary of the start.
  const anniversary = ANNIVERSARY.exec(s.text);
  const years = anniversary ? anniversaryNumber(anniversary[3]!) : undefined;
  // How the end is counted from the anniversary, said in the term's derivation.
  const how = anniversary?.[1] ? (/year$/i.test(anniversary[1]) ? ", to the calendar year's end" : /quarter$/i.test(anniversary[1]) ? ", to the quarter's end" : ", to the month's end") : anniversary?.[2] ? ', less a day' : '';
  // An anniversary of a start the contract defines with its own date (a Start Date or Commencement Date
  // defined as April 1, 2014, the term ending on its fifth anniversary) counts from that date.
  // "commences on 1 July 2014 and ends on the second anniversary of that date": the start the clause
  // itself dates, and nothing else ("that date" is no start when the clause dates none).
  const thatDate = anniversary && /\bof\s+(?:that|such)\s+(?:date|day)\s*$/i.test(anniversary[0]);
  const ownStart = thatDate ? dates.find((d) => START_CUE.test(read.slice(Math.max(0, d.index - 40), d.index))) : undefined;
  const from = !years ? undefined : thatDate ? (ownStart ? { iso: ownStart.iso, how: 'the start date in the clause', blocks: [s.block] } : undefined) : (anniversaryOfDefinedStart(ctx, anniversary![0]) ?? known);
  // An anniversary of an Effective Date the contract defines as an event ("the date the Site goes live"): the
  // agreement date is not that start, so no end can be stated, as for a length counted from it (below).
  if (years && from && from === known && known.how === 'the agreement date' && /\banniversary\s+of\s+(?:the\s+)?effective\s+date\b/i.test(anniversary![0]) && effectiveDateIsEvent(ctx)) return null;
  if (years && from) {
    const day = addToDate(from.iso, { months: 12 * years });
    const end = anniversary![1] ? periodEnd(day, anniversary![1]) : anniversary![2] ? addToDate(day, { months: 0, days: -1 }) : day;
    return makeTerm(end, `${end} = ${from.how} ${from.iso} + ${years} year${years === 1 ? '' : 's'}${how}: ${s.text}`, [s.block, ...from.blocks]);
  }
  // "ending on the third anniversary of the Closing Date": an anniversary of a date the contract names and
  // defines by a date of its own ("… on April 15, 2022 (the "Closing Date")"); an undated event gives no end.
  const namedAnniversary = years ? undefined : NAMED_ANNIVERSARY.exec(s.text);
  const namedYears = namedAnniversary ? anniversaryNumber(namedAnniversary[1]!) : undefined;
  const namedFrom = namedAnniversary && namedYears ? definedDate(ctx, namedAnniversary[2]!.replace(/\s+/g, ' ')) : undefined;
  if (namedYears && namedFrom) {
    const end = addToDate(namedFrom.iso, { months: 12 * namedYears });
    return makeTerm(end, `${end} = ${namedFrom.how} ${namedFrom.iso} + ${namedYears} year${namedYears === 1 ? '' : 's'}: ${s.text}`, [s.block, ...namedFrom.blocks]);
  }
  // A start left blank in the filed copy ("February ____, 2017") leaves its anniversary blank too, as it
  // does the end of a length counted from it.
  if (years && !known && start?.term.blank && typeof start.term.value === 'string') {
    return makeTerm(`${start.term.value} + ${years} year${years === 1 ? '' : 's'}${how}`, `${start.name} left blank (${start.term.value}) + ${years} year${years === 1 ? '' : 's'}${how}: ${s.text}`, [s.block, ...citedBlocks(start.term, ctx)], true);
  }
  // 2b. An end at the close of a numbered contract year ("upon the end of Year 3").
  const yearEnd = END_OF_YEAR_N.exec(s.text);
  const yearCount = yearEnd ? anniversaryNumber(yearEnd[1] ?? yearEnd[2] ?? yearEnd[3]!) : undefined;
  if (yearCount && yearCount < 100 && known) {
    const end = addToDate(known.iso, { months: 12 * yearCount });
    return makeTerm(end, `${end} = ${known.how} ${known.iso} + ${yearCount} year${yearCount === 1 ? '' : 's'}: ${s.text}`, [s.block, ...known.blocks]);
  }
  // 2c. An end on the last day of a numbered calendar year after the start ("December 31 of the fifth full
  // calendar year following the Effective Date"), or at the close of a numbered month ("the end of the
  // twenty-fourth (24th) month following the Effective Date").
  const calendarYear = CALENDAR_YEAR_END.exec(s.text);
  const calendarCount = calendarYear ? anniversaryNumber(calendarYear[1]!) : undefined;
  if (calendarCount && calendarCount < 100 && known) {
    const end = `${Number(known.iso.slice(0, 4)) + calendarCount}-12-31`;
    return makeTerm(end, `${end} = the end of calendar year ${known.iso.slice(0, 4)} + ${calendarCount}, ${known.how} being ${known.iso}: ${s.text}`, [s.block, ...known.blocks]);
  }
  const monthN = END_OF_MONTH_N.exec(s.text);
  // The digits win over the words ("the one hundred twentieth (120th) month").
  const monthCount = monthN ? (monthN[2] ? Number(monthN[2]) : anniversaryNumber(monthN[1]!)) : undefined;
  // "… thereafter" counts from the start the clause itself names ("shall begin on March 1, 2009 and shall
  // terminate on the last day of the sixtieth (60th) full calendar month thereafter"), else from the known start.
  const clauseStart = monthN?.[4] ? dates.find((d) => d.index < monthN.index && START_CUE.test(read.slice(Math.max(0, d.index - 40), d.index))) : undefined;
  const base = clauseStart ? { iso: clauseStart.iso, how: 'the start date in the clause', blocks: [s.block] } : known;
  if (monthCount && monthCount < 600 && base) {
    const day = addToDate(base.iso, { months: monthCount });
    const end = monthN![3] ? monthEnd(day) : day;
    return makeTerm(end, `${end} = ${base.how} ${base.iso} + ${monthCount} month${monthCount === 1 ? '' : 's'}${monthN![3] ? ", to the month's end" : ''}: ${s.text}`, [s.block, ...base.blocks]);
  }
  // 3. A length from a start: a start date in the clause, else the effective (or agreement) date.
  // Where the sentence does not name its initial term, the term's length is the one stated before
  // the words that renew ("renew for successive one (1) year terms" is the renewal's length).
  const renewal = RENEWAL_CUE.exec(s.text);
  const lengthText = renewal && !statesLength(read) ? s.text.slice(0, renewal.index) : s.text;
  const paired = latestPairedEnd(lengthText, termLengths(lengthText), dates);
  if (paired) return makeTerm(paired.end, `${paired.end} = the start date in the clause ${paired.start.iso} + ${formatDuration(paired.length)}: ${s.text}`, [s.block]);
  const length = termLength(lengthText);
  // A term that starts on an event ("shall commence on the date upon which the Company delivers the
  // last Sample") has no start date to count from; the effective date is not it.
  if (length && STARTS_ON_EVENT.test(s.text) && !dates.length) return null;
  // Nor does a length counted from a product's first sale.
  if (length && countsFromEvent(lengthText, length)) return null;
  if (length) {
    const own = dates.find((d) => START_CUE.test(s.text.slice(Math.max(0, d.index - 40), d.index)));
    // Counted from an Effective Date the contract defines as an event ("the date on which Buyer receives
    // the first shipment"): the agreement date is not that start, and no end can be stated.
    if (!own && known?.how === 'the agreement date' && FROM_EFFECTIVE_DATE.test(lengthText.slice(length.index + length.text.length)) && effectiveDateIsEvent(ctx)) return null;
    const defined = own ? undefined : definedStart(ctx, lengthText, length);
    const from = own ? { iso: own.iso, how: 'the start date in the clause', blocks: [s.block] } : (defined ?? known);
    // A start left blank in the filed copy ("February ____, 2017") leaves the end blank too.
    if (!from && start?.term.blank && typeof start.term.value === 'string') {
      return makeTerm(`${start.term.value} + ${formatDuration(length)}`, `${start.name} left blank (${start.term.value}) + ${formatDuration(length)}: ${s.text}`, [s.block, ...citedBlocks(start.term, ctx)], true);
    }
    if (!from) return undefined;
    const end = addToDate(from.iso, asMonthsAndDays(length));
    const term = makeTerm(end, `${end} = ${from.how} ${from.iso} + ${formatDuration(length)}: ${s.text}`, [s.block, ...from.blocks]);
    // Counted from another event the contract names ("five (5) years after the Launch Date"): the end is
    // given from the contract's own start, as readers of such a clause commonly state it, and the note says
    // what the contract counts from.
    const event = own ? undefined : countedFromEvent(ctx, lengthText, length);
    if (event) term.warning = eventNote(event, length, end);
    return term;
  }
  // 4. A length withheld in the filed copy: the end is a blank.
  const redacted = REDACTED_LENGTH.exec(s.text);
  if (redacted && !renewal) return makeTerm(redacted[1]!, s.text, [s.block], true);
  // 5. The end given by a name the contract defines elsewhere ("continue for the Service Period").
  // Several named periods ("for the Northern License Term, … for the Coastal License Term") are terms of parts, not of the contract.
  const names = depth === 0 ? new Set([...s.text.matchAll(NAMED_END_ALL)].map((m) => m[1]!.trim())) : new Set<string>();
  const named = names.size === 1 ? [...names][0]! : undefined;
  if (named) {
    const definition = definitionOf(ctx, named);
    const found = definition && definition.block !== s.block ? fromSentence(ctx, definition, start, depth + 1) : undefined;
    if (found) return { ...found, text: `${found.text} (${s.text})`, citations: [...makeTerm('', '', [s.block]).citations, ...found.citations] };
  }
  // 6. No end at all; a survival clause's "in perpetuity" is about the clauses that survive, not the contract,
  // as is one that keeps duties running after the contract ends without the word "survive".
  if (NO_END.test(s.text) && !RUNS_ON_AFTER_TERM.test(s.text) && !OUTLASTS_CONTRACT.test(s.text)) return makeTerm('perpetual', s.text, [s.block]);
  // 6b. A contract that runs until the last of its orders or schedules ends has no end of its own.
  if (runsUntilLastPartEnds(s.text) && !/\bsurviv/i.test(s.text)) return makeTerm('perpetual', s.text, [s.block]);
  // 7. The contract itself lasting while a state of things lasts ("shall continue in effect until the
  // Licensee ceases to market the Product", "This Agreement shall expire if the Manager ceases to act
  // as manager of the Partnership"): no date, nor any length, can be given; it runs until that state ends.
  if (WHILE_STATE_LASTS.test(s.text) && (CONTRACT_RUNS.test(s.text) || /\bterm\s+(?:of\s+(?:this|the)\s+(?:agreement|contract)|hereof)\b/i.test(s.text)) && !dates.length && !findDurations(s.text).length && !/\bsurviv/i.test(s.text)) return makeTerm('perpetual', s.text, [s.block]);
  return undefined;
}

/**
 * Duties that outlast the contract: a survival clause ("… shall survive termination"), or one that says so
 * without the word: "The confidentiality obligations shall continue for the duration of this Agreement and for
 * five years after termination or expiry of this Agreement, … shall remain confidential in perpetuity". Its
 * "in perpetuity" is the duties' life after the end, not a contract without one.
 */
const OUTLASTS_CONTRACT = /\bsurviv|\b(?:after|following|beyond)\s+(?:the\s+|any\s+|its\s+|such\s+)?(?:termination|expiration|expiry)\b/i;

/**
 * An end set by a party or a thing ceasing to be or do something: "until Acme ceases development of the
 * Product", "shall expire if (when, at such time as) the Manager ceases to act as …"; said the other
 * way round, the contract lasting while the state lasts: "shall remain in effect for so long as Buyer
 * continues to purchase Products", "shall continue in force as long as Licensee holds the Permit".
 */
const WHILE_STATE_LASTS = /\b(?:until|(?:expire|terminate|end)s?\s+(?:automatically\s+)?(?:if|when|once|upon|at\s+such\s+time\s+as))\s+(?:[\w'’.,()-]+\s+){1,10}?ceases?\b|\b(?:continue|remain|stay)s?\b[^.;]{0,40}?\b(?:for\s+)?(?:so|as)\s+long\s+as\b/i;

/** The contract itself, as the subject, lasting while a state lasts: "This Agreement shall continue in force for so long as …". */
const CONTRACT_LASTS_WHILE = /\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|contract)\s+(?:(?:shall|will)\s+)?(?:continue|remain|stay)s?\b[^.;]{0,40}?\b(?:for\s+)?(?:so|as)\s+long\s+as\b/i;

/** Candidate term sentences tried, best first. */
const CANDIDATES = 4;

/** Where a term without its own start date runs from: the effective date, else the agreement date. */
export interface StartDate {
  term: KeyTerm;
  name: 'the effective date' | 'the agreement date';
}

/** A row's label of one word and its colon, the value after it (a cell border may stand between): "PERIOD: | March 1, 2011 …". */
const ONE_WORD_LABEL = /^\s*[A-Za-z]+\s*:\s*(?:\|\s*)?/;
/** The first words of a label cell, alone on a line: two to four capitalised words, no digit, no punctuation ("INITIAL RESALE"). */
const LABEL_HEAD = /^\s*[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){1,3}\s*$/;

/**
 * A table's label cell that wraps over two lines leaves its first words on a line of their own, so a
 * PDF reads them as a block ("INITIAL RESALE") and the row ("PERIOD: | March 1, 2011 through …")
 * as the next: read the label whole, as a typed line gives it ("INITIAL RESALE PERIOD: March 1,
 * 2011 through …"). Only a row that opens its block with a one-word label; otherwise the sentence as it is.
 */
function withWrappedLabel(ctx: TermContext, s: Sentence): Sentence {
  const label = ONE_WORD_LABEL.exec(s.text);
  const head = ctx.blocks[s.at - 1]?.text ?? '';
  if (!label || !LABEL_HEAD.test(head) || !s.block.text.trimStart().startsWith(s.text.trimStart().slice(0, 30))) return s;
  return { ...s, text: `${head.trim()} ${label[0].replace(/\s*\|?\s*$/, '')} ${s.text.slice(label[0].length)}` };
}

/** Sentences that may state the term, best first (among equals, document order). */
export function termCandidates(ctx: TermContext): { s: Sentence; score: number }[] {
  const scored: { s: Sentence; score: number }[] = [];
  for (const read of ctx.sentences) {
    const s = withWrappedLabel(ctx, read);
    if (!mayStateTerm(s.text) && !lengthUnderTermHeading(s) && !spanUnderTermHeading(s)) continue;
    const score = scoreSentence(s);
    if (score > 2) scored.push({ s, score });
  }
  // Best score first; among equals, the earlier sentence (a stable sort keeps document order).
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * A label line in a term schedule, cover sheet or confirmation: "Termination Date: December 31, 2023",
 * "Expiration Date: …", "Expiry: …", a table row "Termination Date: | 1 April 2009", an order form's "Subscription End Date: …", "Service End Date: …" or "Term End Date: …". Such short lines are read as
 * headings or table rows, not sentences, so the blocks are read. The row may give the end as a length from the
 * start it dates: "Term End Date: Three (3) years after the Term Start Date".
 */
const END_LABEL = /^\s*(?:(?:contract|agreement|subscription|service|term)\s+)?(?:(?:termination|expiration|expiry|end)\s+date|expiration|expiry)\s*(?:[:\-–|]\s*)+(.{6,60})$/i;

/** A label's end given as a length from the start: "Term End Date: Three (3) years after the Term Start Date". */
const LENGTH_FROM_START = /^\s*(?:the\s+date\s+(?:that\s+is\s+|falling\s+))?([^.;]{2,30}?)\s+(?:after|from|following)\s+the\s+(?:(?:term|service|subscription|order|contract)\s+)?(?:effective|commencement|start)\s+date\b/i;

function endLabel(ctx: TermContext, start: StartDate | undefined): KeyTerm | undefined {
  for (const block of ctx.blocks) {
    const m = END_LABEL.exec(block.text.replace(/\s+/g, ' '));
    const d = m ? findDate(m[1]!, ctx.dates) : undefined;
    if (d && d.index === m![1]!.search(/\S/)) return makeTerm(d.iso, block.text, [block]);
    // The end given as a length from the start the cover sheet dates ("… 36 months after the Effective Date").
    const rel = m ? LENGTH_FROM_START.exec(m[1]!) : undefined;
    const length = rel ? findDurations(rel[1]!)[0] : undefined;
    if (length && length.index + length.text.length === rel![1]!.length && start && !start.term.blank && typeof start.term.value === 'string') {
      const end = addToDate(start.term.value, asMonthsAndDays(length));
      return makeTerm(end, `${end} = ${start.name} ${start.term.value} + ${formatDuration(length)}: ${block.text}`, [block, ...citedBlocks(start.term, ctx)]);
    }
  }
  return undefined;
}

export function expirationRule(ctx: TermContext, start: StartDate | undefined): KeyTerm | undefined {
  const definition = ctx.definitions.get('expiration date') ?? ctx.definitions.get('termination date') ?? ctx.definitions.get('expiry date');
  if (definition) {
    const d = findDate(definition.text.slice(definition.text.search(/["”’']/)), ctx.dates);
    if (d) return makeTerm(d.iso, definition.text, [definition.block]);
    // The name given in brackets right after its date: "… and ending 30 June 2018 ("Expiry Date")".
    const named = /(?:\(\s*(?:the\s+)?["“‘'](?:expiration|expiry|termination)\s+date["”’']\s*\))/i.exec(definition.text);
    const before = named ? findDates(definition.text.slice(0, named.index), ctx.dates).at(-1) : undefined;
    if (before && /^\s*,?\s*$/.test(definition.text.slice(before.index + before.text.length, named!.index))) return makeTerm(before.iso, definition.text, [definition.block]);
  }
  for (const { s } of termCandidates(ctx).slice(0, CANDIDATES)) {
    // The sentence that states the term ties its end to patents or royalties: there is no date, and
    // the weaker candidates after it (a confidentiality period, a payment window) are not the term.
    if (ENDS_WITH_PATENTS_OR_ROYALTIES.test(s.text) && mayStateTerm(s.text) && /\b(?:term|this\s+agreement)\b/i.test(s.text)) return undefined;
    const found = fromSentence(ctx, s, start);
    if (found === null) return undefined;
    if (found) return found;
  }
  return endLabel(ctx, start) ?? engagementEnd(ctx, start);
}

/**
 * A contract for a person's or a firm's services often states its term as the length of the engagement
 * or appointment it makes, not of "this Agreement": "The Company hereby engages the Consultant for a
 * period of one (1) year commencing on the date hereof", "Principal appoints Agent … for a term of three
 * years", "The engagement shall be for two years", "The Company agrees to a one year engagement". Read only
 * where no sentence states the contract's own term. Not "engaged in" (a business, as a non-compete says),
 * and not "retain" (records are retained for years).
 */
const ENGAGEMENT_LENGTH = /\b(?:engag(?:es|ed)|appoints?|appointed|hires?|hired)\b(?!\s+in\b)[^.;]{0,100}?\bfor\s+(?:an?\s+(?:initial\s+|fixed\s+)?(?:term|period)\s+of\s+)?[\w-]+\s+(?:\(\d+\)\s+)?(?:calendar\s+)?(?:years?|months?)\b|\b(?:the|this|such|its|his|her|their|(?:the\s+)?[A-Z][\w-]*['’]s)\s+(?:engagement|appointment)(?:\s+(?:hereunder|under\s+this\s+agreement))?\s+(?:shall|will|is)\s+(?:be\s+for|continue\s+for|last\s+for|run\s+for|have\s+a\s+term\s+of)\b|\ban?\s+[\w-]+(?:\s+\(\d+\))?[\s-]+(?:year|month)\s+(?:engagement|appointment)\b/i;

function engagementEnd(ctx: TermContext, start: StartDate | undefined): KeyTerm | undefined {
  for (const s of ctx.sentences) {
    if (!ENGAGEMENT_LENGTH.test(s.text)) continue;
    const found = fromSentence(ctx, s, start);
    if (found === null) return undefined;
    if (found) return found;
  }
  return undefined;
}
