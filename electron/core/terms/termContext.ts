/**
 * What every key-term rule reads, built once per document in one pass over its blocks: the
 * sentences (with their block and position), the opening blocks, the defined terms and the date
 * convention. Rules never re-split text; the extractive summary can reuse the same sentences.
 */
import { citationOf as sharedCitationOf, type Block, type Citation } from '../../../shared/document';
import type { KeyTerm } from '../../../shared/terms';
import { dateConvention, dateEvidenceOf, type DateEvidence, type DateOptions } from './date';
import { writesDatesDayFirst } from './jurisdiction';
import { NUMBER_WORDS, wordsToNumber } from './duration';
import { isHeadingOnly } from './isHeadingOnly';
import { splitSentences } from './splitSentences';
import { romanValue } from '../documents/structure/romanValue';
import { PAGE_NUMBER_LINE } from '../documents/structure/pageNumberLine';

/**
 * The formal words that may open a short name's parenthesis before its quoted name: (hereinafter referred to as
 * the "Effective Date"), (hereinafter called "Date of Signing"); optional, so a pattern that adds it also reads
 * (the "Effective Date"). A pattern's source, to be placed inside the rules' own patterns.
 */
export const HEREINAFTER_OPENER = String.raw`(?:hereinafter\s+(?:(?:referred\s+to\s+as|called)\s+)?)?`;

export interface Sentence {
  text: string;
  block: Block;
  /** Index of the block in the document. */
  at: number;
  /** The block the sentence ends in, when a page or column break cut it and it was read across (see continuesSentence). */
  end?: Block;
}

export interface TermContext {
  doc: TermSource;
  blocks: readonly Block[];
  sentences: readonly Sentence[];
  /** The opening blocks, where the title, parties and dates stand. */
  preamble: readonly Block[];
  /** Sentences of the opening blocks. */
  opening: readonly Sentence[];
  /** Defined terms ("Effective Date", "Initial Term") → the sentence that defines them. */
  definitions: ReadonlyMap<string, Sentence>;
  /** How numeric dates are read in this document (see withGoverningLaw). */
  dates: DateOptions;
  /** What the document's own dates say about their order, for `dates`. */
  dateEvidence: DateEvidence;
  /** True when a defined short name is used again after the opening ("the Distributor shall…"). */
  usedLater: (shortName: string) => boolean;
}

/** How far into the document the opening words (title, parties, dates) may be, in blocks of prose. */
export const PREAMBLE_BLOCKS = 30;
/** A table of contents can run long before the opening sentence; never look further than this. */
const PREAMBLE_MAX_BLOCKS = 600;

/**
 * The opening: the first PREAMBLE_BLOCKS blocks, not counting a table of contents (table rows,
 * short headings and page-number lines), which some contracts put before the opening sentence.
 */
function preambleLength(blocks: readonly Block[]): number {
  let prose = 0;
  let i = 0;
  for (; i < Math.min(blocks.length, PREAMBLE_MAX_BLOCKS) && prose < PREAMBLE_BLOCKS; i++) {
    const b = blocks[i]!;
    // A line that is only a page or clause number ("12", "10.1", "11.") belongs to the contents too.
    const tocLine = b.kind === 'table-row' || (b.text.length < 90 && (b.kind === 'heading' || /(?:\.{3,}|\s\d{1,3})\s*$|^\s*\d{1,3}(?:\.\d{1,3})*\.?\s*$/.test(b.text)));
    if (!tocLine) prose++;
  }
  return i;
}

/**
 * A defined term: "Effective Date" means …, ("Effective Date"), (the "Term"), ("X") shall mean …
 * The quoted words are captured (straight or curly quotes, double or single as British drafting
 * writes them: ‘Commencement Date’ means …). A date may be defined with "shall be" / "is" when a date
 * (or "the date …", "the first day …") follows: "Commencement Date" shall be April 1, 2014; "Start
 * Date" is 1 May 2019. Only then: "Licensee" shall be responsible … defines nothing.
 */
