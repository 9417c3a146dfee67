/**
 * The harness's own readers for dates, durations, places, party lists and titles. They read both
 * the CUAD answers and Precis's values, and deliberately share no code with electron/core/terms:
 * if the extractor misreads "06/11/2015", this reader must not make the same mistake and call it a
 * match.
 */

// ---------------------------------------------------------------- dates

/** A date whose parts may be unknown (CUAD writes a template blank as `[]`, e.g. `[]/[]/2020`). */
export interface LooseDate {
  y?: number;
  m?: number;
  d?: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i >= 0 ? i + 1 : undefined;
}

function part(s: string): number | undefined {
  return /^\d+$/.test(s) ? Number(s) : undefined;
}

/**
 * One date: `5/8/2014` (CUAD answers are month/day/year), `2014-05-08` (Precis's ISO values),
 * `May 8, 2014` or `8 May 2014`; `[]` parts are unknown. Undefined when it is not a date.
 */
export function readDate(text: string): LooseDate | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  m = /^(\d{1,2}|\[\s*\])\/(\d{1,2}|\[\s*\])\/(\d{4}|\[\s*\](?:\[\s*\])?)$/.exec(s);
  if (m) {
    const out: LooseDate = {};
    const [mo, d, y] = [part(m[1]!), part(m[2]!), part(m[3]!)];
    if (mo !== undefined) out.m = mo;
    if (d !== undefined) out.d = d;
    if (y !== undefined) out.y = y;
    return out;
  }
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m && monthOf(m[1]!)) return { y: +m[3]!, m: monthOf(m[1]!)!, d: +m[2]! };
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (m && monthOf(m[2]!)) return { y: +m[3]!, m: monthOf(m[2]!)!, d: +m[1]! };
  return undefined;
}

export function isComplete(d: LooseDate): d is Required<LooseDate> {
  return d.y !== undefined && d.m !== undefined && d.d !== undefined;
}

/**
 * Whether a labelled date and a predicted full date are the same day. A spreadsheet saved CUAD's
 * years from 2030 on as 19xx (`12/31/1934` is 2034), so a labelled year 1930–1989 also matches the
 * same year a century later (no contract in CUAD is dated before 1990).
 */
export function sameDate(label: LooseDate, predicted: Required<LooseDate>): boolean {
  const years = label.y === undefined ? [] : label.y >= 1930 && label.y < 1990 ? [label.y, label.y + 100] : [label.y];
  return label.m === predicted.m && label.d === predicted.d && years.includes(predicted.y);
}

// ---------------------------------------------------------------- durations

/** A length of time in days or months (a year is 12 months, a week 7 days), or no end at all. */
export type Duration = { n: number; unit: 'day' | 'month' } | 'perpetual';

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

