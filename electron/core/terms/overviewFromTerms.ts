/**
 * The Overview of a model-free summary, written from the key terms rather than picked from the
 * text: what the agreement is, between whom, from when, for how long, how it renews and which law
 * governs it. Every fact carries the citations of the term it was read from; a fact the contract
 * does not state is left out, and a template blank is said to be blank.
 */
import type { Citation } from '../../../shared/document';
import type { SummaryPoint } from '../../../shared/summary';
import type { KeyTerm, KeyTerms, Party } from '../../../shared/terms';
import { countedFromEventNamed } from './rules/expiration';
import { FORUM_LAW_WARNING } from './rules/governingLaw';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-03-03" → "March 3, 2021"; anything else unchanged. */
export function longDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${MONTHS[+m[2]! - 1]} ${+m[3]!}, ${m[1]}` : value;
}

// `shared`: roles that more than one party holds ("Grower" and "Grower" in a venture of two growers). Such a
// role tells the reader nothing about which party is which, so it is left out.
function partyText(p: Party, shared: ReadonlySet<string> = new Set()): string {
  const role = p.role?.split(' / ')[0];
  return role && role !== p.name && !shared.has(role.toLowerCase()) ? `${p.name} ("${role}")` : p.name;
}

const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count of two or more as a reader writes it in a sentence: "three", "12". */
function countWord(n: number): string {
  return COUNT_WORDS[n - 2] ?? String(n);
}

/** The roles (lower-cased) that two or more of `parties` hold. */
function sharedRoles(parties: readonly Party[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const p of parties) {
    const role = p.role?.split(' / ')[0]?.toLowerCase();
    if (!role) continue;
    if (seen.has(role)) shared.add(role);
    seen.add(role);
  }
  return shared;
}

// Words a title keeps in lower case after its first word ("Licence and Hosting Agreement", "Form of
// Supply Agreement", "Amendment to Lease").
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'upon', 'with']);

/**
 * A title set in capitals as a name in a sentence: "LICENCE AND HOSTING AGREEMENT" → "Licence and
 * Hosting Agreement". Small words after the first stay lower-case. A word with a digit, and a short
 * word in parentheses, are kept as written: they are codes or call signs ("(KXRT HD2)"); a longer
 * word in parentheses is a word ("(Exclusive)").
 */
export function titleCased(name: string): string {
  let inParenthesis = false;
  return name
    .split(' ')
    .map((word, i) => {
      const opens = word.startsWith('(');
      const keep = /\d/.test(word) || ((inParenthesis || opens) && word.replace(/[^\p{L}]/gu, '').length <= 4);
      if (opens) inParenthesis = true;
      if (word.includes(')')) inParenthesis = false;
      if (keep) return word;
      const lower = word.toLowerCase();
      if (i > 0 && TITLE_SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[^\p{L}'’])(\p{L})/gu, (_m: string, before: string, c: string) => `${before}${c.toUpperCase()}`);
    })
    .join(' ');
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function cites(...terms: (KeyTerm | undefined)[]): Citation[] {
  const out: Citation[] = [];
  for (const t of terms) for (const c of t?.citations ?? []) if (!out.some((x) => x.blockId === c.blockId)) out.push(c);
  return out;
}

function value(t: KeyTerm | undefined): string | undefined {
  return t && typeof t.value === 'string' ? (t.blank ? undefined : t.value) : undefined;
}

/**
 * A place named with "the" in a sentence: "the United States", "the Netherlands", "the Cayman
 * Islands", "the Republic of Korea", but "England and Wales", "New York".
 */
function withArticle(place: string): string {
  if (/^the\s/i.test(place)) return place;
  const plural = /^(?:Netherlands|Philippines|Bahamas|Maldives|Seychelles|Comoros)$|\b(?:Islands|States|Emirates)$/.test(place);
  const titled = /^(?:United|Republic|Kingdom|Commonwealth|Federal|People's|People’s|Czech|Dominican|Principality|Grand Duchy|State of|Province of|District of)\b/.test(place);
  return plural || titled ? `the ${place}` : place;
}

/** A full stop to end a sentence, unless its last word brings one ("… and Beta Holdings, Inc."). */
function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The Overview's facts, each a point with its citations, in the order a lawyer asks them.
 * `termSentence`: the sentence that says how long the contract runs, stated when the key terms
 * give no end (a term that ends on an event, which no date states), and only beside other facts.
 */
export function overviewFromTerms(terms: KeyTerms, options: { termSentence?: { text: string; citation: Citation } } = {}): SummaryPoint[] {
  return overviewFacts(terms, options).map((f) => f.point);
}

/** An Overview fact and the key terms it was written from (none for the sentence on how long the contract runs). */
export interface OverviewFact {
  point: SummaryPoint;
  from: KeyTerm[];
}

/** overviewFromTerms, with each fact's key terms: only these are stated, whatever blocks the facts share. */
export function overviewFacts(terms: KeyTerms, options: { termSentence?: { text: string; citation: Citation } } = {}): OverviewFact[] {
  const facts: OverviewFact[] = [];
  const add = (text: string, ...from: (KeyTerm | undefined)[]): void => {
    const citations = cites(...from);
    if (citations.length) facts.push({ point: { text, citations }, from: from.filter((t): t is KeyTerm => t !== undefined && t.citations.length > 0) });
  };
  // What, between whom.
  const title = value(terms.title);
  const parties = Array.isArray(terms.parties?.value) ? terms.parties.value : [];
  // A blank is a bracket or a line to write on, or a name typed as a row of X's ("XXXXXXXX"), a
  // template's stand-in for the name to fill in: no one is named by it.
  const isBlank = (p: Party): boolean => /\[|_{3}|^\s*X{4,}\s*$/.test(p.name);
  // Terms of service address their reader: "you" is a party but no name. Beside a named party it
  // reads "… and you"; alone it names nobody, and no claim about the parties is made.
  const isReader = (p: Party): boolean => /^(?:you|your|yourself)$/i.test(p.name.trim());
  const shared = sharedRoles(parties);
  const named = parties.filter((p) => !isBlank(p) && !isReader(p)).map((p) => partyText(p, shared));
  // Every party left blank, each with a role of its own: the roles still say who the agreement is between.
  const roles = parties.map((p) => p.role?.split(' / ')[0]).filter((r): r is string => !!r && !shared.has(r.toLowerCase()));
  const blankRoles = !named.length && parties.length > 1 && parties.every(isBlank) && roles.length === parties.length ? roles : undefined;
  if (title || named.length || blankRoles) {
    const name = title?.replace(/\s+/g, ' ');
    // A title set in capitals reads as a name in a sentence: "SUPPLY AGREEMENT" → "Supply Agreement".
    const what = name ? `This ${name === name.toUpperCase() ? titleCased(name) : name}` : 'This agreement';
    // A party whose name is left blank is still one of those the agreement is between; "between"
    // needs two, so a lone name is said to be the one party named.
    // Blanks with no role of their own tell nothing apart ("a party left blank, a party left blank and
    // X" reads as one blank said twice): they are counted in one place, where the first stands.
    const plainBlank = (p: Party): boolean => isBlank(p) && partyText(p, shared) === p.name;
    const plainBlanks = parties.filter(plainBlank).length;
    const firstPlain = parties.findIndex(plainBlank);
    const all = parties.flatMap((p, i) => {
      if (plainBlank(p)) return i === firstPlain ? [plainBlanks === 1 ? 'a party left blank' : `${countWord(plainBlanks)} parties left blank`] : [];
      return [isBlank(p) ? partyText({ ...p, name: 'a party left blank' }, shared) : isReader(p) ? partyText({ ...p, name: 'you' }, shared) : partyText(p, shared)];
    });
    const who = !named.length
      ? blankRoles
        ? ` is between ${list(blankRoles.map((r) => `the ${r}`))}, whose names are left blank`
        : terms.parties?.blank
          ? ' leaves the parties blank'
          : ''
      : all.length > 1
        ? ` is between ${list(all)}`
        : ` names one party, ${named[0]}`;
    // A title alone is no sentence ("This Supply Agreement."): it says what the document is.
    add(endSentence(who ? `${what}${who}` : `This document is the ${what.slice('This '.length)}`), terms.title, who || !parties.length || !parties.every(isReader) ? terms.parties : undefined);
  }
  // From when.
  const agreement = value(terms.agreementDate);
  const effective = value(terms.effectiveDate);
  if (agreement && effective && agreement !== effective) add(`It is dated ${longDate(agreement)} and takes effect on ${longDate(effective)}.`, terms.agreementDate, terms.effectiveDate);
  else if (agreement || effective) add(`It is dated ${longDate((agreement ?? effective)!)}${effective ? ' and takes effect that day' : ''}.`, terms.agreementDate, terms.effectiveDate);
  else if (terms.agreementDate?.blank) add('Its date is left blank.', terms.agreementDate);
  // For how long, and renewal.
  const end = value(terms.expiration);
  if (end === 'perpetual') add('It has no fixed end: it runs until a party terminates it.', terms.expiration);
  else if (end) {
    // The start the end was counted from: the effective or agreement date, the start date in the
    // clause, or a start the contract defines by a date ("the Commencement Date").
    const derived = /= (the (?:effective|agreement|start) date[^:]*?|the (?:[A-Z][\w'’-]* ){0,3}(?:Date|Day) \d{4}-\d{2}-\d{2}) \+ ([^:]+):/.exec(terms.expiration!.text);
    // A clause that counts from an event ("5 years after the Launch Date") gets its end from the
    // contract's own start; the reader is told what the contract counts from.
    const event = countedFromEventNamed(terms.expiration);
    const how = derived ? `${derived[2]} from ${derived[1]!.replace(/ \d{4}-\d{2}-\d{2}$/, '')}` : '';
    const note = event ? `${how ? `${how}; ` : ''}the contract counts it from the ${event}` : how;
    add(`It runs until ${longDate(end)}${note ? ` (${note})` : ''}.`, terms.expiration);
  } else if (!terms.expiration && options.termSentence && facts.length) facts.push({ point: { text: `Its term: ${options.termSentence.text}`, citations: [options.termSentence.citation] }, from: [] });
  // A renewal whose length is withheld ("[***] each, automatic") still says how the contract renews.
  const renewal = terms.renewal && typeof terms.renewal.value === 'string' ? terms.renewal.value : undefined;
  if (renewal) {
    const length = /^(\d+ \w+) each/.exec(renewal)?.[1];
    const automatic = /\bautomatic\b/.test(renewal);
    const notice = value(terms.renewalNotice);
    const how = automatic ? 'It renews automatically' : 'It may be renewed';
    const agreed = !automatic && /\bby agreement\b/.test(renewal) ? ' if both parties agree' : '';
    const unless = automatic && notice ? `, unless a party gives notice ${notice} before the term ends` : notice ? `; notice is due ${notice} before the term ends` : '';
    // How many times, when the contract limits it: once ("for one further term of five years"), or up to a number.
    const upTo = /\bup to (\d+)\b/.exec(renewal)?.[1];
    const times = /\bone renewal\b/.test(renewal) || upTo === '1' ? ' once' : upTo ? ` up to ${upTo} times` : '';
    const period = length ? (times === ' once' ? `, for ${length}${agreed ? ',' : ''}` : ` for periods of ${length}`) : '';
    if (/^indefinitely\b/.test(renewal)) add(`After its first term it continues until a party ends it${notice ? ` with ${notice}' notice` : ''}.`, terms.renewal, terms.renewalNotice);
    else add(`${how}${times}${period}${agreed}${unless}.`, terms.renewal, terms.renewalNotice);
  }
  // Which law.
  const law = value(terms.governingLaw);
  if (law) {
    const [place, ...country] = law.split(', ');
    const where = `${withArticle(place!)}${country.length ? ` (${country.join(', ')})` : ''}`;
    // A place read from the forum clause alone is not a chosen law, and the Overview must not say it is.
    if (terms.governingLaw!.warning?.includes(FORUM_LAW_WARNING)) add(`It chooses no governing law; its disputes are to be decided in ${where}.`, terms.governingLaw);
    else add(`The law of ${where} governs it.`, terms.governingLaw);
  }
  return facts;
}
