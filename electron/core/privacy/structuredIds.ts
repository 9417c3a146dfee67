import { electronicFormatIBAN, getCountrySpecifications, isValidIBAN } from 'ibantools';

/** What a redacted span was. Structured kinds are validated; PERSON and ORG come from names, ADDRESS from postal addresses. */
export type RedactionKind = 'EMAIL' | 'PHONE' | 'SSN' | 'CARD' | 'IBAN' | 'DOB' | 'ACCOUNT' | 'PERSON' | 'ORG' | 'ADDRESS';

/** The kinds found by validated patterns (the recall gate applies to these). */
export const STRUCTURED_KINDS: readonly RedactionKind[] = ['EMAIL', 'PHONE', 'SSN', 'CARD', 'IBAN', 'DOB', 'ACCOUNT'];

/** A found identifier: `text.slice(start, end) === value`. */
export interface Span {
  start: number;
  end: number;
  kind: RedactionKind;
  value: string;
  /** The name this span is a form of (a party's full name), so all its forms share one placeholder. */
  canonical?: string;
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/** Luhn checksum (payment cards). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** US SSN rules: area not 000, 666 or 900–999; group not 00; serial not 0000. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

function span(kind: RedactionKind, text: string, start: number, end: number): Span {
  return { kind, start, end, value: text.slice(start, end) };
}

const EMAIL = /(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])/g;

function emails(text: string): Span[] {
  return [...matches(EMAIL, text)].map((m) => span('EMAIL', text, m.index, m.index + m[0].length));
}

// 13–19 digits in groups separated by single spaces or dashes (or none).
const CARD = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\d])/g;

/** Printed cards group digits 4-4-4-4(-3), or 4-6-5 / 4-6-4 (Amex, Diners); unseparated is fine too. */
function cardGrouping(printed: string): boolean {
  const groups = printed.split(/[ -]/).map((g) => g.length);
  if (groups.length === 1) return true;
  const shape = groups.join('-');
  return /^4-4-4-4(-[1-4])?$|^4-4-4-[1-4]$|^4-6-[45]$/.test(shape) && !/^4-4-4-4-[12]$/.test(shape);
}

function cards(text: string): Span[] {
  const out: Span[] = [];
  for (const m of matches(CARD, text)) {
    const d = digitsOf(m[0]);
    // Issuer ranges 2–6 (Mastercard 2-series, Amex, Visa, Mastercard, Discover/UnionPay) and a valid check digit.
    if (d.length >= 13 && d.length <= 19 && /^[2-6]/.test(d) && cardGrouping(m[0]) && luhnValid(d)) out.push(span('CARD', text, m.index, m.index + m[0].length));
  }
  return out;
}

const IBAN_START = /(?<![A-Za-z0-9])([A-Z]{2}\d{2})(?=[ ]?[A-Z0-9])/g;
const ibanLengths = new Map<string, number>(
  Object.entries(getCountrySpecifications())
    .filter(([, spec]) => typeof spec.chars === 'number' && spec.chars > 0)
    .map(([cc, spec]) => [cc, spec.chars as number]),
);

/** IBANs, printed or electronic, validated by country length, BBAN format and mod-97. */
function ibans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of matches(IBAN_START, text)) {
    const want = ibanLengths.get(m[1]!.slice(0, 2));
    if (!want) continue;
    // Walk forward collecting exactly `want` alphanumerics, allowing single spaces between groups.
    let i = m.index;
    let count = 0;
    while (i < text.length && count < want) {
      const ch = text[i]!;
      if (/[A-Za-z0-9]/.test(ch)) count++;
      else if (!(ch === ' ' && count > 0 && /[A-Za-z0-9]/.test(text[i + 1] ?? ''))) break;
      i++;
    }
    if (count !== want || /[A-Za-z0-9]/.test(text[i] ?? '')) continue;
    const candidate = text.slice(m.index, i);
    const electronic = electronicFormatIBAN(candidate);
    if (electronic && isValidIBAN(electronic)) out.push(span('IBAN', text, m.index, i));
  }
  return out;
}

