import { createHash } from 'node:crypto';
import type { Block, ExtractedDocument } from '../../../shared/document';
import type { Party } from '../../../shared/terms';
import { blockLine } from '../chunking/chunkDocument';
import { PrecisFailure } from '../errors';
import { extractKeyTerms } from '../terms/extractKeyTerms';
import { createRedactor, restorePlaceholders, type RedactionEntry } from './createRedactor';
import { townsBeforeStates } from './findAddresses';
import { mentionFinder, nameForms, type NameForm, type SpanFinder } from './findNames';
import { findPartyNames, hasLegalForm, standaloneWord, type PartyNameSource } from './findPartyNames';
import { isPartyPhrase } from './isPartyPhrase';
import { isTermOfArt } from './isTermOfArt';
import { createNameLexicon, isDescription, isFirstName, isLegalFormWord, isPlace, isPlaceName, isRoleTerm, type NameLexicon } from './nameLexicon';
import { redactBlocks } from './redactBlocks';
import type { RedactionKind } from './structuredIds';

export interface PrepareForCloudOptions {
  /** Replace identifiers and names with placeholders (Settings: cloud.redact). */
  redact: boolean;
  /** Party names to hide; when absent they are read from the document's key terms. */
  parties?: string[];
  /** The document's "never send to the cloud" flag. */
  neverSend?: boolean;
  /** Originals the user chose to send as they are, for this document (the preview's "don't hide"). */
  keep?: readonly string[];
  /**
   * Measurement only (the redaction bench): leave out one signal to find the names that rest on it
   * alone. The app never sets it.
   */
  omitSignal?: RedactionSignal;
}

/** The independent signals whose union is redacted: key terms' parties, each party-name signal, words used alone, the name detector. */
export type RedactionSignal = PartyNameSource | 'keyterms' | 'alone' | 'detector';
export const REDACTION_SIGNALS: readonly RedactionSignal[] = ['keyterms', 'preamble', 'opening', 'defined', 'signature', 'signatory', 'notice', 'addressee', 'list', 'letterhead', 'initials', 'alone', 'detector'];

/** What cloud mode may send for one document, and how to undo the placeholders locally. */
export interface CloudPreparation {
  /** The document as the cloud will see it: blocks, pages, headings and title redacted. Same block ids. */
  document: ExtractedDocument;
  /** Exactly the document text that may leave: each block as the pipeline shows it to a model, one per line. */
  previewText: string;
  /** sha256 of `previewText` (UTF-8, hex): what the user's consent is bound to. */
  sha256: string;
  /**
   * Placeholders, their kinds and what each hides. The originals are for the user's own preview on
   * this machine (so over-redaction is visible and can be undone); they are never sent.
   */
  redactions: { placeholder: string; kind: RedactionKind; count: number; original: string }[];
  /** The originals sent as they are because the user chose so. */
  kept: string[];
  /** Whether the text was redacted (false when the user chose to send it as it is). */
  redacted: boolean;
  /** Puts the originals back into text that came back from the cloud. */
  restore(text: string): string;
  /** Restores every string inside a JSON-like value (summary results, events). */
  restoreDeep<T>(value: T): T;
  /** The originals that must never appear in a request (checked by the consent guard). */
  originals(): readonly string[];
}

/**
 * A preparation as plain data (what a worker thread can post back): everything but the functions,
 * with the originals listed. {@link fromPlainPreparation} gives the functions back.
 */
export type PlainCloudPreparation = Omit<CloudPreparation, 'restore' | 'restoreDeep' | 'originals'> & { originals: string[] };

/** The plain data of a preparation (see {@link PlainCloudPreparation}). */
export function toPlainPreparation(p: CloudPreparation): PlainCloudPreparation {
  return { document: p.document, previewText: p.previewText, sha256: p.sha256, redactions: p.redactions, kept: p.kept, redacted: p.redacted, originals: [...p.originals()] };
}

/**
 * A preparation from its plain data: placeholders are restored from the redaction list (each
 * placeholder to the original it stands for), exactly as the redactor that made them would.
 */
