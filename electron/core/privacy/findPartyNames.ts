/**
 * The names that identify a contract's parties, from several independent signals, so that one
 * missed signal does not let a name out: the opening sentence, defined short names that are proper
 * names ("Zentrovax"), signature blocks, notice addresses and letterheads/running headers. Recall
 * comes first: in those places every capitalised name that is not a role word or the contract's
 * vocabulary is taken. (Key terms' party extraction is a separate, accuracy-first reader.)
 */
import type { Block } from '../../../shared/document';
import { bareWord, createNameLexicon, isLegalFormWord, isRoleWord, type NameLexicon } from './nameLexicon';

export type PartyNameSource = 'preamble' | 'defined' | 'signature' | 'notice' | 'letterhead';

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
const TOKEN = /[\p{Lu}\d][\p{L}\p{N}&'’.\-/]*|\p{Ll}+\p{Lu}[\p{L}\p{N}.-]*|\p{Ll}[\p{L}\p{N}-]*\.(?:com|net|org|io)\b|\p{Ll}+/gu;
const CONNECTORS = new Set(['of', 'and', '&', 'de', 'du', 'der', 'des', 'la', 'le', 'del', 'da', 'di', 'von', 'van', 'the', 'for', 'y', 'on']);
// Words that end one name and start the next in a signature line ("… Officer Zentrovax Capital …"), never inside a name.
const BREAK_WORDS = new Set(
  'by name title its attention attn date dated chief vice officer president director secretary treasurer chairman counsel ceo cfo coo witness whereof signature signed address email phone telephone fax facsimile tel with copy to if'.split(' '),
);
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
  for (const tok of toks) {
    const word = tok.text.replace(/[.’']+$/, '');
    const connector = CONNECTORS.has(tok.text.toLowerCase());
    if (BREAK_WORDS.has(word.toLowerCase()) || (!connector && !isNameToken(tok.text))) {
      flush();
      continue;
    }
    if (run.length) {
      const prev = run[run.length - 1]!;
      const gap = text.slice(prev.end, tok.start);
      const commaBeforeForm = /^,\s*$/.test(gap) && isLegalFormWord(tok.text);
      const sentenceEnd = /\.$/.test(prev.text) && !ABBREVIATION.test(prev.text) && !isLegalFormWord(prev.text);
      if ((!/^[ \t]+$/.test(gap) && !commaBeforeForm) || sentenceEnd) flush();
    }
    if (connector && run.length === 0) continue;
    run.push(tok);
  }
  flush();
  return runs.map((r) => ({ ...r, text: r.text.replace(/[’']s$/, '').replace(/(?<!\b\p{Lu}|Inc|INC|Co|CO|Corp|CORP|Ltd|LTD|Jr|Sr|L\.P|N\.A|S\.A|B\.V|N\.V)\.$/u, '') }));
}

/** A name followed by its address in capitals ("ACME SERVICES OF 12 SKY PARK CIRCLE") without the address. */
function beforeAddress(run: string): string {
  // An address, an account or a date follows at the first number of two digits or more.
  const at = /\s+(?:(?:OF|of|AT|at)\s+)?\d{2,}/.exec(run) ?? (run.split(/[\s,]+/).some((w) => STREET.test(w)) ? /\s+\d/.exec(run) : null);
  return at ? run.slice(0, at.index) : run;
}

/** Whether a run is a name here: it has a distinctive word, or a legal form after some other word. */
function isNameRun(run: string, lexicon: NameLexicon): boolean {
  const words = run.split(/[\s,]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
  if (words.some((w) => STREET.test(w)) || /^\d/.test(run)) return false;
  if (words.some((w) => lexicon.isDistinctive(w))) return true;
  const forms = words.filter((w) => isLegalFormWord(w)).length;
  return forms > 0 && words.length > forms && words.some((w) => !isRoleWord(w) && !isLegalFormWord(w));
}

/** "First Last", "First M. Last": a person rather than an organisation (no legal form). */
export function looksLikePerson(name: string): boolean {
  const n = name.trim();
  if (/^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+\p{Lu}[\p{Ll}'’-]+$/u.test(n)) return true;
  return /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)*(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}(?:,?\s+(?:Jr|Sr|II|III)\.?)?$/u.test(n);
}

const OPENING = /\b(?:by and between|by and among|entered into|made and entered|is made)\b|\b(?:between|among)\b[^.]{0,300}\(\s*(?:the\s+|hereinafter\s+)?["“]/i;
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
  return [...out];
}

const SIGNATURE = /\bIN WITNESS WHEREOF\b|(?:^|\s)(?:By|Name|Title|Signature|Signed)\s*:|\/s\//i;
const NOTICE = /\b(?:if to|copy to|copies to|attention|attn)\b|\bnotices?\b.{0,80}\b(?:address|addressed)\b/i;

/** Blocks near a signature ("By:", "Name:", "IN WITNESS WHEREOF") or a notice address ("If to X:"). */
function regionBlocks(blocks: readonly Pick<Block, 'text'>[], marker: RegExp, before: number, after: number): number[] {
  const out = new Set<number>();
  blocks.forEach((b, i) => {
    if (!marker.test(b.text)) return;
    for (let j = Math.max(0, i - before); j <= Math.min(blocks.length - 1, i + after); j++) out.add(j);
  });
  return [...out];
}

/** Short lines repeated on several pages: running headers and footers (often a party's name). */
function repeatedLines(blocks: readonly Pick<Block, 'text' | 'page'>[]): number[] {
  const pages = new Map<string, Set<number>>();
  blocks.forEach((b) => {
    if (b.text.length > 100) return;
    const key = b.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
    (pages.get(key) ?? pages.set(key, new Set()).get(key)!).add(b.page);
  });
  const out: number[] = [];
  blocks.forEach((b, i) => {
    const key = b.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
    if ((pages.get(key)?.size ?? 0) >= 3) out.push(i);
  });
  return out;
}

// A short name in parentheses without quotes: "ACME SERVICES (ACME)".
const BARE_SHORT = /\(\s*(\p{Lu}[\p{L}\p{N}&.-]{1,30})\s*\)/gu;
const DEFINED = /\(\s*(?:(?:the|this|each|collectively|together|individually|jointly|hereinafter(?:\s+(?:referred\s+to\s+as|called))?|herein(?:after)?|also|referred\s+to\s+(?:herein\s+)?as|as|a|an|or|and|,)\s*)*["“”‘'’]([^"“”‘’()]{1,60}?)[,.]?["“”’'](?:[^()]{0,80}?["“”‘'’]([^"“”‘’()]{1,60}?)[,.]?["“”’'])?[^()]{0,80}\)/g;

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
  if (sw.some((w) => w.length >= 3 && fw.includes(w) && !isRoleWord(w) && !isLegalFormWord(w))) return true;
  const glued = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (glued.length >= 4 && !isRoleWord(glued) && full.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').includes(glued)) return true;
  if (/^[\p{Lu}\d][\p{Lu}\d&-]{1,7}$/u.test(short.trim())) {
    const letters = short.replace(/[^\p{Lu}\d]/gu, '').toLowerCase();
    const initials = fw.filter((w) => !isLegalFormWord(w) || fw.length <= 2).map((w) => w[0]).join('');
    let j = 0;
    for (const c of initials) if (c === letters[j]) j++;
    return j === letters.length && initials[0] === letters[0];
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
): PartyName[] {
  const blocks = doc.blocks;
  // The contract's own defined terms ("Licensed Products") are vocabulary wherever they are capitalised.
  const defined = new Set((doc.definitions ?? []).map((d) => nameWords(d.term).join(' ')).filter(Boolean));
  const isDefinedTerm = (run: string): boolean => {
    const w = nameWords(run);
    for (let end = w.length; end > 0; end--) {
      if (defined.has(w.slice(0, end).join(' '))) return w.slice(end).every((x) => CONNECTORS.has(x) || isRoleWord(x));
    }
    return false;
  };
  const lex = lexicon ?? createNameLexicon(blocks.map((b) => b.text));
  const found = new Map<string, PartyName>();
  // `derived`: a short name made from a full name ("ITS" for "International Test Systems") is a name even if it spells a word.
  const add = (raw: string, source: PartyNameSource, derived = false) => {
    const name = raw.replace(/\s+/g, ' ').replace(/^(?:the|and|or)\s+/i, '').replace(/[,;:\s]+$/, '').trim();
    if (name.length < 2 || (!derived && nameWords(name).every((w) => isRoleWord(w) || isLegalFormWord(w)))) return;
    const key = nameWords(name).join(' ');
    if (!found.has(key)) found.set(key, { name, kind: looksLikePerson(name) ? 'PERSON' : 'ORG', source });
  };
  const takeRuns = (text: string, source: PartyNameSource) => {
    for (const whole of capitalisedRuns(text)) {
      const run = { ...whole, text: beforeAddress(whole.text) };
      // One capitalised word opening a sentence ("Specific information …") is grammar, not a name.
      // A lone capitalised word is too weak a signal on its own (headings, defined terms, cities):
      // single-word names come from defined short names and from the first word of a full name.
      if (!/[\s,]/.test(run.text.trim()) && !/^\p{Lu}[\p{Lu}\d&-]+$/u.test(run.text)) continue;
      if (isNameRun(run.text, lex) && !isDefinedTerm(run.text)) add(run.text, source);
    }
  };

  const preamble = preambleBlocks(blocks);
  const regions: [number[], PartyNameSource][] = [
    [preamble, 'preamble'],
    [regionBlocks(blocks, SIGNATURE, 3, 4), 'signature'],
    [regionBlocks(blocks, NOTICE, 1, 6), 'notice'],
    [repeatedLines(blocks), 'letterhead'],
  ];
  for (const [indices, source] of regions) for (const i of indices) takeRuns(blocks[i]!.text, source);
  if (doc.title) takeRuns(doc.title, 'letterhead');

  // Defined short names. In the preamble, any short name that is not a role word is a name; elsewhere
  // only one made from a name already found (defined terms are mostly the contract's vocabulary).
  const inPreamble = new Set(preamble);
  blocks.forEach((b, i) => {
    for (const m of [...b.text.matchAll(DEFINED), ...b.text.matchAll(BARE_SHORT)]) {
      const before = b.text.slice(Math.max(0, m.index - 250), m.index);
      // In the preamble the name a short name shortens may be any capitalised run ("GUARANTY BANK (“Guaranty”)").
      const runs = capitalisedRuns(before)
        .map((r) => beforeAddress(r.text))
        .filter((r) => isNameRun(r, lex) || (inPreamble.has(i) && !nameWords(r).every((w) => isRoleWord(w) || isLegalFormWord(w))))
        .reverse();
      for (const short of [m[1], m[2]]) {
        const s = short?.trim();
        if (!s || /^(?:the\s+)?part(?:y|ies)\b/i.test(s)) continue;
        const words = s.split(/\s+/);
        // The name it shortens is one of the names just before it (nearest first): "ACME TEST SYSTEMS, INC. of 12 Oak Road (ATS)".
        const owner = runs.find((r) => shortNameOf(s, r));
        const distinctive = words.some((w) => lex.isDistinctive(w));
        if (owner || (inPreamble.has(i) && distinctive) || (distinctive && [...found.values()].some((f) => shortNameOf(s, f.name)))) {
          add(s, 'defined', owner !== undefined);
          const named = owner ?? (inPreamble.has(i) ? runs.find((r) => isNameRun(r, lex)) : undefined);
          if (named) add(named, 'defined', owner !== undefined);
        }
      }
    }
  });
  return [...found.values()];
}

/** The word a name is called by on its own: the first distinctive word of an organisation, a person's surname. */
export function standaloneWord(name: PartyName, lexicon: NameLexicon): string | undefined {
  const words = name.name.split(/[\s,]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()));
  const candidate = name.kind === 'PERSON' ? words.filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w)).pop() : words[0];
  if (!candidate || candidate.length < 3 || candidate === name.name) return undefined;
  const bare = candidate.replace(/[’']s$/, '').replace(/[,.]+$/, '');
  return lexicon.isDistinctive(bare) && bareWord(bare).length >= 3 ? bare : undefined;
}
