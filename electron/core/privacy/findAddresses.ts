/**
 * Postal addresses for redaction: the street line (house number, street name, kind of street, a
 * direction and a unit), post-office boxes, and postcodes (US ZIP codes after a state, UK and
 * Canadian postcodes). A party's home address is personal data, and a clinic's or a patient's
 * address identifies them; the city, state and country stay readable (they carry the governing law,
 * the territory and the venue), only what pins a building down is hidden.
 */
import type { Span } from './structuredIds';

// What kind of street a street line ends with, as English-speaking countries write it, in Title Case
// or in capitals. Only words that end a street's name: "Center" or "Park" name buildings and malls too.
const STREET_KINDS = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Lane', 'Ln', 'Drive', 'Dr', 'Court', 'Ct', 'Crescent', 'Cres',
  'Way', 'Walk', 'Place', 'Pl', 'Square', 'Sq', 'Terrace', 'Parkway', 'Pkwy', 'Highway', 'Hwy', 'Circle', 'Cir', 'Close', 'Quay',
  'Wharf', 'Gardens', 'Mews', 'Plaza', 'Trail', 'Pike', 'Turnpike', 'Expressway', 'Freeway',
];
const KIND = `(?:${[...STREET_KINDS, ...STREET_KINDS.map((k) => k.toUpperCase())].join('|')})`;
const DIRECTION = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)';
const UNIT_WORD = '(?:Suite|Ste|Unit|Apt|Apartment|Room|Rm|Floor|Fl|Building|Bldg|SUITE|STE|UNIT|APT|ROOM|FLOOR|BUILDING)';

/**
 * A street line: a house number ("350", "4410-2", "2700B"), one to four capitalised words or
 * ordinals ("Kestrel Ridge", "W. 53rd"), the kind of street, then an optional direction ("Avenue NW")
 * and unit ("Suite 400", "Ste. B20", "#310", "3rd Floor"). Each piece is bounded, so each start is
 * tried in constant time.
 */
const STREET_LINE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/$-])\d{1,6}[A-Z]?(?:-\d{1,6})?,?[ \t]+(?:(?:\p{Lu}[\p{L}'’.-]{0,30}|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))[ \t]+){1,4}${KIND}\b\.?` +
    String.raw`(?:,?[ \t]+${DIRECTION}\b\.?)?(?:,?[ \t]+(?:${UNIT_WORD}\b\.?[ \t]*#?[A-Z0-9-]{1,6}|#[ \t]?[A-Z0-9-]{1,6}|\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Floor|FLOOR)))?`,
  'gu',
);
// A number after a word that numbers a part of the document is that part: "Section 4 Supreme Court Rules".
const PART_BEFORE = /(?:section|sections|clause|article|paragraph|schedule|exhibit|annex|appendix|item|rule|page|part|no\.|§|¶)\s*$/i;

const PO_BOX = /(?<![\p{L}\p{N}])(?:P\.?[ \t]?O\.?|Post[ \t]+Office)[ \t]*Box[ \t]+\d{1,7}(?!\d)/giu;

// US states and territories, by code and by name, for the ZIP code after them ("Boston, MA 02110", "Texas 77030-1234").
const US_STATE_CODES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const US_STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico|D\\.C';
const US_ZIP = new RegExp(String.raw`(?<=(?<![\p{L}])(?:${US_STATE_CODES}|${US_STATE_NAMES}|${US_STATE_NAMES.toUpperCase()})\.?,?[ \t]{1,3})\d{5}(?:-\d{4})?(?!\d)`, 'gu');
// A town's state after it: ", California", ", CA 94063", "IL 60045". A state's code counts only with its ZIP code: after a
// person's name "MD" or "PA" is a degree or a title ("Imogen Taverly, MD").
const STATE_AFTER_SOURCE = String.raw`(?:,[ \t]*(?:${US_STATE_NAMES})(?![\p{L}])|,?[ \t]+(?:${US_STATE_CODES}),?[ \t]+\d{5}(?!\d))`;
const STATE_AFTER = new RegExp(`^${STATE_AFTER_SOURCE}`, 'u');

/** Whether `after` (the text after a word) opens with a US state, as the town of an address is followed. */
export function opensWithState(after: string): boolean {
  return STATE_AFTER.test(after);
}

// Up to three capitalised words right before a state ("Fernmoor City, CA 94999", "Aldhaven Heights, Illinois"). Each word is
// at most 31 characters and the state is one of a list, so each start is tried in constant time.
const BEFORE_STATE = new RegExp(String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]{0,30}(?:[ \t]+\p{Lu}[\p{L}'’.-]{0,30}){0,2}(?=${STATE_AFTER_SOURCE})`, 'gu');

/**
 * The towns a text writes before their state, as an address does: each of the one to three capitalised words before
 * the state, counted from the state back ("aldhaven heights" and "heights" for "… Aldhaven Heights, IL 60999"), lower-cased.
 */
export function townsBeforeStates(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of matches(BEFORE_STATE, text)) {
    const words = m[0].toLowerCase().split(/[ \t]+/);
    for (let i = 0; i < words.length; i++) out.add(words.slice(i).join(' '));
  }
  return out;
}

// UK ("KX4A 9ZZ", "DT9 9QX") and Canadian ("K2X 9Z9", "T9Q9Z8") postcodes, in capitals as they are printed.
const UK_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\p{L}\p{N}])/gu;
const CA_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\p{L}\p{N}])/gu;

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) yield m;
}

/** Every street line, post-office box and postcode in `text`, as ADDRESS spans (they may overlap; the redactor resolves that). */
export function findAddresses(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => out.push({ kind: 'ADDRESS', start, end, value: text.slice(start, end) });
  for (const m of matches(STREET_LINE, text)) {
    if (PART_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    push(m.index, m.index + m[0].length);
  }
  for (const re of [PO_BOX, US_ZIP, UK_POSTCODE, CA_POSTCODE]) for (const m of matches(re, text)) push(m.index, m.index + m[0].length);
  return out;
}
