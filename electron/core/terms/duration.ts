/**
 * One grammar for lengths of time, used by the term, renewal, notice and confidentiality rules:
 * digits ("90 days"), words ("ninety days", "one hundred and eighty days", "forty-five days"),
 * words with digits ("three (3) years", where the digits win), hyphenated adjectives ("a one-year
 * term", "12-month period") and business or calendar days.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * A number in words: units and teens, tens optionally joined to a unit ("forty-five", "twenty
 * four"), hundreds with an optional "and" ("one hundred and eighty", "two hundred twenty").
 */
const UNIT_WORD = `(?:${Object.keys(UNITS).join('|')})`;
export const TENS_WORD = `(?:${Object.keys(TENS).join('|')})(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?`;
export const BELOW_HUNDRED = `(?:${TENS_WORD}|${UNIT_WORD})`;
export const NUMBER_WORDS = `(?:${BELOW_HUNDRED}\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_HUNDRED})?|${BELOW_HUNDRED})`;

/**
 * number, optional "(digits)" or, after digits, "(words)" ("90 (ninety) days", the digits win),
 * optional hyphen, optional "business"/"calendar", optional "contract"/"consecutive"/"full" before or after it ("ten
 * (10) Contract Years", "nine (9) full calendar months", "thirty (30) calendar consecutive days"), or before it
 * "additional"/"further"/"successive" ("renew for one additional year", "two (2) further years"), or a lease's or
 * a contract's own count of years ("five (5) Lease Years", "three Agreement Years"), unit.
 *   group 1: digits or words · group 2: digits in parentheses · group 3: business/calendar · group 4: unit
 * "(?<![\w.])" keeps "1.5 years" and "Section 3 days" style fragments from matching mid-token.
 */
const DURATION_SOURCE = `(?<![\\w.$])(\\d{1,4}|${NUMBER_WORDS})(?:\\s*\\(\\s*(\\d{1,4})\\s*\\)|(?<=\\d)\\s*\\(\\s*${NUMBER_WORDS}\\s*\\))?[\\s-]*(?:(?:contract|lease|agreement|consecutive|full|additional|further|successive)[\\s-]+)?(?:(business|calendar|working)[\\s-]+)?(?:(?:contract|consecutive|full)[\\s-]+)?(days?|weeks?|months?|years?)(?![\\w])`;

/**
 * A half: "two and one-half", "three and a half", "2 1/2", "2-1/2", "2½", "2.5". Written after a number, before the
 * digits in brackets and the unit.
 */
const HALF = `(?:\\s+and\\s+(?:one[\\s-]+half|a\\s+half)|[\\s-]*(?:1\\/2|½)|\\.5)`;
/**
 * A length in years and a half: "two and one-half (2 1/2) years", "1.5 years", "three and a half years",
 * "2½-year term". A half year is six months whatever the calendar, so the length is read as 12N + 6 months; years
 * alone would end the term half a year early, and the "2" of "2 1/2 years" is no length of its own.
 *   group 1: digits or words · group 2: digits in parentheses (they win)
 */
const HALF_YEARS = new RegExp(`(?<![\\w.$/])(\\d{1,2}|${BELOW_HUNDRED})${HALF}(?:\\s*\\(\\s*(\\d{1,2})${HALF}\\s*\\))?[\\s-]*(?:(?:contract|consecutive|full|additional|further|successive)[\\s-]+)?(?:calendar[\\s-]+)?years?(?![\\w])`, 'gi');

export function durationPattern(flags = 'gi'): RegExp {
  return new RegExp(DURATION_SOURCE, flags);
}

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

export interface Duration {
  n: number;
  unit: DurationUnit;
  /** "business" or "calendar" when the text says so. */
  kind?: 'business' | 'calendar';
  text: string;
  index: number;
  /** Days beyond the whole units, where a length is given in both ("one (1) year and thirty (30) days"). */
  days?: number;
}

/** A number written in words or digits, or undefined. */
export function wordsToNumber(words: string): number | undefined {
  const w = words.toLowerCase().trim();
  if (/^\d+$/.test(w)) return Number(w);
  let current = 0;
  let seen = false;
  for (const t of w.replace(/-/g, ' ').split(/\s+/)) {
    if (t === 'and') continue;
    if (t in UNITS) current += UNITS[t]!;
    else if (t in TENS) current += TENS[t]!;
    else if (t === 'hundred') current = (current || 1) * 100;
    else return undefined;
    seen = true;
  }
  return seen ? current : undefined;
}