export function fromPlainPreparation(p: PlainCloudPreparation): CloudPreparation {
  const { originals, ...data } = p;
  if (!p.redacted) return { ...data, restore: (t) => t, restoreDeep: (v) => v, originals: () => [] };
  const byPlaceholder = new Map(p.redactions.map((r) => [r.placeholder, r.original]));
  const restore = (t: string): string => restorePlaceholders(t, (placeholder) => byPlaceholder.get(placeholder));
  return { ...data, restore, restoreDeep: (v) => deepMap(v, restore), originals: () => [...originals] };
}

/** sha256 (hex) of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Throws CLOUD_FORBIDDEN_FOR_DOCUMENT when the user marked the document "never send". */
export function assertCloudAllowed(neverSend: boolean | undefined): void {
  if (neverSend) {
    throw new PrecisFailure(
      'CLOUD_FORBIDDEN_FOR_DOCUMENT',
      'This document is marked "never send to the cloud". Summarize it in Local mode, or clear the mark first.',
    );
  }
}

/** The document text the pipeline would show a model, block by block: `[p1.2] (4.1) text`. */
export function renderPreview(blocks: readonly Pick<Block, 'id' | 'clause' | 'text'>[]): string {
  return blocks.map((b) => blockLine(b, b.text)).join('\n');
}

/** A party the contract calls only "you" or "we" (click-through and franchise forms) has no name to hide. */
const PRONOUN = /^(?:you|your|we|us|our|i|me)$/i;

function partyNames(doc: ExtractedDocument): string[] {
  const value = extractKeyTerms(doc).terms.parties?.value;
  return Array.isArray(value) ? value.map((p: Party) => p.name).filter((n) => n.trim().length > 0) : [];
}

/**
 * Every form of every party name to hide: the names key terms found plus the names found by the
 * privacy signals (opening sentence, defined short names, signatures, notices, letterheads), each
 * with the word it is called by on its own where that word is distinctive in this contract.
 */
