/**
 * Finds names of organisations and people in text for redaction: corporate-suffix and labelled-
 * person patterns, the NLP model, and every later form of a known name (case, spacing, line-end
 * hyphens, possessives, plurals). Longer than most modules because the patterns and the filters
 * that reject non-names (labels, role words) must agree; each long pattern is commented.
 */
import nlp from 'compromise';
import type { Span } from './structuredIds';
import { opensWithState } from './findAddresses';
import { bareWord, isDescription, isEnglishWord, isFirstName, isLegalFormWord, isPartyRole, isPlace, isPlaceName, isPostNominal, isPublicBody, isRoleWord } from './nameLexicon';
import { isTermOfArt } from './isTermOfArt';
import { textWindows } from './textWindows';

// Legal forms, and the words institutional names end with, that make a run of capitalised words
// before them a company's name; the closing dot is optional ("Inc" / "Inc.").
const CORP_SUFFIX =
  "(?:Inc|Incorporated|LLC|L\\.L\\.C|Ltd|Limited|Corp|Corporation|Company|Co|GmbH|AG|SE|S\\.A|SA|S\\.A\\.S|SAS|S\\.r\\.l|B\\.V|BV|N\\.V|NV|plc|PLC|LLP|L\\.L\\.P|LP|L\\.P|N\\.A|Pty|Partners|Holdings|Group|Trust|Bank|Foundation|University|Association|JSC|OJSC|CJSC|PJSC)\\.?";
const SUFFIX_AT_END = new RegExp(`(?:,?\\s+${CORP_SUFFIX})+$`, 'i');
const LAST_SUFFIX = new RegExp(`,?\\s+${CORP_SUFFIX}$`, 'i');
const BARE_SUFFIX = new RegExp(`^${CORP_SUFFIX}[.,]?$`, 'i');

// Capitalised words (and "&", "of", "and") ending in a corporate suffix: "Acme Widgets, Inc.", "Bank of Nova Scotia".
// A word is at most 60 characters: a match may start after a dot or hyphen inside a word, so an
// unbounded word would be read again from each capital of a run like "A.A.A.…" (quadratic).
// A comma followed by "and" or "&" closes a list, never a name: "the laws of Texas, and Harbor Lane Inc." is a
// place and then the name (read as one, the place went into the placeholder and the name got two).
const ORG_PATTERN = new RegExp(
  `(?<![A-Za-z])(?:[A-Z][\\w&'’.-]{0,60}(?:,\\s+(?!(?:and|&)\\s)(?:(?:of|de|the)\\s+)?|\\s+(?:(?:&|and|of|de|the)\\s+)?)){1,5}${CORP_SUFFIX}(?:,?\\s+${CORP_SUFFIX})?(?![A-Za-z])`,
  'g',
);
// An institution's name may go on with "of" and a place or a name after its noun: "Kestrel Mutual Bank of Nordvale",
// "Kestrel Assurance Company of Iceland". Cut at the noun, the placeholder would stand for part of the name and
// leave the rest readable. At most four capitalised words, each at most 60 characters (linear, as above).
const INSTITUTION_TAIL = /^\s+of\s+(?:the\s+)?([A-Z][\w&'’-]{0,60}(?:\s+[A-Z][\w&'’-]{0,60}){0,3})/;
const INSTITUTION_END = /(?:Bank|Company|Corporation|Trust|Foundation|University|Association|Group)$/;
// A statute named after a kind of company is no company: "Investment Company Act of 1940", "Bank Holding Company Act".
const INSTRUMENT_AFTER = /^\s+(?:Act|Acts|Code|Rules|Regulations?)\b/;

