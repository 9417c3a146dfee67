/**
 * The document's name: the title line at its head ("MASTER SUPPLY AGREEMENT"), else the name the
 * opening sentence gives it ("This Distribution Agreement (the "Agreement")"), else the file's
 * own title. Filing marks before the title ("EXHIBIT 10.1", "Confidential Treatment Requested")
 * are skipped.
 */
import type { Block } from '../../../../shared/document';
import type { KeyTerm } from '../../../../shared/terms';
import { isContentsEntry } from '../contents';
import { DAY_IN_WORDS } from '../date';
import { inEnglishWordList } from '../inEnglishWordList';
import { englishOf, hasEntityForm, LEGAL_FORM_END } from '../parties';
import { makeTerm, type TermContext } from '../termContext';

/**
 * Lines that mark a filing, not the title: exhibit numbers, confidentiality legends (also strictly private or privileged ones), page marks.
 * Each mark is a whole word: a title may begin with the same letters ("CONFIDENTIALITY AGREEMENT", "EXHIBITION AGREEMENT",
 * "Drafting Services Agreement").
 */
const FILING_MARK = /^(?:(?:exhibits?|execution\s+(?:copy|version)|conformed\s+copy|confidential|(?:strictly\s+)?(?:private|privileged)\s+(?:and|&)\s+confidential|strictly\s+confidential|certain\s+(?:identified\s+)?information|table\s+of\s+contents|redacted|portions?\s+of|final|draft)\b|ex-|\[?\*|page\s+\d|source:)/i;

/**
 * "This Master Supply Agreement (the "Agreement")", "This Supply Agreement (hereinafter referred to as
 * the "SA")": up to 8 capitalised words ending in an instrument noun, then a definition (in ordinary
 * case or, in an opening set in capitals, "THIS SUPPLY AGREEMENT (THE "AGREEMENT") IS MADE"; the quotes may be
 * single, as British drafting sets them: (this ‘Agreement’)). An
 * amendment names what it amends after "to the" ("This Amendment No. 2 to the Supply Agreement").
 */
const INSTRUMENT_NOUNS = ['Agreement', 'Contract', 'Licence', 'License', 'Sublicence', 'Sublicense', 'Lease', 'Sublease', 'Deed', 'Memorandum', 'Addendum', 'Amendment', 'Plan', 'Note', 'Guarantee', 'Guaranty', 'Indenture', 'Warrant', 'Order'];
/** The nouns as written in a sentence ("Agreement") or in capitals ("AGREEMENT"). */
const INSTRUMENT = INSTRUMENT_NOUNS.flatMap((n) => [n, n.toUpperCase()]).join('|');
/**
 * A deed names itself noun first ("THIS DEED OF COVENANT is made on …", "This Deed of Release and Indemnity is dated …"):
 * what follows its "of" is the name's, up to the verb.
 */
const DEED_OF = String.raw`(?:DEED|Deed)\s+(?:OF|of)\s+(?:[A-Z][\w-]*\s+(?:(?:and|AND|of|OF)\s+)?){0,3}[A-Z][\w-]*`;
/**
 * The name an opening gives the agreement: "This Supply Agreement (the "Agreement") …", "THIS LEASE is made …", "This Deed
 * of Release is dated …". The definition's parenthesis may hold a space before its quote ("( 'Agreement")"), as typed.
 */
const NAMED_IN_OPENING = new RegExp(String.raw`\b(?:[Tt]his|[Tt]he|THIS|THE)\s+((?:(?:[A-Z][\w&/,'’-]*|No\.\s*\d+)\s+(?:(?:and|of|for|to)\s+(?:the\s+)?)?){0,8}(?:${INSTRUMENT})(?<!\b(?:DEED|Deed))|${DEED_OF}|(?:[A-Z][\w&/,'’-]*\s+){0,8}(?:DEED|Deed))\s*(?:,\s*)?(?:\(\s*(?:the\s+|this\s+|THE\s+|THIS\s+|(?:hereinafter|HEREINAFTER)\s+(?:(?:referred\s+to\s+as|REFERRED\s+TO\s+AS)\s+)?(?:the\s+|THE\s+)?)?["“”‘']|(?:is|IS)\s+(?:made|entered|dated|MADE|ENTERED|DATED)|dated|made|entered|DATED|MADE|ENTERED)`);

/**
 * "Exhibit 10.14", "EXHIBIT D", "Exhibit 99(h)(3)", a filing's legend "CONFIDENTIAL TREATMENT REQUESTED"
 * before the title on the same line.
 */
// The number may be set off from the title by a dash or a colon ("EXHIBIT 10.7 - SUPPLY AGREEMENT", "Exhibit 4: Licence").
const EXHIBIT_PREFIX = /^(?:(?:exhibit|ex\.?)\s+[\w.()-]{1,12}\s+(?:[-–—:]\s+)?|(?:execution|conformed|final)\s+(?:copy|version)\s+|confidential(?:\s+treatment(?:\s+(?:has\s+been\s+)?requested|\s+request)?)?(?:\s*[-–—]\s*redacted\s+(?:copy|version))?\s+)+(?=\S)/i;

/**
 * A title line: a name that ends in an instrument noun (allowing a parenthesis or "No. 3" after
 * it) with at least one word before the noun, or an instrument named by two or more words alone
 * ("ORDER FORM", "STATEMENT OF WORK NO. 3", "TERM SHEET", "LETTER OF INTENT", "TERMS OF SERVICE", "Terms of Sale"), e.g. "MASTER SUPPLY AND DISTRIBUTION AGREEMENT",
 * "Amendment No. 1 to Supply Agreement", "Services Agreement No. 2016-04", also with its subject after it ("Services Contract on
 * Maintenance of the Riverside Clinic", "Cooperation Agreement of the Wind Farm Project"; see subjectFits).
 * An amendment that also waives or consents names that after the agreement ("THIRD AMENDMENT TO CREDIT AGREEMENT AND WAIVER").
 * Numbered clause headings ("2.1 Agreement to Supply",
 * "ARTICLE 7 …", "Section 1.01 …") are not titles. A first word that runs its digits into letters is a name's word, a
 * brand's or an ordinal's ("3M-STYLE SUPPLY AGREEMENT", "24-HOUR SERVICE AGREEMENT", "2ND AMENDMENT TO LEASE"), but a
 * clause's number with one letter ("2A Agreement to Supply") is not.
 */
const TITLE_SHAPE = /^(?!(?:article|section|clause|schedule|attachment|appendix|annex|part|date|dated)\b)(?!\()(?!\d(?!\d*(?:-?[a-z]{2,}|[a-z]-[a-z])))(?:[^.;:]{2,100}?\b(?:agreement|contract|licen[cs]e|(?:sub-?)?lease|warrant|deed|memorandum(?:\s+of\s+understanding)?|(?:addendum|amendment)(?:\s+(?:no\.?\s*|#\s*)?(?:\d+|[IVX]{1,4}))?|understanding|arrangement|guarantee|guaranty|guarantees|indenture|plan|terms\s+and\s+conditions|conditions|order\s+form|schedule|statement\s+of\s+work)(?:\s+(?:and|&)\s+(?:(?:mutual|general|limited)\s+)?(?:waiver|consent|release))?|(?:[^.;:]{0,100}?\b)?(?:order\s+form|statement\s+of\s+work|term\s+sheet|memorandum\s+of\s+(?:understanding|agreement)|letter\s+of\s+intent|purchase\s+order|terms\s+of\s+(?:service|use|sale|business)))(?:\s+(?:no\.?|number|#)\s*[A-Z0-9][\w-]{0,15})?(?:\s+(?:of|on|for|regarding|concerning)\s+[^.;:]{2,80})?(?:\s*\([^)]{1,40}\))?$/i;

/**
 * A title that names the instrument first and its subject after it, as English and Chinese drafting
 * often does: "AGREEMENT FOR THE SUPPLY OF GOODS", "Contract for Services", "DEED OF ASSIGNMENT",
 * "LICENCE TO USE SOFTWARE", "AGREEMENT ON TECHNICAL COOPERATION". The subject is a few words (no
 * date, see subjectFits), not a clause heading's sentence.
 */
const NOUN_FIRST_TITLE = /^(?:agreement|contract|licen[cs]e|lease|deed)\s+(?:for|of|on|to|regarding|concerning|relating\s+to)\s+(?:[^\s.;:,]+\s+){0,7}[^\s.;:,]+(?:\s*\([^)]{1,40}\))?$/i;

/**
 * What a layout glues before a title on the same line: a party's name ending in its legal form (with the
 * trade name it does business under after it, "ACME INC. DBA ZEPHYR"), a date, or an address ending in a postal code ("ACME CORPORATION AFFILIATE OFFICE AGREEMENT", the form
 * abbreviated or spelled out: "ACME INC." or "ACME INCORPORATED",
 * "November 24, 2009 Program Content License Agreement", "Tulsa, Oklahoma 73112 OUTSOURCING
 * AGREEMENT"). The title starts after the last of them.
 */
// A limited liability company's or a limited partnership's own agreement: there "limited" names the kind of body the agreement
// sets up, it ends no name glued before the title ("SECOND AMENDED AND RESTATED LIMITED LIABILITY COMPANY AGREEMENT").
// At most ten spaces and commas stand between the name and its form: a longer run was read again from
// each earlier character of the line (a line of 100,000 characters of ", " took seconds, quadratically).
const GLUED_PREFIX = /^(?:.*\S[\s,]{1,10}(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited(?!\s+(?:liability|partnership)\b)|Corporation|Corp|PLC|L\.P|LP|N\.A|GmbH|AG|S\.A)\.?,?(?:\s+(?:d\/b\/a|dba)\s+\S+)?|.*\b(?:19|20)\d\d,?|.*\b\d{5}(?:-\d{4})?,?)\s+(?=[A-Za-z])/i;

/**
 * A reference number set on the title's line before it, as a filing or a purchaser numbers its contracts: "Contract No.:
 * HL-77", "Agreement No. 123", "Ref. No. KX/77", "Contract #77". The number holds a digit ("NO SHOP SUPPORT AGREEMENT" has
 * none); the label and the number are no part of the title after them.
 */
const NUMBER_LABEL = String.raw`(?:(?:contract|agreement|reference|ref|document|doc|file|order)\.?\s+)?(?:no|nr|number|#)\.?\s*(?::\s*)?`;
const NUMBER_BEFORE_TITLE = new RegExp(String.raw`^${NUMBER_LABEL}(?=[\w./-]{0,30}?\d)[A-Z0-9][\w./-]{0,30}[,:]?\s+(?=[A-Za-z])`, 'i');
/** The label alone just before a name the text ran into it: "… Contract No.: " before "HL-77 SUPPLY AGREEMENT". */
const NUMBER_LABEL_BEFORE = new RegExp(String.raw`(?:^|\s)${NUMBER_LABEL}$`, 'i');

/** A legal form in capitals that a conversion glued to the name before it ("ACMECORPORATION SUPPLY AGREEMENT"); not "INCORPORATION", "UNLIMITED". */
const GLUED_FORM = /^.*\b(\w+?)(?:CORPORATION|INCORPORATED|LIMITED)\s+(?=[A-Z])/;

/**
 * A cover line that names the parties or the date after the title ("JOINT DEVELOPMENT AGREEMENT
 * between A Inc.", "STRATEGIC ALLIANCE AGREEMENT dated as of …", "COOPERATION AGREEMENT made by and
 * between …", "SUPPLY AGREEMENT ("Supply Agreement") effective as of …"): group 1 is the title.
 */
const TITLE_THEN_PARTIES = /^(.*?\b(?:agreement|contract|licen[cs]e|lease|addendum|amendment|memorandum(?:\s+of\s+understanding)?))(?:\s*\((?:the\s+|this\s+)?[“"‘'][^()]{1,60}\))?\s*,?\s+(?:(?:is\s+)?(?:made|entered\s+into)\s+)?(?:(?:by\s+and\s+)?(?:between|among|amongst)|dated|made|effective)\b.*$/i;

/**
 * A heading run into the opening sentence on one line, as a layout or a text conversion without
 * line breaks gives it: "SUPPLY AGREEMENT This Supply Agreement ("Agreement") is entered …",
 * "LICENCE AGREEMENT THIS AGREEMENT is made …". Group 1 is the heading: it ends in an
 * instrument noun (or a parenthesis after it) right before the sentence's "This".
 */
// The heading may name its subject after the noun ("… SUPPORT AGREEMENT FOR FIXED INDEX POLICIES This …").
const TITLE_THEN_OPENING = /^(.*?\b(?:agreement|contract|licen[cs]e|lease|addendum|amendment|memorandum(?:\s+of\s+understanding)?)(?:\s+(?:for|of|on|regarding|concerning)\s+[^.;:()"“”]{2,60}?)?(?:\s*\([^()]{1,40}\)|\s+["“][^"“”]{1,40}["”])?)\s+(this\s+\S.*)$/i;

/** The heading before an opening run into it; a lower-case "this" goes on a sentence, it does not start one. */
function cutOpening(text: string): string {
  const m = TITLE_THEN_OPENING.exec(text);
  // A definition between them (a heading, then (the “Agreement”), then This agreement …) is not part of the name, nor is
  // a project’s nickname in quotes under the heading (a heading, then "KESTREL-HARROW", then THIS AGREEMENT …).
  return m && m[2]!.startsWith('T') ? m[1]!.replace(/\s*\((?:the\s+|this\s+)?[“"‘'][^()]*\)$|\s+["“][^"“”]{1,40}["”]$/, '') : text;
}

/**
 * The same when the opening sentence starts with the name itself: "CONSULTING AGREEMENT CONSULTING
 * AGREEMENT, dated as of …" (the heading, then the sentence). Group 1 is the heading.
 */
const TITLE_REPEATED = /^(.{6,100}?)\s+\1\b.*$/i;

/** A definition closing a title line: (the "Agreement"), ("Agreement"), (hereinafter the "Agreement"), or in single quotes as British drafting sets it (the ‘Agreement’). */
const TRAILING_DEFINITION = /\s*\((?:(?:hereinafter|HEREINAFTER)\s+(?:(?:referred\s+to\s+as|REFERRED\s+TO\s+AS|called|CALLED)\s+)?)?(?:the\s+|this\s+|THE\s+|THIS\s+)?(?:["“][^()"“”]{1,40}["”]|[‘'][^()‘’']{1,40}[’'])\)\s*$/;

/** A redaction mark after a title: "Supply Agreement {***}", "[***]". */
const TRAILING_REDACTION = /\s*[[{(]\s*(?:\*\s*){1,6}[\]})]\s*$/;

/** A page number the layout set before a heading in capitals on the page's first line: "23 FIRST AMENDMENT TO". */
const PAGE_NUMBER_PREFIX = /^\d{1,3}\s+(?=[A-Z]{2,}(?:\s+[A-Z]{2,}|$))/;

/**
 * An instrument's noun in capitals that the layout broke with spaces: letter-spaced on a cover ("A G R E E M E N T") or split
 * once where the glyphs were kerned apart ("AGR EEMENT"). Read as the word.
 */
const SPACED_NOUN = new RegExp(
  ['AGREEMENT', 'CONTRACT', 'AMENDMENT', 'ADDENDUM', 'LICENSE', 'LICENCE'].map((w) => String.raw`\b${w.split('').join(' ?')}\b`).join('|'),
  'g',
);

/**
 * A rule typed across the page ("__________", "==========", "----------") that a reader ran into the start of the title
 * line, with at most a short mark before it (a filing's "Exhibit 10.2"): the title is what follows the rule, when words
 * follow it. Only at the start: further on, a run of underscores is a blank to fill in ("effective as of ________").
 */
const TYPED_RULE_BEFORE = /^.{0,40}?(?:[_=*~]{5,}|-{5,})[\s_=*~-]*(?=[^\s_=*~-]+\s+\S)/;
/** An instrument's noun before such a rule: the rule underlines that title ("CO-BRANDING AGREEMENT -------- THIS AGREEMENT made …"). */
const UNDERLINED_TITLE = /\b(?:agreement|contract|licen[cs]e|lease|amendment|addendum|deed|memorandum|guarant(?:y|ee)|indenture|warrant)\b/i;

/**
 * A heading run into the parties' role lines under it, as a text without line breaks gives a Chinese-style contract's
 * head ("COOPERATION AGREEMENT Party A: Kestrel Holdings Co., Ltd. Party B: …"): the heading ends where "Party A:" starts.
 */
const RUN_INTO_PARTY_LINES = /^(.{6,200}?)\s+Party\s+A\s*(?:\([^()]{1,30}\)\s*)?:\s.*$/s;

/**
 * An instrument's name with a subject too long to be part of a title ("Cooperation Agreement of 60MW Wind Farm
 * Construction Project in the Northvale Industrial Park of Kestrel Valley"): the title is the name, as a reader cites it; a
 * shorter subject stays ("Cooperation Agreement of the Wind Farm Project", see TITLE_SHAPE). The name is a few words.
 */
const NAME_BEFORE_LONG_SUBJECT = /^((?:[^\s.;:]+\s+){0,5}?(?:agreement|contract))\s+(?:of|for|on|regarding|concerning)\s+([^.;:]{81,})$/i;

function withoutLongSubject(title: string): string {
  return title.replace(NAME_BEFORE_LONG_SUBJECT, '$1');
}

/**
 * A drafter's note in square brackets before or after the name is no template blank and no part of the name: a form filed
 * as an exhibit is captioned "[FORM OF] SUPPLY AGREEMENT" (the caption keeps "Form of", as it does without the
 * brackets), and a copy marked "[DRAFT] SUPPLY AGREEMENT" or "SUPPLY AGREEMENT [Execution Version]" is the same
 * instrument. A bracket that leaves a word to fill in ("[Company Name] Supply Agreement") is a blank and stays.
 */
const BRACKETED_LEAD = /^\s*\[\s*([^[\]]{1,40}?)\s*\]\s*(?=\S)/;
function withoutDraftingNotes(text: string): string {
  let t = text.replace(BRACKETED_LEAD, (m, note: string) => (/^form\s+of$/i.test(note) ? `${note} ` : FILING_MARK.test(note) ? '' : m));
  // The note after the name, found without a pattern that a long run of spaces would make re-read from each of them.
  const end = t.trimEnd();
  const open = end.endsWith(']') ? end.lastIndexOf('[') : -1;
  if (open > 0 && end.length - open <= 42 && FILING_MARK.test(end.slice(open + 1, -1).trim())) t = end.slice(0, open);
  return t;
}

/**
 * A mark a header sets on the title's own line, after the name: the month or date of the copy ("SUPPLY AGREEMENT   July
 * 2013", as a text file runs a cover's lines together), a page number ("… AGREEMENT Page 1 of 12") or a note on the copy
 * ("… AGREEMENT Confidential", "… AGREEMENT Execution Version"). None is part of the name. A bare year or a version is
 * left on: a name may end in one ("Shareholders' Agreement 2019").
 */
const TRAILING_MARK = /^(.*\b(?:agreement|contract|licen[cs]e|(?:sub-?)?lease|addendum|amendment|deed|memorandum|guarant(?:y|ee)|indenture))\s+(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|(?:strictly\s+)?confidential|(?:execution|conformed|final)\s+(?:copy|version)|draft)$/i;

function cleanTitle(text: string): string {
  return withoutLongSubject(cleanTitleOnce(withoutDraftingNotes(text).replace(RUN_INTO_PARTY_LINES, '$1')));
}

function cleanTitleOnce(text: string): string {
  return cutOpening(text.replace(/\s+/g, ' ').replace(TYPED_RULE_BEFORE, (m) => (UNDERLINED_TITLE.test(m) ? m : '')).replace(SPACED_NOUN, (m) => m.replace(/ /g, '')).replace(PAGE_NUMBER_PREFIX, '').replace(EXHIBIT_PREFIX, ''))
    .replace(TRAILING_REDACTION, '')
    // A note on the copy in brackets after the name is no part of it: "(Confidential Treatment Requested)", "(Execution Version)".
    .replace(/\s*\(([^()]{1,60})\)\s*$/, (m, note: string) => (FILING_MARK.test(note.trim()) ? '' : m))
    // The definition after a title line names the document for the text, it is no part of the name: "EXCLUSIVE SUPPLY
    // AGREEMENT (the "Agreement")"; a parenthesis without quotes is ("COOPERATION AGREEMENT (2022 Amendment)").
    .replace(TRAILING_DEFINITION, '')
    .replace(TITLE_REPEATED, '$1')
    .replace(TITLE_THEN_PARTIES, '$1')
    // Two heading lines a text file ran together, the title and what it supplements ("CONTENT LICENSE AGREEMENT" over
    // "SUPPLEMENT TO THE MASTER AGREEMENT"): the title is the first, as it is when the lines stand apart.
    // In either case: "Data Feed Agreement" over "Supplement to the Master Newswire Agreement" is the same pair of lines.
    .replace(/^(.+?\b(?:agreement|contract|licen[cs]e))\s+(?:supplement|schedule|annex|appendix)\s+(?:to|of)\s+(?:the\s+)?[\w ,&'’-]*\b(?:agreement|contract)$/i, '$1')
    // What follows the name after a dash is a subtitle ("CONSULTING AGREEMENT - DR. A. SMITH INC."); it goes
    // before the names glued in front are weighed, so that what is left after them is the title alone.
    .replace(/^(.*?\b(?:agreement|contract|licen[cs]e|lease|addendum|amendment))\s+[-–—:]+(?:\s+.*)?$/i, '$1')
    .replace(TRAILING_MARK, '$1')
    .replace(GLUED_FORM, (m, glued: string, offset: number, all: string) => (!/^(?:IN|UN)$/.test(glued) && TITLE_SHAPE.test(all.slice(m.length)) && all.slice(m.length).split(' ').length >= 2 ? '' : m))
    .replace(GLUED_PREFIX, (m, offset: number, all: string) => (TITLE_SHAPE.test(all.slice(m.length)) && all.slice(m.length).split(' ').length >= 2 ? '' : m))
    .replace(NUMBER_BEFORE_TITLE, (m, offset: number, all: string) => (TITLE_SHAPE.test(all.slice(m.length)) && all.slice(m.length).split(' ').length >= 2 ? '' : m))
    .replace(/^[\s"“*]+|[\s"”*:.,_=–—-]+$/g, (m: string, offset: number, all: string) =>
      // A legal form's full stop stays when the title ends in the body it constitutes ("Bylaws of Acme, Inc.").
      offset > 0 && m.startsWith('.') && /\b(?:Inc|Ltd|Corp|Co|L\.P|L\.L\.C|N\.A|S\.A|B\.V|N\.V|INC|LTD|CORP|CO)$/.test(all.slice(0, offset)) ? '.' : '',
    )
    .trim();
}

/**
 * The nouns that name a whole instrument by themselves, as its only heading: "SUBLEASE", "GUARANTY",
 * "AMENDMENT", "WARRANT", "INDENTURE". The words that end an agreement-type heading, and the
 * instruments a company signs under a one-word name.
 */
const ONE_WORD_TITLE = /^(?:agreement|contract|(?:sub-?)?licen[cs]e|(?:sub-?)?lease|deed|memorandum|addendum|amendment|guarantee|guaranty|indenture|warrant|undertaking|assignment|release|waiver|consent)$/i;

/**
 * Instruments named without an agreement-type noun: a letter by its purpose ("SIDE LETTER", "Fee Letter", "ENGAGEMENT
 * LETTER", "AMENDED AND RESTATED COMMITMENT LETTER"), and a waiver, consent or release named with its kind or its pair
 * ("WAIVER AND CONSENT", "GENERAL RELEASE", "Limited Waiver and Amendment"). A bare "Letter" or "No Waiver" is none.
 */
// A note by its kind ("PROMISSORY NOTE", "Secured Convertible Note"), a bill of sale, a consent to an assignment or a
// sublease, and an assignment of rights by what it assigns ("ASSIGNMENT OF PATENT RIGHTS") name one too.
const NAMED_INSTRUMENT = /^(?:[A-Za-z][\w-]*\s+){0,4}(?:side|engagement|commitment|fee|offer|comfort|support|consent|waiver|award|appointment|mandate|sponsorship)\s+letter$|^(?:(?:limited|general|mutual|partial|conditional)\s+)?(?:waiver|release|consent)(?:\s+(?:and|&)\s+(?:consent|waiver|release|amendment|agreement))?$|^(?:[A-Za-z][\w-]*\s+){0,3}(?:promissory|convertible|secured|demand|subordinated)\s+note$|^(?:(?:absolute|general)\s+)?bill\s+of\s+sale$/i;

// A company's constitution and the notices of an equity award name an instrument without an agreement-type noun: "AMENDED AND
// RESTATED BYLAWS", "Bylaws of Acme, Inc.", "CERTIFICATE OF INCORPORATION", "Articles of Association", "Certificate of
// Designations of Series C Convertible Preferred Stock", "NOTICE OF STOCK OPTION GRANT", "Restricted Stock Unit Award Notice".
const CONSTITUTION_OR_NOTICE = /^(?:(?:amended|restated|and|first|second|third|fourth|fifth|sixth)\s+){0,4}(?:by-?laws|agreement\s+of\s+limited\s+partnership|(?:certificate|articles)\s+of\s+(?:incorporation|formation|organi[sz]ation|association|amendment|designations?|merger|limited\s+partnership|conversion|continuance))(?:\s+of\s+\S.{0,80})?$|^notice\s+of\s+(?:[\w-]+\s+){0,4}(?:grant|award)$|^(?:[\w-]+\s+){1,4}(?:grant|award)\s+notice$/i;

// In capitals only, as a title is set: "Consent to Assignment" and "Assignment of Patent Rights" in ordinary case head clauses;
// and a policy or a code a company adopts ("INSIDER TRADING POLICY", "CODE OF BUSINESS CONDUCT AND ETHICS"), where in ordinary
// case "Refund Policy" heads a clause.
const NAMED_INSTRUMENT_CAPS = /^(?:[A-Z][A-Z&-]*\s+){1,5}POLICY$|^CODE\s+OF\s+(?:[A-Z][A-Z&-]*\s+){0,3}(?:CONDUCT|ETHICS)$|^(?:LANDLORD['’]?S\s+)?CONSENT\s+TO\s+(?:THE\s+)?(?:ASSIGNMENT|SUBLEASE|SUBLETTING|SUBLET|TRANSFER|CHANGE\s+OF\s+CONTROL)$|^(?:[A-Z][A-Z-]*\s+){0,2}ASSIGNMENT\s+OF\s+(?:[A-Z][A-Z-]*\s+){1,4}(?:RIGHTS|PATENTS?|TRADE\s?MARKS?|COPYRIGHTS?|CLAIMS?|INTERESTS?|RECEIVABLES|CONTRACTS?)$/;

/**
 * An addendum or rider named by the law that requires it, as franchise documents attach one for each state: "ADDENDUM
 * REQUIRED BY THE STATE OF OREGON", "Addendum to the Orchard Agreement Required by the State of Oregon", "RIDER
 * PURSUANT TO THE OREGON FRANCHISE ACT". Up to three words may qualify the noun ("STATE ADDENDUM …").
 */
const REQUIRED_ADDENDUM = /^(?:[\w-]+\s+){0,3}(?:addendum|rider|amendment)\s+(?:to\s+(?:the\s+)?[^.;:]{2,80}?\s+)?(?:required\s+by|pursuant\s+to)\s+[^.;:]{2,80}$/i;

/** "AMENDMENT NO. 1", "Addendum #2", "FIRST AMENDMENT": an amendment's title with no other words. */
const BARE_AMENDMENT = /^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:amendment|addendum)|(?:amendment|addendum)\s+(?:no\.?\s*|number\s+|#\s*)(?:\d+|[IVX]{1,4}))$/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A heading's last word typed with a slip in "AGREEMENT" ("MARKETING AGREEMNET", "SUPPLY AGREMENT", "LEASE AGREEEMENT"):
 * the heading still names the instrument, read as if spelt right only to weigh its shape; the title keeps it as written.
 * A slip is two neighbouring letters swapped, one letter dropped or doubled, or one letter changed, from six letters on.
 */
function misspeltNoun(title: string): string {
  const m = /(\S+)$/.exec(title);
  const word = m?.[1] ?? '';
  if (!m || word.length < 6 || /^agreements?$/i.test(word) || !/^agr/i.test(word)) return title;
  const a = word.toLowerCase().replace(/s$/, '');
  const b = 'agreement';
  const oneSlip = (x: string, y: string): boolean => {
    if (x === y) return false;
    if (x.length === y.length) {
      const diff = [...x].map((c, i) => (c === y[i] ? -1 : i)).filter((i) => i >= 0);
      return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!]);
    }
    const [s, l] = x.length < y.length ? [x, y] : [y, x];
    if (l.length - s.length !== 1) return false;
    return [...l].some((_, i) => l.slice(0, i) + l.slice(i + 1) === s);
  };
  return oneSlip(a, b) ? title.slice(0, m.index) + (word === word.toUpperCase() ? 'AGREEMENT' : 'Agreement') : title;
}

function isTitleLine(b: Block): boolean {
  const t = cleanTitle(b.text);
  if (t.length < 6 || t.length > 110 || FILING_MARK.test(t)) return false;
  // An amendment's own heading names it by its number alone: "AMENDMENT NO. 2", "Second Addendum".
  if (BARE_AMENDMENT.test(t)) return true;
  // "Amendment No. 3 to …": the abbreviation's full stop is part of a title.
  const shaped = misspeltNoun(t).replace(/\bNo\.\s*(?=\d)/gi, 'No ');
  if (!(TITLE_SHAPE.test(shaped) || NOUN_FIRST_TITLE.test(t) || NAMED_INSTRUMENT.test(t) || NAMED_INSTRUMENT_CAPS.test(t) || CONSTITUTION_OR_NOTICE.test(t) || REQUIRED_ADDENDUM.test(t)) || t.split(' ').length < 2) return false;
  if (!subjectFits(t)) return false;
  // A title is a name, not a sentence: no verbs of a clause, mostly capitalised words.
  // Nor the tail of a sentence whose start was cut off before its name ("… 2019, AND THIS REGATTA SPONSORSHIP AGREEMENT").
  if (/\b(?:shall|will|is|are|hereby|made|dated|means|this)\b/i.test(t) || /^(?:and|or|but)\b/i.test(t)) return false;
  const words = t.split(' ').filter((w) => !/^(?:of|and|to|for|the|on|in|a|an|&|-|–)$/i.test(w));
  // "#3" in "Amendment #3 to …" is a number, written the way capitals and digits are.
  // A brand written with a lower-case prefix counts as capitalised: "e-business", "eCommerce", "iPhone".
  const capitalised = words.filter((w) => /^[A-Z0-9&(["“]|^#\d|^[a-z]{1,2}[A-Z]|^[a-z]-[A-Za-z]/.test(w)).length;
  // A cover line that goes on to name the parties is a title even in sentence case ("Distributorship agreement between …").
  const line = b.text.replace(/\s+/g, ' ').replace(EXHIBIT_PREFIX, '');
  if (/^[A-Z]/.test(t) && !/,/.test(t) && t.split(' ').length <= 5 && new RegExp(String.raw`^${escapeRegExp(t)}\s+(?:by\s+and\s+)?(?:between|among)\s+[A-Z]`, 'i').test(line)) return true;
  return capitalised / Math.max(1, words.length) >= 0.8;
}

/**
 * A heading written in sentence case, as many templates set it: "Master Subscription agreement", "Software license
 * agreement", "Mutual non-solicitation agreement". A short line of its own (two to six words, the first capitalised, no
 * digit or punctuation) that ends in the instrument's noun and reads as a name, not as a clause heading about the
 * agreement ("Entire agreement", "Termination of agreement", "Amendment of this agreement").
 */
const SENTENCE_CASE_TITLE = /^[A-Z][\w'’-]*(?:\s+(?:[\w'’-]+|&)){1,5}$/;
const CLAUSE_HEADING_START = /^(?:entire|whole|complete|termination|terminating|term|assignment|governing|amendments?|waiver|scope|purpose|nature|effect|duration|subject|execution|counterparts?|breach|variation|modification|status|survival|integration|severability|notices?|this|the|such|any|each|other|prior|previous|existing|original|related|relationship|binding|independent|applicable|no)$/i;
const SENTENCE_CASE_NOUN = /\s(?:agreement|contract|licen[cs]e|(?:sub)?lease|deed|addendum)$|^(?:Agreement|Contract|Licen[cs]e|Lease|Deed)\s/;

function isSentenceCaseHeading(b: Block): boolean {
  if (b.clause) return false;
  const t = b.text.replace(/\s+/g, ' ').trim();
  if (!SENTENCE_CASE_TITLE.test(t) || !SENTENCE_CASE_NOUN.test(t) || FILING_MARK.test(t)) return false;
  const words = t.split(' ');
  // Noun first, as a deed names itself ("Deed of guarantee", "Contract for services"): its small words are the name's.
  if (NOUN_FIRST_TITLE.test(t) && !/\b(?:this|the|these|such|its|their)\b/i.test(t)) return readsAsName(t);
  if (CLAUSE_HEADING_START.test(words[0]!) || words.some((w) => /^(?:of|to|for|under|with|by|between|in|on)$/i.test(w))) return false;
  return TITLE_SHAPE.test(t) && readsAsName(t);
}

/**
 * A subject after the instrument's name ("… Contract on Maintenance of the Riverside Clinic") is part of
 * the title only when written like it: in capitals after a name in capitals, with no date in it
 * ("SPONSORSHIP AGREEMENT for Sailing Regatta in Norway, on May 3, 2001" names the event, not the title).
 */
function subjectFits(title: string): boolean {
  const m = /\b(agreement|contract|licen[cs]e|lease|deed|understanding|arrangement|plan|conditions)\s+(?:of|on|for|regarding|concerning)\s+(.+)$/i.exec(title) ?? (NOUN_FIRST_TITLE.test(title) ? /^(\S+)\s+(?:relating\s+to|\S+)\s+(.+)$/.exec(title) : null);
  if (!m) return true;
  const subject = m[2]!.replace(/\([^)]*\)\s*$/, '');
  if (/\b(?:19|20)\d\d\b/.test(subject)) return false;
  const caps = m[1] === m[1]!.toUpperCase();
  return !caps || subject === subject.toUpperCase();
}

/** Words in capitals with no legal form, date, comma or "d/b/a": the first line of a title set over two. */
function isTitleFragment(text: string): boolean {
  const t = text.trim().replace(PAGE_NUMBER_PREFIX, '');
  // "Second Amended and Restated" / "Marketing Agreement": the words that restate an instrument, in any case.
  if (/^(?:(?:first|second|third|fourth|fifth)\s+)?amended(?:\s+and\s+restated)?$/i.test(t)) return true;
  if (!/^[A-Z][A-Z0-9.®&'’ -]{2,60}$/.test(t) || hasEntityForm(t) || FILING_MARK.test(t)) return false;
  // Not a date or an address line, and not the words around a party list.
  if (/\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b|\d{4,}/.test(t)) return false;
  return !/\b(?:DBA|D\/B\/A|AND|BETWEEN|BY)$/.test(t) && !/^(?:BY|BETWEEN|AMONG|AND|DBA)\b/.test(t);
}

/**
 * A subject in title case set as a heading of its own right over the title's heading: "Intellectual Property Rights" over
 * "Confidentiality and Non-Use Obligations Agreement" is one name. Only ordinary words (a name is rarely all vocabulary:
 * "Quillfeather Orchards" over "Supply Agreement" is a letterhead), two to five of them, with no number, letter or label
 * of a schedule, and only between two headings.
 */
function isTitleCaseSubject(first: string, b: Block, next: Block): boolean {
  const words = first.trim().split(/\s+/);
  if (b.kind !== 'heading' || next.kind !== 'heading' || words.length < 2 || words.length > 5 || hasEntityForm(first) || FILING_MARK.test(first.trim())) return false;
  if (/^(?:annex|appendix|attachment|schedule|exhibit|part|article|section|clause|page|form)$/i.test(words[0]!)) return false;
  // Nor a legend on the copy: "Strictly Private", "Draft for Discussion", "Privileged and Confidential".
  if (words.some((w) => /^(?:strictly|private|privileged|confidential|draft|copy|version|execution|final|redacted|discussion)$/i.test(w))) return false;
  return words.every((w) => /^(?:of|and|for|the|&)$/.test(w) || (/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) && w.split('-').every((part) => inEnglishWordList(part.toLowerCase()))));
}

/** Ordinals and the words that restate an instrument: what may stand before "AMENDMENT TO …" on a line of its own. */
const AMENDING_WORDS = /^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+amended(?:\s+and\s+restated)?)?|amended(?:\s+and\s+restated)?)$/i;

/** A title that starts with the addendum or amendment and names what it amends: "ADDENDUM TO …", "Amendment No. 2 to …". */
function namesWhatItAmends(text: string, before: string): boolean {
  return /^(?:addendum|amendment)(?:\s+(?:no\.?\s*|#\s*)?(?:\d+|[IVX]{1,4}))?\s+(?:to|of)\s/i.test(cleanTitle(text)) && !AMENDING_WORDS.test(before.trim());
}

/**
 * A name in title case broken at its "and" over two lines: "Master Equipment Lease and" / "Maintenance Services
 * Agreement", "Exclusive Distribution" / "and Marketing Agreement". The first line is capitalised words only
 * (no legal form, date or number), so a party's name or an address line is not taken.
 */
function brokenAtAnd(first: string, next: string): boolean {
  const a = first.trim();
  const b = next.replace(/\s+/g, ' ').trim();
  if (!(/\s(?:and|&)$/.test(a) || /^(?:and|&)\s/.test(b)) || a.length > 60 || hasEntityForm(a) || /\d/.test(a) || FILING_MARK.test(a)) return false;
  return a.replace(/\s(?:and|&)$/, '').split(/\s+/).every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) || /^(?:of|and|for|the|&)$/.test(w));
}

/**
 * The title line `b`, with the line after it when that line finishes the name: a parenthesis
 * ("(2014 Amendment)"), the object of an amendment ("SECOND AMENDMENT" / "TO SUPPLY AGREEMENT"), or
 * the amendment's number under the agreement's name ("SUPPLY AGREEMENT" / "AMENDMENT NO. 1").
 */
function withContinuation(b: Block, next: Block | undefined): KeyTerm {
  const title = cleanTitle(b.text);
  const more = next ? next.text.replace(/\s+/g, ' ').trim() : '';
  const joined = `${title} ${more}`;
  const continues =
    /^\([^()"“”]{1,40}\)$/.test(more) ||
    (/\b(?:amendment|addendum)(?:\s+(?:no\.?\s*|#\s*)?(?:\d+|[IVX]{1,4}))?$/i.test(title) && /^(?:to|of)\s/i.test(more) && isTitleLine({ ...b, text: joined })) ||
    (/\b(?:agreement|contract|licen[cs]e)$/i.test(title) && /^(?:amendment|addendum)(?:\s+(?:no\.?\s*|#\s*)?(?:\d+|[IVX]{1,4}))?$/i.test(more)) ||
    // A title in capitals whose subject is set on its own line: "… SERVICING AGREEMENT" / "FOR VARIABLE ANNUITY CONTRACTS".
    // The title's own case does not matter ("… Support Agreement" / "FOR FIXED INDEX POLICIES"); a subject line in title
    // case goes with a title that is not in capitals ("… Support Agreement" / "for Fixed Index Policies").
    (/\b(?:agreement|contract|licen[cs]e)$/i.test(title) && /^(?:FOR|OF|ON|REGARDING|CONCERNING|RELATING\s+TO)\s+[A-Z][A-Z0-9 ,&'’-]{2,60}$/.test(more) && isTitleFragment(more) && !/,/.test(more)) ||
    (title !== title.toUpperCase() && /^(?:for|of|on|regarding|concerning)\s+(?:(?:the|and|of|&)\s+|[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*$/i.test(more) && /^\S+\s+(?:(?:the|and|of|&)\s+|[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*$/.test(more) && !hasEntityForm(more) && !/\d/.test(more));
  return continues && next ? makeTerm(cleanTitle(joined), `${b.text} ${next.text}`, [b, next]) : makeTerm(title, b.text, [b]);
}

/** The words of a title, for comparing two titles: "OUTSOURCING BASE AGREEMENT" → "outsourcing base agreement". */
function wordsOf(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * True when a name ends with a heading's words and puts more before them: "asp and outsourcing agreement" widens
 * "outsourcing agreement". The heading has two words at least, so a bare noun is left to the rule for one-word headings.
 */
function widens(name: readonly string[], heading: readonly string[]): boolean {
  if (heading.length < 2 || name.length <= heading.length) return false;
  return name.slice(-heading.length).join(' ') === heading.join(' ');
}

/** True when the opening calls the instrument by this title: "THIS EXCLUSIVE DISTRIBUTOR AGREEMENT (the …", across line breaks. */
function openingNames(opening: string, title: string): boolean {
  const words = wordsOf(title).split(' ').filter(Boolean);
  return words.length >= 2 && new RegExp(String.raw`\bthis\s+${words.map(escapeRegExp).join(String.raw`[^\p{L}\p{N}]+`)}\b`, 'iu').test(opening);
}

/**
 * A cover page's title, then the operative document's own heading before its opening sentence
 * ("SERVICES AGREEMENT" on the cover, "MASTER SERVICES AGREEMENT" over "This Master Services
 * Agreement is entered into …"): the heading the opening sentence names is the document's name.
 * The first title stays when the opening names it too, or when the later heading is only a part of
 * it ("SPONSORSHIP AGREEMENT" under "ACME JAGUARS SPONSORSHIP AGREEMENT").
 */
function headingTheOpeningNames(ctx: TermContext, first: KeyTerm, head: readonly Block[]): KeyTerm | undefined {
  const opening = head.map((b) => b.text).join(' ');
  const firstWords = wordsOf(String(first.value));
  if (openingNames(opening, String(first.value))) return undefined;
  const cited = new Set(first.citations.map((c) => c.blockId));
  const after = Math.max(...head.map((b, i) => (cited.has(b.id) ? i : -1)));
  if (after < 0) return undefined;
  for (const b of head.slice(after + 1)) {
    if (!isTitleLine(b)) continue;
    const title = cleanTitle(b.text);
    if (` ${firstWords} `.includes(` ${wordsOf(title)} `)) continue;
    if (openingNames(opening, title)) return makeTerm(title, b.text, [b]);
  }
  return undefined;
}

/** The heading of a contents page, also where the page repeats it over the rest of the list ("TABLE OF CONTENTS (continued)"). */
const CONTENTS_HEADING = /^\s*(?:table\s+of\s+contents|contents|index)(?:\s*\((?:continued|cont['’]?d\.?)\))?\s*:?\s*$/i;
/**
 * The same heading at the end of a line that holds the title before it. The match may start only where a run of spaces
 * starts: tried from every space of a long run, the pattern read the rest of the run each time (quadratic).
 */
const CONTENTS_HEADING_AFTER_TITLE = /(?<!\s)\s+(?:TABLE\s+OF\s+CONTENTS|Table\s+of\s+Contents)\s*:?\s*$/;

/**
 * The opening blocks without a contents page: its heading and the entry lines under it (and a lone "Page" over the
 * numbers). A long agreement sets one between its title and its opening sentence; the title is read as if the two
 * stood together, as they do in a document without one (and a long contents page no longer pushes the opening
 * sentence past the sentences read for the agreement's name).
 */
function withoutContents(preamble: readonly Block[]): readonly Block[] {
  // A PDF reader may join the contents page's heading to the title line above it ("SUPPLY AGREEMENT TABLE OF
  // CONTENTS"): the title stays, the heading goes. A long agreement may set more than one such list (a cover's short
  // one and the full one, or the contents run over a page that repeats its heading): each goes.
  const at = preamble.findIndex((b) => CONTENTS_HEADING.test(b.text) || CONTENTS_HEADING_AFTER_TITLE.test(b.text));
  if (at < 0) return preamble;
  let end = at + 1;
  while (end < preamble.length && (isContentsEntry(preamble[end]!.text) || /^\s*page\s*$/i.test(preamble[end]!.text))) end++;
  const joined = CONTENTS_HEADING_AFTER_TITLE.exec(preamble[at]!.text);
  const title = joined && !CONTENTS_HEADING.test(preamble[at]!.text) ? [{ ...preamble[at]!, text: preamble[at]!.text.slice(0, joined.index) }] : [];
  return [...preamble.slice(0, at), ...title, ...withoutContents(preamble.slice(end))];
}

export function titleRule(original: TermContext): KeyTerm | undefined {
  // A bilingual heading is read in English ("合作协议 COOPERATION AGREEMENT").
  const inEnglish = (b: Block): Block => {
    const text = englishOf(b.text);
    return text === b.text ? b : { ...b, text };
  };
  const preamble = withoutContents(original.preamble.map(inEnglish));
  const kept = new Set(preamble.map((b) => b.id));
  const ctx: TermContext = { ...original, preamble, opening: original.opening.filter((s) => kept.has(s.block.id)) };
  const found = awardUnderPlan(ctx, headingTitle(ctx));
  // A heading after the sentence that names the agreement ("This Joint Supply Agreement (the "JSA") …")
  // heads a recital or a clause; the title stands before the opening, and here the opening has the name.
  const named = namedInOpening(ctx);
  if (found && named && blockIndex(ctx, found) > named.at && wordsOf(String(named.term.value)).split(' ').length >= 2) return named.term;
  // A one-word heading ("AGREEMENT") over an opening that gives the same instrument its full name ("This Employment
  // Agreement …"): the opening's name is the fuller title.
  const namedWords = named ? wordsOf(String(named.term.value)).split(' ') : [];
  if (found && named && !/\s/.test(String(found.value)) && namedWords.length >= 2 && namedWords.at(-1) === wordsOf(String(found.value))) return named.term;
  // The same for a heading of several words that the opening's name ends with and widens ("OUTSOURCING AGREEMENT" over
  // "This ASP and Outsourcing Agreement …"): the opening names the same instrument in full. Only a widening, never a
  // different name ("SERVICES AGREEMENT" over "This Marine Agreement") nor a shorter one ("Supply Agreement" under a
  // cover's "MASTER SUPPLY AGREEMENT").
  if (found && named && blockIndex(ctx, found) < named.at && widens(namedWords, wordsOf(String(found.value)).split(' '))) return named.term;
  return (found && headingTheOpeningNames(ctx, found, ctx.preamble.slice(0, 20))) ?? found ?? named?.term ?? subjectLine(ctx, true) ?? letterTitle(ctx) ?? subjectLine(ctx, false) ?? repeatedHeading(ctx) ?? titleFromFile(ctx);
}

/**
 * A plan's name set over the award made under it ("2022 EQUITY INCENTIVE PLAN" over "RESTRICTED STOCK UNIT AWARD AGREEMENT",
 * "Stock Option Plan" over "Notice of Stock Option Grant"): the award is the instrument signed, the plan only what it is
 * made under. The award's heading is one of the next two lines, a title by itself.
 */
function awardUnderPlan(ctx: TermContext, found: KeyTerm | undefined): KeyTerm | undefined {
  if (!found || !/\bplan$/i.test(String(found.value))) return found;
  const last = found.citations.at(-1)?.blockId;
  const at = ctx.preamble.findIndex((b) => b.id === last);
  if (at < 0) return found;
  for (const b of ctx.preamble.slice(at + 1, at + 3)) {
    if (isTitleLine(b) && /\b(?:agreement|notice|certificate|grant|award)$/i.test(cleanTitle(b.text))) return withContinuation(b, undefined);
  }
  return found;
}

/**
 * A heading that a text file without line breaks ran into the lines after it twice: on the cover ("Exhibit 10.4 Design
 * Contract on Construction of the Eastgate Ferry Terminal Prepared by: …") and again over the opening ("Design Contract
 * on Construction of the Eastgate Ferry Terminal The Owner: …"). The words the two paragraphs start with alike are the
 * heading, when they read as a title; only when nothing else gave one.
 */
function repeatedHeading(ctx: TermContext): KeyTerm | undefined {
  const head = ctx.preamble.slice(0, 8).map((b) => ({ b, words: b.text.replace(/\s+/g, ' ').replace(EXHIBIT_PREFIX, '').trim().split(' ') }));
  for (const [i, x] of head.entries()) {
    for (const y of head.slice(i + 1)) {
      let n = 0;
      while (n < x.words.length && n < y.words.length && x.words[n] === y.words[n]) n++;
      if (n < 2) continue;
      const text = x.words.slice(0, n).join(' ');
      if (isTitleLine({ ...x.b, text })) return makeTerm(cleanTitle(text), x.b.text, [x.b]);
    }
  }
  return undefined;
}

/** Where the block a term cites first stands in the document (-1 when it cites none). */
function blockIndex(ctx: TermContext, term: KeyTerm): number {
  const id = term.citations[0]?.blockId;
  return id === undefined ? -1 : ctx.blocks.findIndex((b) => b.id === id);
}

/** A bracketed note in place of an exhibit's text: "[Form follows.]", "[Form attached]", "[To be attached.]", "[See attached]". */
const FORM_TO_FOLLOW = /^\s*\[\s*(?:form\s+(?:follows|attached|to\s+follow|to\s+be\s+attached)|(?:to\s+be\s+)?attached(?:\s+hereto)?|see\s+attached|follows)\s*\.?\s*\]\s*$/i;

/** A line holding only a bracketed blank: "[Company Name]", "[NAME OF LICENSEE]". */
const NAME_SLOT = /^\s*\[(?!\s*\*)[^[\]]{1,60}\]\s*$/;

function headingTitle(ctx: TermContext): KeyTerm | undefined {
  const head = ctx.preamble.slice(0, 20);
  // How many lines before this one were more than filing marks ("EXHIBIT 10.1", "EXECUTION VERSION", a
  // confidential-treatment legend): a title run into its text stands among the first lines after them.
  let content = 0;
  for (const [i, b] of head.entries()) {
    if (i > 0 && !FILING_MARK.test(head[i - 1]!.text.trim())) content++;
    const next = head[i + 1];
    // A double title set over three lines: "SOFTWARE LICENSE" / "AND" / "MAINTENANCE AGREEMENT".
    const third = head[i + 2];
    if (next && third && /^\s*(?:and|&)\s*$/i.test(next.text) && isTitleLine(b) && isTitleLine(third)) {
      const text = `${b.text} ${next.text.trim()} ${third.text}`;
      return makeTerm(cleanTitle(text), text, [b, next, third]);
    }
    // An amendment's number, its "TO" and the agreement it amends set on lines of their own:
    // "SECOND AMENDMENT" / "TO THE" / "CREDIT AGREEMENT" is one title.
    if (next && third && BARE_AMENDMENT.test(cleanTitle(b.text)) && /^\s*(?:to|of)(?:\s+the)?\s*$/i.test(next.text) && isTitleLine(third)) {
      const text = `${b.text} ${next.text.trim()} ${third.text}`;
      return makeTerm(cleanTitle(text), text, [b, next, third]);
    }
    // The same with the restating words of the amended agreement's name on a line of their own: "AMENDMENT NO. 1" / "TO THE" /
    // "AMENDED AND RESTATED" / "SUPPLY AGREEMENT".
    const fourth = head[i + 3];
    if (next && third && fourth && BARE_AMENDMENT.test(cleanTitle(b.text)) && /^\s*(?:to|of)(?:\s+the)?\s*$/i.test(next.text) && AMENDING_WORDS.test(third.text.trim()) && isTitleLine(fourth)) {
      const text = `${b.text} ${next.text.trim()} ${third.text.trim()} ${fourth.text}`;
      return makeTerm(cleanTitle(text), text, [b, next, third, fourth]);
    }
    // An exhibit's caption over a note that the form itself comes later ("FORM OF ESCROW AGREEMENT" over "[Form follows.]",
    // "[To be attached]"): the tail of a list of exhibits, not the title of the document that follows it.
    if (next && FORM_TO_FOLLOW.test(next.text)) continue;
    // The body an instrument constitutes, set on the lines under it: "LIMITED LIABILITY COMPANY AGREEMENT" / "OF" / "ACME
    // HOLDINGS LLC", "AMENDED AND RESTATED BYLAWS" / "OF" / "ACME, INC.".
    if (next && third && /^\s*of\s*$/i.test(next.text) && isTitleLine(b) && hasEntityForm(third.text) && third.text.trim().split(/\s+/).length <= 10) {
      return makeTerm(`${cleanTitle(b.text)} ${next.text.trim()} ${third.text.replace(/\s+/g, ' ').trim().replace(/[,;:]+$/, '')}`, `${b.text} ${next.text} ${third.text}`, [b, next, third]);
    }
    if (isTitleLine(b)) return withContinuation(b, next);
    // A line that is nothing but a blank to fill in ("[Company Name]" over "SAFE") is the slot for a party's
    // name, as a letterhead stands over a form's title: never the first words of the title under it.
    if (NAME_SLOT.test(b.text)) continue;
    // A title with the event it is for and its date after it ("Sponsorship Agreement for Harbour Regatta, on May 3, 2001"): the
    // subject names the event, not the title (see subjectFits), in title case as in capitals (where the change of case
    // already ends the name, see runInTitle).
    // Only a short line that ends in the date: a heading, not a paragraph run on after it.
    const dated = /^(.*?\b(?:agreement|contract|licen[cs]e|lease))\s+(?:for|of|on|regarding|concerning)\s+(?:[^\s:;]+\s+){1,12}\d{1,2},?\s+(?:19|20)\d\d$/i.exec(cleanTitle(b.text));
    // Only when the opening calls the agreement by that name ("… and this Regatta Sponsorship Agreement is made …"): alone, such a
    // line may name an event's programme as well as an agreement.
    if (content <= 1 && dated && isTitleLine({ ...b, text: dated[1]! }) && openingNames(head.map((x) => x.text).join(' '), dated[1]!)) return makeTerm(cleanTitle(dated[1]!), b.text, [b]);
    // A title set in the first cell of a header table, its number or date in the next ("PURCHASE ORDER | PO No. 4471").
    const cell = /\s\|\s/.test(b.text) ? b.text.split('|')[0]!.trim() : '';
    if (cell && isTitleLine({ ...b, text: cell })) return makeTerm(cleanTitle(cell), b.text, [b]);
    // A heading in sentence case ("Master subscription agreement", "Software license agreement") at the document's head.
    if (content <= 1 && isSentenceCaseHeading(b)) return makeTerm(cleanTitle(b.text), b.text, [b]);
    // A title set over two short lines ("JOINT DEVELOPMENT" / "AGREEMENT").
    // When the next line is a title by itself, this line joins it only as the title's first words
    // ("FIRST AMENDMENT TO ACME" / "SUPPLY AGREEMENT"), never as a party's name, a date or an address.
    const first = b.text.replace(/\s+/g, ' ').replace(EXHIBIT_PREFIX, '');
    // A line in title case that breaks the name at its "and" ("Exclusive Distribution" / "and Marketing Agreement")
    // is its first half too. A heading over an addendum's own title ("ACME PARTNER PROGRAM" over "ADDENDUM TO ACME
    // RESELLER AGREEMENT") is not: that title names itself in full, as only an ordinal ("FIRST") would go before it.
    if (next && first.length < 70 && cleanTitle(next.text).length < 70 && (!isTitleLine(next) || ((isTitleFragment(first) || isTitleCaseSubject(first, b, next)) && !namesWhatItAmends(next.text, first)) || brokenAtAnd(first, next.text))) {
      const joined = { ...b, text: `${b.text} ${next.text}` };
      if (isTitleLine(joined)) {
        const whole = withContinuation(joined, head[i + 2]);
        return whole.citations.length > 1 ? makeTerm(whole.value, whole.text, [b, next, head[i + 2]!]) : makeTerm(cleanTitle(joined.text), joined.text, [b, next]);
      }
    }
    // A cover's title set over three short lines, a word or two to each ("SOFTWARE" / "DEVELOPMENT" / "AGREEMENT"), as a
    // text file gives it on one line: none of the first two is a title by itself.
    // Each line holds words (not a rule "-----"), and the first is no party's name ("ACME LIMITED" over a rule and the title).
    if (next && third && [first, next.text, third.text].every((t) => /\p{L}{2}/u.test(t) && t.trim().length < 40 && !FILING_MARK.test(t.trim()) && !/[-–—_=*]{3}/.test(t)) && !LEGAL_FORM_END.test(first.trim()) && !isTitleLine(next)) {
      const text = `${first.trim()} ${next.text.trim()} ${third.text.trim()}`;
      if (isTitleLine({ ...b, text }) && cleanTitle(text).split(' ').length >= 3) return makeTerm(cleanTitle(text), text, [b, next, third]);
    }
    // The document's first line, a single word in capitals that names an instrument ("SUBLEASE", "GUARANTY"): its
    // title. Only the first, and only in capitals: further down a lone "AGREEMENT" heads the operative part after
    // the recitals, and "Amendment" in ordinary case heads a clause.
    const single = cleanTitle(b.text);
    if (content === 0 && !FILING_MARK.test(b.text.trim()) && ONE_WORD_TITLE.test(single) && single === single.toUpperCase()) return fullerNameBelow(head.slice(i + 1), single) ?? makeTerm(single, b.text, [b]);
    // The first paragraphs after the filing marks only: a title run into the text after it.
    const runIn = content < 3 && b.kind === 'paragraph' ? runInTitle(b.text) : undefined;
    // The run-in name goes through the same cleaning as a title line (a party glued before it, a redaction mark after it).
    if (runIn) return makeTerm(cleanTitle(runIn) || runIn, b.text, [b]);
    // A cover line in sentence case whose "between" and parties the layout set on lines of their own
    // ("Distributorship agreement" / "between" / "Acme Pty Ltd"): the cover names the parties after it all the same.
    if (next && third && /^\s*(?:by\s+and\s+)?(?:between|among)\s*$/i.test(next.text) && /^[A-Z]/.test(b.text.trim())) {
      const t = cleanTitle(b.text);
      if (t.split(' ').length <= 5 && isTitleLine({ ...b, text: `${b.text.trim()} ${next.text.trim()} ${third.text.trim()}` }) && cleanTitle(`${b.text.trim()} ${next.text.trim()} ${third.text.trim()}`) === t) return makeTerm(t, b.text, [b]);
    }
    // A heading the layout ran into the text around it, after a legend, a letterhead or a line of a cover page.
    const within = content < 3 ? titleWithinText(b.text, next?.text) : undefined;
    if (within) return makeTerm(within, b.text, [b]);
  }
  return undefined;
}

/**
 * A fuller name of the same instrument right under a one-word heading, past any filing marks: "AGREEMENT" over
 * "JOINT VENTURE AGREEMENT" or over "Exhibit 4 SUPPLY AGREEMENT This Agreement is made …", as when a short running
 * header of a one-page document (which no other page repeats to show it as one) stands above the text. The name must
 * end in the heading's noun and have more words; anything else under the heading leaves the heading the title.
 */
function fullerNameBelow(below: readonly Block[], noun: string): KeyTerm | undefined {
  for (const b of below.slice(0, 3)) {
    const runIn = b.kind === 'paragraph' ? runInTitle(b.text) : undefined;
    const name = isTitleLine(b) ? cleanTitle(b.text) : runIn ? cleanTitle(runIn) || runIn : '';
    const words = name.split(/\s+/);
    if (words.length >= 2 && words.at(-1)!.toLowerCase() === noun.toLowerCase()) return makeTerm(name, b.text, [b]);
    // A filing mark between the two ("CONFIDENTIAL", "EXHIBIT 10.2") is passed over; any other line ends the search.
    if (!FILING_MARK.test(b.text.trim())) return undefined;
  }
  return undefined;
}

/** The day of the week a date may be written with ("Wednesday, May 25, 2016", "FRIDAY 3 MARCH 2017"), set before it. */
const WEEKDAY_FIRST = String.raw`(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY),?\s+)?`;

/**
 * What starts the text after a heading: the opening sentence (also a guarantee's or a note's "In consideration of …", "As an
 * inducement to …", "For value received, …"), a recital, the party list, or the date in
 * any of the ways it is written, a day of the week before it or not ("May 25, 2016", "Wednesday, May 25, 2016", "May 25th, 2016", "25 May 2016", "the twenty-fifth day of May, 2016", "the 25th day of May, 2016", "05/25/2016", the year first as in "2016-05-25").
 */
const AFTER_HEADING = String.raw`(?:This|THIS|Whereas|WHEREAS|In\s+consideration|IN\s+CONSIDERATION|For\s+value\s+received|FOR\s+VALUE\s+RECEIVED|As\s+an|AS\s+AN|(?:BY\s+AND\s+|By\s+and\s+|by\s+and\s+)?(?:BETWEEN|Between|between|AMONG|Among|among)|${WEEKDAY_FIRST}(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?|${WEEKDAY_FIRST}(?:the\s+|this\s+)?${DAY_IN_WORDS}\s+day\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|${WEEKDAY_FIRST}(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)|${WEEKDAY_FIRST}\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|${WEEKDAY_FIRST}(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2})\b`;

/** A definition after a name: (the "Agreement"), (hereinafter referred to as the "Agreement"), also in capitals or single quotes (this ‘Agreement’). */
const DEFINITION_AFTER = String.raw`\((?:(?:hereinafter|HEREINAFTER)\s+(?:(?:referred\s+to\s+as|REFERRED\s+TO\s+AS|called|CALLED)\s+)?)?(?:the\s+|this\s+|THE\s+|THIS\s+)?["“‘'][^()]{1,40}\)`;

/** What may close a heading run into the text: its definition, a redaction mark, then the text that starts after it (or the paragraph's end). */
const HEADING_END = String.raw`(?:\s*${DEFINITION_AFTER})?(?:\s*[[{(]\s*(?:\*\s*){1,6}[\]})])?(?:\s+(?=${AFTER_HEADING})|\s*$)`;

/** The same name in title case ("… Commission. Catering and Delivery Agreement This …"). */
const TITLE_CASE_NAME_IN_TEXT = new RegExp(
  String.raw`(?:^|\s)((?:(?:(?:No|NO)\.\s*\d+|#\s*\d+|[A-Z][\w®&'’/-]*,?|and|of|for|to|the|&)\s+){1,10}(?:Agreement|Contract|Licen[cs]e|(?:Sub-?)?[Ll]ease|Addendum|Amendment|Guaranty|Guarantees?))` +
    HEADING_END,
  'g',
);

/**
 * A name in capitals ending in an instrument noun inside a paragraph, with a definition or a redaction
 * mark after it (group 1 is the name): "… with the Commission. SUPPLY AGREEMENT This Supply Agreement …",
 * "Suite 100, Springfield PROMOTION AGREEMENT (the "Agreement") This agreement …".
 */
const CAPS_NAME_IN_TEXT = new RegExp(
  String.raw`(?:^|\s)((?:(?:NO\.\s*\d+|#\s*\d+|[A-Z][A-Z0-9®&'’/-]*,?)\s+){1,10}(?:AGREEMENT|CONTRACT|LICEN[CS]E|(?:SUB-?)?LEASE|ADDENDUM|AMENDMENT(?:\s+NO\.\s*\d+)?|GUARANTY|GUARANTEES?|MEMORANDUM\s+OF\s+UNDERSTANDING))` +
    // In capitals the name also ends where a sentence in ordinary case starts ("… GUARANTEE OF LEASE As an inducement to …"):
    // the change of case is the line break the text lost.
    String.raw`(?:${HEADING_END}|(?:\s*${DEFINITION_AFTER})?\s+(?=[A-Z][a-z]+,?\s+[a-z]))`,
  'g',
);

/** "Attachment C to Area Developer Agreement", "EXHIBIT C TO THE SUPPLY AGREEMENT", "Schedule 2 to the Lease": an attachment's caption. */
const ATTACHED_CAPTION = new RegExp(
  String.raw`^(?:Exhibit|EXHIBIT|Attachment|ATTACHMENT|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX)\s+[A-Z0-9][\w.-]{0,5}\s+(?:to|TO)\s+(?:(?:the|THE)\s+)?` +
    String.raw`(?:[A-Z][\w&'’-]*\s+(?:(?:and|of|AND|OF|&)\s+)?){0,6}?(?:${INSTRUMENT})\s+(?=[A-Z])`,
);

/**
 * A heading that the layout (or a text conversion that turned line breaks into spaces) ran into the text
 * before and after it: a confidentiality legend, a letterhead's address or a cover page's lines before
 * it, and the opening sentence, a recital, the party list or the date after it ("… filed separately with
 * the Commission. SUPPLY AGREEMENT This Supply Agreement is made …"). The name is words in capitals
 * after words that do not lead into it ("the", "under", "of": a recital that cites another agreement),
 * within the paragraph's first part. At the paragraph's end it counts only when the next block starts
 * the parties or the opening ("… Exhibit 10.4 SUPPLY AGREEMENT" / "BY AND BETWEEN").
 */
function titleWithinText(text: string, nextText: string | undefined): string | undefined {
  const whole = text.replace(/\s+/g, ' ').slice(0, 1500);
  // An attachment's caption before its own heading ("Attachment C to Area Developer Agreement Guaranty of …") names the
  // agreement it is attached to, not itself: what follows it starts a name, as after an exhibit's number.
  const caption = ATTACHED_CAPTION.exec(whole)?.[0] ?? '';
  const t = whole.slice(caption.length);
  const inCapitals = [...t.matchAll(CAPS_NAME_IN_TEXT)].map((m) => ({ m, capitals: true }));
  const inTitleCase = [...t.matchAll(TITLE_CASE_NAME_IN_TEXT)].map((m) => ({ m, capitals: false }));
  for (const { m, capitals } of [...inCapitals, ...inTitleCase]) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (at === 0 && !/\s$/.test(m[0]) && m[0].trim().length === t.trim().length) continue;
    const atEnd = m.index + m[0].length >= t.length;
    if (atEnd && !(nextText && new RegExp(String.raw`^\s*${AFTER_HEADING}|^\s*(?:made|dated|entered)\b`, 'i').test(nextText))) continue;
    const before = t.slice(0, at).trim().split(' ').at(-1) ?? '';
    if (/^[a-z]+[,;]?$/.test(before) || /^(?:THE|OF|TO|UNDER|WITH|SUCH|SAID|AND|OR|IN|THIS|THAT|A|AN)$/.test(before)) continue;
    let name = m[1]!.replace(EXHIBIT_PREFIX, '').replace(/,$/, '').trim();
    // A reference number's label before the name ("Contract No.: HL-77 SUPPLY AGREEMENT"): the number is the name's first
    // word, and no part of it; a label and number the name starts with go as well ("CONTRACT NO. 4471 SUPPLY AGREEMENT").
    if (NUMBER_LABEL_BEFORE.test(t.slice(Math.max(0, at - 40), at)) && /^[A-Z0-9][\w./-]{0,30}\s/i.test(name) && /\d/.test(name.split(' ')[0]!)) name = name.slice(name.indexOf(' ') + 1);
    name = name.replace(NUMBER_BEFORE_TITLE, '');
    // A name does not start with a word that joins it to the words before ("… #3 TO THE SUPPLY AGREEMENT"): where
    // the match starts with one, the name's start is unknown.
    const joined = /^(?:(?:to|of|and|or|for|with|in|on|by|the)\s+)+/i.exec(name);
    if (joined) name = name.slice(joined[0].length);
    // After more words in capitals (a legend's "… IF PUBLICLY DISCLOSED SUPPLY AGREEMENT This Supply Agreement …")
    // the name's start is unknown: it is the longest tail of the words that the text after it calls "this …". So it is
    // in title case unless a sentence ended right before it ("… with the Commission. Supply Agreement This …").
    // An exhibit's number ("Exhibit 10.2"), a sentence's end or a postal code or telephone number ("… 60601", "555-0100")
    // ends what goes before.
    // A securities offering's cover describes the security before the title, from its rate on ("8.25% Series A Preferred
    // Stock Agency Agreement", "6.50% Senior Notes due 2031 Underwriting Agreement"): the description ends at the security's noun.
    const security = !capitals && /\d%$/.test(before) ? /^(?:[\w-]+\s+){0,6}?(?:Stock|Shares|Notes|Debentures|Units|Bonds|Securities|Warrants)(?:\s+due\s+\d{4})?\s+(?=\S+\s+\S)/.exec(name) : null;
    if (security) name = name.slice(security[0].length);
    const dueDate = /\d%\s+(?:[\w-]+\s+){0,6}(?:Notes|Debentures|Bonds|Securities)\s+due\s+(?:19|20)\d\d$/.test(t.slice(0, at).trim());
    const ended = !!security || dueDate || (caption !== '' && at === 0) || /\b(?:exhibit|ex\.?)\s+[\w.()-]{1,12}$/i.test(t.slice(0, at).trim()) || /[.!?:]["”’)]*$/.test(before) || /^\d[\d-]{4,}$/.test(before);
    if (joined || (capitals && /^[A-Z][A-Z0-9'’&/-]*,?$/.test(before) && !/^(?:EXHIBIT|EX)$/i.test(before)) || (!capitals && !ended)) {
      const words = name.split(' ');
      const after = t.slice(at + m[1]!.length, at + m[1]!.length + 400);
      const tail = words.map((_, k) => words.slice(k).join(' ')).find((w) => w.split(' ').length >= 2 && openingNames(after, w));
      if (!tail) continue;
      name = tail;
    }
    if (name.split(' ').length < 2 || !readsAsName(name) || /\b(?:HAS|HAVE|BEEN|WAS|WERE|BE|OMITTED|FILED|PURSUANT)\b/.test(name) || FILING_MARK.test(name)) continue;
    if (isTitleLine({ id: '', page: 1, kind: 'paragraph', text: name, section: [] })) return name;
  }
  return undefined;
}

/**
 * The same heading in title case: "Agency Agreement May 3, 2021 Acme Holdings Inc. …", "Joint Filing
 * Agreement ACME INC. In accordance with …" (or "… Acme Holdings, Inc. In accordance with …"), "Supply Agreement Amendment No. 2 This Amendment …". Its
 * capitals no longer end it, so it is taken only up to its first instrument noun (with an amendment's
 * number after it) and only when what follows plainly starts something else: a date, words in
 * capitals, or a sentence's first word ("This", "In", "Dated", "Between", "Whereas").
 */
const TITLE_CASE_RUN_IN = new RegExp(
  String.raw`^((?:[A-Z][a-z][\w®&'’/-]*|[A-Z]{2,5}[a-z]?),?(?:\s+(?:[A-Z][\w®&'’/-]*,?|and|of|to|for|the|&)){0,6}?\s+(?:Agreement|Contract|Licen[cs]e|Lease|Addendum|Amendment|Guaranty|Guarantee)(?:\s+(?:Amendment|Addendum)(?:\s+(?:No|NO)\.\s*\d+|\s+\d+|\s+[IVX]{1,4})?)?)` +
    // A redaction mark may stand after the name ("Supply Agreement {***} WHEREAS …").
    String.raw`(?:\s*[[{(]\s*(?:\*\s*){1,6}[\]})])?\s+(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d|[A-Z][A-Z&.,'’-]+\s+[A-Z][A-Z&.,'’-]+|(?:This|THIS|In|Dated|DATED|Between|BETWEEN|Whereas|WHEREAS|Parties|PARTIES|Recitals|RECITALS|Background|BACKGROUND)\b` +
    // A party's name in title case ending in its legal form ("Joint Filing Agreement Acme Holdings, Inc. In accordance …").
    String.raw`|(?:[A-Z][\w&'’-]*,?\s+){1,5}(?:Inc|LLC|Ltd|Corp|Corporation|Limited|L\.P|LP|N\.A|PLC|GmbH|AG|S\.A)\b` +
    // A form's first field label after its heading ("Form of Orchard Agreement Orchard Site: …", "Voting Support
    // Agreement Holder (a): …"): words and a colon are no part of a name.
    String.raw`|[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|in)){0,4}(?:\s*\([a-z0-9]{1,3}\))?:\s)`,
);

/**
 * A title that the layout (or a conversion without line breaks) ran into the paragraph after it:
 * "SERVICES AGREEMENT In consideration of …", "AGENCY AGREEMENT March 3, 2021 …", "JOINT VENTURE
 * AGREEMENT ACME TRADING LIMITED This Joint Venture Agreement …", also when that sentence is set in capitals
 * ("SUPPLY AGREEMENT THIS SUPPLY AGREEMENT IS MADE …"). The title is the paragraph's
 * opening words in capitals, up to the last instrument noun among them, when they read as a name
 * (two words or more, no verb, not "THIS …").
 */
/**
 * Opening words run in before a paragraph read as a name, in capitals or in title case: not a
 * schedule's or a part's heading (as in TITLE_SHAPE, "SCHEDULE A PRODUCT LICENSE"), a sentence's
 * start ("THIS …", "Whereas"), or words with a verb ("… IS MADE", "Please Read This …").
 */
function readsAsName(words: string): boolean {
  return !/^(?:this|the|whereas|now|schedule|attachment|appendix|annex|article|section|part)\b/i.test(words) && !/\b(?:this|shall|will|is|are|hereby|made|dated|means|agrees?|entered|please|read)\b/i.test(words);
}

function runInTitle(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').replace(EXHIBIT_PREFIX, '');
  const inTitleCase = TITLE_CASE_RUN_IN.exec(t)?.[1];
  if (inTitleCase && readsAsName(inTitleCase)) return inTitleCase;
  // An opening sentence set in capitals goes on the run: the heading ends where "THIS …" starts it.
  const run = (/^(?:[A-Z][A-Z0-9®&'’/-]*\.?,?\s+)(?:[A-Z0-9][A-Z0-9®&'’/-]*\.?,?\s+)*/.exec(`${t} `)?.[0].trim() ?? '').split(/\s+THIS\s+/)[0]!;
  // An addendum named by the law that requires it goes on past its noun: the whole run in capitals is its name.
  if (REQUIRED_ADDENDUM.test(run) && run.length < t.trim().length && readsAsName(run) && !FILING_MARK.test(run)) return run;
  const title = /^(.*\b(?:AGREEMENT|CONTRACTS?|LICEN[CS]E|LEASE|(?:ADDENDUM|AMENDMENT)(?:\s+(?:NO\.?\s*)?(?:\d+|[IVX]{1,4})\b)?|UNDERSTANDING|GUARANTEES?|GUARANTY))(?![\w-])/.exec(run)?.[1];
  if (!title || title.length === t.trim().length || title.split(' ').length < 2 || /,/.test(title)) return undefined;
  if (!readsAsName(title) || FILING_MARK.test(title)) return undefined;
  return title;
}

/**
 * An agreement that names itself noun first, as a deed does, in its own opening words: "THIS AGREEMENT OF PURCHASE AND
 * SALE (this "Agreement") is made …", "This Contract for Services is dated …". Only right after "This", so the name of
 * another agreement the sentence cites ("… amends the Agreement of Merger dated …") is not read.
 */
const AGREEMENT_OF_IN_OPENING = new RegExp(String.raw`^\s*(?:THIS|This)\s+((?:AGREEMENT|Agreement|CONTRACT|Contract)\s+(?:OF|of|FOR|for)\s+(?:[A-Z][\w-]*\s+(?:(?:and|AND|of|OF|the|THE)\s+)?){0,4}[A-Z][\w-]*)\s*,?\s*(?:\((?:the\s+|this\s+|THE\s+|THIS\s+)?["“”‘']|(?:is|IS)\s+(?:made|entered|dated|MADE|ENTERED|DATED)|dated|made|entered|DATED|MADE|ENTERED)`);

/** The name the opening sentence gives the agreement, with the index of its block. */
function namedInOpening(ctx: TermContext): { term: KeyTerm; at: number } | undefined {
  for (const s of ctx.opening.slice(0, 40)) {
    const m = NAMED_IN_OPENING.exec(s.text) ?? AGREEMENT_OF_IN_OPENING.exec(s.text);
    if (m && !citesAnother(s.text.slice(0, m.index), m[0])) return { term: makeTerm(cleanTitle(m[1]!), s.text, [s.block]), at: s.at };
  }
  return undefined;
}

/**
 * A clause that cites another agreement by its date or making, as the object of its words ("… under the Loan Agreement
 * dated 1 May 2002", "… amends the Orchard Agreement made between …"): a lower-case "the" after a preposition or a verb
 * that points elsewhere names that other agreement, not the one the opening makes. "This", or "The" at a sentence's head,
 * still names the agreement itself; so does a schedule or order that defines the agreement it is issued under as its own
 * "Agreement" ("This Order is issued pursuant to the Supply Agreement (the "Agreement")"), which it is read with.
 */
const CITING_BEFORE = /\b(?:under|of|to|in|into|with|by|from|for|per|pursuant\s+to|amends?|amending|amended|supplements?|supplementing|terminates?|replaces?|and)\s+$/;

function citesAnother(before: string, match: string): boolean {
  return /^the\s/.test(match) && !/\($|["“”‘']$/.test(match) && CITING_BEFORE.test(before);
}

/**
 * A letter with no heading that calls itself a letter agreement ("Dear Ms. Hale: This letter agreement sets forth the
 * terms on which …"): its title is the name it gives itself, in lower case in the sentence, so it is set as a name.
 */
const LETTER_AGREEMENT = /\b(?:this|the\s+present)\s+(letter\s+agreement)\b/i;

function letterTitle(ctx: TermContext): KeyTerm | undefined {
  for (const s of ctx.opening.slice(0, 40)) {
    if (LETTER_AGREEMENT.test(s.text)) return makeTerm('Letter Agreement', s.text, [s.block]);
  }
  return undefined;
}

/**
 * A letter's subject line ("Re: Consulting Engagement", "RE: WAREHOUSING SERVICES", "Subject: Offer of Employment") names
 * what the letter agreement is about: with no heading, it is the title (`instrument`: only a subject that names an
 * instrument, else only one that does not). Only in a letter (a "Dear …" salutation follows it),
 * and not a reference number ("Re: Our ref. 4471") or a lone word.
 */
const SUBJECT_LINE = /^\s*(?:Re|RE|Subject|SUBJECT|Subj)\s*[:.-]\s*(\S.{2,150}?)\s*(?=\s(?:Dear|DEAR)\s|$)/s;

function subjectLine(ctx: TermContext, instrument: boolean): KeyTerm | undefined {
  const head = ctx.preamble.slice(0, 20);
  for (const [i, b] of head.entries()) {
    const m = SUBJECT_LINE.exec(b.text);
    if (!m) continue;
    const subject = m[1]!.replace(/\s+/g, ' ').replace(/[.:;,]+$/, '');
    // The subject line stands under the salutation in British letters ("Dear Lena" over "Re: Your secondment").
    const salutation = head.slice(Math.max(0, i - 2), i + 4).some((x) => /(?:^|\s)(?:Dear|DEAR)\s+\S/.test(x.text));
    const words = subject.split(' ');
    if (!salutation || words.length < 2 || words.length > 14 || /^(?:(?:our|your)\s+(?:ref|reference|file)|file|ref|reference|account|invoice|matter)\b/i.test(subject) || /\d{3,}/.test(subject)) return undefined;
    // A subject that names an instrument ("Re: Separation Agreement and General Release") is a fuller title than the
    // "Letter Agreement" the letter may call itself; a subject that only names the matter ("Re: Advisory engagement") is not.
    if (instrument !== isTitleLine({ ...b, text: subject })) return undefined;
    return makeTerm(cleanTitle(subject), b.text, [b]);
  }
  return undefined;
}

function titleFromFile(ctx: TermContext): KeyTerm | undefined {
  // The file's own title only when it reads as one (often it is "Exhibit 10.6" or a file name).
  const first = ctx.preamble[0];
  if (ctx.doc.title && first && isTitleLine({ ...first, text: ctx.doc.title })) return makeTerm(cleanTitle(ctx.doc.title), ctx.doc.title, [first]);
  return undefined;
}
