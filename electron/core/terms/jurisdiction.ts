/**
 * Which place's law a sentence names: "the laws of the State of New York" → "New York, United
 * States"; "Ontario law" → "Ontario, Canada"; "the laws of England" → "England and Wales";
 * "German law" → "Germany". A state or province is named with its country so the value reads the
 * same whatever the contract's wording.
 */

const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam', 'United States Virgin Islands'];
/**
 * States and union territories of India. Contract law there is the Union's (the Indian Contract Act), so
 * "the laws of the State of Maharashtra" is Indian law, read as "India" as "the laws of India" is.
 */
const INDIAN_STATES = ['Maharashtra', 'Karnataka', 'Tamil Nadu', 'Telangana', 'Andhra Pradesh', 'Gujarat', 'Kerala', 'West Bengal', 'Uttar Pradesh', 'Haryana', 'Rajasthan', 'Madhya Pradesh', 'Odisha', 'Goa', 'Bihar', 'National Capital Territory of Delhi', 'NCT of Delhi'];
const PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Québec', 'Saskatchewan', 'Yukon', 'Northwest Territories', 'Nunavut'];
/** UK nations and other places whose law is a legal system of its own (an emirate's beside the UAE's federal law). */
const SYSTEMS: Record<string, string> = { England: 'England and Wales', 'England and Wales': 'England and Wales', Wales: 'England and Wales', Scotland: 'Scotland', 'Northern Ireland': 'Northern Ireland', 'Hong Kong': 'Hong Kong', 'Hong Kong SAR': 'Hong Kong', Macau: 'Macau', 'New South Wales': 'New South Wales, Australia', Victoria: 'Victoria, Australia', Queensland: 'Queensland, Australia', 'Western Australia': 'Western Australia, Australia', 'South Australia': 'South Australia, Australia', Tasmania: 'Tasmania, Australia', 'Australian Capital Territory': 'Australian Capital Territory, Australia', 'Northern Territory': 'Northern Territory, Australia', Dubai: 'Dubai, United Arab Emirates', 'Abu Dhabi': 'Abu Dhabi, United Arab Emirates' };
const COUNTRIES = ['United States of America', 'United States', 'United Kingdom', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Colombia', 'Peru', 'Ireland', 'France', 'Germany', 'Netherlands', 'The Netherlands', 'Belgium', 'Luxembourg', 'Switzerland', 'Austria', 'Italy', 'Spain', 'Portugal', 'Denmark', 'Sweden', 'Norway', 'Finland', 'Iceland', 'Poland', 'Czech Republic', 'Hungary', 'Greece', 'Cyprus', 'Malta', 'Israel', 'Turkey', 'Russia', 'Russian Federation', 'Ukraine', 'India', 'China', "People's Republic of China", 'PRC', 'P.R.C.', 'R.O.C.', 'Taiwan', 'Republic of China', 'Japan', 'Korea', 'Republic of Korea', 'South Korea', 'Singapore', 'Malaysia', 'Thailand', 'Vietnam', 'Indonesia', 'Philippines', 'Australia', 'New Zealand', 'Papua New Guinea', 'South Africa', 'Nigeria', 'Kenya', 'Egypt', 'United Arab Emirates', 'Saudi Arabia', 'Cayman Islands', 'British Virgin Islands', 'Bermuda', 'Bahamas', 'Barbados', 'Jersey', 'Guernsey', 'Isle of Man', 'Gibraltar', 'Liechtenstein', 'Monaco', 'Romania', 'Bulgaria', 'Croatia', 'Slovenia', 'Slovakia', 'Slovak Republic', 'Estonia', 'Latvia', 'Lithuania', 'Serbia', 'Pakistan', 'Sri Lanka', 'Bangladesh', 'Qatar', 'Kuwait', 'Bahrain', 'Oman', 'Morocco', 'Ghana', 'Mauritius', 'Panama', 'Costa Rica', 'Venezuela', 'Uruguay', 'Ecuador', 'Dominican Republic', 'Swiss Confederation', 'United Mexican States', 'Hellenic Republic', 'UAE', 'U.A.E.'];
/** Nationality adjectives used in "X law" / "the X courts". */
const ADJECTIVES: Record<string, string> = { English: 'England and Wales', Welsh: 'England and Wales', Scottish: 'Scotland', Scots: 'Scotland', Irish: 'Ireland', French: 'France', German: 'Germany', Swiss: 'Switzerland', Dutch: 'Netherlands', Belgian: 'Belgium', Italian: 'Italy', Spanish: 'Spain', Swedish: 'Sweden', Danish: 'Denmark', Norwegian: 'Norway', Finnish: 'Finland', Austrian: 'Austria', Israeli: 'Israel', Indian: 'India', Chinese: 'China', Japanese: 'Japan', Korean: 'Korea', Singaporean: 'Singapore', Australian: 'Australia', Canadian: 'Canada', Mexican: 'Mexico', Brazilian: 'Brazil', Taiwanese: 'Taiwan', Colombian: 'Colombia', Argentine: 'Argentina', Argentinian: 'Argentina', Chilean: 'Chile', Peruvian: 'Peru', Portuguese: 'Portugal', Polish: 'Poland', Czech: 'Czech Republic', Hungarian: 'Hungary', Greek: 'Greece', Cypriot: 'Cyprus', Maltese: 'Malta', Luxembourg: 'Luxembourg', Icelandic: 'Iceland', Turkish: 'Turkey', Russian: 'Russia', Ukrainian: 'Ukraine', Thai: 'Thailand', Vietnamese: 'Vietnam', Indonesian: 'Indonesia', Malaysian: 'Malaysia', Philippine: 'Philippines', Egyptian: 'Egypt', Nigerian: 'Nigeria', Kenyan: 'Kenya', Saudi: 'Saudi Arabia', Romanian: 'Romania', Bulgarian: 'Bulgaria', Croatian: 'Croatia', Slovenian: 'Slovenia', Slovak: 'Slovakia', Estonian: 'Estonia', Latvian: 'Latvia', Lithuanian: 'Lithuania', Serbian: 'Serbia', Pakistani: 'Pakistan', Panamanian: 'Panama', Venezuelan: 'Venezuela', Uruguayan: 'Uruguay', Bermudian: 'Bermuda', Luxembourgish: 'Luxembourg' };

const COUNTRY_NAMES: Record<string, string> = { 'R.O.C.': 'Taiwan', 'P.R.C.': 'China', 'United States of America': 'United States', 'The Netherlands': 'Netherlands', 'Russian Federation': 'Russia', "People's Republic of China": 'China', PRC: 'China', 'Republic of China': 'Taiwan', 'Republic of Korea': 'Korea', 'South Korea': 'Korea', 'Québec': 'Quebec', 'Swiss Confederation': 'Switzerland', 'United Mexican States': 'Mexico', 'Hellenic Republic': 'Greece', 'Slovak Republic': 'Slovakia', UAE: 'United Arab Emirates', 'U.A.E.': 'United Arab Emirates' };

function normalisePlace(name: string): string {
  const canonical = (list: readonly string[]): string | undefined => list.find((p) => p.toLowerCase() === name.toLowerCase());
  const state = canonical(US_STATES);
  if (state) return `${state}, United States`;
  if (canonical(INDIAN_STATES)) return 'India';
  const province = canonical(PROVINCES);
  if (province) return `${COUNTRY_NAMES[province] ?? province}, Canada`;
  const system = Object.keys(SYSTEMS).find((p) => p.toLowerCase() === name.toLowerCase());
  if (system) return SYSTEMS[system]!;
  const country = canonical(COUNTRIES) ?? name;
  return COUNTRY_NAMES[country] ?? country;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Every known place, longest first so "West Virginia" wins over "Virginia" and "New South Wales" over "Wales". */
const PLACE_NAMES = [...US_STATES, ...PROVINCES, ...INDIAN_STATES, ...Object.keys(SYSTEMS), ...COUNTRIES].sort((a, b) => b.length - a.length);
const PLACE = new RegExp(`(?<![\\w'])(${PLACE_NAMES.map(escape).join('|')})(?![\\w'])`, 'gi');
/** "OF" run into the next word in capitals by a text layer that lost a space: "OFTHE", "OFTEXAS". */
const OF_RUN_INTO_CAPITALS = new RegExp(`\\bOF(?=THE\\b|(?:${PLACE_NAMES.map((p) => escape(p.toUpperCase())).join('|')})(?![\\w']))`, 'g');
/**
 * "Delaware law", "New York substantive law": the place named before "law(s)" (the first such); also in the
 * possessive, "Oregon's substantive laws", "the State of Oregon's laws" (apostrophes are straight by then).
 */
const PLACE_LAW = new RegExp(`(?<![\\w'])(${PLACE_NAMES.map(escape).join('|')})(?:'s)?(?![\\w'])\\s+(?:substantive\\s+|statutory\\s+)?laws?\\b`, 'i');
/**
 * "German law", "English substantive law", "English and Welsh law" (the first of two named together), "the Indian laws";
 * in any case, as a clause set in capitals writes it ("GOVERNED BY ENGLISH LAW").
 */
const ADJECTIVE_LAW = new RegExp(`\\b(${Object.keys(ADJECTIVES).join('|')})(?:\\s+and\\s+(?:${Object.keys(ADJECTIVES).join('|')}))?\\s+(?:(?:substantive|private|civil|commercial|statutory|federal)\\s+)?laws?\\b`, 'i');
/** The place a nationality adjective's law names, whatever its case ("ENGLISH" is "English"). */
const adjectivePlace = (word: string): string | undefined => ADJECTIVES[Object.keys(ADJECTIVES).find((a) => a.toLowerCase() === word.toLowerCase()) ?? ''];

/** True for a sub-national place (a US state, a Canadian province, a UK nation…). */
function isSpecific(value: string): boolean {
  return value.includes(', ') || value === 'England and Wales' || value === 'Scotland' || value === 'Northern Ireland';
}

/**
 * The place whose law `sentence` chooses, or undefined. Reads what follows "laws of" / "law of" /
 * "laws in force in" first, then "<Place> law" and "<Nationality> law", then any known place in
 * the sentence. "The laws of the United States and the State of Delaware" gives Delaware: a state
 * or province named with its federal law is the more specific choice.
 */
export function jurisdictionOf(sentence: string, before = ''): string | undefined {
  // A typographic apostrophe is the same name: "the People’s Republic of China" is not the Republic of China.
  // A text layer that lost its spaces ("the laws ofthe State ofOhio") is read with them put back.
  // In capitals too: "THE LAWS OFTHE STATE OFTEXAS" (only before "THE" or a place's name, so "OFFICE" stays whole).
  const text = sentence
    .replace(/\s+/g, ' ')
    .replace(/[’‘`]/g, "'")
    .replace(/\bof(?=the\b|[A-Z][a-z])/g, 'of ')
    .replace(OF_RUN_INTO_CAPITALS, 'OF ');
  // Where the chosen law is named: after "law(s) of / in (force in) / prevailing in" or before "law(s)".
  // "the internal laws State of New York": the "of" is sometimes left out before "State of".
  // "the laws and decisions of", "the laws, other than choice of law rules, of": what the law is made of,
  // or what it excludes, may stand between "laws" and "of".
  // A label gives the place after a colon: "Governing Law: State of Minnesota".
  // "Ontario law and the federal laws of Canada applicable therein": a state or province named before
  // "law" is the more specific choice than the country named after "laws of", as when both follow "of".
  const placeLawMatch = PLACE_LAW.exec(text);
  const placeLaw = placeLawMatch ? normalisePlace(placeLawMatch[1]!) : undefined;
  const specificPlaceLaw = placeLaw && isSpecific(placeLaw) ? placeLaw : undefined;
  const cue = /\blaws?(?:\s+and\s+(?:decisions|regulations|rules|statutes|judicial\s+decisions))?(?:,[^,;.]{1,60},)?(?:\s+(?:in\s+force\s+in|of|in|(?:applicable|prevailing)\s+in|(?=State\s+of\b))|\s*:)\s*/gi;
  let country: string | undefined;
  for (const c of text.matchAll(cue)) {
    const tail = text.slice(c.index + c[0].length, c.index + c[0].length + 120);
    // "entered into in the State of New Jersey, and construed in accordance with the laws of that State":
    // the place named just before.
    if (/^(?:that|such|said|the\s+said)\s+(?:state|province|country|commonwealth|jurisdiction)\b/i.test(tail)) {
      const earlier = [...`${before} ${text.slice(0, c.index)}`.replace(/[’‘`]/g, "'").matchAll(PLACE)].pop();
      if (earlier) return normalisePlace(earlier[1]!);
      continue;
    }
    const places = [...tail.matchAll(PLACE)].filter((m) => m.index < 60).map((m) => ({ at: m.index, value: normalisePlace(m[1]!) }));
    if (!places.length) continue;
    // After a federal country's law: only a state or province of that country is read as the choice.
    if (country && !places.some((p) => p.value.endsWith(`, ${country}`))) continue;
    if (country) return places.find((p) => p.value.endsWith(`, ${country}`))!.value;
    // "its jurisdiction of incorporation", "any other jurisdiction": not a choice of law.
    if (/^(?:the\s+)?(?:state|jurisdiction|country)\s+of\s+(?:its|their|such)/i.test(tail)) continue;
    const first = places[0]!;
    const specific = places.find((p) => isSpecific(p.value) && p.at - first.at < 60);
    if (!isSpecific(first.value) && specific) return specific.value;
    if (!isSpecific(first.value) && specificPlaceLaw) return specificPlaceLaw;
    if (isSpecific(first.value)) return first.value;
    // A federal country's law named first, its state's or province's further on ("the federal law of the
    // United States of America and, to the extent not preempted, the laws of the State of Texas"): the
    // state's law is the governing law, federal law applying anyway. Read on for it.
    country ??= first.value;
  }
  if (country) return country;
  // "Delaware law", "New York substantive law".
  if (placeLaw !== undefined) return placeLaw;
  const adjective = ADJECTIVE_LAW.exec(text);
  if (adjective) return adjectivePlace(adjective[1]!);
  return undefined;
}