// Signature and notice blocks: "By: /s/ Jane Q. Doe", "Name: John Smith", "Attention: Mary Jones".
const LABEL_WORD = '(?!(?:Name|Title|By|Its|Date|Dated|Attn|Attention|Address|Email|Phone)\\b)';
const NAME_WORD = `${LABEL_WORD}(?:[A-Z][a-zA-Z'’-]+|[A-Z]\\.)`;
const LABELLED_PERSON = new RegExp(
  `\\b(?:Name|By|Attn|Attention|Signed|Signature|Witness|Contact|Signatory|Print(?:ed)? Name)\\s*:\\s*(?:\\/s\\/\\s*)?(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){1,3})`,
  'g',
);
// Honorifics: "Mr. John Smith", "Dr Priya Patel".
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Hon)\.?\s+((?:[A-Z][a-zA-Z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zA-Z'’-]+|[A-Z]\.)){0,3})/g;

// Contract vocabulary compromise sometimes tags as people: roles and defined terms stay visible.
const NOT_NAMES = new Set(
  [
    'agreement', 'party', 'parties', 'company', 'licensee', 'licensor', 'buyer', 'seller', 'supplier', 'customer', 'client',
    'contractor', 'employer', 'employee', 'lender', 'borrower', 'landlord', 'tenant', 'vendor', 'purchaser', 'shipper',
    'provider', 'recipient', 'discloser', 'consultant', 'executive', 'guarantor', 'investor', 'holder', 'member', 'manager',
    'director', 'officer', 'president', 'secretary', 'chairman', 'trustee', 'agent', 'affiliate', 'section', 'article',
    'schedule', 'exhibit', 'annex', 'effective', 'date', 'term', 'notice', 'god', 'court', 'state', 'county', 'witness',
  ],
);
// Words around names in signature blocks that are not part of them ("Chief Executive Officer", "Its General Partner").
const EDGE_WORDS = new Set([
  ...NOT_NAMES, 'chief', 'executive', 'financial', 'operating', 'officer', 'title', 'name', 'by', 'its', 'vice', 'general', 'counsel',
  'and', 'of', 'the', 'ceo', 'cfo', 'coo', 'vp', 'evp', 'svp', 'avp', 'sr', 'partner', 'sole', 'senior', 'managing', 'authorized', 'signatory', 'dated', 'attn', 'attention',
]);

// Determiners open a phrase about a body, never its name: "Each Group Company", "Neither the Corporation nor …".
const DETERMINERS = new Set(['each', 'every', 'any', 'neither', 'either', 'both', 'such', 'these', 'those']);
// "the" right before the legal form: the form is the contract's noun for a party ("knowledge of the Corporation, the
// Corporation's business", "the Public Record, the Corporation is …"), not the end of a name.
const THE_BEFORE_FORM = new RegExp(`(?:^|[\\s,])the\\s+${CORP_SUFFIX}$`, 'i');

// The last word of a department's name: "Attention: Legal Department", "Attn: Accounts Payable". A notice sent there names
// no one, and the reader needs to know where it goes.
const DEPARTMENT_END = /^(?:department|dept|division|payable|receivable|affairs)$/;

/**
 * A department of an organisation named in ordinary words ("Legal Department", "Corporate Trust Department"). One named
 * after a person or a company ("Quillmarsh Traffic Department") is that name's.
 */
function isDepartment(value: string): boolean {
  const words = value.split(/\s+/).filter(Boolean);
  if (words.length < 2 || !DEPARTMENT_END.test(bareWord(words[words.length - 1]!))) return false;
  return words.every((w) => (isEnglishWord(w) || isRoleWord(w)) && !isFirstName(w) && !/^\p{Lu}{2,}$/u.test(w.replace(/[^\p{L}]/gu, '')));
}

function isPlausibleName(value: string): boolean {
  const words = value.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.every((w) => NOT_NAMES.has(w.toLowerCase().replace(/[^a-z]/g, '')))) return false;
  return words.some((w) => /^[A-Z][a-z'’-]+/.test(w));
}

/** Trims trailing punctuation and possessives compromise leaves on a match. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let e = end;
  while (e > start && /[\s,.;:!?)"”'’]/.test(text[e - 1]!)) e--;
  if (text.slice(e - 2, e) === "'s" || text.slice(e - 2, e) === '’s') e -= 2;
  // Keep the final period of an abbreviation ("Inc.", "Jr.", "J.").
  if (text[e] === '.' && /(?:\b[A-Z]|Inc|Corp|Ltd|Co|Jr|Sr|L\.P|N\.A|S\.A)$/.test(text.slice(start, e))) e++;
  let s = start;
  while (s < e && /[\s("“]/.test(text[s]!)) s++;
  // Drop role and label words at either edge: "Officer and President Acme LLC" → "Acme LLC".
  for (;;) {
    const lead = /^([A-Za-z/.]+)[\s,]+/.exec(text.slice(s, e));
    // A party's role joined to a name is the other party: "Reseller and Velmora Group" names Velmora Group.
    const role = /^([A-Za-z]+)\s+and\s+/.exec(text.slice(s, e));
    if (role && isPartyRole(role[1]!)) {
      s += role[0].length;
      continue;
    }
    if (!lead || !(EDGE_WORDS.has(lead[1]!.toLowerCase().replace(/[^a-z]/g, '')) || DETERMINERS.has(lead[1]!.toLowerCase()))) break;
    s += lead[0].length;
  }
  for (;;) {
    // Letters after a person's name ("Rafe Dunmore, Esq.", "Imogen Taverly, PhD") are not the name: the name's placeholder
    // is the one it has without them elsewhere.
    const trail = /[\s,]+([A-Za-z.]+)$/.exec(text.slice(s, e));
    if (!trail || !(EDGE_WORDS.has(trail[1]!.toLowerCase().replace(/[^a-z]/g, '')) || isPostNominal(trail[1]!))) break;
    e -= trail[0].length;
  }
  return [s, e];
}

// A full stop after a word of two lower-case letters or more, then a capital: a sentence ends there ("… Shared Assets. The
// Quill Group"), and no name runs across it. A legal form on either side is the name's own ("Acme Mfg. Co.", "Quill Pvt.
// Ltd.", "Quill Networks. Inc."), and so is an honorific's abbreviation ("Mrs. Taverly").
const SENTENCE_END = /(?<![\p{L}\p{N}])([\p{L}\p{N}&'’-]{0,60}\p{Ll}{2})\.[ \t]+(?=(\p{Lu}[\p{L}.]{0,30}))/gu;
const ABBREVIATED = /^(?:Mrs|Messrs|Mssrs|Mme|Mlle|Bros)$/;
// Words that open a sentence and never a name.
const SENTENCE_OPENER = /(?:To|Through|Plus|For|In|On|At|By|With|From|Under|Upon|As|If|When|After|Before|During|Until|Unless|Each|All|Any|No|Not|Such|This|That|These|Those|Notwithstanding|Subject|Except|Where|While)[ \t]+/y;

/** Where `text` ends a sentence inside it (the offsets where the next sentence starts). */
function sentenceStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    if (isLegalFormWord(m[1]!) || isLegalFormWord(m[2]!) || ABBREVIATED.test(m[1]!)) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}

/** Lower-cased, whitespace-collapsed form used to match a party name wherever it appears. */
export function normalizeName(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One way a name may be written, and how strictly its case must match. */
export interface NameForm {
  form: string;
  /** The name it stands for: all its forms share one placeholder. */
  canonical: string;
  kind: 'PERSON' | 'ORG';
  /** Match only where it is capitalised ("Exact" the party, not "exact" the word). */
  capitalised: boolean;
}

const LEADING_THE = /^the\s+/i;
// A company of the former Soviet states written with its form first and its registered name in quotation marks
// ('OOO "Kestrel Neft"', 'Limited Liability Company "Kestrel Neft"'): the contract then calls it by the quoted name alone.
const FORM_BEFORE_QUOTED = /^(?:(?:(?:open|closed|public|non-public|private)\s+)?joint[\s-]stock\s+company|limited\s+liability\s+company|LLC|OOO|ZAO|OAO|PAO|JSC|OJSC|CJSC|PJSC)\s+[“"«]([^"“”«»]{2,80})[”"»]$/i;

/**
 * Forms of a party name worth hiding: the full name, the name without its legal form ("Acme
 * Widgets" for "Acme Widgets, Inc."), without a leading "The" or a parenthesis, and, when given,
 * the word it is called by on its own ("Acme"). One-word forms that are ordinary words elsewhere
 * match only capitalised. Role words ("Licensee") are never forms.
 */
export function nameForms(name: string, options: { kind?: 'PERSON' | 'ORG'; standalone?: string; isVocabulary?: (word: string) => boolean } = {}): NameForm[] {
  const canonical = name.replace(/\s+/g, ' ').trim();
  const kind = options.kind ?? (SUFFIX_AT_END.test(canonical) ? 'ORG' : guessKind(canonical));
  const full = canonical.replace(LEADING_THE, '');
  const out = new Map<string, NameForm>();
  const push = (form: string) => {
    const f = form.replace(/[,\s]+$/, '').trim();
    // A blank a form leaves for the name ("[•]", "________", "[ * * * ]") names no one: hidden, it stood for a party in every
    // blank of the contract and for the bracketed marks of text already withheld.
    if (f.length < 2 || !/[\p{L}\p{N}]/u.test(f) || NOT_NAMES.has(f.toLowerCase()) || out.has(f.toLowerCase())) return;
    const oneWord = !/\s/.test(f);
    // A one-word form is matched in any case only when nothing says it is an ordinary word.
    const capitalised = oneWord && (options.isVocabulary ? options.isVocabulary(f) : true);
    out.set(f.toLowerCase(), { form: f, canonical, kind, capitalised });
  };
  push(full);
  const noParens = full.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  push(noParens);
  const bare = noParens.replace(SUFFIX_AT_END, '').replace(/[,\s]+$/, '');
  if (bare.length >= 3 && bare !== noParens) push(bare);
  // Each suffix off in turn too: "Orchard Holdings" of "Orchard Holdings, LLC" (whose bare form is "Orchard").
  for (let shorter = noParens, next = shorter.replace(LAST_SUFFIX, ''); next !== shorter && next.length >= 3; shorter = next, next = shorter.replace(LAST_SUFFIX, '')) push(next);
  const quoted = FORM_BEFORE_QUOTED.exec(noParens);
  if (quoted) push(quoted[1]!);
  if (options.standalone) push(options.standalone);
  // Glued, as in a domain or a handle: "BrivoSound" in "www.brivosound.com" for "Brivo Sound Inc.".
  const words = bare.split(/\s+/).filter((w) => /^[\p{L}\p{N}&]+$/u.test(w));
  if (words.length >= 2 && words.length <= 3 && words.length === bare.split(/\s+/).length && words.join('').length >= 6) push(words.join(''));
  // The whole name glued, form and all, as a letterhead's text often comes out of a PDF without its spaces:
  // "BRIVOSOUNDINC" for "Brivo Sound Inc.".
  const all = noParens.split(/[\s,]+/).map((w) => w.replace(/\.$/, '')).filter(Boolean);
  if (all.length >= 2 && all.length <= 4 && all.every((w) => /^[\p{L}\p{N}&.]+$/u.test(w)) && all.join('').length >= 8) push(all.join('').replace(/\./g, ''));
  // Spaced, as prose may write a run-together name: "Nova Kite" for "NovaKite, Inc.".
  const spaced = bare.replace(/(\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})/gu, '$1 $2');
  if (spaced !== bare) push(spaced);
  return [...out.values()].sort((a, b) => b.form.length - a.form.length);
}

/** Forms of a party name, longest first (see {@link nameForms}). */
export function partyVariants(name: string): string[] {
  return nameForms(name).map((f) => f.form);
}

/** Finds spans in a text; patterns are compiled once, since the same names are searched in every block. */
export type SpanFinder = (text: string) => Span[];

interface Needle {
  /** Regular-expression source matching the needle's text. */
  source: string;
  key: string;
  capitalised: boolean;
  kind: Span['kind'];
  canonical: string;
}

const MAX_NAME_KEY = 200;

/** Case, spacing and punctuation folded away: "Acme Widgets, Inc." and "ACME  WIDGETS INC" are one key. */
const foldKey = (s: string): string => s.toLowerCase().replace(/[\s,.\-‐‑]+/g, '');

/**
 * One alternation per batch of needles instead of one pattern per needle: a document has a few
 * hundred names and a few thousand blocks. Longer needles come first, so the longest wins where
 * several start at the same place.
 */
function needleFinder(needles: readonly Needle[], plural: boolean): SpanFinder {
  // Looked up by folded key ("Nova Kite" and "NovaKite" are one name); searched by every source.
  const byKey = new Map<string, Needle>();
  const bySource = new Map<string, Needle>();
  for (const n of needles) {
    // No name runs to 200 characters; a crafted opening can make one of many thousand words,
    // whose pattern would overflow the regular-expression engine's stack.
    if (n.key.length > MAX_NAME_KEY) continue;
    if (!byKey.has(n.key)) byKey.set(n.key, n);
    if (!bySource.has(n.source)) bySource.set(n.source, n);
  }
  const sorted = [...bySource.values()].sort((a, b) => b.key.length - a.key.length || b.source.length - a.source.length);
  const batches: RegExp[] = [];
  // A name also ends where a run-together word goes on with a capital: "NovaKite" in "NovaKiteConnect".
  // (Case is checked outside the pattern: with the i flag \p{Lu} matches lower case too.)
  const gluedBatches: RegExp[] = [];
  for (let i = 0; i < sorted.length; i += 200) {
    const alternation = sorted.slice(i, i + 200).map((n) => n.source).join('|');
    batches.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})${plural ? '(?:s(?![\\p{L}\\p{N}]))?' : ''}(?![\\p{L}\\p{N}])`, 'giu'));
    gluedBatches.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?=\\p{L})`, 'giu'));
  }
  return (text) => {
    const out: Span[] = [];
    // The text is searched as it is and, when it has hyphens inside words, once more as if they were
    // absent, so a name hyphenated at a line end ("Acme Hold-ings", "ACME HOLD- INGS") is still found.
    const views = /\p{L}[-‐‑]/u.test(text) ? [{ text, at: (i: number) => i }, unhyphenated(text)] : [{ text, at: (i: number) => i }];
    for (const view of views) {
      const glued = /\p{Ll}\p{Lu}/u.test(view.text);
      for (const re of glued ? [...batches, ...gluedBatches] : batches) {
        const camel = gluedBatches.includes(re);
        re.lastIndex = 0;
        for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
          const next = m.index + m[0].length;
          if (camel && !(/\p{Ll}/u.test(view.text[next - 1]!) && /\p{Lu}/u.test(view.text[next]!))) continue;
          const key = foldKey(m[0]);
          const n = byKey.get(key) ?? (plural && key.endsWith('s') ? byKey.get(key.slice(0, -1)) : undefined);
          if (!n || (n.capitalised && !/^[\p{Lu}\d]/u.test(m[0]))) continue;
          const start = view.at(m.index);
          const end = view.at(m.index + m[0].length - 1) + 1;
          out.push({ kind: n.kind, start, end, value: text.slice(start, end), canonical: n.canonical });
        }
      }
    }
    return out;
  };
}

