/**
 * The party names lawyers labelled in CUAD (`labels.csv`: `Parties` spans and `Parties-Answer`),
 * read for the redaction score. Deliberately independent of electron/core/privacy: the scorer has
 * its own idea of what a name is, so a redactor bug cannot hide itself by agreeing with it.
 */
import { readFileSync } from 'node:fs';
// The CSV reader is shared with the key-term eval: both are scorers, neither is scored code.
import { parseCsv } from '../../eval/cuadLabels';

/** One contract's labelled party names. */
export interface CuadParties {
  /** File name of the PDF in `pdf/`. */
  pdf: string;
  /** File name of CUAD's text in `txt/`. */
  txt: string;
  /** Full names ("Paratek Pharmaceuticals, Inc.") and short names that are proper names ("Paratek"). */
  names: string[];
}

/** A Python list literal of strings as CUAD wrote it: `['a', "b's", 'c\'d']`. */
export function parsePythonStrings(literal: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < literal.length; i++) {
    const q = literal[i];
    if (q !== "'" && q !== '"') continue;
    let s = '';
    for (i++; i < literal.length && literal[i] !== q; i++) {
      if (literal[i] === '\\' && i + 1 < literal.length) {
        const n = literal[++i]!;
        s += n === 'n' ? '\n' : n === 't' ? '\t' : n;
      } else s += literal[i];
    }
    out.push(s);
  }
  return out;
}

// Legal-form words: the name without them is still the party's name ("Carbogen Amcis" for "Carbogen Amcis AG").
const LEGAL_FORMS = new Set(
  'inc incorporated trust fund partners llc l l c ltd limited corp corporation co company plc llp lp l p sa s a ag gmbh nv n v bv b v pty spa s p a srl sarl sas se kg ab oy as asa a s na n a ulc lc pc pllc'.split(' '),
);
// Words that alone never make a name: roles, pronouns and the words around them.
const GENERIC = new Set(
  (
    'a an and the of or for to in its his her their each any all other you your we our us party parties hereunder herein hereto ' +
    'company companies customer customers client licensor licensee sublicensee distributor supplier vendor buyer seller purchaser ' +
    'manufacturer contractor consultant agent affiliate affiliates provider recipient producer promoter sponsor club employer employee ' +
    'executive individual owner owners operator developer reseller publisher publishers partner member bank lender borrower grantor ' +
    'grantee franchisor franchisee landlord tenant lessor lessee investor guarantor holder trustee manager network marketing business ' +
    'channel service services software web site sites user users subscriber association celebrity talent artist endorser programmer ' +
    'group holding holdings international global collectively individually together referred hereafter hereinafter known also formerly ' +
    'as with on behalf itself interest subsidiaries subsidiary listed attachment providing receiving selling'
  ).split(' '),
);

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);