/** Every known place named in `text`, normalised, in order (for courts and venues). */
export function placesIn(text: string): string[] {
  return [...text.matchAll(PLACE)].map((m) => normalisePlace(m[1]!));
}

/** Countries whose drafting writes numeric dates month first, as the United States does. */
const MONTH_FIRST_COUNTRIES = new Set(['United States', 'Philippines']);
/** Countries that write numeric dates both ways (Canada: 01/03/2019 is March in one contract, January in another). */
const MIXED_COUNTRIES = new Set(['Canada']);
/** East Asian countries write the year first (2019/03/01); a numeric day-month date there is not settled by the law. */
const YEAR_FIRST_COUNTRIES = new Set(['China', 'Taiwan', 'Japan', 'Korea']);

/**
 * Whether the place a contract's law names (a jurisdictionOf value) writes numeric dates day first:
 * true for England and Wales, Ireland, Australia, India, Singapore, most of Europe…; false for a
 * US state; undefined for Canada, which writes both, for the year-first countries of East Asia and
 * for anything unknown.
 */
export function writesDatesDayFirst(place: string): boolean | undefined {
  const country = place.includes(', ') ? place.slice(place.lastIndexOf(', ') + 2) : place;
  if (MONTH_FIRST_COUNTRIES.has(country)) return false;
  if (MIXED_COUNTRIES.has(country) || YEAR_FIRST_COUNTRIES.has(country)) return undefined;
  if (Object.values(SYSTEMS).includes(place) || COUNTRIES.includes(country) || Object.values(COUNTRY_NAMES).includes(country) || Object.values(ADJECTIVES).includes(country)) return true;
  return undefined;
}