/** "one hundred and eighty" → 180, "forty-five" → 45, "12" → 12; undefined when not a number. */
export function readNumber(words: string): number | undefined {
  const w = words.toLowerCase().replace(/-/g, ' ').replace(/\band\b/g, ' ').trim();
  if (/^\d+$/.test(w)) return Number(w);
  let total = 0;
  let current = 0;
  let seen = false;
  for (const t of w.split(/\s+/)) {
    if (t in SMALL) current += SMALL[t]!;
    else if (t === 'hundred') current = (current || 1) * 100;
    else if (t === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

const NUMBER_WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|and)';
/**
 * A number and a unit: digits ("90 days", "60) days" as CUAD sometimes keeps the parenthesis),
 * number words ("one hundred and eighty days", "forty-five days"), or words with digits in
 * parentheses ("three (3) years": the digits win).
 */
const DURATION_RE = new RegExp(
  `(\\d+|${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*)\\s*(?:\\(\\s*(\\d+)\\s*\\))?\\)?[\\s-]*(?:calendar\\s+|business\\s+)?(days?|weeks?|months?|years?)\\b`,
  'gi',
);

/** Every duration in a text, in order. "perpetual"/"indefinite" reads as no end. */
export function readDurations(text: string): Duration[] {
  const out: Duration[] = [];
  for (const m of text.matchAll(DURATION_RE)) {
    const n = m[2] ? Number(m[2]) : readNumber(m[1]!);
    if (n === undefined || !Number.isFinite(n)) continue;
    const unit = m[3]!.toLowerCase().replace(/s$/, '');
    if (unit === 'year') out.push({ n: n * 12, unit: 'month' });
    else if (unit === 'month') out.push({ n, unit: 'month' });
    else if (unit === 'week') out.push({ n: n * 7, unit: 'day' });
    else out.push({ n, unit: 'day' });
  }
  return out;
}

export function isPerpetual(text: string): boolean {
  return /\b(perpetual\w*|indefinite\w*|no (fixed )?(end|expiration|term))\b/i.test(text);
}

export function sameDuration(a: Duration, b: Duration): boolean {
  if (a === 'perpetual' || b === 'perpetual') return a === b;
  return a.unit === b.unit && a.n === b.n;
}

// ---------------------------------------------------------------- places

const US_STATES = ['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming', 'district of columbia'];
const PROVINCES = ['ontario', 'quebec', 'british columbia', 'alberta', 'manitoba', 'saskatchewan', 'nova scotia', 'new brunswick', 'newfoundland and labrador', 'prince edward island'];
/** Countries that only qualify a sub-national place in an answer ("Ontario, Canada"). */
const QUALIFIERS = new Set(['united states', 'canada', 'united kingdom', 'australia']);

/** Different spellings of one place, to one key. */
function placeKey(raw: string): string {
  let p = raw
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/^(state|commonwealth|province|republic|kingdom|federal republic|people's republic) of /, '')
    .replace(/^(state|commonwealth|province) of /, '');
  if (/^(united states( of america)?|usa|u s a?|us)$/.test(p)) p = 'united states';
  if (/^(england( and wales)?|wales)$/.test(p)) p = 'england and wales';
  if (/^(uk|great britain|britain)$/.test(p)) p = 'united kingdom';
  if (/^(prc|china|people's republic of china|mainland china)$/.test(p)) p = 'china';
  if (/^(hong kong( sar)?)$/.test(p)) p = 'hong kong';
  return p;
}

export function isKnownSubnational(key: string): boolean {
  return US_STATES.includes(key) || PROVINCES.includes(key);
}

/**
 * The places an answer names, most specific first: "Ontario, Canada" → [ontario];
 * "Virginia, Texas" → [virginia, texas]; "England, United Kingdom; Wales, United Kingdom" →
 * [england and wales]. A country after a state or province only qualifies it.
 */
export function readPlaces(text: string): string[] {
  const out: string[] = [];
  for (const alternative of text.split(/;/)) {
    const pieces = alternative.split(',').map(placeKey).filter(Boolean);
    pieces.forEach((p, i) => {
      if (i > 0 && QUALIFIERS.has(p) && pieces.slice(0, i).some((q) => isKnownSubnational(q) || q === 'england and wales' || q === 'scotland')) return;
      if (!out.includes(p)) out.push(p);
    });
  }
  return out;
}

// ---------------------------------------------------------------- parties and titles

/** Lower case, punctuation and entity forms removed: "Go Call, Inc." → "go call". */
export function partyKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[“”"'’`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(the|inc|incorporated|llc|l l c|ltd|limited|corp|corporation|co|company|plc|gmbh|ag|sa|s a|nv|n v|bv|b v|lp|l p|llp|pte|pty|ab|oy|spa|srl)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The short names a contract gives its parties together: "Party", "Parties", "the Parties". */
const COLLECTIVE = /^(?:an?\s+|the\s+)?part(?:y|ies)\.?$/i;

export interface LabelParty {
  /** The name as labelled ('' when the label gives only short names, e.g. `("you", "Franchisee")`). */
  name: string;
  /** Defined short names in the label ("Company", "Distributor"). */
  short: string[];
}

/**
 * CUAD's party answer: parties separated by ";", each a name followed by quoted short names in
 * parentheses. Pieces that describe rather than name ("individually referred to as a Party",
 * "each Party or any of its Affiliates…") are dropped: they start in lower case or with
 * each/either/individually/collectively, or run over 8 words.
 */
export function readParties(text: string): LabelParty[] {
  const out: LabelParty[] = [];
  for (const raw of text.split(/;|\n/)) {
    const piece = raw.trim().replace(/^\(+/, '').replace(/\)+$/, (m) => (raw.includes('(') ? m : '')).trim();
    if (!piece || /^_+$/.test(piece)) continue;
    const short = [...piece.matchAll(/[“"]([^”"]{1,60})[”"]/g)].map((m) => m[1]!.replace(/[,.]$/, '').trim()).filter(Boolean);
    // The name ends at its short names' parenthesis, but a parenthesis inside a name stays ("Fonterra (USA)
    // Inc."); what the answer adds to say who is bound is not the name ("… and its Affiliates", "including
    // its successors and permitted assigns").
    const name = piece
      .replace(/\([^()]*[“"][^()]*\)?/g, '(')
      .replace(/[“"][^”"]*[”"]/g, '')
      .replace(/\s*\((?![^()]{1,20}\)\s*\p{L})[^]*$/su, '')
      .replace(/\s+including\s+(?:its|his|her)\s+(?:[\w,]+\s+){0,4}?successors(?:\s+and\s+(?:permitted\s+)?assigns)?/gi, '')
      .replace(/\s+and\s+its\s+(?:affiliates|subsidiaries)$/i, '')
      // Nor is what it says of whom the party is or acts for: "X Inc. and its associated debtors in
      // possession", "X Bank on behalf of the Y Trust", "X Ltd. a subsidiary of Y Inc.". The named
      // party is X; left on, the words made the piece too long to be read as a name at all.
      .replace(/,?\s+and\s+its\s+(?:[\w-]+\s+){0,5}?(?:affiliates|subsidiaries|debtors|successors)\b[^]*$/i, '')
      .replace(/,?\s+on\s+behalf\s+of\b[^]*$/i, '')
      .replace(/,?\s+(?:an?|the)\s+(?:wholly[- ]owned\s+)?(?:subsidiary|affiliate|division)\s+of\b[^]*$/i, '')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
      .trim();
    // Lower case starts a description ("referred to as…"), not a name, unless it is a brand written so: "iBio Inc.", "salesforce.com, inc.".
    const brand = /^[a-z][\w.]*[A-Z.]/.test(name) || /\b(inc|llc|ltd|corp|limited|plc|gmbh|ag|sa|lp)\.?$/i.test(name);
    // A bare piece of a few words, none of them one that describes ("the", "its", "referred", "party"),
    // is a name written in lower case ("northwind traders"), as a brand may be.
    const bareName = piece === name && name.split(/\s+/).length <= 4 && !/\b(?:the|an?|its|his|her|their|of|to|as|or|and|each|either|referred|hereinafter|herein|collectively|individually|together|part(?:y|ies)|who|which|identified)\b/i.test(name);
    if (/^(each|either|individually|collectively|both|together|and)\b/i.test(name) || (name && /^[a-z]/.test(name) && !brand && !bareName)) continue;
    // "Stryker and Conformis ("Parties" …)": the parties named together as one defined collective, not another party.
    // Only the collective "Parties" marks one: "Kell Research & Trading, LLC ("Party", …)" is one party whose name holds "&".
    if (/\band\b|&/i.test(name) && /[“"]\s*(?:the\s+)?parties\b/i.test(piece)) continue;
    if (!name && short.length && short.every((s) => COLLECTIVE.test(s))) continue;
    // More than eight words is a description ("Each Party or any of its Affiliates providing services
    // hereunder"); initials are not words of their own ("The University of Texas M. D. Anderson Cancer Center").
    if (name.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w)).length > 8) continue;
    if (!name && !short.length) continue;
    out.push({ name, short });
  }
  return out;
}

/** Optimal string alignment distance (edits, with a swap of two neighbours as one), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Two party keys that differ only by a typing slip in one word ("howmedica ostenonics" /
 * "howmedica osteonics", "pifzer" / "pfizer"): the same words in the same order, all equal but one,
 * and that one at least 4 letters long on both sides and one edit apart (two from 8 letters). The
 * annotators typed the answers by hand; digits and short words must agree exactly ("Party A" is not
 * "Party B", "Fund 1" is not "Fund 2").
 */
export function sameNameUpToTypo(x: string, y: string): boolean {
  const a = x.split(' ');
  const b = y.split(' ');
  if (a.length !== b.length) return false;
  const diff = a.map((w, i) => [w, b[i]!] as const).filter(([v, w]) => v !== w);
  if (diff.length !== 1) return false;
  const [v, w] = diff[0]!;
  if (/\d/.test(v + w) || Math.min(v.length, w.length) < 4) return false;
  return editDistance(v, w) <= (Math.min(v.length, w.length) >= 8 ? 2 : 1);
}

/** The words of a title: "TURN - KEY MANUFACTURING AGREEMENT" → "turn key manufacturing agreement". */
export function titleWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
