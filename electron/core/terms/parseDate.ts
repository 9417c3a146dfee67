/**
 * Finds and normalises the dates contracts are written with: "June 11, 2015", "23rd day of December,
 * 2003", "Feb 10, 2014", "17 July 2023", "15/07/2016" (day first, as UK contracts write it), "2015-06-11".
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';

const PATTERNS: readonly { re: RegExp; pick: (m: RegExpExecArray) => [number, number, number] }[] = [
  // June 11, 2015 · June 11 2015
  { re: new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), pick: (m) => [+m[3]!, month(m[1]!), +m[2]!] },
  // 23rd day of December, 2003 · 17 July 2023 · 1st of May 2020
  { re: new RegExp(`\\b${DAY}\\s+(?:day\\s+of\\s+|of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'i'), pick: (m) => [+m[3]!, month(m[2]!), +m[1]!] },
  // 2015-06-11
  { re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/, pick: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 15/07/2016 · 15.07.2016 (day first)
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b/, pick: (m) => [+m[3]!, +m[2]!, +m[1]!] },
];

function month(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** A date found in text: the ISO value and the exact wording. */
export interface FoundDate {
  iso: string;
  text: string;
  index: number;
}

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The first well-formed date in `text`, or undefined. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { re, pick } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = pick(m);
    if (!valid(y, mo, d)) continue;
    if (!best || m.index < best.index) {
      best = { iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, text: m[0], index: m.index };
    }
  }
  return best;
}

/** The ISO form of a date written in any supported way, or undefined. */
export function toIsoDate(text: string): string | undefined {
  return findDate(text)?.iso;
}
