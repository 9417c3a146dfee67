/**
 * The names that identify a contract's parties, from several independent signals, so that one
 * missed signal does not let a name out: the opening sentence, defined short names that are proper
 * names ("Zentrovax"), signature blocks, notice addresses and letterheads/running headers. Recall
 * comes first: in those places every capitalised name that is not a role word or the contract's
 * vocabulary is taken. (Key terms' party extraction is a separate, accuracy-first reader.)
 *
 * One file for all the signals on purpose: they share one lexicon and one union of found names,
 * and the rules that keep role words and the contract's own vocabulary readable must be the same
 * for each signal (a rule changed for one and not the others is how names leaked before).
 */
import type { Block } from '../../../shared/document';
import { findAddresses, opensWithState } from './findAddresses';
import { isPartyPhrase, MAX_PHRASE_WORDS, type PhraseNameSpan } from './isPartyPhrase';
import { isTermOfArt } from './isTermOfArt';
import { bareWord, createNameLexicon, isCapitalStateCode, isDescription, isEnglishWord, isFirstName, isLegalFormWord, isPartyRole, isPlace, isPlaceName, isPlaceWord, isPostNominal, isPublicBody, isRoleTerm, isRoleWord, type NameLexicon } from './nameLexicon';

export type PartyNameSource = 'preamble' | 'defined' | 'signature' | 'notice' | 'letterhead' | 'opening' | 'signatory' | 'addressee' | 'list' | 'initials';