const WORD_HYPHEN = /(?<=\p{L})[-‐‑]\s*(?=\p{L})/gu;

/** `text` without hyphens inside words, and where each of its characters was in `text`. */
function unhyphenated(text: string): { text: string; at: (i: number) => number } {
  if (!/\p{L}[-‐‑]/u.test(text)) return { text, at: (i) => i };
  const map: number[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(WORD_HYPHEN)) {
    for (let i = last; i < m.index; i++) map.push(i);
    out += text.slice(last, m.index);
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) map.push(i);
  out += text.slice(last);
  return { text: out, at: (i) => map[i] ?? text.length };
}

function literalSource(s: string, optionalPunctuation: boolean): string {
  const escaped = escapeRegExp(s.trim())
    .replace(/\\?\s+/g, '\\s+')
    // Initials may be spaced: "A.B. Quill" is also "A. B. QUILL".
    .replace(/\\\.(?=\p{L})/gu, '\\.\\s*');
  return optionalPunctuation ? escaped.replace(/,/g, ',?').replace(/\\\.$/, '\\.?') : escaped;
}

/**
 * Every mention of the given names, across case, spacing and line breaks, including possessives
 * ("Acme's" leaves only "'s") and plurals ("Acmes").
 */
export function mentionFinder(forms: readonly NameForm[]): SpanFinder {
  return needleFinder(
    forms.map((f) => ({ source: literalSource(f.form, true), key: foldKey(f.form), capitalised: f.capitalised, kind: f.kind, canonical: f.canonical })),
    true,
  );
}

