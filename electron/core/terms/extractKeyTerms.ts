/**
 * Deterministic key-term extraction: every value comes with the source wording and citations to
 * the blocks it was read from. A term the contract does not state is omitted, never guessed; a term
 * left as a template blank ("[Company Name]", "_____") is reported with `blank: true`.
 */
import type { Block, Citation, ExtractedDocument } from '../../../shared/document';
import type { ClauseEntry, KeyTerm, KeyTermName, KeyTerms, Party } from '../../../shared/terms';
import { blankText, hasBlank } from './blanks';
import { buildClauseMap } from './classifyClause';
import { partiesFromDefinedRoles, partiesFromPreamble, partyFromRoleLine } from './findParties';
import { isHeadingOnly } from './isHeadingOnly';
import { findDate } from './parseDate';
import { splitSentences } from './splitSentences';

export { KEY_TERMS_JSON_SCHEMA, mergeKeyTerms } from './mergeKeyTerms';

interface Sentence {
  text: string;
  block: Block;
  /** Index of the block in the document. */
  at: number;
}

/** How far into the document the opening words (title, parties, dates) may be. */
const PREAMBLE_BLOCKS = 30;

function citationOf(block: Block): Citation {
  return block.clause ? { blockId: block.id, page: block.page, clause: block.clause } : { blockId: block.id, page: block.page };
}

function make(value: KeyTerm['value'], text: string, blocks: readonly Block[], blank = false): KeyTerm {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const b of blocks) {
    if (seen.has(b.id)) continue;
    seen.add(b.id);
    citations.push(citationOf(b));
  }
  return { value, text: text.replace(/\s+/g, ' ').trim(), citations, ...(blank ? { blank: true as const } : {}), source: 'rules' };
}

function sentencesOf(blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, at) => {
    if (isHeadingOnly(block)) return;
    for (const s of splitSentences(block.text)) out.push({ text: s.text.replace(/\s+/g, ' '), block, at });
  });
  return out;
}

function first(sents: readonly Sentence[], re: RegExp, where?: (s: Sentence) => boolean): Sentence | undefined {
  return sents.find((s) => re.test(s.text) && (!where || where(s)));
}

// ---------- numbers and durations ----------

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, sixty: 60, ninety: 90,
  'one hundred twenty': 120, 'one hundred eighty': 180,
};
const NUM = '(\\d+|one hundred (?:twenty|eighty)|forty-five|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty|ninety)';
const DURATION = new RegExp(`\\b${NUM}(?:\\s*\\((\\d+)\\))?[\\s~-]*(business days?|calendar days?|days?|weeks?|months?|years?)\\b`, 'i');

function toNumber(word: string, digits?: string): number {
  if (digits) return +digits;
  if (/^\d+$/.test(word)) return +word;
  return NUMBER_WORDS[word.toLowerCase()] ?? NaN;
}

/** "fifteen (15) years" → "15 years". */
function duration(text: string): string | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const n = toNumber(m[1]!, m[2]);
  if (!Number.isFinite(n)) return undefined;
  const unit = m[3]!.toLowerCase().replace(/s$/, '');
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

// ---------- individual terms ----------