export interface PartyName {
  name: string;
  kind: 'ORG' | 'PERSON';
  source: PartyNameSource;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// A word that can be part of a name: capitalised or a number ("ACME", "Zentrovax", "3M", "O’Brien"),
// camel-case with a lower-case start ("eDiets", "mPhase") or a domain ("salesforce.com").
// A lone "&" is a token too, so "Tate & Lyle" stays one run.
const TOKEN = /[\p{Lu}\d][\p{L}\p{N}&'’.\-/]*|\p{Ll}+\p{Lu}[\p{L}\p{N}.-]*|\p{Ll}[\p{L}\p{N}-]*\.(?:com|net|org|io)\b|\p{Ll}+|&/gu;
const CONNECTORS = new Set(['of', 'and', '&', 'de', 'du', 'der', 'des', 'la', 'le', 'del', 'da', 'di', 'von', 'van', 'the', 'for', 'y', 'on']);
// Words that end one name and start the next in a signature line ("… Officer Zentrovax Capital …"), never inside a name.
const BREAK_WORDS = new Set(
  'by name title its attention attn date dated chief vice officer president director secretary treasurer chairman counsel ceo cfo coo vp evp svp avp witness whereof signature signed address email phone telephone fax facsimile tel with copy to if'.split(' '),
);
const CONTACT_LABELS = new Set(['address', 'email', 'phone', 'telephone', 'fax', 'facsimile', 'tel']);
const ABBREVIATION = /^(?:[\p{Lu}]\.|(?:[\p{L}]\.){2,}|Co\.|St\.|Mr\.|Mrs\.|Ms\.|Dr\.|Jr\.|Sr\.|No\.)$/u;
const STREET = /^(?:street|st\.?|avenue|ave\.?|road|rd\.?|drive|boulevard|blvd\.?|suite|ste\.?|floor|fl\.?|building|bldg\.?|lane|ln\.?|way|plaza|parkway|pkwy\.?|highway|hwy\.?|p\.?o\.?|box|centre|center|tower|square|court|place|route|circle)$/i;

const isNameToken = (t: string): boolean => /^[\p{Lu}\d]|\p{Ll}\p{Lu}|\.(?:com|net|org|io)$/u.test(t);

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * Runs of name-like words in `text`: "Quillmarsh Holdings, Inc.", "Bank of Nova Scotia".
 * A run stops at punctuation (a comma only continues before a legal form), at a sentence's full
 * stop and at signature labels and titles.
 */
export function capitalisedRuns(text: string): Token[] {
  const toks = tokens(text);
  const runs: Token[] = [];
  let run: Token[] = [];
  const flush = () => {
    // Connectors and role words do not start or end a name.
    while (run.length && (CONNECTORS.has(run[0]!.text.toLowerCase()) || !isNameToken(run[0]!.text))) run.shift();
    while (run.length && (CONNECTORS.has(run[run.length - 1]!.text.toLowerCase()) || !isNameToken(run[run.length - 1]!.text))) run.pop();
    if (run.length) runs.push({ text: text.slice(run[0]!.start, run[run.length - 1]!.end), start: run[0]!.start, end: run[run.length - 1]!.end });
    run = [];
  };
  toks.forEach((tok, k) => {
    const word = tok.text.replace(/[.’']+$/, '');
    const connector = CONNECTORS.has(tok.text.toLowerCase());
    // A lower-case word right before a legal form is still the name: "Brightwater & Lane international Limited".
    const next = toks[k + 1];
    const beforeForm = run.length > 0 && next !== undefined && /^\p{Ll}{4,}$/u.test(tok.text) && isLegalFormWord(next.text) && /^[ \t]+$/.test(text.slice(tok.end, next.start));
    // A contact label breaks a name only where it is one ("Telephone: 555", "Fax 555"), not in "… Telephone Company".
    const label = CONTACT_LABELS.has(word.toLowerCase()) && next !== undefined && !/^\s*(?:[:.#(+\d]|$)/.test(text.slice(tok.end, next.start + 1)) ? false : BREAK_WORDS.has(word.toLowerCase());
    if (!beforeForm && (label || (!connector && !isNameToken(tok.text)))) {
      flush();
      return;
    }
    if (run.length) {
      const prev = run[run.length - 1]!;
      const gap = text.slice(prev.end, tok.start);
      // A comma, or quotes a scan made of nothing ("ACME « Pty » Ltd"), may stand before a legal form.
      const commaBeforeForm = /^[\s,«»"“”]*$/.test(gap) && /\S/.test(gap) && isLegalFormWord(tok.text);
      // A bracketed word inside a name before its legal form: "Quill Online (BVI) Limited".
      const bracketed = (j: number) => {
        const a = toks[j - 1], b = toks[j], c = toks[j + 1];
        return !!a && !!b && !!c && /^[ \t]*\([ \t]*$/.test(text.slice(a.end, b.start)) && /^[ \t]*\)[ \t]+$/.test(text.slice(b.end, c.start)) && isLegalFormWord(c.text);
      };
      const inBrackets = bracketed(k) || bracketed(k - 1);
      const sentenceEnd = /\.$/.test(prev.text) && !ABBREVIATION.test(prev.text) && !isLegalFormWord(prev.text);
      // "Acme Corp. and Beta LLC" are two names: a legal form ends one.
      const afterForm = isLegalFormWord(prev.text) && connector && run.length > 1;
      if ((!/^[ \t]+$/.test(gap) && !commaBeforeForm && !inBrackets) || sentenceEnd || afterForm) flush();
    }
    if (connector && run.length === 0) return;
    run.push(tok);
  });
  flush();
  return runs.map((r) => ({ ...r, text: r.text.replace(/[’']s$/, '').replace(/(?<!\b\p{Lu}|Inc|INC|Co|CO|Corp|CORP|Ltd|LTD|Jr|Sr|L\.P|N\.A|S\.A|B\.V|N\.V)\.$/u, '') }));
}

// Departments written as their usual abbreviations: research and development, human resources, information technology,
// quality assurance and control, public and investor relations, business development, mergers and acquisitions, general
// and administrative.
const DEPARTMENT_ACRONYM = /^(?:R&D|HR|IT|QA|QC|PR|IR|BD|M&A|G&A)$/;
// An office just before a department: "VP", "Senior Vice President,", "Head of", "Director of".
const OFFICE_BEFORE = /(?<![\p{L}\p{N}])(?:VP|EVP|SVP|AVP|President|Director|Head|Manager|Officer|Chief)[ \t,]*(?:of[ \t]+)?$/iu;

/** A name followed by its address in capitals ("ACME SERVICES OF 12 SKY PARK CIRCLE") without the address. */
function beforeAddress(run: string): string {
  // An address, an account or a date follows at the first number of two digits or more, or at a UK or Canadian
  // postcode ("Ontario K2X 9Z9", "Dorset DT9 9QX"), whose groups hold one digit.
  const at =
    /\s+(?:(?:OF|of|AT|at)\s+)?\d{2,}/.exec(run) ??
    /\s+(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})(?![\p{L}\p{N}])/u.exec(run) ??
    (run.split(/[\s,]+/).some((w) => STREET.test(w)) ? /\s+\d/.exec(run) : null);
  return at ? run.slice(0, at.index) : run;
}

// Words that end an organisation's name like a legal form: "Harbourline Bank National Association".
const INSTITUTION = /^(?:association|trust|fund|foundation|university|institute|bank)$/;

/** A legal form after some other word that is not a role: "Acme Test Systems, Inc.", "2205925 Ontario Limited". */
export function hasLegalForm(run: string): boolean {
  const words = run.split(/[\s,]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
  const isForm = (w: string) => isLegalFormWord(w) || INSTITUTION.test(bareWord(w));
  const forms = words.filter(isForm).length;
  return forms > 0 && isForm(words[words.length - 1]!) && words.length > forms && words.some((w) => !isRoleWord(w) && !isForm(w));
}

/**
 * Whether a run is a name here: it has a legal form, or a word that can only be a name (never
 * written in lower case here, not an English word, role, place or month). Runs of ordinary words
 * that a contract only ever capitalises ("TABLE OF CONTENTS", "Franchised Business") are not names.
 */
function isNameRun(run: string, lexicon: NameLexicon): boolean {
  const words = run.split(/[\s,]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
  if (words.some((w) => STREET.test(w))) return false;
  // A number starts a name only as a numbered company ("2205925 Ontario Limited").
  if (/^\d/.test(run)) return /^\d{4,}\s/.test(run) && hasLegalForm(run);
  if (hasLegalForm(run)) return true;
  if (words.some((w) => lexicon.isNameWord(w))) return true;
  // A place with a word only ever capitalised here: "Peru Quillnet", "Nova Scotia Power", "Texas PMO" (an acronym is a
  // place's only by our own list: the tagger's places include airport codes).
  return words.length >= 2 && words.some((w) => isPlace(w)) && words.some((w) => !isPlaceWord(w) && lexicon.isDistinctive(w));
}

/**
 * A run is a city or state of an address when a state, country or postcode follows it: "Longmont, CO 80501". A place
 * written out ("the Russian Federation", "Republic of Korea") is one wherever it stands.
 */
function isAddressPlace(run: string, after: string): boolean {
  if (isPlace(run) || isPlaceName(run) || isCapitalStateCode(run)) return true;
  const next = /^,?\s*([\p{L}.]+(?:\s+[\p{L}]+)?)/u.exec(after);
  if (!next) return false;
  const first = next[1]!.split(/\s+/)[0]!;
  return /^,?\s*(?:\d{5}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d)/.test(after) || isPlace(next[1]!) || isPlace(first) || (isCapitalStateCode(first) && opensWithState(after));
}

// What opens the place of an address in prose: "having an office at", "resident in", with the address's earlier parts
// ("… at Plas Quarry, ") between it and the town.
const ADDRESS_BEFORE = /\b(?:at|in)[ \t]+(?:\p{Lu}[^,;:()\n]{0,40},[ \t]*){0,2}$/u;
// A postcode of the kinds written abroad and at home: "SY23 3EB", "K2X 9Z9", "75008", "2000".
const POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4,6}(?:-\d{4})?)$/;

/**
 * A town of an address that prose gives after "at" or "in", followed by its county or region and then its postcode or
 * country: "having an office at Plas Quarry, Fernmoor, Shireland, AB12 3CD, United Kingdom". The places of an address
 * abroad are in no list; the shape of the address says what they are. A name with a legal form is checked before.
 */
function isTownInAddress(before: string, after: string): boolean {
  if (!ADDRESS_BEFORE.test(before)) return false;
  const parts = after.split(/[;\n]|\s+(?:and|or)\s+/)[0]!.split(',').slice(1, 5).map((p) => p.trim());
  for (const [k, part] of parts.entries()) {
    if (POSTCODE.test(part) || (k > 0 && (isPlace(part) || isPlaceName(part)))) return true;
    // The parts between are a county's or a region's name: a few capitalised words, no digits.
    if (k >= 2 || !/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(part)) return false;
  }
  return false;
}

const DOCUMENT_NOUN = /\b(?:agreements?|amendment|addendum|contract|indentures?|debentures|date|schedule|exhibit|annex|appendix|attachment|section|article|patents|rights|term|period|fees?|plan|program(?:me)?|policy|act|law|code|regulations?)\s*$/i;

// Words a heading or a sentence holds and a name does not: prepositions and verbs ("MAIN ELEMENTS COVERED UNDER THE
// AGREEMENT", "THE PARTIES HERETO HAVE HEREBY EXECUTED"). Capitalised prose does not break into runs at them as lower-case
// prose does, so a whole line in capitals came out as one name. Inside a name only: "Under Armour" starts with one.
const PHRASE_WORDS = new Set('under from upon into within without hereby hereto herein hereof hereunder thereof thereto have has shall must would should could is are was were been which that whereby you your'.split(' '));
// A field of a form that asks for a number ("PROJECT DESCRIPTION No. ____", "C.C. No. 79.432"), and a reference to a part of
// the document ("Appendix 5 EC Process Flow"): a label and a title, not a name.
const NUMBER_FIELD = /\s(?:No|NO|Nos|NOS|Number|NUMBER)\.?$/;
// A lone number or capital letter that numbers a part, a page or a class ("Tranche 2", "Series E").
const ENUMERATOR = /^(?:\d{1,3}|\p{Lu})$/u;
// How many stems of numbered lines one contract has searched for their series (see isSeriesLabel in findPartyNames).
const MAX_SERIES_STEMS = 200;
// A reference number: letters or digits joined to a number by a hyphen or a slash ("LAW-2019", "DS/CS-3957/14",
// "1-02/93"), or an exhibit's page number, a roman numeral joined to one ("III-2").
const REFERENCE_NUMBER = /(?<![\p{L}\p{N}])(?:\p{L}+[-/]\d{2,}|\d+[-/]\d+|[IVX]{1,5}-\d{1,3}(?![\p{L}\p{N}]))/u;
const PART_TITLE = /^(?:exhibit|schedule|annex|appendix|attachment|addendum|supplement)\s+[\p{L}\d]{1,4}(?:[.()-][\p{L}\d]{1,4})*\s/iu;

/** A run that reads as a heading, a sentence, a form's label or a part of the document rather than as a name (see above). */
function isPhraseOrLabel(name: string): boolean {
  // A legal form makes it a company's name, but not "AS" (a Norwegian form) ending "… EXECUTED THIS AGREEMENT AS".
  if (hasLegalForm(name) && !/\sas$/i.test(name)) return false;
  const words = name.split(/[\s,]+/).filter(Boolean);
  if (words.slice(1, -1).some((w) => PHRASE_WORDS.has(bareWord(w)))) return true;
  return (NUMBER_FIELD.test(name) && !looksLikePerson(name)) || PART_TITLE.test(name);
}

/** "First Last", "First M. Last": a person rather than an organisation (no legal form). */
export function looksLikePerson(name: string): boolean {
  const n = name.trim();
  if (/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}[\p{Ll}'’-]+$/u.test(n)) return true;
  // A family name may join two ("Okonkwo-Haddad"), each part capitalised.
  return /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)*(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,2}(?:,?\s+(?:Jr|Sr|II|III)\.?)?$/u.test(n);
}

const OPENING = /\b(?:by and between|by and among|entered into|made and entered|is made)\b|\b(?:between|among)\b[^.]{0,300}\(\s*(?:the\s+|hereinafter\s+)?["“]/i;
const STRONG_OPENING = /^\s*(?:THIS|This)\s[^.]{0,300}?\b(?:between|among|BETWEEN|AMONG)\b/;
const RECITALS = /^(?:WHEREAS|RECITALS?|BACKGROUND|NOW,? THEREFORE|W\s?I\s?T\s?N\s?E\s?S\s?S\s?E\s?T\s?H|(?:ARTICLE|SECTION)\s+(?:1|I)\b|1\.\s)/i;

/** Indices of the blocks that make up the preamble: letterhead and title lines and the opening sentence. */
function preambleBlocks(blocks: readonly Pick<Block, 'text'>[]): number[] {
  const out = new Set<number>();
  const window = (from: number) => {
    for (let i = from; i < Math.min(blocks.length, from + 10); i++) {
      // Some contracts name the parties inside clause 1: the first blocks are read whatever they are.
      if (i > from + 2 && RECITALS.test(blocks[i]!.text.trim())) break;
      out.add(i);
    }
  };
  window(0);
  // A cover page or table of contents can come first: the opening sentence is searched for further on.
  for (let i = 0; i < Math.min(blocks.length, 30); i++) {
    // The opening sentence is not a numbered clause.
    if (OPENING.test(blocks[i]!.text) && !/^\s*(?:\(?[\dA-Za-z]{1,4}[.)]|\d+(?:\.\d+)+)\s/.test(blocks[i]!.text)) {
      if (!out.has(i)) window(Math.max(0, i - 2));
      break;
    }
  }
  // A long table of contents can push the opening sentence far down ("This Franchise Agreement …
  // is entered into … by and between …"): its first sentence of that shape is read wherever it is.
  const late = blocks.findIndex((b, i) => i >= 30 && STRONG_OPENING.test(b.text));
  if (late >= 0 && !out.has(late)) window(Math.max(0, late - 2));
  return [...out];
}


// Where the opening sentence names a party: after "between", "among", "and", a comma or a colon,
// and before its description (", a Delaware corporation", "(", "with offices at", "and").
const SLOT_BEFORE = /(?:\b(?:between|among|and|by|with)|[,;:)])\s*(?:the\s+)?$/i;
const SLOT_AFTER = /^\s*(?:$|[,;:(.“"]|(?:and|a|an|with|having|whose|which|located|organi[sz]ed|incorporated|existing|of|on|each|as|acting|its|hereinafter|doing|d\/b\/a|dba|trading|formerly|together)\b)/i;
const OPENS_LIST = /(?:\b(?:between|among|and|by)|:)\s*$/i;

/**
 * The stretch of a preamble block that lists the parties: from "between"/"among" (or the block's
 * start when the block before ends with one) up to the recitals. Empty when the block lists none.
 */
function partyList(text: string, afterOpener: boolean): { text: string; at: number } {
  const open = /\b(?:between|among)\b|\bentered into by\b|\bis made by\b/i.exec(text);
  const at = open ? open.index : afterOpener ? 0 : -1;
  if (at < 0) return { text: '', at: 0 };
  const end = /\bWHEREAS\b|\bRECITALS?\b|\bNOW,? THEREFORE\b/.exec(text.slice(at));
  return { text: text.slice(at, at + Math.min(end ? end.index : Infinity, 2000)), at };
}

// A sentence that lists the parties by name, as a consortium's contract does: "The Initial Parties
// are Velmora, QuillCo, Harbour Telecom and Orchard Net." (up to the sentence's end).
const PARTY_LIST = /\b[Pp]arties\s+(?:are|shall be|include|includes|comprise|means)\s*:?\s*([^.;]{3,2000})/g;

// A signature block's entity line: what stands before "By:" or a signing line, with an optional
// label before it ("LICENSOR: Quillmarsh Holdings", "For and on behalf of Quillmarsh").
const SIGNS_NEXT = /^\s*(?:By\b|Signature\b|Signed\b|\/s\/|_{3,}|Per\s*:)/i;
const ENTITY_LABEL = /^(?:[\p{Lu}][\p{L} ]{0,30}:|(?:for and )?on behalf of|for)\s*/iu;
// "If to the Licensor:", "with a copy to:", "Notices to Quillmarsh:" — the addressee follows.
const ADDRESSEE = /\b(?:if to|copy to|copies to|notices? to|addressed to)\b[^:\n]{0,60}:\s*/gi;

const SIGNATURE = /\bIN WITNESS WHEREOF\b|(?:^|\s)(?:By|Name|Title|Signature|Signed)\s*:|\/s\//i;
const NOTICE = /\b(?:if to|copy to|copies to|attention|attn)\b|\bnotices?\b.{0,80}\b(?:address|addressed)\b/i;

// A block of this many words in lower case reads as a sentence, not as a name line or an address.
const PROSE_WORDS = 10;

/** Whether a block reads as prose: a sentence or more of lower-case words. */
function isProse(text: string): boolean {
  const word = /(?<![\p{L}\p{N}])\p{Ll}{2,}(?![\p{L}\p{N}])/gu;
  for (let n = 1; word.exec(text); n++) if (n >= PROSE_WORDS) return true;
  return false;
}

// The heading that opens an attachment: "EXHIBIT A", "Schedule 1.1(b) – Domain Names", "APPENDIX II: Specifications",
// "Attachment 3". The word opens the line, its number or letter follows (or nothing), then the line ends or the title
// follows a separator or a space.
const ATTACHMENT_HEADING = /^\s*(?:EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment|ADDENDUM|Addendum)(?:\s+[\p{L}\d][\p{L}\d.()-]{0,11})?\s*(?:$|[:.,–—-]|\s)/u;
// A heading is a short line.
const HEADING_CHARS = 160;

/**
 * Blocks near a signature ("By:", "Name:", "IN WITNESS WHEREOF") or a notice address ("If to X:"). With `endsAt`, the
 * blocks after a marker stop at a line that opens another part of the document: what follows a signature block or a
 * notice address under an "EXHIBIT B" heading is the exhibit (its title, a table of specifications), not the parties.
 */
function regionBlocks(blocks: readonly Pick<Block, 'text'>[], marker: RegExp, before: number, after: number, endsAt?: (text: string) => boolean): number[] {
  const out = new Set<number>();
  blocks.forEach((b, i) => {
    if (!marker.test(b.text)) return;
    for (let j = Math.max(0, i - before); j <= i; j++) out.add(j);
    for (let j = i + 1; j <= Math.min(blocks.length - 1, i + after); j++) {
      if (endsAt?.(blocks[j]!.text) && !marker.test(blocks[j]!.text)) break;
      out.add(j);
    }
  });
  return [...out];
}

/**
 * A run right after a street line and its comma is the town of that address ("… at 12 Quarry Lane, Fernmoor Heights, QX
 * 99999"), which the party's description holds, not a party; a name with a legal form is a company's wherever it stands.
 */
function afterStreetLine(before: string, run: string): boolean {
  if (!/,[ \t]*$/.test(before) || hasLegalForm(run)) return false;
  const street = before.replace(/[,\s]+$/, '');
  return findAddresses(street).some((a) => a.end === street.length);
}

/** A short line that opens an attachment (see {@link ATTACHMENT_HEADING}). */
function opensAttachment(text: string): boolean {
  return text.length <= HEADING_CHARS && ATTACHMENT_HEADING.test(text);
}

/**
 * Short lines repeated at the top or bottom of several pages: running headers and footers (often a
 * party's name). Rows of a table that runs over several pages are not.
 */
function repeatedLines(blocks: readonly Pick<Block, 'text' | 'page'>[]): number[] {
  const edge = new Set<number>();
  blocks.forEach((b, i) => {
    const first = blocks[i - 2]?.page !== b.page;
    const last = blocks[i + 2]?.page !== b.page;
    if (first || last) edge.add(i);
  });
  const pages = new Map<string, Set<number>>();
  blocks.forEach((b, i) => {
    if (b.text.length > 100 || !edge.has(i)) return;
    const key = b.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
    (pages.get(key) ?? pages.set(key, new Set()).get(key)!).add(b.page);
  });
  const out: number[] = [];
  blocks.forEach((b, i) => {
    const key = b.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
    if (edge.has(i) && (pages.get(key)?.size ?? 0) >= 3) out.push(i);
  });
  return out;
}

// A short name in parentheses without quotes: "ACME SERVICES (ACME)".
const BARE_SHORT = /\(\s*(\p{Lu}[\p{L}\p{N}&.-]{1,30})\s*\)/gu;
const DEFINED = /\(\s*(?:(?:the|this|each|collectively|together|individually|jointly|hereinafter(?:\s+(?:referred\s+to\s+as|called))?|herein(?:after)?|also|referred\s+to\s+(?:herein\s+)?as|as|a|an|or|and|,)\s*)*["“”‘'’]([^"“”‘’()]{1,60}?)[,.]?["“”’'](?:[^()]{0,80}?["“”‘'’]([^"“”‘’()]{1,60}?)[,.]?["“”’'])?[^()]{0,80}\)/g;

/** The text before a definition ends with "this" and the defined words: the document defines itself ("This Order Form (“Order Form”)"). */
function selfNamed(before: string, short: string): boolean {
  const words = short.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  const tail = before.replace(/[\s,“"'‘(]+$/, '').split(/\s+/).slice(-(words.length + 1));
  return tail.length === words.length + 1 && /^this$/i.test(tail[0]!) && tail.slice(1).every((w, k) => bareWord(w) === bareWord(words[k]!));
}

// What a title says before the parties it names ("Sponsorship Agreement Between Quillmarsh and …"), and a document's title
// after the names in it ("Quillmarsh and Velmora Marketing Agreement for Roundel").
const TITLE_BEFORE_PARTIES = /^.*?\b(?:Between|BETWEEN|Among|AMONG)\s+(?=\S)/;
const TITLE_AFTER_NAMES = /\s+(?:Agreements?|AGREEMENTS?|Amendment|AMENDMENT|Addendum|ADDENDUM)\s+\S.*$/;

/**
 * The parties of a run that names several together ("Quillmarsh and Velmora shall meet", "IN WITNESS WHEREOF, QOH AND
 * VELMORA"), each a name on its own by `isName`; other parts may only be roles or a word of the contract ("Licensor and
 * Velmora", "the Goods and Velmora"). As one name, every
 * later mention of either party got the same placeholder, and the reader could not tell them apart. Undefined when the run
 * is one name that holds "and" itself ("Institute of Grassland and Marsh Research": a part is no name on its own).
 */
function partiesNamedTogether(run: string, isName: (part: string) => boolean, lex: NameLexicon): string[] | undefined {
  const named = run.replace(TITLE_BEFORE_PARTIES, '').replace(TITLE_AFTER_NAMES, '');
  const parts = named.split(/\s+(?:and|AND|And)\s+/);
  if (parts.length < 2 || parts.length > 6) return undefined;
  // A role, or one ordinary word beside names without a legal form ("the Goods and Quillmarsh"), is no party here: a party
  // named so is found by its own signals. Before a legal form the word is the name's own ("Orchard and Meadow Trust").
  const formed = parts.some((p) => hasLegalForm(p));
  const roleOnly = (p: string) =>
    nameWords(p).every((w) => isRoleWord(w) || isLegalFormWord(w) || CONNECTORS.has(w)) ||
    (!formed && !/\s/.test(p) && (lex.isVocabulary(p) || isEnglishWord(p)) && !isFirstName(p));
  const alone = parts.filter((p) => !roleOnly(p) && isName(p));
  return alone.length > 0 && parts.every((p) => alone.includes(p) || roleOnly(p)) ? alone : undefined;
}

/** Letters of a name's words, split at camel humps ("NovaKite" → nova, kite). */
function nameWords(s: string): string[] {
  return s
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A short name made from a full name: a shared word that is not a role or legal form, its initials, or its words glued. */
export function shortNameOf(short: string, full: string): boolean {
  const fw = nameWords(full);
  const sw = nameWords(short);
  // Shared words make a short name only when it adds none of its own: "Quillmore" or "Quillmore
  // Insurance" for "Quillmore Insurance Agency, LLC", but not "Franchised Business" for "Quillmore Business".
  const own = sw.filter((w) => !fw.includes(w) && !isLegalFormWord(w) && w !== 'the');
  if (own.length === 0 && sw.some((w) => w.length >= 3 && fw.includes(w) && !isRoleWord(w) && !isLegalFormWord(w))) return true;
  // One word of the name that is no party role: "Licensing" for "Quill Licensing LLC" (but not "Company").
  if (sw.length === 1 && sw[0]!.length >= 3 && fw.includes(sw[0]!) && hasLegalForm(full) && !isPartyRole(sw[0]!) && !isLegalFormWord(sw[0]!)) return true;
  const glued = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (glued.length >= 4 && !isRoleWord(glued) && full.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').includes(glued)) return true;
  if (/^[\p{Lu}\d][\p{Lu}\d&-]{1,7}$/u.test(short.trim())) {
    const letters = short.replace(/[^\p{Lu}\d]/gu, '').toLowerCase();
    // With or without the legal form: "UDC" for "Union Dental Corp.", "MMT" for "Meridian Medical Technologies, Inc.".
    return [fw.filter((w) => !isLegalFormWord(w) || fw.length <= 2), fw].some((words) => {
      const initials = words.map((w) => w[0]).join('');
      let j = 0;
      for (const c of initials) if (c === letters[j]) j++;
      return j === letters.length && initials[0] === letters[0];
    });
  }
  return false;
}

/**
 * Party names of one contract, each with the signal that found it. `blocks` are the document's
 * blocks (text, page); `title` its title.
 */
export function findPartyNames(
  doc: { blocks: readonly Pick<Block, 'text' | 'page'>[]; title?: string; definitions?: readonly { term: string }[] },
  lexicon?: NameLexicon,
  options: { omit?: PartyNameSource } = {},
): PartyName[] {
  const blocks = doc.blocks;
  // The contract's own defined terms ("Licensed Products") are vocabulary wherever they are capitalised.
  const defined = new Set((doc.definitions ?? []).map((d) => nameWords(d.term).join(' ')).filter(Boolean));
  // Only as many words as the longest defined term are tried: a crafted run of thousands of
  // capitalised words was otherwise joined again for each of its lengths (quadratic).
  let longestDefined = 0;
  for (const d of defined) longestDefined = Math.max(longestDefined, d.split(' ').length);
  const isDefinedTerm = (run: string): boolean => {
    const w = nameWords(run);
    for (let end = Math.min(w.length, longestDefined); end > 0; end--) {
      if (defined.has(w.slice(0, end).join(' '))) return w.slice(end).every((x) => CONNECTORS.has(x) || isRoleWord(x));
    }
    return false;
  };
  const lex = lexicon ?? createNameLexicon(blocks.map((b) => b.text));
  const vocabularyShort = new Set<string>();
  // Short names the contract gives its own vocabulary are vocabulary too: "JSC" for "Joint Steering Committee".
  for (const b of blocks) {
    for (const m of b.text.matchAll(DEFINED)) {
      const short = m[1]?.trim();
      if (!short) continue;
      const long = capitalisedRuns(b.text.slice(Math.max(0, m.index - 120), m.index)).reverse().find((r) => shortNameOf(short, r.text) && r.text.length > short.length);
      if (long && !hasLegalForm(long.text) && !long.text.split(/[\s,]+/).some((w) => lex.isNameWord(w))) {
        defined.add(nameWords(short).join(' '));
        longestDefined = Math.max(longestDefined, nameWords(short).length);
        vocabularyShort.add(nameWords(short).join(' '));
      }
    }
  }
  let allText: string | undefined;
  // Each stem is looked for once in the whole text, and only so many stems: a crafted contract of thousands of numbered
  // lines would otherwise be searched once per line (quadratic). Past the bound a line is read as a name (hidden).
  const seriesStems = new Map<string, boolean>();
  // A label of a series, not a name ("Tranche 1", "Page 5", "Series E Senior Notes", "OEM A" beside "OEM B"): a lone number or
  // capital letter numbers a part, a page or a class, and a reference number ("LAW-2019-3608", "Form CLT 1-02/93") files
  // a document. The label is made of ordinary words, or the contract writes the same words with another number or letter.
  // A company named so has its legal form ("Plan B Consulting LLC"), and a person a given name ("Imogen R Taverly").
  const isSeriesLabel = (name: string): boolean => {
    if (hasLegalForm(name)) return false;
    const words = name.split(/[\s,]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
    if (words.some((w) => REFERENCE_NUMBER.test(w))) return true;
    const at = words.findIndex((w, k) => k > 0 && ENUMERATOR.test(w));
    if (at < 0 || words.some((w) => isFirstName(w))) return false;
    if (words.every((w, k) => k === at || ENUMERATOR.test(w) || !lex.isNameWord(w))) return true;
    if (at !== words.length - 1) return false;
    const stem = name.slice(0, name.lastIndexOf(words[at]!)).trim();
    if (stem.length === 0 || stem.length > 80) return false;
    const key = `${stem}\u0000${words[at]}`;
    const known = seriesStems.get(key);
    if (known !== undefined) return known;
    if (seriesStems.size >= MAX_SERIES_STEMS) return false;
    allText ??= blocks.map((b) => b.text).join('\n');
    const esc = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[ \\t]+');
    const other = new RegExp(`(?<![\\p{L}\\p{N}])${esc}[ \\t]+(?!${words[at]}(?![\\p{L}\\p{N}]))(?:\\d{1,3}|\\p{Lu})(?![\\p{L}\\p{N}])`, 'u');
    const series = other.test(allText);
    seriesStems.set(key, series);
    return series;
  };
  const found = new Map<string, PartyName>();
  // Names that were parts of a run naming several parties together.
  const split = new Set<string>();
  // `derived`: a short name made from a full name ("ITS" for "International Test Systems") is a name even if it spells a word.
  // `asRun`: a run read from a region's text (not a slot where a party stands), whose parts, like the run itself, are no
  // name when they are the contract's own defined terms.
  const add = (raw: string, source: PartyNameSource, derived = false, asRun = false) => {
    // "Each of", "Both" and "Neither" open a sentence about the parties ("Each of Quillmarsh and Velmora shall …"), not a name.
    const whole = raw
      .replace(/\s*[«»]\s*/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^(?:(?:each|both|either|neither)(?:\s+of)?(?:\s+the)?|between|among|the|and|or)\s+/i, '')
      .replace(/[,;:\s]+$/, '')
      .trim();
    const parts = partiesNamedTogether(whole, (p) => isNameRun(p, lex), lex);
    if (parts) {
      for (const p of parts) {
        // "the Software or Quillnet.net Service" read as "Software and Quillnet.net Service": the defined product is no party.
        if (asRun && !derived && isDefinedTerm(p)) continue;
        split.add(nameWords(p).join(' '));
        add(p, source, derived, asRun);
      }
      return;
    }
    // A name signed and then printed under the signature is read on one line: "/s/ Ann Lee Ann Lee" names one person.
    const halves = whole.split(' ');
    const half = halves.length >= 4 && halves.length % 2 === 0 ? halves.slice(0, halves.length / 2).join(' ') : '';
    const name = half && whole === `${half} ${half}` ? half : whole;
    if (name.length < 2 || (!derived && nameWords(name).every((w) => isRoleWord(w) || isLegalFormWord(w)))) return;
    // "Mr. Dorian Pelley of Glen Tavish": a person called by an honorific, then where the person lives or works. The person
    // is the words before "of", so the surname alone ("Pelley shall report") is hidden too; what follows is a name of its own.
    const from = /^((?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+\S[^,;]{0,80}?)\s+of\s+(\p{Lu}.{0,120})$/u.exec(name);
    if (from && !hasLegalForm(from[1]!)) {
      add(from[1]!, source, derived);
      add(from[2]!, source, derived);
      return;
    }
    // Titles of documents and terms ("Base Agreement", "Commencement Date") are not parties, nor is what describes one
    // ("a Delaware corporation"), a town and its state, or a statute's title or a term of art ("Force Majeure").
    if ((DOCUMENT_NOUN.test(name) && !hasLegalForm(name)) || isDescription(name) || isTermOfArt(name) || (!derived && (isPhraseOrLabel(name) || isSeriesLabel(name) || isRoleTerm(name, lex.isVocabulary)))) return;
    const key = nameWords(name).join(' ');
    // Where structure alone found the name, "Western Orchard Supply" is a person only with a given name first.
    const structural = source === 'opening' || source === 'addressee';
    const first = name.split(/\s+/)[0]!;
    // "Kestrel Trust Company" has the shape of a person's name, and a legal form that makes it an organisation.
    const person = !hasLegalForm(name) && looksLikePerson(name) && (!structural || /^(?:Mr|Mrs|Ms|Dr|Prof)\.?$/.test(first) || isFirstName(first));
    if (!found.has(key)) found.set(key, { name, kind: person ? 'PERSON' : 'ORG', source });
  };
  const takeRuns = (text: string, source: PartyNameSource) => {
    for (const whole of capitalisedRuns(text)) {
      const run = { ...whole, text: beforeAddress(whole.text) };
      // One capitalised word opening a sentence ("Specific information …") is grammar, not a name.
      // A lone capitalised word is too weak a signal on its own (headings, defined terms, cities):
      // single-word names come from defined short names and from the first word of a full name.
      if (!/[\s,]/.test(run.text.trim()) && !/^\p{Lu}[\p{Lu}\d&-]+$/u.test(run.text)) continue;
      // Letters after a person's name and its comma ("Imogen Taverly, CBE, FRS") belong to that name and name no one.
      if (isPostNominal(run.text) && /,[ \t]*$/.test(text.slice(Math.max(0, whole.start - 8), whole.start))) continue;
      // A department's usual abbreviation after an office is the rest of a job title ("VP R&D", "Director, HR").
      if (DEPARTMENT_ACRONYM.test(run.text) && OFFICE_BEFORE.test(text.slice(Math.max(0, whole.start - 40), whole.start))) continue;
      // The city and state of an address ("Palo Alto, CA 94301", "Longmont, CO") are places, not parties.
      const state = /^(.*?),\s*(\p{Lu}{2})$/u.exec(run.text);
      if (state && isPlace(state[2]!)) continue;
      if (!hasLegalForm(run.text) && (isAddressPlace(run.text, text.slice(whole.end)) || isTownInAddress(text.slice(Math.max(0, whole.start - 120), whole.start), text.slice(whole.end, whole.end + 160)))) continue;
      if (isNameRun(run.text, lex) && !isDefinedTerm(run.text)) add(run.text, source, false, true);
    }
  };
  // A name broken over two lines of a signature block or table ("SEATTLE WIDGET" / "WORKS, Inc." or
  // "ACME HOLD-" / "INGS, INC."): each column of two consecutive lines is read joined.
  const takeSplitNames = (indices: readonly number[], source: PartyNameSource) => {
    const set = new Set(indices);
    for (const i of indices) {
      if (!set.has(i + 1) || blocks[i + 1]!.page !== blocks[i]!.page) continue;
      const upper = blocks[i]!.text.split(' | ');
      const lower = blocks[i + 1]!.text.split(' | ');
      for (let col = 0; col < Math.min(upper.length, lower.length); col++) {
        const a = upper[col]!.trim();
        const b = lower[col]!.trim();
        if (!a || !b || a.length > 60 || /:/.test(a) || hasLegalForm(a) || !/^[\p{Lu}\d]/u.test(b)) continue;
        const hyphen = /\p{L}-$/u.test(a);
        const joined = hyphen ? a.slice(0, -1) + b : `${a} ${b}`;
        for (const run of capitalisedRuns(joined)) {
          if (run.start < a.length - 1 && run.end > a.length && hasLegalForm(run.text) && !isDefinedTerm(run.text)) add(run.text, source);
        }
      }
    }
  };


  // Recall-first signals: a name that stands where the contract names a party is taken even when
  // it is made of ordinary words ("Western Orchard Supply"), unless it is a role, a defined term,
  // a place, a street or a document's title. These read the contract's structure, not its words,
  // so a name the word tests miss is still found.
  const takeSlot = (raw: string, after: string, source: PartyNameSource) => {
    const name = beforeAddress(raw).replace(/[,;:\s]+$/, '');
    const words = name.split(/[\s,]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
    if (words.length === 0 || isDefinedTerm(name) || words.some((w) => STREET.test(w))) return;
    if (/^\d/.test(name) && !(/^\d{4,}\s/.test(name) && hasLegalForm(name))) return;
    if (!hasLegalForm(name) && (isAddressPlace(name, after) || words.every((w) => isPlace(w) || isRoleWord(w) || isLegalFormWord(w)))) return;
    // One word is a name only when the contract never writes it in lower case, or writes it in capitals.
    if (words.length === 1 && !lex.isDistinctive(words[0]!) && !(/^\p{Lu}[\p{Lu}\d&-]+$/u.test(words[0]!) && !isRoleWord(words[0]!) && !isEnglishWord(words[0]!))) return;
    add(name, source);
  };
  const takeOpening = (indices: readonly number[]) => {
    for (const i of indices) {
      const prev = blocks[i - 1]?.text ?? '';
      const list = partyList(blocks[i]!.text, indices.includes(i - 1) && OPENS_LIST.test(prev));
      if (!list.text) continue;
      for (const run of capitalisedRuns(list.text)) {
        const before = list.text.slice(Math.max(0, run.start - 40), run.start).replace(/["“”'‘’\s]+$/, '');
        const after = list.text.slice(run.end, run.end + 40);
        const wider = list.text.slice(Math.max(0, run.start - 120), run.start);
        if (!hasLegalForm(run.text) && isTownInAddress(wider, list.text.slice(run.end, run.end + 160))) continue;
        if ((run.start === 0 || SLOT_BEFORE.test(before)) && SLOT_AFTER.test(after) && !afterStreetLine(wider, run.text)) takeSlot(run.text, after, 'opening');
      }
    }
  };
  const takeSignatories = (indices: readonly number[]) => {
    const set = new Set(indices);
    for (const i of indices) {
      const cells = blocks[i]!.text.split(' | ');
      const below = set.has(i + 1) ? blocks[i + 1]!.text.split(' | ') : [];
      cells.forEach((cell, col) => {
        // The entity line: a whole cell before a signing line, or the text just before "By:" in one cell.
        const inCell = /^(.*?)\s+(?=By\s*:|\/s\/|_{3,})/.exec(cell);
        const entity = inCell && !/:\s*\S/.test(inCell[1]!.replace(ENTITY_LABEL, '')) ? inCell[1]! : below[col] !== undefined && SIGNS_NEXT.test(below[col]!) ? cell : undefined;
        if (entity) {
          const text = entity.replace(ENTITY_LABEL, '').replace(/[:,\s]+$/, '').trim();
          const runs = capitalisedRuns(text);
          // Only when the run is the whole line: a title's leftover ("Business Development") is not an entity.
          if (runs.length === 1 && runs[0]!.text.length >= text.length - 2) takeSlot(runs[0]!.text, '', 'signatory');
        }
        // The signer: "Name: Imogen Taverly", "By: /s/ Imogen Taverly".
        for (const m of cell.matchAll(/\b(?:Name|By|Signed by|Signatory)\s*:\s*(?:\/s\/\s*)?([^:|\n]{3,60})/gi)) {
          const run = capitalisedRuns(m[1]!)[0];
          if (run && run.start === 0 && looksLikePerson(run.text) && !isDefinedTerm(run.text)) add(run.text, 'signatory');
        }
      });
    }
  };
  const takeLists = () => {
    for (const b of blocks) {
      for (const m of b.text.matchAll(PARTY_LIST)) {
        const items = m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
        // A list of names, not a clause: most items are one capitalised run each.
        const runs = items.map((item) => ({ item: item.trim(), run: capitalisedRuns(item.trim()) }));
        const named = runs.filter(({ item, run }) => run.length === 1 && run[0]!.start === 0 && run[0]!.text.length >= item.length - 1);
        if (items.length < 3 || named.length < 0.8 * items.length) continue;
        for (const { run } of named) takeSlot(run[0]!.text, '', 'list');
      }
    }
  };
  const takeAddressees = (indices: readonly number[]) => {
    const set = new Set(indices);
    for (const i of indices) {
      const text = blocks[i]!.text;
      for (const m of text.matchAll(ADDRESSEE)) {
        // The addressee is on the same line after the colon, or on the next line.
        let rest = text.slice(m.index + m[0].length).replace(/^\|\s*/, '').split(/\s+\|\s+|\n/)[0]!.trim();
        if (!rest && set.has(i + 1)) rest = blocks[i + 1]!.text.split(' | ')[0]!.trim();
        const run = capitalisedRuns(rest)[0];
        if (run && run.start === 0) takeSlot(run.text, rest.slice(run.end), 'addressee');
      }
    }
  };

  const preamble = preambleBlocks(blocks);
  const regions: [number[], PartyNameSource][] = [
    [preamble, 'preamble'],
    [regionBlocks(blocks, SIGNATURE, 3, 4, opensAttachment), 'signature'],
    [regionBlocks(blocks, NOTICE, 1, 6, opensAttachment), 'notice'],
    [repeatedLines(blocks), 'letterhead'],
  ];
  // One signal can be left out to measure which names rest on it alone (the redaction bench).
  const used = regions.filter(([, source]) => source !== options.omit);
  // Prose beside a signature block or a notice address ("Counterparts. This Agreement may be signed …", "(d) Third-Party
  // Trademarks. Except as …") is a clause like any other, whose capitalised phrases are headings and terms: only the block
  // that holds the marker itself and the short lines of the block or the address are read for names there.
  const markers: Partial<Record<PartyNameSource, RegExp>> = { signature: SIGNATURE, notice: NOTICE };
  const readable = (text: string, source: PartyNameSource): boolean => {
    const marker = markers[source];
    return marker === undefined || marker.test(text) || !isProse(text);
  };
  for (const [indices, source] of used) for (const i of indices) if (readable(blocks[i]!.text, source)) takeRuns(blocks[i]!.text, source);
  for (const [indices, source] of used) takeSplitNames([...indices].sort((x, y) => x - y), source);
  if (doc.title && options.omit !== 'letterhead') takeRuns(doc.title, 'letterhead');
  if (options.omit !== 'opening') takeOpening([...preamble].sort((x, y) => x - y));
  if (options.omit !== 'signatory') takeSignatories([...regions[1]![0]].sort((x, y) => x - y));
  if (options.omit !== 'addressee') takeAddressees([...regions[2]![0]].sort((x, y) => x - y));
  if (options.omit !== 'list') takeLists();

  let lowerText: string | undefined;
  const writtenInLowerCase = (phrase: string): boolean => {
    const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > 6 || words.some((w) => !/^\p{L}[\p{L}'’-]*$/u.test(w))) return false;
    lowerText ??= blocks.map((b) => b.text).join('\n');
    return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[ \\t\\n]+')}(?![\\p{L}\\p{N}])`, 'u').test(lowerText);
  };
  // Defined short names. In the preamble, any short name that is not a role word is a name; elsewhere
  // only one made from a name already found (defined terms are mostly the contract's vocabulary).
  const inPreamble = new Set(preamble);
  if (options.omit !== 'defined') blocks.forEach((b, i) => {
    for (const m of [...b.text.matchAll(DEFINED), ...b.text.matchAll(BARE_SHORT)]) {
      // A definition that opens a block ("(“Fleet”) is entered into …") names what ends one of the two
      // blocks before (a name line, then its address line).
      const head = m.index < 20 ? blocks.slice(Math.max(0, i - 2), i).map((p) => `${p.text} `).join('') : '';
      const before = (head + b.text.slice(0, m.index)).slice(-250);
      const nearest = capitalisedRuns(before)
        .map((r) => ({ text: beforeAddress(r.text), end: r.end }))
        .reverse();
      // In the preamble the name a short name shortens may be any capitalised run ("GUARANTY BANK (“Guaranty”)").
      const runs = nearest
        .map((r) => r.text)
        .filter((r) => isNameRun(r, lex) || (inPreamble.has(i) && !nameWords(r).every((w) => isRoleWord(w) || isLegalFormWord(w))));
      // The town of the address the definition follows ("… 12 Quarry Lane, Fernmoor, CA 94999 (“QX”)", "…, Fernmoor,
      // Texas 75999 (“QX”)") is where the party is, not its name; a company's name has its form, a person a given name.
      const isTown = (run: string): boolean =>
        nearest.some((r) => r.text === run && !hasLegalForm(run) && !(looksLikePerson(run) && isFirstName(run.split(/\s+/)[0]!)) && isAddressPlace(run, before.slice(r.end)));
      for (const short of [m[1], m[2]]) {
        const s = short?.trim();
        if (!s || /^(?:the\s+)?part(?:y|ies)\b/i.test(s)) continue;
        const words = s.split(/\s+/);
        // A party's role ("DISTRIBUTOR", the "Licensee"): the name just before it is that party's,
        // wherever it stands ("NovaKite Paint Repair hereinafter referred to as ("DISTRIBUTOR")").
        // A role written as a defined term of ordinary words ("Master Franchisee", "Escrow Agent") is one too.
        if ((words.length <= 2 && words.some((w) => isPartyRole(w)) && words.every((w) => isPartyRole(w) || isRoleWord(w))) || isRoleTerm(s, lex.isVocabulary)) {
          const near = nearest[0];
          const gap = near ? before.slice(near.end) : '';
          if (near && gap.length <= 80 && !/[.;]\s/.test(gap) && isNameRun(near.text, lex) && !isDefinedTerm(near.text)) add(near.text, 'defined');
          continue;
        }
        // The document naming itself ("This Study Order (“Study Order”)") is no party.
        if (selfNamed(before, s)) continue;
        // Nor is a phrase of ordinary words the contract also writes in lower case ("its then-current price list (the
        // “Price List”)"), unless it shortens a company's name just before it: no party's name of several words is written so.
        if (words.length >= 2 && !words.some((w) => lex.isNameWord(w)) && !runs.some((r) => hasLegalForm(r) && shortNameOf(s, r)) && writtenInLowerCase(s)) continue;
        // The name it shortens is one of the names just before it (nearest first): "ACME TEST SYSTEMS, INC. of 12 Oak Road (ATS)".
        // Outside the preamble that name must itself be a party's (found already, or an organisation
        // by its legal form): "Joint Steering Committee ("JSC")" is the contract's vocabulary.
        const candidate = runs.find((r) => shortNameOf(s, r));
        // A public body the contract names with a short name after its opening ("the American Arbitration Association (the
        // “AAA”)") is where a dispute goes, not a party.
        const owner = candidate !== undefined && (inPreamble.has(i) || (hasLegalForm(candidate) && !isPublicBody(candidate)) || found.has(nameWords(candidate).join(' '))) ? candidate : undefined;
        const nameLike = words.some((w) => lex.isNameWord(w));
        // In the preamble a short name made from a party's name already found is that party's ("Online BVI").
        const fromFound = (nameLike || (inPreamble.has(i) && !words.every((w) => isRoleWord(w) || isPlace(w)))) && [...found.values()].some((f) => shortNameOf(s, f.name));
        if (owner || (inPreamble.has(i) && nameLike) || fromFound) {
          add(s, 'defined', owner !== undefined);
          const named = owner ?? (inPreamble.has(i) ? runs.find((r) => isNameRun(r, lex) && !isTown(r)) : undefined);
          if (named) add(named, 'defined', owner !== undefined);
        }
      }
    }
  });
  // Initials of a name found above, written in capitals anywhere ("QOH" for "Quill Online Holdings
  // Ltd."): a second way to the short name when its definition is garbled or missing. Ordinary
  // words, places, roles and the initials the contract defines for its own vocabulary are not.
  if (options.omit !== 'initials') {
    const full = [...found.values()].filter((f) => nameWords(f.name).filter((w) => !CONNECTORS.has(w)).length >= 2);
    const seen = new Set<string>();
    for (const b of blocks) {
      for (const m of b.text.matchAll(/(?<![\p{L}\p{N}&.-])\p{Lu}(?:&?\p{Lu}){1,5}(?![\p{L}\p{N}&-])/gu)) {
        const t = m[0];
        if (seen.has(t)) continue;
        seen.add(t);
        if (vocabularyShort.has(t.toLowerCase()) || isRoleWord(t) || isPlace(t) || isLegalFormWord(t) || isEnglishWord(t)) continue;
        const letters = t.replace(/&/g, '').toLowerCase();
        // Two capitals alone are too often something else ("VP", "PM"); with "&" they are a name ("Q&W").
        if (letters.length < 3 && !t.includes('&')) continue;
        // Exactly the initials, with or without the legal form and small words: "MMT", "BOA", "QOH".
        const owner = full.find((f) => {
          const all = nameWords(f.name.replace(/\.(?:com|net|org|io)\b/gi, ''));
          const plain = all.filter((w) => !CONNECTORS.has(w));
          const variants = [all, plain, plain.filter((w) => !isLegalFormWord(w)), all.filter((w) => !isLegalFormWord(w))];
          return variants.some((ws) => ws.length >= 2 && ws.map((w) => w[0]).join('') === letters);
        });
        if (owner) add(t, 'initials', true);
      }
    }
  }
  // Two names that hold "and" themselves, or one of them does ("Institute of Grassland and Marsh Research and Velmora, Inc."):
  // split at the "and" where each side is a name found on its own or a company by its legal form.
  const twoNamesTogether = (name: string, key: string): string[] | undefined => {
    const ands = [...name.matchAll(/\s+(?:and|AND|And)\s+/g)];
    if (ands.length === 0 || ands.length > 5) return undefined;
    const named = (side: string) => {
      const k = nameWords(side).join(' ');
      return (k !== key && found.has(k)) || hasLegalForm(side);
    };
    for (const m of ands) {
      const left = name.slice(0, m.index).replace(/[,;\s]+$/, '');
      const right = name.slice(m.index + m[0].length);
      if (named(left) && named(right)) return [left, right];
    }
    return undefined;
  };
  // A run that joined two parties before either was known on its own ("TAG" is a word, and a name only once defined) is
  // split now that the names are known.
  for (const [key, f] of [...found]) {
    const parts = partiesNamedTogether(f.name, (p) => isNameRun(p, lex) || found.has(nameWords(p).join(' ')), lex) ?? twoNamesTogether(f.name, key);
    if (!parts) continue;
    found.delete(key);
    for (const p of parts) {
      split.add(nameWords(p).join(' '));
      add(p, f.source, true);
    }
  }
  // A part that is a found company's name without its legal form ("Velmora" of "Velmora Tek GmbH") is that company, and
  // keeps its placeholder: as a name of its own it got a second one.
  const bareNames = new Set([...found.values()].filter((f) => hasLegalForm(f.name)).map((f) => nameWords(f.name).filter((w) => !isLegalFormWord(w)).join(' ')));
  for (const key of split) if (bareNames.has(key)) found.delete(key);
  dropNamesInPhrases(found, lex);
  return [...found.values()];
}

/**
 * A run found where names stand that is another found name with the contract's own words beside it ("Brindle Products",
 * "Brindle's Authorized Use", "the Quill-Brindle Schedule") is a phrase of the contract about that party, not a party
 * of its own (see {@link isPartyPhrase}): the party's forms hide its name wherever it stands.
 */
function dropNamesInPhrases(found: Map<string, PartyName>, lex: NameLexicon): void {
  const keys = new Set(found.keys());
  for (const [key, f] of [...found]) {
    const words = [...f.name.matchAll(/[\p{L}\p{N}]+/gu)];
    if (words.length < 2 || words.length > MAX_PHRASE_WORDS) continue;
    // The other found names inside this one, as runs of its words.
    const names: PhraseNameSpan[] = [];
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        const start = words[i]!.index;
        const end = words[j - 1]!.index + words[j - 1]![0].length;
        const k = nameWords(f.name.slice(start, end)).join(' ');
        if (k !== key && keys.has(k)) names.push({ start, end });
      }
    }
    if (isPartyPhrase(f.name, names, lex)) found.delete(key);
  }
}

/** The word a name is called by on its own: the first distinctive word of an organisation, a person's surname. */
export function standaloneWord(name: PartyName, lexicon: NameLexicon): string | undefined {
  const words = name.name.split(/[\s,]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
  const candidate = name.kind === 'PERSON' ? words.filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w)).pop() : words[0];
  if (!candidate || candidate.length < 3 || candidate === name.name) return undefined;
  const bare = candidate.replace(/[’']s$/, '').replace(/[,.]+$/, '');
  // A word the contract also writes in lower case now and then ("harrow the soil" beside forty
  // "Harrow") is still the party's name where it is capitalised.
  const usable = lexicon.isDistinctive(bare) || (lexicon.isMostlyCapitalised(bare) && !isRoleWord(bare) && !isPlace(bare) && !isLegalFormWord(bare));
  return usable && bareWord(bare).length >= 3 ? bare : undefined;
}