function partyNameForms(doc: ExtractedDocument, keyTermParties: readonly string[], lexicon: NameLexicon, omit?: RedactionSignal): NameForm[] {
  const source = omit === 'keyterms' || omit === 'alone' || omit === 'detector' ? undefined : omit;
  const found = findPartyNames(doc, lexicon, source ? { omit: source } : {});
  const text = doc.blocks.map((b) => b.text).join('\n');
  const alone = omit !== 'alone';
  const forms = [
    ...(omit === 'keyterms' ? [] : keyTermParties)
      .filter((name) => !PRONOUN.test(name.trim()))
      .flatMap((name) => nameForms(name, { isVocabulary: lexicon.isVocabulary })),
    ...found.flatMap((n) => nameForms(n.name, { kind: n.kind, ...(alone ? { standalone: standaloneWord(n, lexicon) } : {}), isVocabulary: lexicon.isVocabulary })),
    ...(alone ? found : []).flatMap((n) => usedAlone(n.name, text, lexicon).map((w) => ({ form: w, canonical: n.name.replace(/\s+/g, ' ').trim(), kind: n.kind, capitalised: true }))),
  ];
  // A form several names share stands for the company whose name it starts ("Velmora" of "Velmora Tek GmbH") or quotes
  // ('OOO "Velmora Neft"'), then for the name it spells out, and only then for a name it is a word of ("Velmora Purchase
  // Orders"): every mention of one party then shares its placeholder.
  const rank = (f: NameForm): number => {
    const form = f.form.toLowerCase();
    const name = f.canonical.replace(/^the\s+/i, '').toLowerCase();
    if (form !== name && ((hasLegalForm(f.canonical) && name.startsWith(form)) || /["“«]/.test(name.charAt(name.indexOf(form) - 1)))) return 0;
    return form === name ? 1 : 2;
  };
  const ranked = forms.map((f, i) => ({ f, i, r: rank(f) })).sort((a, b) => a.r - b.r || a.i - b.i);
  const seen = new Set<string>();
  return ranked
    .map((x) => x.f)
    .filter((f) => !seen.has(f.form.toLowerCase()) && (seen.add(f.form.toLowerCase()), true))
    .sort((a, b) => b.form.length - a.form.length);
}

/**
 * Words of a party's name that the contract uses on their own as its short name, capitalised and
 * never in lower case, at least three times between lower-case words ("Offshore and Guaranty are
 * parties" for "Prime Offshore L.L.C." when the definition itself is unreadable).
 */
function usedAlone(name: string, text: string, lexicon: NameLexicon): string[] {
  const out: string[] = [];
  for (const w of new Set(name.split(/[^\p{L}\p{N}&'’-]+/u))) {
    if (w.length < 4 || !/^\p{Lu}/u.test(w) || !lexicon.isDistinctive(w) || isPlace(w)) continue;
    const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const alone = text.match(new RegExp(`(?<!\\p{Lu}[\\p{L}.&’'-]*[ \\t])(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])(?![ \\t]+\\p{Lu})`, 'gu'));
    if ((alone?.length ?? 0) >= 3) out.push(w);
  }
  return out;
}

/**
 * Whether a text has a capitalised word, outside the party names already known, that this contract
 * never writes in lower case: only then can the NLP tagger find a name the patterns did not. The
 * tagger costs ~0.2 s a page, and most paragraphs hold only vocabulary and known names.
 */
function mayHoldUnknownName(text: string, findForms: SpanFinder, lexicon: NameLexicon): boolean {
  // Known names blanked out in one pass (rebuilding the text once per name was quadratic).
  let rest = '';
  let at = 0;
  for (const s of findForms(text).sort((a, b) => a.start - b.start)) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    rest += text.slice(at, from) + ' '.repeat(s.end - from);
    at = s.end;
  }
  rest += text.slice(at);
  for (const m of rest.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}[\p{L}'’-]*/gu)) if (lexicon.isDistinctive(m[0])) return true;
  return false;
}

/**
 * Whether a name the NLP tagger proposes is one: an organisation by its legal form, a word that can
 * only be a name here, or a person with a given name. Capitalised contract phrases ("Exchange
 * Commission", "Franchise", "Counsel"), places, also written out ("the Russian Federation"), statutes' titles and
 * terms of art ("Force Majeure") are not.
 */
function nlpNameTest(lexicon: NameLexicon): (value: string, kind: 'PERSON' | 'ORG') => boolean {
  return (value, kind) => {
    if (isPlace(value) || isPlaceName(value) || isDescription(value) || isTermOfArt(value)) return false;
    const words = value.split(/[\s,]+/).filter(Boolean);
    if (hasLegalForm(value) || words.some((w) => lexicon.isNameWord(w))) return true;
    return kind === 'PERSON' && words.length >= 2 && isFirstName(words[0]!.replace(/\.$/, ''));
  };
}

function deepMap<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => deepMap(v, f)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = deepMap(v, f);
    return out as T;
  }
  return value;
}

/**
 * Prepares a document for cloud mode: redacts it (unless the user opted out), renders the preview
 * the user consents to and hashes it. Runs entirely on this machine; the placeholder mapping lives
 * only in the returned object. Throws CLOUD_FORBIDDEN_FOR_DOCUMENT for a "never send" document.
 */
export function prepareForCloud(doc: ExtractedDocument, options: PrepareForCloudOptions): CloudPreparation {
  assertCloudAllowed(options.neverSend);
  if (!options.redact) {
    const previewText = renderPreview(doc.blocks);
    return fromPlainPreparation({ document: doc, previewText, sha256: sha256Hex(previewText), redactions: [], kept: [], redacted: false, originals: [] });
  }
  const lexicon = createNameLexicon(doc.blocks.map((b) => b.text));
  const forms = partyNameForms(doc, options.parties ?? partyNames(doc), lexicon, options.omitSignal);
  const foundNames = new Set(forms.map((f) => f.form.toLowerCase()));
  const reserved = [doc.title ?? '', ...doc.pages.map((p) => p.text), ...doc.blocks.map((b) => b.text)].join('\n');
  // Pass 1 finds identifiers and names block by block (pages repeat the blocks' text); pass 2 then
  // hides each one wherever else it appears, even where a context-dependent detector (names) missed it.
  // Defined terms and headings are the contract's own vocabulary, not names (unless a party's).
  const notNames = [
    ...doc.definitions.map((d) => d.term).filter((t) => !foundNames.has(t.toLowerCase())),
    ...doc.blocks.filter((b) => b.kind === 'heading' && b.text.length <= 80).map((b) => b.text.replace(/^[\dA-Z.()]+\s+(?=\S)/, '').replace(/[.:]$/, '')),
  ];
  const findForms = mentionFinder(forms);
  const keep = options.keep ?? [];
  // A name the detectors find that is a party's name with the contract's own words beside it ("Brindle Group") is no name
  // of its own: the party's forms hide the name and the words stay readable.
  // A role written as a defined term of ordinary words ("Paying Agent", "Issuing Bank") names whoever holds it, not who.
  // A legal form the contract uses as an acronym of its own words ("JSC" for its Joint Steering Committee) ends no company's
  // name there: "Through the JSC", "the Disputed JSC Matter".
  const formIsVocabulary = (v: string): boolean => {
    const last = v.trim().split(/[\s,]+/).pop() ?? '';
    return isLegalFormWord(last) && lexicon.isVocabularyAcronym(last) && !foundNames.has(v.replace(/\s+/g, ' ').trim().toLowerCase());
  };
  const finder = createRedactor({ nameForms: forms, reserved, notNames, keep, names: options.omitSignal !== 'detector', nlpFor: (t) => mayHoldUnknownName(t, findForms, lexicon), acceptNlp: nlpNameTest(lexicon), notName: (v) => isPartyPhrase(v, findForms(v), lexicon) || formIsVocabulary(v) || (!foundNames.has(v.replace(/\s+/g, ' ').trim().toLowerCase()) && isRoleTerm(v, lexicon.isVocabulary)) });
  for (const t of [doc.title ?? '', doc.fileName ?? '', ...doc.blocks.map((b) => b.text)]) finder.redact(t);
  // A name the detector found that the document also writes as the town of an address ("Fernmoor City, CA 94999") is
  // that town wherever it stands: hidden everywhere, it took the place out of the venue and the notices. A party's name
  // is hidden by its forms whatever it looks like, and a name with a legal form is no town.
  const towns = townsBeforeStates([doc.title ?? '', ...doc.blocks.map((b) => b.text)].join('\n'));
  const isTown = (e: RedactionEntry): boolean =>
    (e.kind === 'PERSON' || e.kind === 'ORG') && !hasLegalForm(e.original) && e.forms.every((f) => !foundNames.has(f.toLowerCase()) && towns.has(f.replace(/\s+/g, ' ').trim().toLowerCase()));
  const known = finder
    .entries()
    .filter((e) => !isTown(e))
    .flatMap((e) => e.forms.map((form) => ({ kind: e.kind, original: form })));
  const keptKeys = new Set(keep.map((k) => k.replace(/\s+/g, ' ').trim().toLowerCase()));
  const sweep = createRedactor({ nameForms: forms, known, names: false, reserved, keep });
  const redact = (t: string): string => sweep.redact(t);

  const texts = redactBlocks(doc.blocks.map((b) => b.text), sweep);
  const blocks = doc.blocks.map((b, i) => ({ ...b, text: texts[i]!, section: b.section.map(redact) }));
  const document: ExtractedDocument = {
    ...doc,
    blocks,
    pages: doc.pages.map((p) => ({ ...p, text: redact(p.text) })),
    definitions: doc.definitions.map((d) => ({ ...d, term: redact(d.term) })),
    ...(doc.title !== undefined ? { title: redact(doc.title) } : {}),
    ...(doc.fileName !== undefined ? { fileName: redact(doc.fileName) } : {}),
  };
  const previewText = renderPreview(blocks);
  const entries: RedactionEntry[] = sweep.entries();
  // Built from plain data, as a worker thread's preparation is rebuilt (see fromPlainPreparation):
  // both restore placeholders the same way.
  return fromPlainPreparation({
    document,
    previewText,
    sha256: sha256Hex(previewText),
    redactions: entries.map((e) => ({ placeholder: e.placeholder, kind: e.kind, count: e.count, original: e.original })),
    kept: [...new Set(keep.filter((k) => keptKeys.has(k.replace(/\s+/g, ' ').trim().toLowerCase())))],
    redacted: true,
    originals: [...new Set(entries.flatMap((e) => [e.original, ...e.forms]))],
  });
}