function titleTerm(doc: ExtractedDocument, pre: readonly Block[], sents: readonly Sentence[]): KeyTerm | undefined {
  // The name the parties give the document in its opening sentence is the most reliable.
  for (const s of sents.slice(0, 40)) {
    const m = /\b(?:this|the)\s+((?:[A-Z][\w&-]*\s+){0,6}(?:agreement|contract|licen[cs]e|lease|deed|terms|memorandum|addendum|amendment|safe|order|note))\s*\((?:the\s+|this\s+)?["“]/i.exec(s.text);
    if (m && !/^(this|the)$/i.test(m[1]!)) return make(m[1]!.replace(/\s+/g, ' ').trim(), s.text, [s.block]);
  }
  const heading = pre.find((b) => /\b(agreement|contract|licen[cs]e|lease|deed|terms|safe|memorandum)\b/i.test(b.text) && b.text.length < 120 && !/[.;]$/.test(b.text.trim()));
  if (heading) return make(heading.text.replace(/\s+/g, ' ').trim(), heading.text, [heading]);
  if (doc.title) {
    const block = pre[0];
    return block ? make(doc.title, doc.title, [block]) : undefined;
  }
  return undefined;
}

function partiesTerm(pre: readonly Block[], sents: readonly Sentence[]): KeyTerm | undefined {
  const opening = sents.filter((s) => s.at < PREAMBLE_BLOCKS);
  // The opening sentence may be split across blocks by layout: read a few consecutive blocks together.
  for (const s of opening) {
    if (!/\b(between|among)\b/i.test(s.text)) continue;
    let parties = partiesFromPreamble(s.text);
    if (parties.length < 2) {
      const windowText = pre.slice(s.at, s.at + 3).map((b) => b.text).join(' ').replace(/\s+/g, ' ');
      const from = windowText.indexOf(s.text.slice(0, 30));
      parties = partiesFromPreamble(windowText.slice(Math.max(0, from)));
    }
    if (parties.length >= 2) {
      const blank = parties.some((p) => hasBlank(p.name));
      return make(parties, s.text, [s.block], blank);
    }
  }
  const roles = pre.map((b) => ({ b, p: partyFromRoleLine(b.text) })).filter((x): x is { b: Block; p: Party } => !!x.p);
  if (roles.length >= 2) return make(roles.map((r) => r.p), roles.map((r) => r.b.text).join('; '), roles.map((r) => r.b));
  // Templates list parties under a "Parties:" label, often as blanks.
  const label = pre.findIndex((b) => /^parties\s*:?$/i.test(b.text.trim()));
  if (label >= 0) {
    const listed: Block[] = [];
    for (const b of pre.slice(label + 1, label + 10)) {
      if (/^\s*\d+[.)]\s/.test(b.text) || b.clause) break;
      if (b.text.length < 1200 && /^(?:(?:or|and)\s+)?\[?[A-Z]/i.test(b.text.trim())) listed.push(b);
    }
    const names = listed
      .flatMap((b) => b.text.trim().split(/\s+(?:or|and)\s+(?=\[)/i))
      .map((t) => t.replace(/^(?:or|and)\s+/i, ''))
      .map((t) => ({ name: (/^(\[[^\]]+\]|[^,]+?)(?:,|\s+of\s+|$)/.exec(t)?.[1] ?? t).trim() }))
      .filter((p) => p.name && !/^(or|and)$/i.test(p.name));
    const unique = names.filter((p, i) => names.findIndex((q) => q.name === p.name) === i);
    if (unique.length) return make(unique, listed.map((b) => b.text).join(' '), listed, unique.some((p) => hasBlank(p.name)));
  }
  // "payment by [Investor Name] (the "Investor") … [Company Name], a … corporation (the "Company")".
  for (const s of opening) {
    const found = partiesFromDefinedRoles(s.text);
    if (found.length >= 2) return make(found, s.text, [s.block], found.some((p) => hasBlank(p.name)));
  }
  return undefined;
}

function dateTerms(pre: readonly Block[], sents: readonly Sentence[]): { agreement?: KeyTerm; effective?: KeyTerm } {
  const result: { agreement?: KeyTerm; effective?: KeyTerm } = {};
  const opening = sents.filter((s) => s.at < PREAMBLE_BLOCKS);
  // Agreement date: a date introduced by "dated / made / entered into / executed … as of".
  for (const s of opening) {
    const cue = /\b(?:is\s+)?(?:dated|made|entered into|executed|signed)\b(?:[^.()]{0,40}?\b(?:as of|on|this))?\s*(?:the\s+)?/i.exec(s.text);
    if (!cue) continue;
    const after = s.text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 60);
    const d = findDate(after);
    if (d && d.index < 12) {
      result.agreement = make(d.iso, s.text, [s.block]);
      break;
    }
    const blank = /^(?:\[[^\]]{0,30}\](?:,?\s*(?:19|20)\d\d)?|(?:19|20)\d?\[[^\]]{0,10}\]|_{3,}(?:,?\s*(?:19|20)\d\d)?)/.exec(after);
    if (blank) {
      result.agreement = make(blank[0].trim(), s.text, [s.block], true);
      break;
    }
  }
  if (!result.agreement) {
    // "Date: 17 July 2023" / "Dated: 15/07/2016" / "Date: 201[ ]" label lines.
    for (const [i, b] of pre.entries()) {
      // The label and its value may be separate blocks ("Date:" then "201[ ]").
      const labelOnly = /^\s*(?:agreement\s+)?dated?\s*:\s*$/i.test(b.text) ? pre[i + 1] : undefined;
      const m = /^\s*(?:agreement\s+)?dated?\s*:\s*(.{2,40})$/i.exec(labelOnly ? `Date: ${labelOnly.text.trim()}` : b.text.trim());
      if (!m) continue;
      const d = findDate(m[1]!);
      const cited = labelOnly ? [b, labelOnly] : [b];
      const text = cited.map((x) => x.text).join(' ');
      if (d) result.agreement = make(d.iso, text, cited);
      else if (hasBlank(m[1]!) || /\d{2,3}\s*\[/.test(m[1]!)) result.agreement = make(m[1]!.trim(), text, cited, true);
      if (result.agreement) break;
    }
  }
  if (!result.agreement) {
    // "on or about [Date of Safe Execution] (the "Date")": a date left blank in a template.
    for (const s of opening) {
      const m = /(\[[^\]]{1,40}\])\s*\((?:the\s+)?[“"](?:Effective\s+)?Date[”"]\)/i.exec(s.text) ?? /\b(?:dated|as of|on or about|on)\s+(\[[^\]]{0,30}\bdate\b[^\]]{0,30}\])/i.exec(s.text);
      if (m) {
        result.agreement = make(m[1]!, s.text, [s.block], true);
        break;
      }
    }
  }
  // Effective date: "effective as of DATE" or "DATE (the "Effective Date")".
  for (const s of sents) {
    const eff = /\b(?:this|the) (?:agreement|contract)\b[^.]{0,40}?\b(?:is|shall be|will be|becomes?|made|be)\s+effective\s+(?:as\s+of\s+|on\s+|from\s+)?(?:the\s+)?/i.exec(s.text);
    if (eff) {
      const d = findDate(s.text.slice(eff.index + eff[0].length, eff.index + eff[0].length + 40));
      if (d && d.index < 6 && !/\(the\s+[“"](?!effective)/i.test(s.text.slice(eff.index, eff.index + eff[0].length + d.index + d.text.length + 30))) {
        result.effective = make(d.iso, s.text, [s.block]);
        break;
      }
    }
    const defined = /\(\s*(?:the\s+)?[“"]Effective Date[”"]\s*\)/i.exec(s.text);
    if (defined) {
      const before = s.text.slice(Math.max(0, defined.index - 60), defined.index);
      const d = findDate(before);
      if (d) {
        result.effective = make(d.iso, s.text, [s.block]);
        break;
      }
    }
  }
  // A term that runs "from the date first written above" starts on the agreement date.
  if (!result.effective && result.agreement && !result.agreement.blank) {
    const s = first(sents, /\b(term|agreement)\b[^.]{0,60}\b(commenc\w+|begin\w*|start\w*)\s+(on|as of|from)\s+the\s+(date first (set forth|written) above|date hereof|date of this agreement)\b/i);
    if (s) result.effective = make(result.agreement.value, `${result.agreement.text} … ${s.text}`, [...blocksOf(result.agreement), s.block]);
  }
  return result;
}

function blocksOf(term: KeyTerm): Block[] {
  return term.citations.map((c) => ({ id: c.blockId, page: c.page, kind: 'paragraph' as const, text: '', section: [], ...(c.clause ? { clause: c.clause } : {}) }));
}

function inTermClause(s: Sentence): boolean {
  return /\b(term|duration|renewal|commencement)\b/i.test(`${s.block.section.join(' ')} ${s.block.text.slice(0, 40)}`);
}

function expirationTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const re = /\b(initial term|term of this agreement|the term (thereof|hereof)|this agreement shall (continue|remain)|(shall|will) (continue|remain) (in (full )?(force|effect)|effective|until)|shall expire|will expire|shall terminate on|until terminated|expire on)\b/i;
  let best: { s: Sentence; score: number } | undefined;
  for (const s of sents) {
    if (!re.test(s.text)) continue;
    let score = 0;
    if (/\b(initial term|term of this agreement|the term (thereof|hereof))\b/i.test(s.text)) score += 2;
    if (/\b(this|the) agreement\b[^.]{0,120}\b(continue|remain|expire|term)/i.test(s.text)) score += 2;
    if (inTermClause(s)) score += 1;
    if (DURATION.test(s.text) || findDate(s.text)) score += 1;
    if (/\buntil\b|\bexpire/i.test(s.text)) score += 1;
    // Definitions and deadlines that mention the term are not the term.
    if (/["“][^"”]{2,50}["”]\s+(means|shall mean)\b/i.test(s.text)) score -= 4;
    if (/^\s*(within|if|in the event|upon|following)\b/i.test(s.text)) score -= 2;
    if (RENEWAL.test(s.text) && !/\binitial term\b/i.test(s.text)) score -= 2;
    if (score > 2 && (!best || score > best.score)) best = { s, score };
  }
  if (!best) return undefined;
  const s = best.s;
  const d = duration(s.text);
  const until = /\b(?:until|through|expire on|ending on)\s+([^.;,]{3,80})/i.exec(s.text)?.[1];
  const date = findDate(s.text);
  const value = d ? (until && !DURATION.test(until) ? `${d}; until ${until}` : d) : until ? `until ${until}` : date ? date.iso : 'stated in the clause';
  return make(value, s.text, [s.block]);
}

const RENEWAL = /\b(automatic(?:ally)? (?:be )?renew\w*|renew\w* automatically|shall be renewed|will be renewed|may (?:be )?renew\w*|option to (?:renew|extend)|extension period|renewal terms?\b(?! of any))/i;

function renewalTerms(sents: readonly Sentence[]): { renewal?: KeyTerm; notice?: KeyTerm } {
  const s = sents.find((c) => RENEWAL.test(c.text) && /\b(agreement|term|contract)\b/i.test(c.text) && !/\b(patent|trademark|registration|insurance|polic(y|ies)|permit)\b/i.test(c.text));
  if (!s) return {};
  const automatic = /automatic|will be renewed|shall be renewed|shall renew|will renew/i.test(s.text);
  const len = /(?:renewal terms?|periods?|terms?)\s+of\s+([^.,;]{0,30}?\b(?:years?|months?)\b)/i.exec(s.text)?.[1] ?? /\b((?:\w+\s+)?(?:\(\d+\)\s*)?[~-]?\s*(?:year|month)s?)\s*(?:renewal\s+)?(?:terms?|periods?)\b/i.exec(s.text)?.[1];
  const count = /\bup to\s+(\w+)(?:\s*\((\d+)\))?\s+(?:additional\s+|successive\s+)?(?:renewal|extension|further)?/i.exec(s.text) ?? /\bfor\s+(one|two|three)(?:\s*\((\d+)\))?\s+additional\b/i.exec(s.text);
  const parts = [automatic ? 'automatic' : 'by option'];
  if (count) parts.push(`up to ${toNumber(count[1]!, count[2])}`);
  else if (/successive/i.test(s.text)) parts.push('successive');
  if (len) {
    const d = duration(len.replace('~', ' ').replace(/-/g, ' '));
    const word = /\b(one|two|three|four|five|six|seven|ten|twelve)[\s-]+(year|month)/i.exec(len);
    const lengthText = d ?? (word ? `${NUMBER_WORDS[word[1]!.toLowerCase()]} ${word[2]!.toLowerCase()}` : undefined);
    if (lengthText) parts.push(`${lengthText.replace(/^1 (year|month)s?$/, '1 $1')} each`);
  }
  const renewal = make(parts.join(', '), s.text, [s.block]);
  // The notice to stop renewal usually sits in the same sentence ("unless either party gives 90 days' notice").
  const noticeSentence = [s, ...sents.filter((c) => c.at >= s.at && c.at <= s.at + 1 && c !== s)].find((c) => /\b(notice|elect\w* not to renew|non-?renewal)\b/i.test(c.text) && /\b(prior to|before|in advance)\b/i.test(c.text));
  let notice: KeyTerm | undefined;
  if (noticeSentence) {
    const m = new RegExp(`${DURATION.source}[^.;]{0,80}?\\b(prior to|before|in advance)`, 'i').exec(noticeSentence.text);
    const d = m ? duration(m[0]) : undefined;
    if (d) notice = make(d, noticeSentence.text, [noticeSentence.block]);
  }
  return { renewal, ...(notice ? { notice } : {}) };
}

function terminationTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const rights = sents.filter(
    (s) =>
      /\b(may|shall have the right to|will have the right to|is entitled to|can)\s+(immediately\s+)?(terminate|be terminated)\b[^.]{0,60}\b(this|the|an?|any)\s+(\w+\s+){0,2}(agreement|contract|terms|order form|licen[cs]e|lease|sow|statement of work)|\b(this|the) (agreement|contract)\b[^.]{0,40}\bmay be terminated\b|\bterminat\w+ (this agreement |the agreement )?for (convenience|cause)\b/i.test(s.text) &&
      !/\b(no material breach|would give any party)\b/i.test(s.text),
  );
  if (!rights.length) return undefined;
  const kinds: string[] = [];
  const cause = rights.find((s) => /\b(breach|default|insolven\w*|bankrupt\w*|fails? to|material)\b/i.test(s.text));
  const convenience = rights.find((s) => /\b(convenience|without cause|for any reason|at any time|no reason)\b/i.test(s.text));
  if (cause) kinds.push('for cause');
  if (convenience) kinds.push('for convenience');
  const noticeSrc = convenience ?? cause ?? rights[0]!;
  const notice = /(\d+|\w+)\s*(?:\(\d+\)\s*)?(?:business |calendar )?days?['’]?\s*(?:prior\s+)?(?:written\s+)?notice|notice of (?:at least |not less than )?\w+\s*(?:\(\d+\)\s*)?days/i.exec(noticeSrc.text);
  const d = notice ? duration(notice[0]) : undefined;
  const value = [kinds.length ? kinds.join(' and ') : 'rights stated', d ? `${d}' notice` : undefined].filter(Boolean).join('; ');
  const used = [cause, convenience].filter((s): s is Sentence => !!s);
  const sources = used.length ? used : [rights[0]!];
  return make(value, sources.map((s) => s.text).join(' … '), sources.map((s) => s.block));
}

const US_STATES = new Set(['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'district of columbia']);
const ADJECTIVE_LAW: Record<string, string> = { english: 'England and Wales', scottish: 'Scotland', irish: 'Ireland', french: 'France', german: 'Germany', swiss: 'Switzerland', dutch: 'Netherlands', canadian: 'Canada', singaporean: 'Singapore', australian: 'Australia' };

/** The jurisdiction a governing-law sentence names ("the State of Ohio" → "Ohio, United States"), or undefined. */
export function jurisdictionOf(sentence: string): string | undefined {
  const adjective = /\b([A-Z][a-z]+) law\b/.exec(sentence);
  const laws = /\b[Ll]aws?\s+(?:in force\s+)?(?:of|in)\s+(?:the\s+)?((?:(?:State|Commonwealth|Province|Republic|Kingdom|Federal Republic)\s+of\s+)?[A-Z][\w.]*(?:\s+(?:and|of)?\s*[A-Z][\w.]*){0,4})/.exec(sentence);
  let place: string | undefined;
  if (laws) place = laws[1]!.replace(/^(State|Commonwealth|Province|Republic)\s+of\s+/, '').replace(/\.+$/, '').replace(/\s+(?:and|of)\s*$/, '').trim();
  else if (adjective && ADJECTIVE_LAW[adjective[1]!.toLowerCase()]) place = ADJECTIVE_LAW[adjective[1]!.toLowerCase()];
  if (!place) return undefined;
  if (/^(United States|USA|U\.S\.)( of America)?$/i.test(place)) return 'United States';
  if (US_STATES.has(place.toLowerCase())) return `${place}, United States`;
  if (/^England$/i.test(place)) return 'England and Wales';
  return place;
}

function governingLawTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const re = /\b(governed|construed|interpreted|governing law)\b[^.]{0,200}\blaws?\b|\bgoverned by[^.]{0,40}\b[A-Z][a-z]+ law\b/i;
  for (const s of sents) {
    if (!re.test(s.text) || !/\b(agreement|contract|this)\b/i.test(s.text)) continue;
    if (/\bunder the laws of the (state|jurisdiction) of (its|their)\b/i.test(s.text) && !/governed/i.test(s.text)) continue;
    const place = jurisdictionOf(s.text.slice(Math.max(0, s.text.search(/governed|construed|interpreted|governing law/i))).replace(/\b(the )?laws of (the )?(state|jurisdiction) of (its|their) (organi[sz]ation|incorporation)\b/gi, ''));
    if (place) return make(place, s.text, [s.block]);
  }
  return undefined;
}

function jurisdictionTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const cue = /\b(exclusive|non-exclusive)?\s*jurisdiction of\b|\bsubmits? to the\b[^.]{0,60}\bjurisdiction\b|\bcourts? (?:of|located in|sitting in)\b|\bvenue\b[^.]{0,60}\b(?:in|of)\b|\barbitration\b[^.]{0,160}\b(?:held|seated|conducted|take place) in\b/i;
  const noise = /\b(competent jurisdiction|having or asserting jurisdiction|jurisdiction of (its|their) (organi[sz]ation|incorporation)|any jurisdiction|insolven\w*|bankrupt\w*)\b/i;
  for (const s of sents) {
    if (!cue.test(s.text) || noise.test(s.text)) continue;
    const courts = /\b(?:courts?|tribunals?)\s+(?:of|located in|sitting in|in)\s+(?:the\s+)?([A-Z][^,.;()]{2,60}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)/.exec(s.text) ?? /\b(?:held|seated|conducted|take place|venue (?:shall be|is|of))\s+in\s+(?:the\s+)?([A-Z][^,.;()]{2,60}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)/.exec(s.text) ?? /\bjurisdiction of (?:the\s+)?([A-Z][^,.;()]{2,60})/.exec(s.text);
    const place = courts?.[1]?.replace(/\s+(?:in|for|with|and|to)\s*$/i, '').trim();
    if (!place) continue;
    const exclusive = /\bnon-exclusive jurisdiction\b/i.test(s.text) ? 'non-exclusive' : /\bexclusive\b/i.test(s.text) ? 'exclusive' : undefined;
    const arbitration = /\barbitrat/i.test(s.text) ? 'arbitration' : undefined;
    return make([place, exclusive, arbitration].filter(Boolean).join('; '), s.text, [s.block]);
  }
  return undefined;
}

const MONEY = /(?:US\$|USD|\$|€|EUR|£|GBP|CAD|C\$|A\$|AUD)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand|[mk]\b))?|\d[\d,]*(?:\.\d+)?\s?(?:dollars|euros|pounds)\b/gi;