export function findMentions(text: string, forms: readonly NameForm[]): Span[] {
  return mentionFinder(forms)(text);
}

/** Every occurrence of identifiers found elsewhere, case-insensitive and whitespace-tolerant, as whole words. */
export function knownFinder(known: readonly { kind: Span['kind']; original: string }[]): SpanFinder {
  return needleFinder(
    known.map((k) => {
      const original = k.original.trim();
      return {
        source: literalSource(original, false),
        key: foldKey(original),
        // A one-word name found capitalised ("Exact") is not the ordinary word written in lower case.
        capitalised: (k.kind === 'PERSON' || k.kind === 'ORG') && !/\s/.test(original) && /^\p{Lu}/u.test(original),
        kind: k.kind,
        canonical: k.original,
      };
    }),
    false,
  );
}

export function findKnown(text: string, known: readonly { kind: Span['kind']; original: string }[]): Span[] {
  return knownFinder(known)(text);
}

/** A party without a corporate suffix is a person when it looks like "First Last", else an organisation. */
function guessKind(name: string): 'PERSON' | 'ORG' {
  // A family name may join two ("Okonkwo-Haddad"), each part capitalised.
  return /^[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*){1,2}$/.test(name.trim()) ? 'PERSON' : 'ORG';
}

/**
 * Names of people and organisations that are not known parties: corporate-suffix patterns,
 * signature/notice labels and honorifics (high precision in contracts), plus compromise's
 * people and organisations (recall booster, English only). Reported separately from structured
 * identifiers: names are much harder to find reliably and the preview lets the user check.
 */