const DEFINED_TERM = /[“"‘']([A-Z][\w'’ -]{1,50}?)[”"’']\s*(?:\)|(?:(?:shall|will)\s+)?means?\b|(?:shall|will)\s+have\b|is\s+defined\b|has\s+the\s+meaning\b|(?:(?:shall|will)\s+be|is)\s+(?=(?:the\s+)?(?:date|day|first|last|\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)))/g;

/** The parts of a document the rules read (the extractive summary passes only its blocks). */
export interface TermSource {
  blocks: readonly Block[];
  title?: string;
}

/** A number in words at the end of a line ("… for an additional Three", "one hundred and twenty"). */
const NUMBER_WORDS_AT_END = new RegExp(`\\b${NUMBER_WORDS}\\s*$`, 'i');

// A month's name ending a block, as a date cut by a page break leaves it ("… commencing January").
const MONTH_AT_END = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$/;

/**
 * The text without the spaces at its end, nor a text filing's underline run there ("made this 1st day of ---"),
 * which is not where the sentence stops. By hand, not by a pattern: a pattern ending in spaces or dashes and then
 * the text's end is tried again at every space of a long run of them, time growing with the square of the run.
 */
function withoutUnderlineRun(text: string): string {
  const t = text.trimEnd();
  const mark = t[t.length - 1];
  if (mark !== '-' && mark !== '_') return t;
  let k = t.length;
  while (k > 0 && t[k - 1] === mark) k--;
  return t.length - k >= 3 ? t.slice(0, k).trimEnd() : t;
}

/**
 * True when `next` carries on the sentence `prev` left open: a paragraph or list item that stops without a
 * sentence's end (no full stop, colon or semicolon) followed by one that starts with a lower-case
 * word ("… by a duly" / "authorized officer …"), not an enumerator such as "a." or "ii)".
 */
export function continuesSentence(prev: Block, next: Block): boolean {
  // A list item cut by a page break goes on in a paragraph just as a paragraph does, and so does a
  // clause whose run-in heading made the layout take its first line for a heading ("Section 9.1. Term.
  // Unless terminated earlier, this" / "Agreement shall expire on …"): a heading that holds a sentence.
  const sentenceHeading = prev.kind === 'heading' && !isHeadingOnly(prev);
  if (prev.kind !== 'paragraph' && prev.kind !== 'list-item' && !sentenceHeading) return false;
  const before = withoutUnderlineRun(prev.text);
  if (/[.;:!?]["”’)\]]*\s*$/.test(before)) return false;
  const start = next.text.trimStart();
  // A sentence set in capitals and cut by the break reads as two headings ("THIS AGREEMENT SHALL BE GOVERNED BY
  // AND" / "CONSTRUED IN ACCORDANCE WITH …"): a heading goes on a sentence only where the line before stops on a
  // joining word or a comma, which no title ends on, and it is not a clause's own heading (no number or label).
  if (next.kind === 'heading') return JOINING_END.test(before) && !/;\s*(?:and|or)\s*$/i.test(before) && !STARTS_LABEL.test(start);
  // The digits that repeat a number in words, cut off by the break ("… an additional Three" / "(3) year
  // period …"), go on with it; also where the layout took "(3)" for an item's number, when it is the same number.
  const words = NUMBER_WORDS_AT_END.exec(before);
  const digits = /^\((\d{1,3})\)/.exec(start);
  if (words && digits && (next.kind === 'paragraph' || wordsToNumber(words[0]) === Number(digits[1]))) return true;
  // An inline list cut where a label starts a line ("… (i) the first anniversary of the Start Date and" / "(ii) the
  // date on which …"), which the layout takes for a list item: the next label in order of one the sentence already
  // holds goes on with it. A list set out item by item has its first label at its item's start, not inside a sentence.
  if (next.kind === 'list-item' && /(?:,|\b(?:and|or))\s*$/i.test(before) && continuesInlineList(before, start)) return true;
  if (next.kind !== 'paragraph') return false;
  if (/^[a-z]+(?![.)\w])/.test(start)) return true;
  // A date cut in two by the break ("… commencing January" / "1, 2008 and ending …"): a month's name,
  // then its day and year. A sentence never starts with a day and a year.
  if (MONTH_AT_END.test(before) && /^\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/.test(start)) return true;
  // A short name defined in brackets ("… a Delaware corporation" / "("Acme") and …") or the digits that
  // repeat a number in words ("… two additional terms of five" / "(5) years") never start a sentence.
  if (/^\(\s*(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?)?["“‘']/i.test(start)) return true;
  // A name or defined term cut in two by the break ("… the fourth anniversary of the Effective" / "Date, or
  // (b) …", "… the laws of the State of New" / "York, without …"): a sentence under way (lower-case words
  // in it) stops on a capitalised word, and the next block's capitalised first word goes on with a comma or
  // a lower-case word, or with the bracket of a short name ("… after the Effective" / "Date (the "Initial Term")"):
  // no sentence starts with a name and then a bracket. A heading ("5. Term") has no sentence under way before it.
  if (/\b\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(before) && (before.match(/\b\p{Ll}{2,}\b/gu) ?? []).length >= 4 && /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:,|\s+\p{Ll}|\s*\()/u.test(start)) return true;
  // The same set in capitals ("… THE LAWS OF THE STATE OF NEW" / "YORK, WITHOUT …"): a sentence of capitals
  // under way, and a word of capitals that goes on with a comma or a bracket.
  if (/\b\p{Lu}{2,}$/u.test(before) && (before.match(/\b\p{Lu}{2,}\b/gu) ?? []).length >= 6 && !/\p{Ll}/u.test(before.slice(-80)) && /^\p{Lu}{2,}[\p{Lu}'’-]*(?:,|\s*\()/u.test(start)) return true;
  // A line that stops on a comma or a word that cannot end a sentence ("… the laws of the" / "State of
  // Oregon") goes on whatever the case of the next word, unless a clause number or an enumerator starts it.
  // An item of a list ("…; and" / "WHEREAS, …") ends there.
  if (/;\s*(?:and|or)\s*$/i.test(before) || /^(?:WHEREAS|Whereas|NOW|IN\s+WITNESS)\b/.test(start)) return false;
  return JOINING_END.test(before) && !STARTS_LABEL.test(start);
}

/**
 * A line's end that never ends a sentence: a comma or a joining word, in any case, since sentences set in
 * capitals stop on them too ("… GOVERNED BY AND"). The article "a" only in lower case: "Schedule A" and
 * "EXHIBIT A" end titles.
 */
const JOINING_END = /(?:,|\b(?:[Tt]he|[Oo]f|[Aa]nd|[Oo]r|[Tt]o|[Ii]n|[Oo]n|a|[Aa]n|[Bb]y|[Ff]or|[Ww]ith|[Ff]rom|[Tt]hat|[Uu]nder|[Aa]t|[Tt]han|[Aa]ny|[Ss]uch|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hese|[Ee]ach|[Ww]hich|[Ww]hose|THE|OF|AND|OR|TO|IN|ON|AN|BY|FOR|WITH|FROM|THAT|UNDER|AT|THAN|ANY|SUCH|ITS|THEIR|THIS|THESE|EACH|WHICH|WHOSE)\b)\s*$/;
/** A clause number, an item's label or a bullet at a block's start: it opens a clause or an item of its own. */
const STARTS_LABEL = /^(?:\(?[\dA-Za-z]{1,3}[.)]|\d|[•●▪·*-])/;

/** `label` comes right after `had` in the same kind of counting ("ii" after "i", "c" after "b", "4" after "3"). */
function followsLabel(had: string, label: string): boolean {
  const roman = romanValue(had);
  if (roman > 0 && roman < 12 && romanValue(label) === roman + 1) return true;
  if (/^\d{1,2}$/.test(had)) return label === String(Number(had) + 1);
  return /^[a-y]$/.test(had) && label === String.fromCharCode(had.charCodeAt(0) + 1);
}

/**
 * `start` opens with a bracketed label ("(ii)", "(b)", "(2)") that follows in order one set inside the
 * sentence `before` ("… (i) the first anniversary … and"): its last bracketed label, not one at its start. A single
 * letter that is also a roman numeral ("(i)", "(v)", "(x)") may count either way.
 */
function continuesInlineList(before: string, start: string): boolean {
  const label = /^\((\d{1,2}|[ivx]{1,4}|[a-z])\)\s/i.exec(start)?.[1]?.toLowerCase();
  if (!label) return false;
  let last: RegExpExecArray | undefined;
  for (const m of before.matchAll(/(?<=\s)\((\d{1,2}|[ivx]{1,4}|[a-z])\)(?=\s)/gi)) last = m;
  const had = last?.[1]?.toLowerCase();
  if (!had) return false;
  // A single letter that is also a numeral ("(i)", "(v)", "(x)") is read both ways: "(ii)" and "(j)" follow "(i)",
  // and "(i)" follows "(h)".
  return followsLabel(had, label);
}

export function buildTermContext(doc: TermSource): TermContext {
  const blocks = doc.blocks;
  const sentences: Sentence[] = [];
  const definitions = new Map<string, Sentence>();
  const bodyWords = new Set<string>();
  const textForDates: string[] = [];
  // The last sentence of the last block read (its index in `sentences`) and that block, which the next block may go on.
  // A paragraph cut by a page break (or a layout's column end) goes on in the next block: its first sentence
  // finishes the last one of the block before, and is read as one sentence with it. The page's number printed
  // between the two pieces ("- 4 -", "Page 4 of 9") belongs to neither and does not part them.
  let open = -1;
  let openAt = -1;
  blocks.forEach((block, at) => {
    if (at < 400) textForDates.push(block.text);
    const pageNumber = open >= 0 && PAGE_NUMBER_LINE.test(block.text);
    const carries = !pageNumber && open >= 0 && continuesSentence(blocks[openAt]!, block);
    if (isHeadingOnly(block) && !carries) {
      if (!pageNumber) open = -1;
      return;
    }
    const own = splitSentences(block.text).map((s) => ({ text: s.text.replace(/\s+/g, ' '), block, at }));
    if (carries && own.length) {
      const last = sentences[open]!;
      sentences[open] = { ...last, text: `${last.text} ${own.shift()!.text}`, end: block };
    }
    // One by one: spread into push, a block of a few hundred thousand sentences overflows the call stack.
    for (const s of own) sentences.push(s);
    if (pageNumber) return;
    if (own.length) open = sentences.length - 1;
    else if (!carries) open = -1;
    openAt = at;
  });
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(DEFINED_TERM)) {
      const key = m[1]!.toLowerCase();
      if (!definitions.has(key)) definitions.set(key, sentence);
    }
  }
  const preamble = blocks.slice(0, preambleLength(blocks));
  const opening = sentences.filter((s) => s.at < preamble.length);
  // Short names used after the opening: indexed lazily, once, from the body's text.
  let body: string | undefined;
  const usedLater = (shortName: string): boolean => {
    if (body === undefined) body = blocks.slice(Math.min(blocks.length, 3)).map((b) => b.text).join('\n');
    const key = shortName.trim();
    if (!key || bodyWords.has(key)) return !!key;
    const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // An opening set in capitals defines ("HARROW", "ORCHARD HILL") what the body writes as a name ("Harrow", "Orchard Hill").
    const forms = [key, ...(/\p{Ll}/u.test(key) || !/\p{Lu}{2}/u.test(key) ? [] : [key.toLowerCase().replace(/(?<![\p{L}'’])\p{Ll}/gu, (c) => c.toUpperCase())])];
    const found = forms.some((k) => new RegExp(`(?<![\\w])${escape(k)}(?![\\w])`).test(body!));
    if (found) bodyWords.add(key);
    return found;
  };
  const dateEvidence = dateEvidenceOf(textForDates.join('\n'));
  return { doc, blocks, sentences, preamble, opening, definitions, dates: dateConvention(dateEvidence), dateEvidence, usedLater };
}

/**
 * The context once the governing law is known: a document whose own dates do not settle the order
 * of day and month is read in the order of the country whose law governs it ("dated 01/03/2019 …
 * governed by the laws of England and Wales" is 1 March 2019; under New York law it is January 3).
 */
export function withGoverningLaw(ctx: TermContext, place: string | undefined): TermContext {
  const dates = dateConvention(ctx.dateEvidence, place === undefined ? undefined : writesDatesDayFirst(place));
  return dates.dayFirst === ctx.dates.dayFirst && dates.settled === ctx.dates.settled ? ctx : { ...ctx, dates };
}

export function citationOf(block: Block): Citation {
  return sharedCitationOf(block);
}

/** A key term with its source wording and one citation per distinct block. */
export function makeTerm(value: KeyTerm['value'], text: string, blocks: readonly Block[], blank = false): KeyTerm {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const b of blocks) {
    if (seen.has(b.id)) continue;
    seen.add(b.id);
    citations.push(citationOf(b));
  }
  return { value, text: text.replace(/\s+/g, ' ').trim(), citations, ...(blank ? { blank: true as const } : {}), source: 'rules' };
}

/** The blocks a term cites, as stand-ins for citing them again from another term. */
export function citedBlocks(term: KeyTerm, ctx: TermContext): Block[] {
  return term.citations.map((c) => ctx.blocks.find((b) => b.id === c.blockId)).filter((b): b is Block => !!b);
}