const SSN_FORMATTED = /(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])/g;
const SSN_CONTEXT = /\b(?:SSN|SS#|S\.S\.N\.|social security(?: number| no\.?)?|taxpayer identification number|TIN|ITIN)\b[^\d\n]{0,24}(\d{3}[- ]?\d{2}[- ]?\d{4})(?!\d)/gi;

function ssns(text: string): Span[] {
  const out: Span[] = [];
  for (const m of matches(SSN_FORMATTED, text)) {
    if (ssnValid(m[1]!, m[3]!, m[4]!)) out.push(span('SSN', text, m.index, m.index + m[0].length));
  }
  // Unformatted nine digits only count as an SSN when the text says so.
  for (const m of matches(SSN_CONTEXT, text)) {
    const value = m[1]!;
    const d = digitsOf(value);
    const start = m.index + m[0].length - value.length;
    if (ssnValid(d.slice(0, 3), d.slice(3, 5), d.slice(5))) out.push(span('SSN', text, start, start + value.length));
  }
  return out;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE =
  `(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?${MONTH},?\\s+\\d{4})`;
const DOB = new RegExp(`\\b(?:date\\s+of\\s+birth|birth\\s*date|born(?:\\s+on)?|D\\.?O\\.?B\\.?)\\s*(?:[:\\-–]|is)?\\s*(${DATE})`, 'gi');

function datesOfBirth(text: string): Span[] {
  return [...matches(DOB, text)].map((m) => {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    return span('DOB', text, start, start + value.length);
  });
}

// A number written after a word saying what it identifies. The value must contain digits (or be a SWIFT/BIC code).
// "Company" says so only with "number" or "no." after it ("company number 09876543"): alone it is the party's role.
const ACCOUNT_WORDS =
  "(?:bank\\s+)?account|acct\\.?|a/c|reference|ref\\.?|policy|invoice|loan|member(?:ship)?|customer|client|patient|claim|case|contract|order|routing|ABA|sort\\s+code|IBAN|license|licence|passport|driver'?s\\s+licen[cs]e|employee|tax\\s+(?:id|identification)|EIN|VAT|company\\s+registration|company(?=\\s+(?:no\\.?|number)\\b)|registration|MRN|medical\\s+record|insurance|subscriber|group|serial|tracking|file|matter|purchase\\s+order|PO";
const ACCOUNT = new RegExp(
  `\\b(?:${ACCOUNT_WORDS})\\s*(?:no\\.?|nos\\.?|number|num\\.?|#|id|code)?\\s*(?:is\\s+)?[:#.]?\\s*((?=[A-Z0-9/-]*\\d[A-Z0-9/-]*\\d)[A-Z0-9](?:[A-Z0-9/-]|\\s(?=\\d)){3,32}[A-Z0-9])(?![A-Za-z0-9])`,
  'gi',
);
const BIC = /\b(?:SWIFT|BIC)(?:\s*(?:code|\/BIC))?\s*[:#]?\s*([A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)(?![A-Za-z0-9])/g;

function accounts(text: string): Span[] {
  const out: Span[] = [];
  for (const re of [ACCOUNT, BIC]) {
    for (const m of matches(re, text)) {
      const value = m[1]!;
      if (re === ACCOUNT && digitsOf(value).length < 4) continue;
      const start = m.index + m[0].length - value.length;
      out.push(span('ACCOUNT', text, start, start + value.length));
    }
  }
  return out;
}

// International: +CC or 00CC, then groups (an optional "(0)" trunk), 8–15 digits in all (E.164).
const PHONE_INTL = /(?<![\w+])(?<!\d[ -])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\(0\))?(?:[ .-]?\(?\d{1,5}\)?){1,6}(?![\d])/g;
// North American: (415) 555-2671, 415-555-2671, 415.555.2671, 1-800-555-0199, with an optional extension.
// One separator throughout ("252.227-7014" is a regulation number, not a phone).
const PHONE_NANP = /(?<![\w+.-])(?:1[ .-])?(?:\(\d{3}\)[ ]?\d{3}[ .-]|\d{3}([ .-])\d{3}\1)\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\d-])/g;
// National numbers with a trunk 0: 020 7946 0958, 01 42 68 53 00, 030 901820, 06-12345678.
const PHONE_TRUNK = /(?<![\w+.,/-])(?<!\d[ -])0[1-9]\d{0,3}(?:[ -]\d{2,8}){1,4}(?!\d|[.,/-]\d)/g;
// Any digits after a word that says "phone".
const PHONE_CONTEXT = /\b(?:tel(?:ephone)?|phone|fax|mobile|cell|mob\.?|t\.|f\.|m\.)\s*(?:no\.?|number|#)?\s*[:.]?\s*(\+?\(?\d[\d ().-]{5,22}\d)(?![\d])/gi;

function phones(text: string): Span[] {
  const out: Span[] = [];
  for (const m of matches(PHONE_INTL, text)) {
    let value = m[0];
    // Trailing groups beyond 15 digits belong to something else: drop them.
    while (digitsOf(value).length > 15 && /[ .-]\(?\d+\)?$/.test(value)) value = value.replace(/[ .-]\(?\d+\)?$/, '');
    const n = digitsOf(value).length;
    if (n >= 8 && n <= 15) out.push(span('PHONE', text, m.index, m.index + value.length));
  }
  for (const m of matches(PHONE_NANP, text)) out.push(span('PHONE', text, m.index, m.index + m[0].length));
  for (const m of matches(PHONE_TRUNK, text)) {
    const n = digitsOf(m[0]).length;
    // A US ZIP+4 ("02110-1234") has the same shape as a short national number.
    if (n >= 9 && n <= 12 && !/^\d{5}-\d{4}$/.test(m[0])) out.push(span('PHONE', text, m.index, m.index + m[0].length));
  }
  for (const m of matches(PHONE_CONTEXT, text)) {
    const value = m[1]!.replace(/[ (.-]+$/, '');
    const n = digitsOf(value).length;
    const start = m.index + m[0].length - m[1]!.length;
    if (n >= 7 && n <= 15) out.push(span('PHONE', text, start, start + value.length));
  }
  return out;
}

/**
 * Every structured identifier in `text`, validated: emails, phone numbers (international, North
 * American and national forms), US SSNs (area rules), payment cards (Luhn), IBANs (country length
 * and mod-97), dates of birth (a date introduced as one) and account/reference numbers (a number
 * introduced by what it identifies). Spans may overlap; {@link resolveOverlaps} picks among them.
 */
export function findStructuredIds(text: string): Span[] {
  return [...emails(text), ...ibans(text), ...cards(text), ...ssns(text), ...datesOfBirth(text), ...accounts(text), ...phones(text)];
}

const PRIORITY: Record<RedactionKind, number> = { EMAIL: 10, IBAN: 9, CARD: 8, SSN: 7, DOB: 6, ACCOUNT: 5, PHONE: 4, ADDRESS: 3, ORG: 2, PERSON: 1 };

/**
 * Non-overlapping spans, in text order: where spans overlap, the one that covers more wins, then
 * the more specific kind. Covering more is safer: nothing a detector found is left half-visible.
 */
export function resolveOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[b.kind] - PRIORITY[a.kind] || a.start - b.start);
  // The spans kept so far are disjoint, so kept in text order their ends rise too: one binary
  // search finds the only one that can overlap a candidate (comparing with each was quadratic in
  // a text of many names).
  const kept: Span[] = [];
  for (const s of sorted) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.end <= s.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo]!.start < s.end) continue;
    kept.splice(lo, 0, s);
  }
  return kept;
}
