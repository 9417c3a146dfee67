/**
 * Builds the model-free summary (points + markdown). The extractive provider and the evaluation
 * harness both go through here, so what is scored is what users see.
 *
 * The Overview is written from the key terms (overviewFromTerms: what, between whom, from when, for
 * how long, renewal, which law), each fact cited; a term that ends on an event, which no end date
 * states, is given by the sentence that says how long the contract runs (termSentence). The other
 * sections hold the ranked sentences,
 * each under the section its clause belongs to: payment and term clauses under Key terms,
 * obligations grouped by who owes them, dated sentences under Dates and deadlines, liability,
 * indemnity and termination clauses under Risks. A sentence that needs the one before it
 * ("However, …", "(b) …") is never picked (rankSentences skips them unless no other sentence stands alone).
 * One that reads as whole but refers to a thing it does not name ("Any assignment without such consent
 * is void.") is shown after the sentence before it that names the thing, when both are short.
 */
import { citationOf, formatCitation, type Block, type Citation } from '../../../shared/document';
import { escapeMarkdownText } from '../../../shared/markdownText';
import { SUMMARY_SECTIONS, type SummaryPoint } from '../../../shared/summary';
import type { ClauseType, KeyTerms } from '../../../shared/terms';
import { attachedInstrumentStart, isPressRelease, whatIsAttached } from './attachedInstrument';
import { classifyClause } from './classifyClause';
import { keyTermsOf } from './extractKeyTerms';
import { overviewFacts, type OverviewFact } from './overviewFromTerms';
import { rankSentences, type RankedSentence, type RankWeights } from './rankSentences';
import { buildTermContext } from './termContext';
import { compressSentence } from './compressSentence';
import { displayText, spelledWords } from './displayText';
import { LONG_SENTENCE_WORDS, longStatement, mainStatement } from './mainStatement';
import { explainsReference, unnamedReference } from './needsPrevious';
import { listLeadIn } from './listLeadIn';
import { operativePart } from './operativePart';
import { restOfSentenceStarts } from './restOfSentence';
import { withoutRunInTitle } from './runInHeading';
import { splitSentences } from './splitSentences';
import { termSentence } from './termSentence';
import { KEY_TERM_WORDS, OBLIGATION, RISK_WORDS, sectionOf, type Section } from './sectionOf';

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Sentences in an extractive summary when the caller does not say. */
export const DEFAULT_SUMMARY_SENTENCES = 8;

export interface ExtractiveSummary {
  points: SummaryPoint[];
  /** The points of the Overview (also in `points`, first). */
  overview: SummaryPoint[];
  markdown: string;
}

// The words that mark the operative part of a very long sentence, by section.
const OPERATIVE_MARKS: Partial<Record<Section, RegExp>> = { 'Risks and unusual clauses': RISK_WORDS, 'Key terms': KEY_TERM_WORDS, Obligations: OBLIGATION };

