import { findAddresses } from './findAddresses';
import { findNames, knownFinder, mentionFinder, nameForms, type NameForm } from './findNames';
import { findStructuredIds, resolveOverlaps, type RedactionKind, type Span } from './structuredIds';

/** One placeholder and what it stands for. The original never leaves this machine. */
export interface RedactionEntry {
  placeholder: string;
  kind: RedactionKind;
  original: string;
  /** Every spelling it was found in ("ACME WIDGETS, INC.", "Acme Widgets"): none of them may leave. */
  forms: string[];
  /** How many times it was replaced across the document. */
  count: number;
}

export interface RedactorOptions {
  /** Party names (from key terms): always hidden, in every form they appear. */
  parties?: readonly string[];
  /** Party names with their forms already worked out for this document (see findPartyNames). */
  nameForms?: readonly NameForm[];
  /** Also look for other people and organisations (patterns + compromise). Default true. */
  names?: boolean;
  /**
   * Phrases the name detectors must leave alone: the contract's defined terms and headings
   * ("Usage Data", "Payment & Taxes" look like organisations to an NLP tagger). Parties and
   * structured identifiers are hidden regardless.
   */
  notNames?: readonly string[];
  /**
   * Whether the (slow) NLP tagger should read this text; the patterns always run. Lets the caller
   * skip text with no word that could be an unknown name. Default: always.
   */
  nlpFor?: (text: string) => boolean;
  /**
   * Whether a name the NLP tagger proposes is one (the patterns' names are always taken): lets the
   * caller drop phrases of ordinary words the tagger mistakes for names ("Exchange Commission").
   */
  acceptNlp?: (value: string, kind: 'PERSON' | 'ORG') => boolean;
  /**
   * Whether a name the detectors found is no name of its own, though it looks like one (a party's name inside a phrase of
   * the contract, which the party's forms hide): the detectors' span is dropped, the forms' spans stay.
   */
  notName?: (value: string) => boolean;
  /** Originals the user chose to send as they are (per document): never replaced, in any form. */
  keep?: readonly string[];
  /** Identifiers already found elsewhere in the document: hidden wherever they appear, under their own kind. */
  known?: readonly { kind: RedactionKind; original: string }[];
  /**
   * Text the placeholders must not collide with (the whole document): a placeholder that already
   * appears literally in the source is skipped, so restoring never rewrites the contract's own text.
   */
  reserved?: string;
}

export interface Redactor {
  /** Replaces every identifier in `text` with its stable placeholder. */
  redact(text: string): string;
  /** Spans that `redact` would replace (for evaluation and the preview's highlights). */
  find(text: string): Span[];
  /** Puts the originals back in text that came back from the cloud. Unknown placeholders stay as they are. */
  restore(text: string): string;
  entries(): RedactionEntry[];
}

/** The key that makes the same identifier get the same placeholder however it is formatted. */
function identity(kind: RedactionKind, value: string, canonical?: string): string {
  if (canonical !== undefined) return identity(kind, canonical);
  switch (kind) {
    case 'PHONE':
      // "+1 (415) 555-2671" and "415-555-2671", "+44 20 7946 0958" and "020 7946 0958" are one number.
      return `PHONE:${value.replace(/\D/g, '').slice(-10)}`;
    case 'SSN':
    case 'CARD':
      return `${kind}:${value.replace(/\D/g, '')}`;
    case 'IBAN':
    case 'ACCOUNT':
      return `${kind}:${value.replace(/[\s-]/g, '').toUpperCase()}`;
    case 'PERSON':
    case 'ORG':
      // A party matched as ORG in one place and PERSON in another is still one name.
      return `NAME:${value.replace(/\s+/g, ' ').trim().toLowerCase()}`;
    default:
      return `${kind}:${value.replace(/\s+/g, ' ').trim().toLowerCase()}`;
  }
}

// Models sometimes escape brackets in markdown ("\[PERSON_1\]") or add spaces inside them.
const PLACEHOLDER = /\\?\[\s*(EMAIL|PHONE|SSN|CARD|IBAN|DOB|ACCOUNT|PERSON|ORG|ADDRESS)_(\d+)\s*\\?\]/g;

/**
 * Puts the originals back in `text`: every placeholder, however the model wrote it, becomes what
 * `originalOf` gives for its plain form (`[PERSON_1]`); unknown placeholders stay as they are.
 */
export function restorePlaceholders(text: string, originalOf: (placeholder: string) => string | undefined): string {
  return text.replace(PLACEHOLDER, (whole, kind: string, n: string) => originalOf(`[${kind}_${n}]`) ?? whole);
}

/**
 * A redactor whose placeholders are stable for one document: `[PERSON_1]` is the same person in
 * every block, page and heading. The mapping lives in this object only (memory of this process).
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  const parties = (options.parties ?? []).filter((p) => p.trim().length >= 2);
  const forms = [...(options.nameForms ?? []), ...parties.flatMap((p) => nameForms(p))];
  const withNames = options.names ?? true;
  const findForms = mentionFinder(forms);
  const known = (options.known ?? []).filter((k) => k.original.trim().length >= 3);
  const notNames = new Set((options.notNames ?? []).map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase()));
  const reserved = options.reserved ?? '';
  const findKnownIds = knownFinder(known);
  const keep = new Set((options.keep ?? []).map((k) => k.replace(/\s+/g, ' ').trim().toLowerCase()));
  const kept = (s: Span): boolean => keep.size > 0 && [s.canonical, s.value].some((v) => v !== undefined && keep.has(v.replace(/\s+/g, ' ').trim().toLowerCase()));
  const byIdentity = new Map<string, RedactionEntry>();
  const byPlaceholder = new Map<string, RedactionEntry>();
  const counters = new Map<string, number>();

  function placeholderFor(span: Span): string {
    const { kind, value } = span;
    const id = identity(kind, value, span.canonical);
    const existing = byIdentity.get(id);
    if (existing) {
      existing.count++;
      if (!existing.forms.includes(value)) existing.forms.push(value);
      return existing.placeholder;
    }
    let n = counters.get(kind) ?? 0;
    let placeholder: string;
    do {
      n++;
      placeholder = `[${kind}_${n}]`;
    } while (reserved.includes(placeholder));
    counters.set(kind, n);
    const entry: RedactionEntry = { placeholder, kind, original: span.canonical ?? value, forms: [value], count: 1 };
    byIdentity.set(id, entry);
    byPlaceholder.set(placeholder, entry);
    return placeholder;
  }

  function find(text: string): Span[] {
    let spans = [...findStructuredIds(text), ...findAddresses(text), ...findForms(text), ...findKnownIds(text)];
    // concat, not push(...): a hostile text's names would overflow the argument stack.
    if (withNames) spans = spans.concat(findNames(text, { nlp: options.nlpFor?.(text) ?? true, ...(options.acceptNlp ? { acceptNlp: options.acceptNlp } : {}) }).filter((s) => !notNames.has(s.value.replace(/\s+/g, ' ').trim().toLowerCase()) && !options.notName?.(s.value)));
    return resolveOverlaps(spans.filter((s) => !kept(s)));
  }

  return {
    find,
    redact(text) {
      let out = '';
      let at = 0;
      for (const s of find(text)) {
        out += text.slice(at, s.start) + placeholderFor(s);
        at = s.end;
      }
      return out + text.slice(at);
    },
    restore(text) {
      return restorePlaceholders(text, (placeholder) => byPlaceholder.get(placeholder)?.original);
    },
    entries: () => [...byPlaceholder.values()].map((e) => ({ ...e, forms: [...e.forms] })),
  };
}