export function findNames(text: string, options: { nlp?: boolean; acceptNlp?: (value: string, kind: 'PERSON' | 'ORG') => boolean } = {}): Span[] {
  const out: Span[] = [];
  const push = (kind: 'PERSON' | 'ORG', start: number, end: number, accept?: (value: string, kind: 'PERSON' | 'ORG') => boolean, tagged = false) => {
    // A match that runs across a label or a line ("QUILLON Name: Rafe Quillon Title: …") is several names. The tagger also
    // reads two names joined by "and" as one ("Quillmarsh Group and Velmora"), and a role or a phrase beside a name with
    // it ("Reseller and Velmora Group"): each side is tested on its own, as a legal form's pattern already reads them.
    const piece = tagged ? /(?:(?![ \t]and[ \t])[^:\n])+/g : /[^:\n]+/g;
    const whole = text.slice(start, end);
    const pieces: [number, number][] = [];
    for (let m = piece.exec(whole); m; m = piece.exec(whole)) {
      // A match that runs across a sentence's end ("Shared Assets. The Quill Group") is read as its sentences. A word
      // that opens the next sentence is capitalised by grammar, not as a name's ("To the Corporation", "Through Quill Inc.").
      let from = m.index;
      for (const at of sentenceStarts(m[0])) {
        pieces.push([from, m.index + at]);
        from = m.index + at;
        SENTENCE_OPENER.lastIndex = at;
        for (let w = SENTENCE_OPENER.exec(m[0]); w; w = SENTENCE_OPENER.exec(m[0])) from = m.index + SENTENCE_OPENER.lastIndex;
      }
      pieces.push([from, m.index + m[0].length]);
    }
    for (const [a, b] of pieces) {
      if (b <= a) continue;
      const [s, e] = trimSpan(text, start + a, start + b);
      const value = text.slice(s, e);
      // A public body named in ordinary words ("the Securities and Exchange Commission", "Court of Chancery") is where a
      // dispute goes or who regulates a party: the contract's meaning, not someone to hide.
      if (e <= s || !isPlausibleName(value) || isDepartment(value) || isPublicBody(value)) continue;
      // Letters after a name on their own ("PhD", "Esq.") name no one.
      if (value.split(/[\s,]+/).every((w) => !/\p{L}/u.test(w) || isPostNominal(w))) continue;
      // A town the tagger takes for a person ("Fernmoor City, CA 94999", "Aldhaven, Ohio") is where an address is, which
      // stays readable like every town; a name with a legal form ("Acme Widgets, Inc., Texas") was found by its pattern.
      if (tagged && opensWithState(text.slice(e, e + 40))) continue;
      if (!accept || accept(value, kind)) out.push({ kind, start: s, end: e, value });
    }
  };
  for (const re of [ORG_PATTERN]) {
    re.lastIndex = 0;
    // What is left after trimming must still end in its suffix: "Repairer, the Company" is a role, not "Repairer".
    // Nor is a description of one by its place and form: "a Nevada Corporation".
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 300);
      if (INSTRUMENT_AFTER.test(after)) continue;
      const tail = INSTITUTION_END.test(m[0]) ? INSTITUTION_TAIL.exec(after) : null;
      // The words after "of" join the name unless they are the contract's own ("the State of …", "Section 4").
      const joins = tail !== null && (isPlace(tail[1]!) || isPlaceName(tail[1]!) || tail[1]!.split(/\s+/).every((w) => !isRoleWord(w) || isPlace(w)));
      const stop = joins ? end + tail[0].length : end;
      // Nor is a document named after a kind of body: "Articles of Association", "Declaration of Trust".
      push('ORG', m.index, stop, (value) => (SUFFIX_AT_END.test(value) || (joins && value.endsWith(tail[1]!))) && !THE_BEFORE_FORM.test(value) && !BARE_SUFFIX.test(value.replace(SUFFIX_AT_END, '').trim()) && !isDescription(value) && !isTermOfArt(value));
    }
  }
  for (const re of [LABELLED_PERSON, HONORIFIC]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = m[1]!;
      const start = m.index + m[0].length - value.length;
      // A label's name is two words at least once titles are trimmed ("Attention: General Counsel" is nobody).
      push('PERSON', start, start + value.length, re === LABELLED_PERSON ? (v) => /\S\s+\S/.test(v) : undefined);
    }
  }
  if (options.nlp === false) return out;
  type Hit = { offset?: { start: number; length: number } };
  // The tagger reads bounded windows: its cost grows with the square of the text it is given.
  for (const win of textWindows(text)) {
    const doc = nlp(text.slice(win.start, win.end));
    for (const hit of doc.people().json({ offset: true }) as Hit[]) {
      if (!hit.offset) continue;
      const start = win.start + hit.offset.start;
      const end = start + hit.offset.length;
      // compromise stops at a middle initial ("John A. Smith" → "John"): extend over initials and capitalised words.
      const tail = /^(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z'’-]+)){0,2}/.exec(text.slice(end, end + 200))?.[0] ?? '';
      push('PERSON', start, end + tail.length, options.acceptNlp, true);
    }
    for (const hit of doc.organizations().json({ offset: true }) as Hit[]) {
      if (!hit.offset) continue;
      const start = win.start + hit.offset.start;
      const value = text.slice(start, start + hit.offset.length);
      // A bare suffix ("Inc.") is not an organisation name on its own; the suffix pattern above finds the whole name.
      if (BARE_SUFFIX.test(value.trim())) continue;
      // compromise also tags phrases like "Agreement insurance": an organisation name is capitalised throughout.
      if (!value.split(/\s+/).every((w) => /^[A-Z0-9&]/.test(w) || /^(?:and|of|de|the|for)$/.test(w))) continue;
      push('ORG', start, start + hit.offset.length, options.acceptNlp, true);
    }
  }
  return out;
}