/** Who owes an obligation: the words before "shall / must / will / agrees", when they name a party. */
function obligor(text: string): string {
  const m = /^(?:[\d.()a-z]+\s+)?(?:subject to [^,]*,\s*)?((?:the\s+|each\s+|either\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+(?:shall|must|will|agrees?|undertakes?)\b/.exec(text);
  return m ? m[1]!.replace(/^the\s+/i, '') : '';
}

/** How much of an attachment's caption line the Overview quotes. */
const CAPTION_CHARS = 100;

/**
 * The blocks of `blocks` that belong to the contract itself, and the caption of the instrument
 * attached after it (the form of another agreement, with its own parties and terms), when there is
 * one in `document`. The key terms already stop there; the ranked points stop there too, so the
 * summary never gives a blank form's obligations or term as the contract's. `blocks` may be points
 * already chosen (pointsAsBlocks), which keep their block's id.
 */
export function contractPart(blocks: readonly Block[], document: readonly Block[] = blocks): { own: readonly Block[]; attached: Block | undefined; pressRelease: boolean } {
  const end = attachedInstrumentStart(document);
  if (end >= document.length) return { own: blocks, attached: undefined, pressRelease: false };
  const after = new Set(document.slice(end).map((b) => b.id));
  return { own: blocks.filter((b) => !after.has(b.id)), attached: document[end], pressRelease: isPressRelease(document, end) };
}

/**
 * The Overview's last point when the summary leaves an attached instrument out: the user sees what
 * was not read and where it starts, cited like every other point.
 */
function attachedPoint(caption: Block, pressRelease: boolean): SummaryPoint {
  const flat = caption.text.replace(/\s+/g, ' ').trim();
  const quoted = flat.length <= CAPTION_CHARS ? flat : `${flat.slice(0, flat.lastIndexOf(' ', CAPTION_CHARS)).trimEnd()} …`;
  return {
    text: `After the contract, the document attaches ${whatIsAttached(quoted, pressRelease)}; this summary and the key terms leave it out.`,
    citations: [citationOf(caption)],
  };
}

/** Turns blocks that a point cites back into something the ranker can read (reduce/final over points). */
export function pointsAsBlocks(points: readonly SummaryPoint[]): Block[] {
  return points.map((p, i) => {
    const c = p.citations[0];
    return {
      id: c?.blockId ?? `point${i}`,
      page: c?.page ?? 1,
      kind: 'paragraph',
      text: p.text,
      ...(c?.clause ? { clause: c.clause } : {}),
      // Carried so that citations rebuilt from these blocks still say scanned, or name the paragraph.
      ...(c?.scanned !== undefined ? { scanned: c.scanned } : {}),
      ...(c?.paragraph !== undefined ? { paragraph: c.paragraph } : {}),
      section: [],
    };
  });
}

// A sentence read across a page break cites both blocks; a point ranked again (pointsAsBlocks) keeps the citations it had.
function toPoint(s: RankedSentence, known?: ReadonlyMap<string, readonly Citation[]>): SummaryPoint {
  const had = known?.get(`${s.blockId}\u0000${s.text}`);
  return { text: s.text, citations: s.continued ? [s.citation, s.continued] : had?.length ? [...had] : [s.citation] };
}

// A point as it is shown: its text without the layout's marks (displayText), its citations as they are.
function asShown(p: SummaryPoint, spelled: ReadonlySet<string>): SummaryPoint {
  const text = displayText(p.text, spelled);
  return text === p.text ? p : { ...p, text };
}

function line(p: SummaryPoint): string {
  return `- ${escapeMarkdownText(p.text)} ${[...new Set(p.citations.map(formatCitation))].join(' ')}`;
}

/** Where an Overview fact was read: its source wording and the blocks cited for it. */
interface FactSource {
  text: string;
  blocks: ReadonlySet<string>;
}

const OVERVIEW_TERMS = ['title', 'parties', 'agreementDate', 'effectiveDate', 'expiration', 'renewal', 'renewalNotice', 'governingLaw'] as const;

// A term counts when an Overview fact was written from it, and the fact cites where it was read (it
// states no end date it could not work out: a term from a blank effective date, whose sentence is
// then still worth showing); the sentence on how long the contract runs, when the Overview quotes
// it. A term the Overview leaves out (a lone "you" names nobody) does not count, even when another
// fact cites the same block: in a one-paragraph document its wording spans sentences the summary
// would otherwise lose.
function overviewSources(terms: KeyTerms, runs: { text: string; block: Block } | undefined, facts: readonly OverviewFact[]): FactSource[] {
  const cited = new Set(facts.flatMap((f) => f.point.citations.map((c) => c.blockId)));
  const stated = new Set(facts.flatMap((f) => f.from));
  const out: FactSource[] = OVERVIEW_TERMS.flatMap((name) => {
    const t = terms[name];
    return t && stated.has(t) && t.citations.length && t.citations.every((c) => cited.has(c.blockId)) ? [{ text: comparable(t.text), blocks: new Set(t.citations.map((c) => c.blockId)) }] : [];
  });
  if (runs && facts.some((f) => !f.from.length && f.point.citations.some((c) => c.blockId === runs.block.id))) out.push({ text: comparable(runs.text), blocks: new Set([runs.block.id]) });
  return out;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// How much of the start of one wording must appear in the other for both to be the same sentence:
// enough to be specific, short enough to survive the enumerators and pointers a shown sentence loses.
const SAME_SENTENCE_CHARS = 30;

/**
 * The ranked sentence is one an Overview fact was read from: in a block cited for the fact, with the
 * start of either wording found in the other (a term's source is cut short, or joins two sentences).
 * Another sentence of that block (a long clause, a one-paragraph policy) says something else and stays.
 */
function restates(s: RankedSentence, fact: FactSource): boolean {
  if (!fact.blocks.has(s.blockId) && !(s.continued && fact.blocks.has(s.continued.blockId))) return false;
  const sentence = comparable(s.text);
  return fact.text.includes(sentence.slice(0, SAME_SENTENCE_CHARS)) || sentence.includes(fact.text.slice(0, SAME_SENTENCE_CHARS));
}

/**
 * The Overview written from `terms`, and the test for a sentence the summary leaves out: one the
 * Overview already states, or one that cannot stand alone (cannotStandAlone). A term that ends on an event gives no end date: the sentence of `document`
 * that says how long it runs does. Facts the Overview states are not repeated: the ranker skips the
 * sentences they were read from, so the summary still holds its `k` ranked points; a step that
 * picks sentences before the final one (the pipeline's map step) skips the same ones, or its pick
 * would be dropped at the end without a replacement.
 */
export function overviewOf(
  terms: KeyTerms,
  document: readonly Block[],
): { overview: SummaryPoint[]; leaveOut: (s: RankedSentence) => boolean } {
  const runs = terms.expiration ? undefined : termSentence(document);
  const written = overviewFacts(terms, runs ? { termSentence: { text: compressSentence(runs.text), citation: citationOf(runs.block) } } : {});
  const facts = overviewSources(terms, runs, written);
  const cannotStand = cannotStandAlone(document);
  return { overview: written.map((f) => f.point), leaveOut: (s) => (written.length > 0 && facts.some((f) => restates(s, f))) || cannotStand(s) };
}

// How many characters of a sentence's start must open its block for it to be the block's first sentence.
const OPENING_CHARS = 25;
// How many characters of a sentence's end locate it in its block.
const ENDING_CHARS = 25;
// A lower-case word after a stop this often in one document is a name that opens its sentences.
const NAME_OPENINGS = 3;

const flatText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether the text keeps its capitals: a lower-cased (or all-capital) text marks nothing by case. */
const isCased = (document: readonly Block[]): boolean => document.some((b) => /[A-Z]/.test(b.text)) && document.some((b) => /[a-z]/.test(b.text));

/**
 * The test for a ranked sentence of `document` that a reader cannot take alone, though nothing in its
 * own words says so (needsPrevious reads those): the first sentence of a paragraph that begins where
 * the one before stopped mid-sentence on a name (restOfSentenceStarts), and a sentence cut at a stop
 * its block reads on past ("… to third. parties …"). Both read capitals, so they hold only in text
 * that keeps them (in a lower-cased text neither a capital nor a lower-case word marks anything).
 */
function cannotStandAlone(document: readonly Block[]): (s: RankedSentence) => boolean {
  if (!isCased(document)) return () => false;
  const starts = restOfSentenceStarts(document);
  const flat = new Map(document.map((b) => [b.id, flatText(b.text)]));
  const opening = new Map([...flat].filter(([id]) => starts.has(id)));
  const opensSentences = new Map<string, number>();
  for (const text of flat.values()) for (const m of text.matchAll(/[.!?]\s+(\p{Ll}+)\b/gu)) opensSentences.set(m[1]!, (opensSentences.get(m[1]!) ?? 0) + 1);
  return (s) => {
    const block = opening.get(s.blockId);
    if (block !== undefined && block.startsWith(s.text.slice(0, OPENING_CHARS))) return true;
    // A stop that does not end the sentence ("… may sell wheat to third. parties who run mills …"):
    // the block goes on after it with a lower-case word, so what is shown stops in mid-thought.
    // Not an item's letter ("b) Rechargeable …"), nor a name written in lower case: one with a capital
    // inside ("iVillage will …"), or one that opens three or more sentences of the document ("element 5 will …").
    const text = flat.get(s.blockId);
    const end = s.text.slice(-ENDING_CHARS);
    const at = text?.indexOf(end) ?? -1;
    const next = at >= 0 ? /^\s+(\p{Ll}+)(?![\p{Lu}\p{N})]|\.\s)/u.exec(text!.slice(at + end.length))?.[1] : undefined;
    return next !== undefined && (opensSentences.get(next) ?? 0) < NAME_OPENINGS;
  };
}

/** Whether the ranked sentence is the first of its block (an item's first sentence, which a lead-in introduces). */
function opensItsBlock(s: RankedSentence, document: ReadonlyMap<string, Block>): boolean {
  const block = document.get(s.blockId);
  const first = block ? splitSentences(block.text)[0]?.text : undefined;
  if (!first) return false;
  const start = compressSentence(flatText(first)).slice(0, OPENING_CHARS);
  return s.text.startsWith(start);
}

// A point shown with the sentence it leans on is still a short one: past this many words a point reads as long.
const JOINED_WORDS = 60;

/**
 * The sentence a ranked point leans on: "Any hand-over without such consent is void." means little
 * without "The Grower may not hand its orchard rights to another grower without the Miller's consent." A
 * point whose shown text refers back to an X it does not name ("such X", "the foregoing X") leans on
 * the sentence before it in its block when that sentence names X and stands alone (explainsReference),
 * and the two together stay short. That sentence as the ranker shows one (compressSentence), and its
 * key (block id and text, as the ranked sentences are known); undefined otherwise.
 */
function sentenceLeanedOn(s: RankedSentence, text: string, document: ReadonlyMap<string, Block>, cased: boolean): { text: string; key: string } | undefined {
  const ref = unnamedReference(text);
  const block = document.get(s.blockId);
  if (!ref || !block) return undefined;
  const spans = splitSentences(block.text).map((sp) => flatText(sp.text));
  const at = spans.findIndex((sp) => compressSentence(sp) === s.text || sp === s.text);
  if (at < 1) return undefined;
  const before = spans[at - 1]!;
  const shown = compressSentence(before);
  if (!explainsReference(before, ref.noun, { cased }) || wordCount(shown) + wordCount(text) > JOINED_WORDS) return undefined;
  return { text: shown, key: `${s.blockId}\u0000${shown}` };
}

/**
 * `sentences` ranked sentences laid out under the same "## " sections a model's final summary uses,
 * after an Overview written from the key terms (computed from `blocks` unless given). Without key
 * terms to speak of (a plain text, a policy), the Overview is the most central sentence instead.
 * Empty sections are left out rather than padded.
 */
export function extractiveSummary(
  blocks: readonly Block[],
  options: {
    sentences?: number;
    title?: string;
    terms?: KeyTerms;
    /** The whole document, when `blocks` are points already chosen from it: the Overview's facts are read from the whole. */
    document?: readonly Block[];
    /** When `blocks` are points (pointsAsBlocks): each point's citations by its block's id and text (`${id}\u0000${text}`), so a point citing two pages keeps both. */
    pointCitations?: ReadonlyMap<string, readonly Citation[]>;
    onRead?: (sentences: number) => void;
    /** Ranking weights in place of the shipped ones (the held-out evaluation only). */
    weights?: Partial<RankWeights>;
  } = {},
): ExtractiveSummary {
  const k = Math.max(1, Math.floor(options.sentences ?? DEFAULT_SUMMARY_SENTENCES));
  const terms = options.terms ?? keyTermsOf(buildTermContext({ blocks }));
  const { own, attached, pressRelease } = contractPart(blocks, options.document);
  const all = options.document ?? blocks;
  const { overview: fromTerms, leaveOut } = overviewOf(terms, all);
  // Shown without the marks the page's layout left in a sentence (displayText); the ranked points below
  // too. A word broken at a line end is mended to the spelling the document itself uses.
  const spelled = spelledWords(all.map((b) => b.text));
  const overview = (attached && fromTerms.length ? [...fromTerms, attachedPoint(attached, pressRelease)] : fromTerms).map((p) => asShown(p, spelled));
  const ranked = rankSentences(own, { sentences: k, ...(options.onRead ? { onRead: options.onRead } : {}), ...(options.weights ? { weights: options.weights } : {}), leaveOut });
  if (ranked.length === 0 && overview.length === 0) {
    // Sentences were read (or none was there) but none states a party, a date, a payment, a duty or
    // another term: most often a file added by mistake, so the reader is told what to check.
    return {
      points: [],
      overview: [],
      markdown: '## Overview\n\nNo sentence of this document reads as a term of a contract (parties, dates, payments, duties, termination), so there is nothing to summarize. Check that it is the contract you meant to add.\n',
    };
  }
  const rest = [...ranked];
  const known = options.pointCitations;
  const central = overview.length ? undefined : rest.shift();
  const lead = overview.length ? overview : central ? [{ ...toPoint(central, known), text: displayText(longStatement(central.text), spelled) }, ...(attached ? [attachedPoint(attached, pressRelease)] : [])] : [];
  const inOrder = rest.sort((a, b) => a.order - b.order);
  const clauseTypes = new Map<string, { type: ClauseType; heading: string }>();
  // By the document's own blocks when `blocks` are points: a point keeps its block's id, not its headings.
  for (const b of all) {
    const heading = b.section.at(-1);
    if (heading !== undefined) clauseTypes.set(b.id, { type: classifyClause(heading, b.text.slice(0, 200)), heading });
  }
  const documentBlocks = new Map(all.map((b) => [b.id, b]));
  const blockIndex = new Map(all.map((b, i) => [b.id, i]));
  const pickedTexts = new Set(ranked.map((s) => `${s.blockId}\u0000${s.text}`));
  const cased = isCased(all);
  const lines: string[] = [];
  if (options.title) lines.push(`# ${escapeMarkdownText(options.title)}`, '');
  lines.push('## Overview', '', ...(overview.length ? lead.map(line) : lead.flatMap((p, i) => [...(i ? [''] : []), `${escapeMarkdownText(p.text)} ${p.citations.map(formatCitation).join(' ')}`])), '');
  const ordered: SummaryPoint[] = [...lead];
  // An item's first sentence is shown after the lead-in it completes (listLeadIn), unless that lead-in
  // is a point itself; it is filed by what it then says ("Upon termination, the parties shall have
  // these duties: …" is a duty after the end, though the item alone names no end).
  const leadIns = new Map<RankedSentence, string>();
  for (const s of inOrder) {
    if (!opensItsBlock(s, documentBlocks)) continue;
    const lead = listLeadIn(all, blockIndex.get(s.blockId) ?? -1);
    if (lead && !pickedTexts.has(`${lead.blockId}\u0000${lead.sentence}`)) leadIns.set(s, lead.text);
  }
  const led = (s: RankedSentence): string => (leadIns.has(s) ? `${leadIns.get(s)} ${s.text}` : s.text);
  for (const section of SUMMARY_SECTIONS) {
    if (section === 'Overview') continue;
    let picks = inOrder.filter((s) => {
      const clause = clauseTypes.get(s.blockId);
      return sectionOf(led(s), clause?.type, clause?.heading) === section;
    });
    if (!picks.length) continue;
    // Obligations grouped by who owes them, in reading order within each party.
    if (section === 'Obligations') picks = [...picks].sort((a, b) => obligor(a.text).localeCompare(obligor(b.text)) || a.order - b.order);
    // A 200-word indemnity, termination trigger, payment list or list of duties is shown by its operative part,
    // read by the words that put it in this section (its citation names the clause to read whole).
    // A long sentence without such a list is shown up to its first top-level break (";", a proviso).
    const marks = OPERATIVE_MARKS[section];
    // A sentence still too long to read in a summary (over LONG_SENTENCE_WORDS) is shown by what it
    // states: its first case, or its first statement, without its long asides (longStatement).
    // A title run in before the sentence with a colon is left out (withoutRunInTitle): the point's
    // citation names the clause. The section was chosen with it, as the ranker read the sentence.
    const shownTexts = picks.map((s) => {
      const text = withoutRunInTitle(s.text);
      const operative = marks ? operativePart(text, { marks }) : text;
      const shown = operative === text ? mainStatement(text) : operative;
      const short = wordCount(shown) > LONG_SENTENCE_WORDS ? longStatement(text) : shown;
      return wordCount(short) < wordCount(shown) ? short : shown;
    });
    // A point that leans on the sentence before it is shown after that sentence (sentenceLeanedOn);
    // when that sentence is a point of this section already, the two are one bullet.
    const index = new Map(picks.map((s, i) => [`${s.blockId}\u0000${s.text}`, i]));
    const merged = new Set<number>();
    const texts = [...shownTexts];
    picks.forEach((s, i) => {
      const before = sentenceLeanedOn(s, shownTexts[i]!, documentBlocks, cased);
      if (!before) return;
      const into = index.get(before.key);
      if (into !== undefined && !merged.has(into) && wordCount(texts[into]!) + wordCount(shownTexts[i]!) <= JOINED_WORDS) {
        texts[into] = `${texts[into]} ${shownTexts[i]}`;
        merged.add(i);
      } else if (!pickedTexts.has(before.key)) texts[i] = `${before.text} ${shownTexts[i]}`;
    });
    picks.forEach((s, i) => {
      const lead = leadIns.get(s);
      if (lead !== undefined && !merged.has(i) && texts[i] === shownTexts[i]) texts[i] = `${lead} ${texts[i]}`;
    });
    const points = picks.flatMap((s, i) => (merged.has(i) ? [] : [{ ...toPoint(s, known), text: displayText(texts[i]!, spelled) }]));
    lines.push(`## ${section}`, '', ...points.map(line), '');
    ordered.push(...points);
  }
  return { points: ordered, overview: overview.length ? overview : [], markdown: lines.join('\n') };
}