function currency(amount: string): string {
  const a = amount.replace(/\s+/g, ' ').trim();
  const code = /^(US\$|USD|\$)/i.test(a) ? 'USD' : /^(€|EUR)/i.test(a) ? 'EUR' : /^(£|GBP)/i.test(a) ? 'GBP' : /^(CAD|C\$)/i.test(a) ? 'CAD' : /^(A\$|AUD)/i.test(a) ? 'AUD' : /dollars/i.test(a) ? 'USD' : /euros/i.test(a) ? 'EUR' : /pounds/i.test(a) ? 'GBP' : '';
  const number = a.replace(/^(US\$|USD|\$|€|EUR|£|GBP|CAD|C\$|A\$|AUD)\s?/i, '').replace(/\s?(dollars|euros|pounds)$/i, '');
  return code ? `${code} ${number}` : number;
}

function paymentTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const payish = /\b(pay\w*|fees?|price|royalt\w*|compensat\w*|purchase amount|consideration|invoice\w*|rates?|charges?)\b/i;
  const withMoney = sents.filter((s) => payish.test(s.text) && MONEY.test(s.text) && !/\binsurance|liabilit/i.test(s.text));
  MONEY.lastIndex = 0;
  const timing = sents.find((s) => /\b(within|no later than|net)\s+\w+\s*(\(\d+\)\s*)?days?\b[^.]{0,60}\b(invoice|receipt|after)|\binvoices?\b[^.]{0,80}\b(payable|due|paid) within\b/i.test(s.text));
  const blankMoney = sents.find((s) => payish.test(s.text) && /(?:\$|€|£)\s?\[[^\]]*\]|\[\s*_{2,}\s*\]\s*(dollars|euros|pounds)/i.test(s.text));
  if (!withMoney.length && blankMoney) {
    const m = /(?:\$|€|£)\s?\[[^\]]*\]|\[\s*_{2,}\s*\]\s*(?:dollars|euros|pounds)/i.exec(blankMoney.text)!;
    return make(m[0], blankMoney.text, [blankMoney.block], true);
  }
  if (!withMoney.length && !timing) {
    const payer = sents.find((s) => /\b(shall|will|must|agrees? to)\s+pay\b/i.test(s.text));
    return payer ? make('payment obligation stated, no amount in the text', payer.text, [payer.block]) : undefined;
  }
  const amounts: string[] = [];
  for (const s of withMoney.slice(0, 3)) for (const m of s.text.matchAll(MONEY)) if (amounts.length < 3 && !amounts.includes(currency(m[0]))) amounts.push(currency(m[0]));
  const due = timing ? /\b(within|no later than)\s+\w+\s*(?:\(\d+\)\s*)?days?[^.;,]{0,60}/i.exec(timing.text)?.[0] ?? /\bnet\s+\d+/i.exec(timing.text)?.[0] : undefined;
  const value = [amounts.join(', '), due].filter(Boolean).join('; ');
  const used = [...withMoney.slice(0, 2), ...(timing ? [timing] : [])];
  const blank = used.some((s) => /\$\s?\[|\[\s*_*\s*\]|\$_{2,}/.test(s.text));
  return make(value || 'stated in the clause', used.map((s) => s.text).join(' … '), used.map((s) => s.block), blank);
}