/**
 * The first number of a range that writes its unit once, at the end: "not less than ninety (90) nor
 * more than one hundred twenty (120) days", "sixty (60) to ninety (90) days", "between 30 and 60 days".
 * Read as the first number with that unit, its text running to the range's end.
 *   group 1: digits or words · group 2: digits in parentheses
 */
const RANGE_START = new RegExp(`(?<![\\w.$])(\\d{1,4}|${NUMBER_WORDS})(?:\\s*\\(\\s*(\\d{1,4})\\s*\\))?(?:\\s*(?:(?:,\\s*)?(?:nor|or|and|but)\\s+(?:not\\s+|no\\s+)?(?:more|greater|later|longer)\\s+than|to|and)\\s+|\\s?[-\u2013]\\s?)$`, 'i');

/** Every duration in `text`, in order. */
export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  const halves: Duration[] = [];
  let end = -1;
  for (const m of text.matchAll(HALF_YEARS)) {
    const years = m[2] ? Number(m[2]) : wordsToNumber(m[1]!);
    if (years !== undefined && Number.isFinite(years)) halves.push({ n: years * 12 + 6, unit: 'month', text: m[0], index: m.index });
  }
  for (const m of text.matchAll(durationPattern())) {
    // A length in years and a half is read whole, once, where it starts.
    if (halves.some((h) => m.index < h.index + h.text.length && h.index < m.index + m[0].length)) continue;
    const n = m[2] ? Number(m[2]) : wordsToNumber(m[1]!);
    if (n === undefined || !Number.isFinite(n) || n <= 0) continue;
    // "through the end of the 2018 calendar year", "the 2020 contract year": a year's number, not a count.
    if (!m[2] && /^(?:19|20)\d\d$/.test(m[1]!)) continue;
    const unit = m[4]!.toLowerCase().replace(/s$/, '') as DurationUnit;
    const kind = m[3]?.toLowerCase();
    const kindOf = kind === 'business' || kind === 'working' ? { kind: 'business' as const } : kind === 'calendar' ? { kind: 'calendar' as const } : {};
    // A range's first number takes the unit its second one gives: "not less than sixty (60) nor more than
    // ninety (90) days" is at least 60 days ("between 30 and 60 days" only after "between").
    const range = RANGE_START.exec(text.slice(Math.max(0, m.index - 80), m.index));
    const first = range ? (range[2] ? Number(range[2]) : wordsToNumber(range[1]!)) : undefined;
    const start = range ? m.index - (Math.min(80, m.index) - range.index) : -1;
    const connector = range ? range[0].slice(range[0].search(/\)?\s*[,a-z\-\u2013]*\s*$/i)) : '';
    // Only the few characters before the range are read: with no range there is nothing before it to read (its start,
    // -1, would take the whole text, again at every duration of a long one).
    const between = range !== null && /\bbetween\s*$/i.test(text.slice(Math.max(0, start - 12), start));
    // Where the durations read so far end, at the latest: a range never starts inside one of them.
    if (range && first !== undefined && first > 0 && first < n && (!/^\W*and\s*$/i.test(connector.replace(/^\)/, '')) || between) && !(end > start)) {
      out.push({ n: first, unit, text: text.slice(start, m.index + m[0].length), index: start, ...kindOf });
      end = Math.max(end, m.index + m[0].length);
    }
    out.push({ n, unit, text: m[0], index: m.index, ...kindOf });
    end = Math.max(end, m.index + m[0].length);
  }
  return halves.length ? [...out, ...halves].sort((a, b) => a.index - b.index) : out;
}

export function findDuration(text: string): Duration | undefined {
  return findDurations(text)[0];
}

/** "90 days", "1 year", "10 business days". */
export function formatDuration(d: Pick<Duration, 'n' | 'unit' | 'kind' | 'days'>): string {
  const extra = d.days ? ` and ${d.days} day${d.days === 1 ? '' : 's'}` : '';
  return `${d.n} ${d.kind === 'business' ? 'business ' : ''}${d.unit}${d.n === 1 ? '' : 's'}${extra}`;
}

/** The duration as whole months and days, for date arithmetic. */
export function asMonthsAndDays(d: Pick<Duration, 'n' | 'unit' | 'days'>): { months: number; days: number } {
  const extra = d.days ?? 0;
  if (d.unit === 'year') return { months: d.n * 12, days: extra };
  if (d.unit === 'month') return { months: d.n, days: extra };
  if (d.unit === 'week') return { months: 0, days: d.n * 7 + extra };
  return { months: 0, days: d.n + extra };
}