/** Words of a name: letters and digits, split at punctuation and at camel-case humps ("ExxonMobil" → exxon, mobil). */
function words(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether a full name is a name at all: it keeps a word that is neither generic nor a legal form. */
function nameLike(s: string): boolean {
  if (/^x+$/i.test(s.replace(/\W/g, '')) || s.split(/\s+/).length > 10) return false;
  // Some word that is not generic is written as a name: capitalised, or with a capital or dot inside ("eDiets", "salesforce.com").
  return s
    .split(/[\s,;:()/]+/)
    .some((t) => /^\p{Lu}|^\p{Ll}+[\p{Lu}.]\p{L}/u.test(t) && words(t).some((w) => !GENERIC.has(w) && !LEGAL_FORMS.has(w) && w.length >= 2));
}

/** A short name refers to the party by name when it shares a distinctive word with it or is its initials. */
function derivedFrom(short: string, full: string): boolean {
  const fw = words(full);
  const distinctive = fw.filter((w) => w.length >= 3 && !GENERIC.has(w) && !LEGAL_FORMS.has(w));
  const sw = words(short);
  if (sw.some((w) => w.length >= 3 && distinctive.includes(w))) return true;
  // Glued forms: "DeltaThree" for "Delta Three", "Women.com" for "WOMEN.COM NETWORKS".
  const squashed = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (sw.some((w) => !GENERIC.has(w) && !LEGAL_FORMS.has(w)) && squashed.length >= 4 && full.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').includes(squashed)) return true;
  // Initials: "MMT" for "Meridian Medical Technologies", "ACSI" for "Amazon.com Commerce Services, Inc.".
  if (/^[A-Z][A-Z0-9&-]{1,6}$/.test(short.trim())) {
    const letters = short.replace(/[^A-Z0-9]/g, '').toLowerCase();
    const initials = fw.map((w) => w[0]).join('');
    let j = 0;
    for (const c of initials) if (c === letters[j]) j++;
    if (j === letters.length && letters[0] === initials[0]) return true;
  }
  return false;
}

const QUOTED = /["“”'‘’]([^"“”]{1,80}?)["“”'‘’]/g;
const PARTY_WORD = /^(?:the |a |an )?(?:part(?:y|ies)|each party|both parties)\b/i;

/** Names from one `Parties-Answer` cell: `Full Name ("Short"); Other Name ("Role")`. */
function answerNames(answer: string): { names: string[]; roles: string[] } {
  const names: string[] = [];
  const roles: string[] = [];
  for (const segment of answer.split(';')) {
    const shorts: string[] = [];
    // Parenthesised groups that define terms: ("Paratek"), (the “Company”), (hereafter, "Affiliates").
    let rest = segment.replace(/\(([^()]*)\)/g, (whole, inner: string) => {
      const quoted = [...inner.matchAll(QUOTED)].map((m) => m[1]!.trim().replace(/[.,]+$/, ''));
      if (quoted.length) shorts.push(...quoted);
      return quoted.length ? ' ' : whole;
    });
    // An unquoted short name in parentheses at the very end: "Geno Auriemma (Auriemma)".
    rest = rest.replace(/\(([^()"“”]{1,40})\)\s*$/, (whole, inner: string) => (inner.trim().split(/\s+/).length <= 3 ? (shorts.push(inner.trim()), ' ') : whole));
    const full = rest
      .replace(/\([^()]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,.;:]+|[\s,;:]+$/g, '')
      .replace(/^(?:and|or)\s+/i, '');
    const onlyPartyWords = shorts.length > 0 && shorts.every((s) => PARTY_WORD.test(s));
    const hasFull = !onlyPartyWords && full.length >= 2 && nameLike(full);
    if (hasFull) names.push(full);
    for (const s of shorts) {
      if (PARTY_WORD.test(s)) continue;
      if (hasFull && derivedFrom(s, full)) names.push(s);
      else roles.push(s);
    }
  }
  return { names, roles };
}

const norm = (s: string): string => words(s).join(' ');

/**
 * A `Parties` span cleaned of defined-term parentheses and leading lower-case words ("also known as
 * …"). Text with quotes inside ('Company" or "AZUL') is several spans.
 */
function cleanSpans(span: string): string[] {
  return span
    .replace(/\(([^()]*["“”][^()]*)\)/g, ' ')
    .split(/["“”]/)
    .map((piece) =>
      piece
        .replace(/<<[^>]*>>|\[[^\]]*\]/g, ' ')
        .replace(/^[‘'(\s]+|[’')\s,.;:]+$/g, '')
        .replace(/^(?:[a-z][\w-]*\s+)+(?=[A-Z])/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((piece) => piece.length >= 2 && /^[\p{Lu}\d]/u.test(piece) || /^[a-z]+[A-Z.]/.test(piece));
}

/** Party names of one row: the answer's full names and named short forms, plus labelled spans that are names. */
export function partyNamesOf(partiesCell: string, answerCell: string): string[] {
  const { names, roles } = answerNames(answerCell);
  const roleKeys = new Set(roles.map(norm));
  const out = new Map<string, string>();
  for (const n of names) out.set(norm(n), n);
  for (const span of parsePythonStrings(partiesCell).flatMap(cleanSpans)) {
    const key = norm(span);
    if (!key || out.has(key) || roleKeys.has(key)) continue;
    // Sentences ("Stryker and Conformis are collectively referred to…") are not names.
    if (span.split(/\s+/).length > 8 || /\b(?:referred|hereinafter|collectively|individually)\b/i.test(span)) continue;
    if (!nameLike(span)) continue;
    // A span the answer does not name needs two distinctive words ("Technologies Inc" is a fragment).
    if (!names.some((n) => derivedFrom(span, n)) && words(span).filter((w) => !GENERIC.has(w) && !LEGAL_FORMS.has(w)).length < 2) continue;
    // A single word is a name only when it is one of the answer's names or reads as a proper name.
    if (!/\s/.test(span) && !names.some((n) => derivedFrom(span, n))) continue;
    out.set(key, span);
  }
  return [...out.values()];
}

/** Every row of `labels.csv`, with its labelled party names. */
export function readCuadParties(labelsCsv: string): CuadParties[] {
  const [header, ...rows] = parseCsv(readFileSync(labelsCsv, 'utf8'));
  const col = (name: string): number => {
    const i = header!.indexOf(name);
    if (i < 0) throw new Error(`labels.csv has no column "${name}"`);
    return i;
  };
  const [pdf, txt, parties, answer] = [col('pdf'), col('txt'), col('Parties'), col('Parties-Answer')];
  return rows
    .filter((r) => r.length > answer)
    .map((r) => ({ pdf: r[pdf]!, txt: r[txt]!, names: partyNamesOf(r[parties]!, r[answer]!) }));
}

/** Words of a text as the scorer compares them: case-folded letters and digits, one space apart. */
export function comparable(text: string): string {
  return ` ${words(text).join(' ')} `;
}

/**
 * The forms of a labelled name that must not leave: the name as labelled and, when that leaves a
 * distinctive remainder, the name without its legal form ("Carbogen Amcis" for "Carbogen Amcis AG").
 */
export function leakForms(name: string): string[] {
  const w = words(name);
  const forms = new Set([w.join(' ')]);
  let end = w.length;
  while (end > 1 && LEGAL_FORMS.has(w[end - 1]!)) end--;
  // Drop a leading article too: "The ARC Group" is also written "ARC Group".
  const start = (w[0] === 'the' || HONORIFICS.has(w[0]!)) && end > 1 ? 1 : 0;
  const core = w.slice(start, end);
  if (core.length && core.some((x) => !GENERIC.has(x))) forms.add(core.join(' '));
  return [...forms].filter((f) => f.replace(/\s/g, '').length >= 2);
}

/**
 * The labelled names found in `sent` (what cloud mode would send). Multi-word forms match in any
 * case, spacing and punctuation; a one-word form counts only where it is written capitalised
 * (so the common word "exact" is not the party "Exact").
 */
export function leakedNames(sent: string, names: readonly string[]): string[] {
  const folded = comparable(sent);
  const leaked: string[] = [];
  for (const name of names) {
    const hit = leakForms(name).some((form) => {
      if (form.includes(' ')) return folded.includes(` ${form} `);
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[^\p{L}\p{N}]/gu, '')}(?![\\p{L}\\p{N}])`, 'giu');
      for (const m of sent.matchAll(re)) if (/^\p{Lu}/u.test(m[0])) return true;
      return false;
    });
    if (hit) leaked.push(name);
  }
  return leaked;
}

/** Placeholders in a text (each occurrence): `[ORG_3]`, `[PERSON_1]`, `[EMAIL_2]`. */
export function countPlaceholders(text: string): { all: number; names: number; addresses: number } {
  const all = text.match(/\[(?:EMAIL|PHONE|SSN|CARD|IBAN|DOB|ACCOUNT|PERSON|ORG|ADDRESS)_\d+\]/g)?.length ?? 0;
  const names = text.match(/\[(?:PERSON|ORG)_\d+\]/g)?.length ?? 0;
  const addresses = text.match(/\[ADDRESS_\d+\]/g)?.length ?? 0;
  return { all, names, addresses };
}