/** A phrase cut at a word boundary to at most `max` characters, marked with an ellipsis when cut. */
function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

function liabilityCapTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const s = first(
    sents,
    /\b(liabilit\w*|liable)\b[^.]{0,250}\b(shall not exceed|will not exceed|not to exceed|(?:will|shall) not be more than|(?<!not )limited to|exceed|capped at|maximum aggregate)\b/i,
    (c) => /\b(in no event|not|aggregate|total|maximum|cap\w*|limited to)\b/i.test(c.text) && !/\bindemnif/i.test(c.text.slice(0, 80)),
  );
  if (!s) return undefined;
  MONEY.lastIndex = 0;
  const money = s.text.match(MONEY)?.[0];
  const basis = /\b(?:exceed|limited to|capped at|more than)\s+([^.;]{5,400})/i.exec(s.text)?.[1];
  const value = money ? currency(money) : basis ? shorten(basis) : 'limited (see clause)';
  return make(value, s.text, [s.block]);
}

function indemnificationTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const all = sents.filter((s) => /\b(shall|will|agrees? to|covenants? and agrees? to)\b[^.]{0,80}\b(indemnif\w+|hold harmless)\b/i.test(s.text));
  if (!all.length) return undefined;
  const who = all
    .map((s) => /^(?:[0-9.]+\s+)?(?:subject to [^,]*,\s*)?(.{2,60}?)\s+(?:hereby|covenants|agrees|shall|will)\b/i.exec(s.text)?.[1]?.trim())
    .map((w) => w?.replace(/\s*\([^)]*\)/g, '').trim())
    .filter((w): w is string => !!w && w.split(' ').length <= 5 && (/^[A-Z]/.test(w) || /^(each|either) party$/i.test(w)));
  const unique = [...new Set(who.map((w) => w.replace(/^the\s+/i, '')))];
  const mutual = unique.some((w) => /^(each|either) party$/i.test(w)) || unique.length >= 2;
  const value = mutual ? `mutual${unique.length >= 2 && !unique.some((w) => /party$/i.test(w)) ? ` (${unique.slice(0, 2).join(', ')})` : ''}` : unique[0] ? `by ${unique[0]}` : 'stated in the clause';
  const used = all.slice(0, 2);
  return make(value, used.map((s) => s.text).join(' … '), used.map((s) => s.block));
}

function confidentialityTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const all = sents.filter((s) => /\bconfidential/i.test(s.text) && /\b(shall|will|must|undertakes?|agrees?)\b/i.test(s.text) && /\b(not (to )?disclose|nor\b[^.]{0,12}\bdisclose|protect\b|keep\b|hold\b|maintain\b|secret|confidential(ity)? obligations?|in confidence)/i.test(s.text));
  if (!all.length) return undefined;
  // Prefer the confidentiality clause itself over passing mentions ("protect the confidentiality of passwords").
  const inClause = (s: Sentence) => /confidential|non-?disclosure/i.test(`${s.block.section.join(' ')} ${s.block.text.slice(0, 60)}`);
  all.sort((a, b) => Number(inClause(b)) - Number(inClause(a)));
  const period = sents.find((s) => /\bconfidential/i.test(s.text) && /\b(for a period of|period of|survive|after (the )?(termination|expiration|disclosure)|years? (after|from|following))\b/i.test(s.text) && DURATION.test(s.text));
  // "The undertakings … will continue in force [indefinitely][for [insert number] years …]": left blank.
  const blankPeriod = sents.find((s) => /\b(continue in force|survive|remain in (force|effect))\b/i.test(s.text) && hasBlank(s.text) && /\b(undertakings?|confidential\w*|obligations?)\b/i.test(s.text));
  if (!period && blankPeriod) {
    const after = /\b(?:continue in force|survive|remain in (?:force|effect))\s+(.*?)\.?$/i.exec(blankPeriod.text)?.[1] ?? blankText(blankPeriod.text) ?? '[ ]';
    return make(shorten(after), blankPeriod.text, [blankPeriod.block], true);
  }
  const chosen = period ?? all[0]!;
  const d = period ? duration(period.text) : undefined;
  const value = d ? `${d}${/\b(termination|expir)/i.test(period!.text) ? ' after termination or expiry' : ''}` : 'obligations stated, no fixed period';
  return make(value, chosen.text, [chosen.block]);
}

function assignmentTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const s = first(sents, /\b(may not|shall not|will not|cannot|no party may|neither\b[^.]{0,40}\b(may|shall|are))\b[^.]{0,80}\bassign\w*\b|\bassign\w*\b[^.]{0,120}\b(without (the )?(prior )?(written )?consent|consent of the other)\b|\bmay (freely )?assign\b/i, (c) => !/\bassignment for the benefit of creditors\b/i.test(c.text));
  if (!s) return undefined;
  const consent = /\bwithout (?:the )?(?:prior )?(?:express )?(?:written )?consent\b|\bconsent of the other\b/i.test(s.text);
  const prohibited = consent || /\b(may not|shall not|will not|cannot|no party may|neither\b[^.]{0,60}\b(may|shall|are|is)|not (transferable|assignable))\b/i.test(s.text);
  const exceptions = /\b(affiliate|successor|merger|acquisition|change of control|sale of all)\w*/i.exec(s.text);
  const value = prohibited ? (consent ? 'consent of the other party required' : 'not assignable') : /freely/i.test(s.text) ? 'freely assignable' : 'assignable (see clause)';
  return make(exceptions && prohibited ? `${value} (except to ${exceptions[0].toLowerCase().replace(/s$/, '')}s)` : value, s.text, [s.block]);
}

function nonCompeteTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const compete = first(sents, /\bnon-?compet\w*|\bshall not[^.]{0,60}\b(compete|engage in (any )?(business|activit))|\bnon-?solicit\w*/i);
  const exclusive = first(sents, /\b(sole and )?exclusive (provider|supplier|distributor|licen[cs]ee?|rights?|dealer|agent|reseller|purchaser|customer)\b|\ban? (\d+ year )?exclusive[^.]{0,40}\blicen[cs]e\b/i, (c) => !/\b(non-exclusive|remedy|remedies)\b/i.test(c.text) && !/["“][^"”]{2,50}["”]\s+(means|shall mean)\b/i.test(c.text));
  const s = compete ?? exclusive;
  if (!s) return undefined;
  const value = compete ? (/solicit/i.test(compete.text) && !/compet/i.test(compete.text) ? 'non-solicitation' : 'non-compete') : 'exclusivity';
  const used = [compete, exclusive].filter((x): x is Sentence => !!x);
  return make(compete && exclusive ? `${value}; exclusivity` : value, used.map((x) => x.text).join(' … '), used.map((x) => x.block));
}

function insuranceTerm(sents: readonly Sentence[]): KeyTerm | undefined {
  const s = first(sents, /\b(maintain|carry|procure|obtain|keep)\b[^.]{0,120}\binsurance\b|\binsurance (coverage|policy|policies)\b[^.]{0,80}\b(of|at least|not less than|minimum)\b/i);
  if (!s) return undefined;
  MONEY.lastIndex = 0;
  const money = s.text.match(MONEY)?.[0];
  return make(money ? `required; at least ${currency(money)}` : 'required', s.text, [s.block]);
}

/** Deterministic key terms and the clause map of a document. */
export function extractKeyTerms(doc: ExtractedDocument): { terms: KeyTerms; clauses: ClauseEntry[] } {
  const blocks = doc.blocks;
  const sents = sentencesOf(blocks);
  const pre = blocks.slice(0, PREAMBLE_BLOCKS);
  const terms: KeyTerms = {};
  const set = (name: KeyTermName, t: KeyTerm | undefined): void => {
    if (!t) return;
    // A value read from a template blank is reported as the blank, never filled in.
    if (!t.blank && typeof t.value === 'string' && hasBlank(t.value)) {
      t.blank = true;
      t.value = blankText(t.value) ?? t.value;
    }
    terms[name] = t;
  };
  set('title', titleTerm(doc, pre, sents));
  set('parties', partiesTerm(pre, sents));
  const dates = dateTerms(pre, sents);
  set('agreementDate', dates.agreement);
  set('effectiveDate', dates.effective);
  set('expiration', expirationTerm(sents));
  const renewal = renewalTerms(sents);
  set('renewal', renewal.renewal);
  set('renewalNotice', renewal.notice);
  set('termination', terminationTerm(sents));
  set('governingLaw', governingLawTerm(sents));
  set('jurisdiction', jurisdictionTerm(sents));
  set('payment', paymentTerm(sents));
  set('liabilityCap', liabilityCapTerm(sents));
  set('indemnification', indemnificationTerm(sents));
  set('confidentiality', confidentialityTerm(sents));
  set('assignment', assignmentTerm(sents));
  set('nonCompete', nonCompeteTerm(sents));
  set('insurance', insuranceTerm(sents));
  return { terms, clauses: buildClauseMap(blocks) };
}
