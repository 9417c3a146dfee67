/**
 * The effective date, read through the contract's own definitions: a date defined as the
 * "Effective Date" (or "Commencement Date"), "effective as of DATE", or a definition that points
 * at another date ("the date first written above", "the date of this Agreement", "the date
 * hereof"), which is then the agreement date. Nothing is given when the contract names no
 * effective date at all.
 */
import type { Block } from '../../../../shared/document';
import type { KeyTerm } from '../../../../shared/terms';
import { addToDate, blankDateAtStart, findDate, findDates, inCapitalsSource, withoutAsides } from '../date';
import { signatureDate } from '../signatureDate';
import { citedBlocks, HEREINAFTER_OPENER, makeTerm, type Sentence, type TermContext } from '../termContext';

/**
 * "… (the "Effective Date")", also "Commencement Date" / "Start Date", curly or straight quotes, double or single as
 * British drafting writes them ("(the ‘Effective Date’)"), and the name given to the date just written ("June 1, 2019
 * (such date, the "Effective Date")", "(such date being the "Commencement Date")").
 */
const DEFINED_HERE = /\(\s*(?:such\s+date\s*(?:,\s*|\s+being\s+))?(?:the\s+|this\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?)?[“"‘'](?:the\s+)?(?:Effective|Commencement|Start)\s+Date[”"’']\s*\)/i;
/**
 * "this Agreement is / shall be / becomes effective (as of | on | from) …", "shall come (or enter) into
 * force on …", "takes effect from …", "with effect from …", "has effect from …", "effective from and after …",
 * and a start set before the signing: "shall be effective retroactively as of …", "effective retroactive to …";
 * Australian drafting's "takes effect on and from 1 July 2021", "has effect on and from …";
 * "is effective beginning July 1, 2015"; Australian drafting's "This Agreement applies (commences) on and from 1 July 2015";
 * "shall be deemed to have commenced on …" (a start set before the signing);
 * "This Agreement shall apply from 1 March 2019", "becomes binding on March 1, 2019" (not "binding on the parties and
 * their successors", which names who is bound) and "shall be operative from …", "effective"'s plain-English synonym;
 * "The Term shall run from June 1, 2010 to …" (a term's subject, as "shall commence on"), in the present tense "The Term
 * runs (lasts) from June 1, 2010 through …". A start "deemed" (or "considered") effective is the start all the same:
 * "This Agreement shall be deemed effective from the date first above written".
 */
const EFFECTIVE_AS_OF = /\b(?:is|shall\s+be|will\s+be|becomes?|become|made|be|being|effective)\s+(?:(?:deemed|considered)\s+)?(?:effective|operative)\s+(?:retroactive(?:ly)?\s+(?:as\s+(?:of|at|from)|to)\s+|as\s+(?:of|at|from)\s+|(?:on|from)\s+and\s+after\s+|on\s+|from\s+|upon\s+|(?:beginning|commencing|starting)\s+(?:on\s+|as\s+(?:of|at)\s+|from\s+)?)?(?:the\s+)?|\beffective\s+(?:retroactive(?:ly)?\s+(?:as\s+(?:of|at|from)|to)|as\s+(?:of|at|from))\s+(?:the\s+)?|\b(?:takes?|take)\s+effect\s+(?:as\s+(?:of|at)\s+|on\s+and\s+from\s+|on\s+|from\s+|upon\s+)?(?:the\s+)?|\b(?:with|has|have|shall\s+have|will\s+have)\s+effect\s+(?:as\s+(?:of|at|from)\s+|on\s+and\s+from\s+|on\s+|from\s+)(?:the\s+)?|\b(?:comes?|come|enters?|enter)\s+into\s+(?:full\s+)?(?:force|effect)\s+(?:as\s+(?:of|at|from)\s+|on\s+|from\s+|upon\s+)?(?:the\s+)?|\b(?:effective|commencement)\s+date[”"’']?\s*(?::|\||(?:of\s+[^.]{0,40}?\s+)?(?:will|shall)\s+be|is|means)\s*(?:means\s+)?(?:the\s+)?|\b(?:commence|begin|start)s?\s+(?:on\s+and\s+from|on|as\s+(?:of|at))\s+(?:the\s+)?|\b(?:deemed|considered)\s+to\s+have\s+(?:commenced|begun|started)\s+(?:on|as\s+(?:of|at|from)|from)\s+(?:the\s+)?|\b(?:runs?|lasts?)\s+from\s+(?:the\s+)?|\b(?:applies|shall\s+apply|will\s+apply)\s+(?:on\s+and\s+from|as\s+(?:of|at|from)|from)\s+(?:the\s+)?|\b(?:becomes?|become|is|shall\s+(?:become|be)|will\s+(?:become|be))\s+binding\s+(?:(?:up)?on\s+(?:the\s+|both\s+|all\s+)?parties\s+(?:hereto\s+)?)?(?:as\s+(?:of|from)\s+|on\s+(?!(?:the\s+|both\s+|all\s+|each\s+)?part(?:y|ies)\b)|from\s+)|\bcommencement\s+date\s+(?:for|of)\s+this\s+(?:agreement|contract)\s+(?:will|shall)\s+be\s+|\b(?:made\s+and|into|is|and),?\s+effective\s+(?:for\s+all\s+purposes\s+(?:and\s+in\s+all\s+respects\s+)?)?(?:as\s+(?:of|at)\s+|on\s+|from\s+)?(?:the\s+)?/gi;
/**
 * A definition pointing at the date of making rather than giving a date. "The Effective Date of this
 * Agreement" is the contract's defined date, whatever it is, not "the date of this Agreement".
 */
const POINTS_AT_AGREEMENT_DATE = /^\s*(?:its\s+|the\s+)?(?:full\s+)?(?:signature|signing|execution)\b|\b(?:(?:day\s+and\s+)?(?:date|year)\s+first\s+(?:above\s+)?(?:set\s+forth|written|stated|mentioned|listed)|date\s+(?:of\s+)?(?:signature|signing|execution)|(?:upon|on)\s+(?:the\s+)?(?:signature|signing|execution)|date\s+(?:on\s+which|that|when)\s+(?:it|this\s+agreement)\s+is\s+signed|date\s+of\s+(?:the\s+)?last\s+signature|date\s+first\s+(?:above\s+)?(?:set\s+forth|written|stated|mentioned)|(?<!\beffective\s)date\s+(?:of\s+)?(?:this|the)\s+agreement|date\s+hereof|execution\s+date|date\s+of\s+execution|date\s+on\s+which\s+(?:this|the)\s+agreement\s+(?:is|has\s+been)\s+(?:signed|executed))\b/i;

/**
 * A definition that dates the contract by its signatures: "the date of last signature", "the later of
 * the dates beneath the Parties' signatures", "the date this Agreement is signed by the last
 * signatory", "upon the signatures and seals of both Parties", "when the Parties sign hereon", "the date
 * last signed below", "the later of the two signature dates", "the date of full execution", "the date
 * this Agreement is fully executed", "the later of the two dates of signature below", "the date on which the last Party signs",
 * "when signed by the Parties" and "upon the signatures and seals of the Parties" (all of them, as "both" says; not "no
 * amendment shall be effective unless signed by the parties", a condition of form),
 * "the date of its signature by the last of the Parties".
 */
const POINTS_AT_SIGNATURES = /\b(?:date\s+of\s+(?:the\s+)?(?:last|final|latter|later)\s+(?:signature|execution|signing)|(?:last|final)\s+(?:date\s+of\s+)?(?:signature|signatory|execution)|(?:last|final)\s+(?:party|parties|signatory)\s+(?:to\s+)?(?:signs?|executes?)\b|(?:last|latest|later)\s+date\s+(?:provided\s+for|referenced|set\s+forth|shown|indicated|written)?\s*on\s+the\s+signature\s+page|signature\s+page|(?:signed|executed)\s+by\s+(?:both|the\s+last)|(?:^\s*|\b(?:when|upon|once|on)\s+)(?:(?:it\s+(?:is|has\s+been)|being)\s+)?(?:signed|executed)\s+by\s+(?:all\s+)?the\s+parties\b|(?:later|latest)\s+of\s+the\s+(?:two\s+|respective\s+)?dates|dates?\s+(?:beneath|below|under)\s+(?:the\s+)?(?:parties['’]?\s+)?signatures?|date\s+last\s+(?:written|signed)(?:\s+below)?|later\s+of\s+the\s+(?:two\s+)?(?:signature|execution|signing)\s+dates|(?:date\s+of\s+)?full\s+execution|fully\s+(?:signed|executed)|(?:last|latest|later)\s+date\s+(?:signed|written)\s+below|date\s+signed\s+below|signatures?\s+(?:and\s+seals?\s+)?of\s+both|(?:^\s*|\b(?:upon|on|from|after)\s+(?:the\s+)?)signatures?\s+(?:and\s+seals?\s+)?of\s+(?:all\s+)?the\s+parties\b|parties\s+(?:sign|execute)\s+(?:hereon|this|the)|(?:date\s+of\s+)?(?:signature|signing|execution)\s+(?:of\s+(?:this|the)\s+agreement\s+)?by\s+both|(?:signature|signing|execution)\s+(?:hereof\s+|of\s+(?:this|the)\s+agreement\s+)?by\s+the\s+last\s+(?:of\s+the\s+)?(?:part(?:y|ies)|signator(?:y|ies)))\b/i;

/** A start on the calendar day after the signatures: "on the day after the last signature", "the day following execution". */
const DAY_AFTER = /\bthe\s+(?:calendar\s+)?day\s+(?:after|following)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:last\s+|final\s+)?(?:signature|execution|signing)\b/i;

/** "the first day of the (calendar) month following (after) …": a start on the next month's first day. */
const MONTH_AFTER = /^\s*(?:the\s+)?first\s+day\s+of\s+the\s+(?:calendar\s+)?month\s+(?:next\s+)?(?:following|after)\s+/i;
/** "thirty (30) days after …", "the date that is ninety days following …": a start counted from another date. */
const TIME_AFTER = /^\s*(?:the\s+(?:date|day)\s+(?:that\s+is\s+|which\s+is\s+)?)?[\w-]+\s+(?:\(\d+\)\s+)?(?:business\s+|calendar\s+)?(?:days?|weeks?|months?)\s+(?:after|following|from)\b/i;

/**
 * The words that may stand right before what a contract's start says: the contract itself ("this Agreement shall be
 * effective"), a pronoun for it, or the verbs and adverbs of its own sentence ("is made and effective", "shall
 * automatically become effective", "shall not take effect until").
 */
const CONTRACT_OR_VERB = /^(?:agreement|amendment|contract|addendum|lease|sublease|it|which|to|not|hereof|hereto|hereunder|herein|term|is|be|been|being|and|made|hereby|shall|will|into|also|only|automatically|immediately|thereupon|then|thereafter|become|becomes)$/i;

/** The word that opens an opening's party list. */
const LIST_WORD = /\b(?:between|among|amongst)\b/i;

/** Words that make the date after a start's cue the end of a span ("effective until …", "effective through …"). */
const UNTIL = /^\s*(?:until|till|through|thru|up\s+to)\b/i;

/**
 * The contract as the subject right before its verb: "This Agreement", "the Contract (as amended)", "it", with the
 * adverbs a drafter sets between ("This Agreement shall automatically …" is cut before "shall" by the cue itself).
 */
const CONTRACT_SUBJECT = /\b(?:agreement|amendment|contract|addendum|lease|sublease|it)\b(?:\s*\([^()]{0,60}\))?\s*(?:,\s*)?(?:(?:also|only|automatically|immediately|thereupon|then|thereafter|hereby)\s+)?$/i;

/**
 * The words just before a cue at `at`, as far back as its subject and verbs can stand (300 characters): a crafted
 * sentence may hold thousands of cues, and reading it from its start before each would take time growing with the
 * square of its length.
 */
function wordsBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 300), at);
}

/**
 * Whether the word just before a start's verb is a thing other than the contract, written in lower case as a common noun
 * is ("termination", "county", "price"): a name or a defined term in capitals may be the contract's ("Sublicense").
 */
function otherSubject(before: string): boolean {
  const head = /([\p{L}'’-]+)[\s,]*$/u.exec(before)?.[1];
  return !!head && /^\p{Ll}/u.test(head) && !CONTRACT_OR_VERB.test(head);
}

/**
 * Whether a sentence speaks of counterparts, read once per sentence: a crafted sentence may hold thousands of start
 * cues, and reading the whole sentence again at each would take time growing with the square of its length.
 */
const countersIn = new WeakMap<Sentence, boolean>();
function speaksOfCounterparts(s: Sentence): boolean {
  let said = countersIn.get(s);
  if (said === undefined) countersIn.set(s, (said = /\bcounterparts?\b/i.test(s.text)));
  return said;
}

/** The date a definition points at: the signatures' date, or the agreement date. */
function pointedDate(ctx: TermContext, s: Sentence, pointer: string, agreement: KeyTerm | undefined): KeyTerm | undefined {
  // "… may be executed in counterparts, and shall become effective when signed by both": how to sign, not a date.
  if (speaksOfCounterparts(s)) return undefined;
  if (POINTS_AT_SIGNATURES.test(pointer)) {
    const signed = signatureDate(ctx);
    // "on the day after the last signature": the next calendar day.
    if (signed && DAY_AFTER.test(pointer)) {
      const next = addToDate(signed.iso, { days: 1 });
      return makeTerm(next, `${s.text} (${next}, the day after the signatures of ${signed.iso})`, [s.block, ...signed.blocks]);
    }
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
const BLANK_BEFORE = /(?:(?:\b[A-Z][a-z]+\.?\s+|\bthis\s+)?_{2,}[^()"“]{0,30}|\b[A-Z][a-z]+\s*,\s*(?:19|20)\d\d|(?:\bthe\s+)?(?:\d{1,2}\s?(?:st|nd|rd|th)\s+)?\bday\s+of\s+[A-Z][a-z]+\s*,?|\bas\s+(?:of|at)\s*,\s*(?:19|20)\d\d|(?:^\s*|\b(?:as\s+(?:of|at)|dated|effective|made|on)\s+)(?:19|20)\d\d)\s*,?\s*$/;

const BLANK_BEFORE_IN_CAPITALS = new RegExp(inCapitalsSource(BLANK_BEFORE.source), 'i');

/**
 * What a sentence must speak of for a "Commencement Date" or "Start Date" it names to be the contract's start: the
 * contract, its term, or something beginning. "Effective April 6, 2020 (the "Commencement Date"), Acme is
 * completing a sale of its shares to the public …" names the day of another event (a recital's), and the contract's own start is
 * read elsewhere. An "Effective Date" is the contract's by its name.
 */
const SPEAKS_OF_START = /\b(?:agreement|contract|amendment|addendum|term|hereof|hereunder|herein|hereto|lease|commenc\w*|begin\w*|start\w*|effective\s+date|(?:shall|will)\s+(?:take|have)\s+effect|into\s+force)\b/i;

function fromDefinition(ctx: TermContext, s: Sentence, agreement: KeyTerm | undefined): KeyTerm | undefined {
  const defined = DEFINED_HERE.exec(s.text);
  if (!defined) return undefined;
  const rest = s.text.slice(0, defined.index) + s.text.slice(defined.index + defined[0].length);
  // A date cut in two by the sentence splitter at its month's full stop ("entered into on Sept. 1st 2019 ("Commencement
  // Date") by and between …"): the words of its paragraph just before the cut speak for it too. The month is a whole
  // name or abbreviation: a sentence that ends in "market." or "decision." was not cut inside a date. Only there: a sentence
  // before it that merely uses the name ("Prior to the Commencement Date, …") says nothing of this one.
  const block = s.block.text.replace(/\s+/g, ' ');
  const cut = block.indexOf(s.text.slice(0, 30));
  const lead = cut > 0 ? block.slice(Math.max(0, cut - 200), cut) : '';
  const cutAtMonth = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.\s*$/i.test(lead);
  if (!/effective/i.test(defined[0]) && !SPEAKS_OF_START.test(rest) && !(cutAtMonth && SPEAKS_OF_START.test(lead))) return undefined;
  const before = s.text.slice(Math.max(0, defined.index - 90), defined.index);
  const dates = findDates(before, ctx.dates);
  const d = dates[dates.length - 1];
  if (d) return makeTerm(d.iso, s.text, [s.block]);
  // An opening set in capitals writes the blank the same way ("FEBRUARY ____, 2017", "THIS ____ DAY OF …"),
  // whatever case its asides are set in ("(hereinafter referred to as THE “AGREEMENT”)").
  const blank = (/[a-z]/.test(withoutAsides(before)) ? BLANK_BEFORE : BLANK_BEFORE_IN_CAPITALS).exec(before);
  if (blank) return makeTerm(blank[0].replace(/^[\s,]+|[\s,]+$/g, ''), s.text, [s.block], true);
  return pointedDate(ctx, s, before, agreement);
}

/**
 * What may begin on a date and so date the contract: the agreement, its term (also "(the "Term")"
 * after another name), "this promotion", or in a service contract the employment or appointment
 * ("The Appointment will begin on 27 January 2020"), or the period it defines for them ("The Employment Period
 * shall commence on January 4, 2021", "The term of the Executive's employment hereunder shall commence on …"). A production period or a fiscal year that
 * begins on a date is something else. The term's length may come first: "The term of this Lease shall be for
 * five (5) years and shall commence on March 1, 2009".
 */
const BEGINS = /(?:\b(?:agreement|amendment|addendum|contract|term|hereof|employment|appointment|engagement|(?:employment|engagement|consulting|contract)\s+period)\b[’'s]*|\bthis\s+[a-z]+)(?:\s+(?:hereunder|under\s+this\s+agreement))?(?:\s*\([^()]{1,40}\))?(?:\s+(?:shall|will|is\s+to|to|automatically|hereby|and\s+\w+|be\s+deemed\s+to))*\s*$|\bthe\s+term\s+of\s+this\s+[a-z]+\s+(?:shall|will)\s+be\b[^.;]{0,80}?\band\s+(?:shall|will)\s*$/i;

/**
 * The contract's own term or period, as a length or a definition, then the participle that starts it:
 * "the term of this Agreement shall be three years commencing" (or of this Lease: "The term of this Lease shall be
 * for a period of five (5) years commencing on …"), ""Contract Period" shall mean that
 * period of time commencing as of", "The effective term is two years starting", "This Agreement shall be
 * in effect for two (2) years beginning"; or its span: "The term of this Agreement is from X to Y", "This
 * Agreement shall be effective for the period (from) X to Y", "This Agreement remains in force from X until Y", "The period of this Agreement shall be from X
 * to Y", "The contract period is from X to Y", "The Term shall be the period from X until Y"; or its run: "This Agreement shall continue for two (2) years
 * commencing on X", "The Agreement shall run for a term of two years starting X", "This Agreement shall be
 * for the period commencing X and ending Y", "… shall be for a term of three years beginning X"; a lease's habendum:
 * "TO HAVE AND TO HOLD the Premises for the term of ten (10) years, commencing on X"; a service contract's
 * engagement: "The Company agrees to employ the Executive for a term of two (2) years commencing on X". What "commencing"
 * follows must be the contract's term, not a quarter or a payment period.
 */
const TERM_FROM = /(?:\b(?:the\s+)?(?:initial\s+|effective\s+)?term\s+(?:of\s+(?:this|the)\s+(?:agreement|contract|(?:sub-?)?lease)\s+)?(?:is|shall\s+be|will\s+be)|\bthe\s+(?:initial\s+|validity\s+)?period\s+of\s+(?:this|the)\s+(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)|\bthe\s+(?:contract|agreement)\s+period\s+(?:is|shall\s+be|will\s+be)|\b(?:this|the)\s+(?:agreement|contract)\s+(?:remains|(?:shall|will)\s+remain)\s+(?:effective|in\s+(?:full\s+)?(?:force|effect))(?=\s+from\b)|\b(?:this|the)\s+(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)\s+(?:effective|in\s+(?:full\s+)?(?:force|effect)|valid|for(?=\s+(?:a|an|the)\s+(?:[\w()-]+\s+){0,3}?(?:period|term)\b))|\b(?:this|the)\s+(?:agreement|contract)\s+(?:shall|will)\s+(?:run|continue|last|remain\s+in\s+(?:full\s+)?(?:force|effect))(?=\s+for\b)|[“"‘'](?:initial\s+)?(?:term|contract\s+period|agreement\s+period|contract\s+term)[”"’']\s+(?:(?:shall|will)\s+)?means?|\bto\s+have\s+and\s+to\s+hold\b[^.;]{0,80}?\bfor\s+(?:a|the)\s+term\s+of|\b(?:employ|engage|retain)s?\s+(?:the\s+)?\w+\s+for\s+(?:a|an|the)\s+(?:\w+\s+)?(?:term|period)\s+of)(?:\b[^.;]{0,80}?\b(?:commencing|beginning|starting)\s+(?:on\s+|as\s+(?:of|at)\s+|from\s+)?|\s+(?:for\s+the\s+period\s+(?:from\s+)?|the\s+period\s+from\s+|from\s+))(?:the\s+)?/i;

/**
 * The term said to be its span, the start first and no "from" before it: "The Term is March 1, 2020 through February 28,
 * 2023", "The initial term of this Agreement shall be June 1, 2019 to May 31, 2021". Only with the span's end after it
 * (SPAN_TO between the two dates): a date alone after "The Term is" may be its end.
 */
const TERM_IS_SPAN = /\b(?:the\s+)?(?:initial\s+)?term\s+(?:of\s+(?:this|the)\s+(?:agreement|contract|(?:sub-?)?lease)\s+)?(?:is|shall\s+be|will\s+be)\s+(?:the\s+period\s+)?/i;
/**
 * The hour a span's last day ends at, set before that day: " 11:59 p.m. (Eastern Time) on", " at 5:00 p.m. New York time
 * on", " midnight on", " the close of business on". The day is the same, so the span is.
 */
const END_HOUR = String.raw`(?:\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|hours?)|midnight|noon|(?:the\s+)?close\s+of\s+business)(?:\s*\([^()]{1,30}\)|(?:\s+[A-Z][a-z]+){1,2}\s+[Tt]ime)?\s+on)?`;
/** What joins a span's two dates: "through", "to and including", "until", a dash; an hour may come before the last day (END_HOUR). */
const SPAN_TO = new RegExp(String.raw`^\s*,?\s*(?:(?:to|through|thru|until)(?:\s+and\s+including)?${END_HOUR}|[-\u2013\u2014]{1,2})\s*$`, 'i');
/** The same, as a term label line joins its span's dates (also "and ending on"). */
const LABEL_SPAN_TO = new RegExp(String.raw`^\s*(?:(?:until|through|thru|to)(?:\s+and\s+including)?${END_HOUR}|[-\u2013\u2014]|,?\s*and\s+ending\s+on)\s*$`, 'i');

/**
 * A label line that gives the term as a span, its start first: "Term: June 1, 2019 to May 31, 2021",
 * "TERM OF SERVICE From 06/15/2010 until 06/14/2013" (or "Commencing on … and ending on …"), "Term of Lease | From … through …", a label with its
 * colon kept in a table's first cell ("TERM: | April 15, 2000 through …"), "Period of Agreement: …", "Contract
 * Period: June 1, 2019 – May 31, 2021" (or "Period of Performance: …", as cover sheets write it). The line
 * names no other period, so the span's start is the contract's. An order form's "Subscription Term: …" row (or
 * "Subscription Period: …", "Service Period: …") is the order form's own term.
 */
/** A term label alone on its line: "TERM", "3. Term:", "Term of Agreement", "Period of Agreement:", "Contract Period". */
const TERM_LABEL_ALONE = /^\s*(?:[\d.]+\s+)?(?:(?:(?:initial|contract|agreement)\s+)?term(?:\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract))?|(?:contract|agreement)\s+period|period\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract))\s*:?\s*$/i;
const TERM_SPAN_LABEL = /^\s*(?:[\d.]+\s+)?(?:(?:(?:initial|contract|agreement|subscription|service)\s+)?term(?:\s+of\s+(?:the\s+|this\s+)?[a-z]+)?|(?:contract|agreement|subscription|service)\s+period|period\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract)|period\s+of\s+performance|performance\s+period)(?:(?:\s*(?:[:|\u2013\u2014]|-(?=\s)))+\s*(?:(?:from|(?:commencing|beginning)\s+on)\s+)?|\s+(?:from|(?:commencing|beginning)\s+on)\s+)(?:the\s+)?/i;

/**
 * "The Effective Date of this Agreement is / shall be DATE" (the contract's own, not an amendment's),
 * also "The Commencement Date is DATE" / "The Effective Date shall be DATE" said of the contract's defined date.
 */
const EFFECTIVE_DATE_IS = /\bthe\s+effective\s+date\s+of\s+this\s+(?:agreement|contract)\s+(?:is|shall\s+be|will\s+be)\s+|^\s*(?:[\d.]+\s+)?the\s+(?:effective|commencement)\s+date\s+(?:is|shall\s+be|will\s+be)\s+/i;

/**
 * An hour before a day: "12:01 a.m. (Eastern Time) on", "5:00 p.m. EST on", "at the close of business
 * on", "at midnight on".
 */
const TIME_OF_DAY = /^(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?:\s*\(?(?:[A-Z][a-z]+\s+){1,2}Time\)?|\s*\(?[A-Z]{2,4}\)?)?|(?:the\s+)?(?:close|opening|start|end)\s+of\s+business|midnight|noon)\s*,?\s*(?:on\s+)?(?:the\s+)?/;

/** The formula "the date hereof" / "the date of this Agreement" right after the words that make it effective. */
const HEREOF = /^\s*(?:and\s+after\s+)?(?:the\s+)?date\s+(?:hereof|of\s+this\s+agreement)\b/i;
/** A name given to that date: (the "Commencement Date"), ("Effective Date"). */
const NAMES_A_DATE = /\(\s*(?:the\s+)?[“"‘'][^”"]{0,40}\bDate[”"’']\s*\)/i;

/**
 * A cover or head line "Effective Date: March 1, 2001", "COMMENCEMENT DATE FOR MAINTENANCE UNDER THIS
 * ADDENDUM: MARCH 1, 2001", or a definition list's entry "(xii) "EFFECTIVE DATE" - March 9th, 2011", or an order form's
 * row "Order Effective Date: …", "Subscription Start Date: …", "Service Start Date: …", "Term Start Date: …",
 * "Contract Start Date: …" (the order form is the contract, and the service or term it dates is its own); a table's
 * row "Commencement Date | 1 July 2011" (its cell border for the colon, or after it: "Subscription Start Date: | …");
 * the label turned round: "Date of Commencement: July 1, 2011".
 */
const DATE_LABEL = /^\s*(?:\(?[a-z0-9]{1,6}\)\s*)?[“"‘']?(?:(?:(?:agreement|order|subscription|service|term|contract)\s+)?(?:effective|commencement|start)\s+date|date\s+of\s+(?:commencement|effectiveness))[”"’']?(?:\b[^:.]{0,60}:(?:\s*\|)?|\s*[-–—]+|\s*\|)\s*/i;
/** The label alone on a cover line, its date on the next: "EFFECTIVE DATE" / "OCTOBER 4, 2007". */
const DATE_LABEL_ALONE = /^\s*(?:agreement\s+)?(?:effective|commencement)\s+date\s*:?\s*$/i;

/** The date a label line gives, when the date follows the label at once. */
function labelledDate(ctx: TermContext, b: Block): KeyTerm | undefined {
  // A schedule's row numbers its items in a cell of their own: "Item 3 | Commencement Date | 1 July 2011".
  const text = b.text.replace(/\s+/g, ' ').replace(/^\s*(?:item\s+)?\(?\d{1,2}(?:\.\d{1,2})?[.)]?\s*\|\s*/i, '');
  const label = DATE_LABEL.exec(text);
  const d = label ? findDate(text.slice(label[0].length), ctx.dates) : undefined;
  if (d?.index === 0) return makeTerm(d.iso, b.text, [b]);
  // The label and its date side by side with nothing between, as a table's row reads once its cell
  // border is lost ("Effective Date  1 April 2006"): only a line that holds nothing else.
  const bare = /^\s*(?:agreement\s+)?(?:effective|commencement)\s+date\s+/i.exec(text);
  const alone = bare ? findDate(text.slice(bare[0].length), ctx.dates) : undefined;
  return alone?.index === 0 && text.slice(bare![0].length + alone.text.length).trim() === '' ? makeTerm(alone.iso, b.text, [b]) : undefined;
}

/**
 * A label set under other labels in one cell of a table whose values stand in the next cell
 * ("PERIOD: PRODUCTS: TERRITORY: EFFECTIVE DATE: | June 1, 2020 through May 31, 2021 | Widgets | …" once
 * a layout has run each column into one cell): the first value beside it belongs to the first label,
 * not to this one.
 */
function stackedLabel(text: string, start: number, end: number): boolean {
  if (!/^\s*\|/.test(text.slice(end))) return false;
  const cell = text.slice(text.lastIndexOf('|', start) + 1, start);
  return /^(?:\s*[A-Za-z][\w&/' -]{0,40}:)+\s*$/.test(cell);
}

/** The words of a definition: "means", "shall mean", or "shall be" / "is" right after a quoted date's name (""Commencement Date" shall be April 1, 2014"). */
const DEFINES = /\bmeans?\b|\b(?:shall|will)\s+mean\b|(?<=Date[”"’']\s*)(?:(?:shall|will)\s+be|is)\b/i;

/**
 * Where the document defines a date's name in words of definition (""Effective Date" means …"): that
 * sentence, and what follows "means" up to the next definition.
 */
function definedAs(ctx: TermContext, key: string): { definition: Sentence; after: string } | undefined {
  const definition = ctx.definitions.get(key);
  if (!definition || !DEFINES.test(definition.text)) return undefined;
  // Read on into the block: an abbreviation ("12:01 a.m. … on March 3, 2003") can end the sentence early.
  const block = definition.block.text.replace(/\s+/g, ' ');
  const from = block.indexOf(definition.text);
  const text = from >= 0 ? block.slice(from, from + definition.text.length + 120) : definition.text;
  const tail = text.slice(text.search(DEFINES));
  // …but not into the next definition.
  const next = tail.slice(5).search(/[“"‘'][^”"]{2,60}[”"’']\s+(?:(?:shall|will)\s+)?means?\b/);
  return { definition, after: next >= 0 ? tail.slice(0, next + 5) : tail };
}

/**
 * The date a definition gives the "Effective Date" outright: ""Effective Date" means March 3, 2016", not a
 * date it only counts from or sets beside another ("means the later of March 3, 2016 and …").
 */
export function definedEffectiveDate(ctx: TermContext): KeyTerm | undefined {
  const defined = definedAs(ctx, 'effective date');
  if (!defined) return undefined;
  const words = defined.after.replace(DEFINES, '').replace(/^[\s:,]*(?:the\s+)?/i, '');
  const d = findDate(words, ctx.dates);
  return d?.index === 0 && /^\s*(?:[.;]|$)/.test(words.slice(d.text.length)) ? makeTerm(d.iso, defined.definition.text, [defined.definition.block]) : undefined;
}

/**
 * How far after the words that give a start ("the Launch Date shall be", "effective", "The Effective Date … is") its
 * day is read: the longest ways of writing one run past 40 characters ("the 21st day of September in the year 1999",
 * "the twenty-first day of September, 1999"). The day must start right there, so reading further takes no other.
 */
const DAY_AFTER_CHARS = 80;

/**
 * What follows a date that names another period ("(the "Production Period")", also the older way: "(hereinafter
 * referred to as the "Production Period")"): such a date is not the contract's. Caseless: an opening set in capitals
 * names its date ("AMENDMENT EFFECTIVE DATE") too. The spaces before the comma and after it are one run unless a comma
 * splits them, so a long run of spaces is tried once.
 */
const NAMES_OTHER_PERIOD = new RegExp(String.raw`^\s*(?:,\s*)?\(${HEREINAFTER_OPENER}(?:the\s+)?[“"‘'](?![^”")]*\bDate\b)[^”"]{2,40}[”"’']\)`, 'i');

/** A start given by a date's name: "from the Launch Date", "on the Closing Date" (never the start's own name). */
const NAMED_DATE = /^\s*(?:(?:on\s+and\s+)?from\s+|on\s+|as\s+(?:of|at)\s+)?(?:the\s+)?((?:[A-Z][\w-]*\s+){1,3})Date\b/;

/**
 * The date a start names, where the contract gives that name its day: a definition (""Launch Date" means
 * September 1, 1999") or a sentence that sets it ("the launch date of the Site shall be September 1, 1999"). A name
 * the contract sets by an event ("the Launch Date shall be the day the Site opens") gives none.
 */
function namedDate(ctx: TermContext, s: Sentence, pointer: string): KeyTerm | undefined {
  const m = NAMED_DATE.exec(pointer);
  const words = m ? m[1]!.trim().split(/\s+/) : [];
  if (!words.length || /^(?:effective|commencement|start)$/i.test(words.join(' '))) return undefined;
  const defined = definedAs(ctx, `${words.join(' ').toLowerCase()} date`);
  const d = defined ? findDate(defined.after.replace(DEFINES, '').replace(/^[\s:,]*/, ''), ctx.dates) : undefined;
  if (d?.index === 0) return makeTerm(d.iso, `${s.text} (${d.iso}, the ${words.join(' ')} Date)`, [s.block, defined!.definition.block]);
  const sets = new RegExp(String.raw`\bthe\s+${words.join(String.raw`\s+`)}\s+date(?:\s+of\s+(?:the\s+)?[^.;:()]{1,60}?)?\s+(?:shall|will)\s+be\s+(?:on\s+)?`, 'i');
  for (const t of ctx.sentences) {
    const set = t === s ? null : sets.exec(t.text);
    const day = set ? findDate(t.text.slice(set.index + set[0].length, set.index + set[0].length + DAY_AFTER_CHARS), ctx.dates) : undefined;
    if (day?.index === 0) return makeTerm(day.iso, `${s.text} (${day.iso}: ${t.text})`, [s.block, t.block]);
  }
  return undefined;
}

/** "effective" with its date right after the last party's short name, as an opening sets it after the list: `("Bolt"), effective`, `("Bolt"), effective for all purposes as of`. */
const EFFECTIVE_AFTER_PARTIES = /[)"”]\s*,\s*effective\s+(?:for\s+all\s+purposes\s+(?:and\s+in\s+all\s+respects\s+)?)?(?:as\s+(?:of|at)\s+|on\s+)?(?:the\s+)?/gi;

export function effectiveDateRule(ctx: TermContext, agreement: KeyTerm | undefined): KeyTerm | undefined {
  // 1. Where the document defines the term: "… (the "Effective Date")" or ""Effective Date" means …".
  // Not past the document's own definition in words that gives a date (""Effective Date" means April 1,
  // 2007."): a "(the "Effective Date")" after it is another instrument's, such as a form attached as an
  // exhibit ("This Agreement is made effective on [date] ("Effective Date") …"). A definition that only
  // points at the signatures or an event does not stop the search.
  const own = definedAs(ctx, 'effective date');
  const givesDate = own && findDate(own.after, ctx.dates) ? own.definition.at : undefined;
  for (const s of ctx.sentences) {
    if (givesDate !== undefined && s.at > givesDate) break;
    const found = fromDefinition(ctx, s, agreement);
    if (found) return found;
  }
  const defined = own ?? definedAs(ctx, 'commencement date');
  if (defined) {
    const { definition, after } = defined;
    const d = findDate(after, ctx.dates);
    if (d) return makeTerm(d.iso, definition.text, [definition.block]);
    const pointed = pointedDate(ctx, definition, after, agreement);
    if (pointed) return pointed;
  }
  // A label line at the head, headings included: "Effective Date: March 1, 2001", or the label over its date.
  for (const [i, b] of ctx.preamble.entries()) {
    const found = labelledDate(ctx, b);
    if (found) return found;
    const next = ctx.preamble[i + 1];
    const d = next && DATE_LABEL_ALONE.test(b.text) ? findDate(next.text, ctx.dates) : undefined;
    if (d?.index === 0) return makeTerm(d.iso, `${b.text} ${next!.text}`, [b, next!]);
  }
  // 2. "This Agreement is effective as of March 1, 2020", "effective on the date hereof".
  for (const s of ctx.sentences) {
    if (!/\beffect(?:ive)?\b|\binto\s+(?:full\s+)?force\b|\bcommenc|\bbegin|\bbegun\b|\bstart|\b(?:runs?|lasts?)\s+from\b|\bappl(?:y|ies)\s+(?:on\s+and\s+from|as\s+(?:of|at|from)|from)\b|\bbinding\b|\boperative\b/i.test(s.text)) continue;
    // Only the contract's own coming into force: other things are "effective" too (a resignation, a
    // control, a price). In the body, a definition row (""Effective Date" | Means …") also speaks of it.
    // A service contract's employment or appointment that begins on a date is the contract's start too.
    const ownDate = /\b(?:effective|commencement)\s+date\b|\b(?:employment|appointment|engagement)\s+(?:shall|will|is\s+to)\s+(?:begin|commence|start)\b/i.test(s.text);
    if (s.at >= ctx.preamble.length && !ownDate && !/\b(?:this|the)\s+(?:\w+\s+)?(?:agreement|amendment|contract|addendum)\b|\bthis\s+(?:sub-?)?lease\b/i.test(s.text)) continue;
    for (const m of s.text.matchAll(EFFECTIVE_AS_OF)) {
      // "The Term shall run from June 1, 2010 to May 31, 2012" starts the term as "shall commence on" does.
      if (/^(?:commence|begin|start|run|last)s?\s/i.test(m[0]) && !BEGINS.test(wordsBefore(s.text, m.index))) continue;
      if (stackedLabel(s.text, m.index, m.index + m[0].length)) continue;
      // In a clause or a recital, what is said to take effect must be the contract: "termination shall be effective as of
      // …", "WHEREAS, Acme holds a licence from the county effective as of …" date other things.
      // (A cue that is the "Effective Date" itself names its own subject.)
      if ((s.at >= ctx.preamble.length || /^\W*WHEREAS\b/i.test(s.text)) && !/^(?:effective|commencement)\s+date\b/i.test(m[0]) && otherSubject(wordsBefore(s.text, m.index))) continue;
      // A plural subject is not the contract: "The rates in Schedule B are effective as of …", "the new
      // prices were effective from …" date those things.
      if (/^effective\b/i.test(m[0]) && /\b(?:are|were)\s+$/i.test(s.text.slice(Math.max(0, m.index - 10), m.index))) continue;
      // Prices, orders and offers apply and bind too: these words give the start only with the contract as their subject.
      const bindsOrApplies = /\bbinding\b|\bappl(?:y|ies)\s+from\b/i.test(m[0]);
      if (bindsOrApplies && !CONTRACT_SUBJECT.test(s.text.slice(Math.max(0, m.index - 120), m.index))) continue;
      const at = s.text.slice(m.index + m[0].length, m.index + m[0].length + 80);
      // "effective as of 12:01 a.m. Pacific Time on July 1, 2011", "at the close of business on …": the
      // hour is read past, to its day.
      const after = at.slice(TIME_OF_DAY.exec(at)?.[0].length ?? 0);
      const d = findDate(after, ctx.dates);
      // A date that names another period ("on November 4, 1998 (the "Production Period")") is not the contract's.
      const namesOther = d ? NAMES_OTHER_PERIOD.test(after.slice(d.index + d.text.length)) : false;
      // "This Agreement is effective until June 1, 2020": the words before the date make it the end, not the start.
      if (d && d.index < 8 && UNTIL.test(after.slice(0, d.index))) continue;
      if (d && d.index < 8 && !namesOther) return makeTerm(d.iso, s.text, [s.block]);
      const blank = d?.index === 0 ? undefined : blankDateAtStart(after.replace(/^(?:on\s+or\s+about|this)\s+/i, ''));
      if (blank) return makeTerm(blank, s.text, [s.block], true);
      // The pointer is what stands before the definition: "as of that date (the "Effective Date") the Site
      // becomes operational … executed by both Parties" is set by an event, not by the signatures.
      const pointer = after.slice(0, 90).split('(')[0]!;
      // A start some time after the date it names: "the first day of the month following the date hereof"
      // is that month's first day; "forty-five days after the date hereof" dates nothing this rule reads.
      const monthAfter = MONTH_AFTER.exec(pointer);
      if (monthAfter) {
        const base = pointedDate(ctx, s, pointer.slice(monthAfter[0].length), agreement);
        if (base && !base.blank && typeof base.value === 'string') {
          const first = addToDate(`${base.value.slice(0, 8)}01`, { months: 1 });
          return makeTerm(first, `${s.text} (${first}, the first day of the month after ${base.value})`, [s.block, ...citedBlocks(base, ctx).filter((b) => b !== s.block)]);
        }
        continue;
      }
      if (TIME_AFTER.test(pointer)) continue;
      // "This Agreement is effective as of the date hereof": a formula that dates nothing of its own
      // unless it names the date ("commence on the date hereof (the "Commencement Date")").
      if (HEREOF.test(pointer) && !NAMES_A_DATE.test(after.slice(0, 120))) continue;
      const pointed = pointedDate(ctx, s, pointer, agreement);
      if (pointed) return pointed;
      const named = namedDate(ctx, s, pointer);
      if (named) return named;
    }
    // A bare "effective" set after the opening's party list: "… between A ("A") and B ("B"), effective January 1, 2010.".
    if (s.at < ctx.preamble.length) {
      // The sentence may have been cut at an abbreviation in an address: its block is read from the start. The list's
      // word is looked for once per sentence, not again before each "effective".
      const blockLead = LIST_WORD.test(s.block.text.slice(0, Math.max(0, s.block.text.indexOf(s.text.slice(0, 30)))));
      const listAt = s.text.search(LIST_WORD);
      for (const m of s.text.matchAll(EFFECTIVE_AFTER_PARTIES)) {
        if (!blockLead && !(listAt >= 0 && listAt < m.index)) continue;
        const d = findDate(s.text.slice(m.index + m[0].length, m.index + m[0].length + DAY_AFTER_CHARS), ctx.dates);
        if (d?.index === 0) return makeTerm(d.iso, s.text, [s.block]);
      }
    }
  }
  // 2a. "The Effective Date of this Agreement is February 1, 2019": the date itself, right after "is"
  // (not a price or a blank: "… in effect on the Effective Date of this Agreement is [*] off list").
  for (const s of ctx.sentences) {
    const m = EFFECTIVE_DATE_IS.exec(s.text);
    const d = m ? findDate(s.text.slice(m.index + m[0].length, m.index + m[0].length + DAY_AFTER_CHARS), ctx.dates) : undefined;
    if (d?.index === 0) return makeTerm(d.iso, s.text, [s.block]);
  }
  // 2b. The contract's term defined as a period from a date: ""Contract Period" shall mean that period
  // of time commencing on January 1, 2000 and concluding …", "The effective term is 12 months beginning
  // March 1, 2005": the contract runs from that date.
  for (const s of ctx.sentences) {
    const m = TERM_FROM.exec(s.text);
    const d = m ? findDate(s.text.slice(m.index + m[0].length, m.index + m[0].length + DAY_AFTER_CHARS), ctx.dates) : undefined;
    if (d?.index === 0) return makeTerm(d.iso, s.text, [s.block]);
    // The term said to be the span itself: "The Term is March 1, 2020 through February 28, 2023".
    const span = TERM_IS_SPAN.exec(s.text);
    const dates = span ? findDates(s.text.slice(span.index + span[0].length, span.index + span[0].length + 120), ctx.dates) : [];
    if (dates[0]?.index === 0 && dates[1] && SPAN_TO.test(s.text.slice(span!.index + span![0].length + dates[0].text.length, span!.index + span![0].length + dates[1].index))) return makeTerm(dates[0].iso, s.text, [s.block]);
  }
  // A term label line that runs from one date to another ("… until July 29, 2012", "… through and including
  // July 29, 2012"): the contract starts on the first.
  // The label may stand alone on the line or cell before the span ("TERM" / "April 15, 2000 through
  // October 15, 2000"), as a cover sheet set as a table gives it: read the two as one line.
  for (const [i, b] of ctx.blocks.entries()) {
    const label = ctx.blocks[i - 1]?.text.replace(/\s+/g, ' ').trim() ?? '';
    const text = TERM_LABEL_ALONE.test(label) && !TERM_SPAN_LABEL.test(b.text) ? `${label.replace(/\s*:$/, '')}: ${b.text.replace(/\s+/g, ' ')}` : b.text.replace(/\s+/g, ' ');
    const m = TERM_SPAN_LABEL.exec(text);
    const dates = m ? findDates(text.slice(m[0].length), ctx.dates) : [];
    const end = dates[1];
    if (dates[0]?.index === 0 && end && LABEL_SPAN_TO.test(text.slice(m![0].length + dates[0].text.length, m![0].length + end.index))) return makeTerm(dates[0].iso, b.text, [b]);
  }
  // 2c. The same label line further on, as a term schedule or a definition list writes it (the
  // expiration rule reads its "Termination Date:" line anywhere too).
  for (const b of ctx.blocks.slice(ctx.preamble.length)) {
    const found = labelledDate(ctx, b);
    if (found) return found;
  }
  // 3. An opening that defines its "Effective Date" beside the date of making, in words no date reader
  // takes ("this 14th d a y o f M a r c h", "as of [●]"), means the date it is made. A contract that only
  // uses the words gives no effective date of its own (an amendment's, a date set by an event).
  // Not "effective as of that date (the "Effective Date") the Site opens": a date an event sets.
  const defines = ctx.opening.find((x) => DEFINED_HERE.test(x.text));
  if (agreement && defines && !/\b(?:that|such)\s+date\s*$/i.test(defines.text.slice(0, DEFINED_HERE.exec(defines.text)!.index)) && !/^\(\s*such\s+date\b/i.test(DEFINED_HERE.exec(defines.text)![0]) && ctx.sentences.some((s) => /\bEffective Date\b/.test(s.text) && s.at >= 3)) {
    const s = defines;
    return makeTerm(agreement.value, `${s.text} (${typeof agreement.value === 'string' ? agreement.value : ''}, the agreement date)`, [s.block, ...citedBlocks(agreement, ctx)], agreement.blank === true);
  }
  return undefined;
}
