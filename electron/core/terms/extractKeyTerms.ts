/**
 * Deterministic key-term extraction: one rule per term (./rules/<term>.ts) over one shared reading
 * of the document (./termContext.ts: sentences, opening, definitions, date convention). Every
 * value comes with the source wording and citations to the blocks it was read from. A term the
 * contract does not state is omitted, never guessed; a term left as a template blank
 * ("[Company Name]", "_____") is reported with `blank: true`.
 */
import type { ExtractedDocument } from '../../../shared/document';
import type { ClauseEntry, KeyTerm, KeyTermName, KeyTerms } from '../../../shared/terms';
import { blankText, hasBlank } from './blanks';
import { buildClauseMap } from './classifyClause';
import { agreementDateRule } from './rules/agreementDate';
import { attachedInstrumentStart } from './attachedInstrument';
import { assignmentRule } from './rules/assignment';
import { confidentialityRule } from './rules/confidentiality';
import { continuedCitations } from './continuedCitations';
import { effectiveDateRule } from './rules/effectiveDate';
import { expirationRule } from './rules/expiration';
import { governingLawRule } from './rules/governingLaw';
import { indemnificationRule } from './rules/indemnification';
import { insuranceRule } from './rules/insurance';
import { jurisdictionRule } from './rules/jurisdiction';
import { liabilityCapRule } from './rules/liabilityCap';
import { nonCompeteRule } from './rules/nonCompete';
import { partiesRule } from './rules/parties';
import { paymentRule } from './rules/payment';
import { renewalRule } from './rules/renewal';
import { terminationRule } from './rules/termination';
import { titleRule } from './rules/title';
import { buildTermContext, withGoverningLaw, type TermContext } from './termContext';
import { dateInWords, findDates } from './date';

export { KEY_TERMS_JSON_SCHEMA, mergeKeyTerms } from './mergeKeyTerms';
export { jurisdictionOf } from './jurisdiction';

/** The key terms whose value is a date. */
const DATE_TERMS: ReadonlySet<KeyTermName> = new Set(['agreementDate', 'effectiveDate', 'expiration']);

/**
 * The note a date term carries when its value was read from a numeric date that reads as a valid date
 * either way (01/03/2019) and nothing in the document (its other dates, its governing law) settles
 * the order: the reading taken and the other one, so the reader can check.
 */
function ambiguousDateNote(t: KeyTerm, ctx: TermContext): string | undefined {
  if (typeof t.value !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(t.value)) return undefined;
  const d = findDates(t.text, ctx.dates).find((x) => x.ambiguous && x.iso === t.value);
  if (!d) return undefined;
  const [y, m, day] = d.iso.split('-');
  const other = `${y}-${day}-${m}`;
  const taken = ctx.dates.dayFirst || /^\d{1,2}\./.test(d.text) ? 'day first' : 'month first';
  return `"${d.text}" is read ${taken} as ${dateInWords(d.iso)}; read the other way it is ${dateInWords(other)}, and nothing in the document settles which.`;
}

/** Key terms from an already-built context (the extractive preview shares one context with the summary). */
export function keyTermsOf(whole: TermContext): KeyTerms {
  // The terms are the contract's own: an instrument attached to it (the form of another
  // agreement, with its own parties, dates, term and law) is not read.
  const end = attachedInstrumentStart(whole.blocks);
  const read = end < whole.blocks.length ? buildTermContext({ ...whole.doc, blocks: whole.blocks.slice(0, end) }) : whole;
  // The governing law is read first: where the document's own dates leave the order of day and
  // month open, the country whose law governs it settles how its numeric dates are read.
  const law = governingLawRule(read);
  const ctx = withGoverningLaw(read, law?.value as string | undefined);
  const terms: KeyTerms = {};
  const set = (name: KeyTermName, t: KeyTerm | undefined): void => {
    if (!t) return;
    // A value read from a template blank is reported as the blank, never filled in.
    if (!t.blank && typeof t.value === 'string' && hasBlank(t.value)) {
      t.blank = true;
      t.value = blankText(t.value) ?? t.value;
    }
    // A sentence read across a page break is cited on both pages.
    t.citations = continuedCitations(t, ctx);
    // A date read from a numeric date that the document leaves open (01/03/2019) says so.
    const note = DATE_TERMS.has(name) ? ambiguousDateNote(t, ctx) : undefined;
    if (note) t.warning = note;
    terms[name] = t;
  };
  set('title', titleRule(ctx));
  set('parties', partiesRule(ctx));
  const agreement = agreementDateRule(ctx);
  set('agreementDate', agreement);
  const effective = effectiveDateRule(ctx, agreement);
  set('effectiveDate', effective);
  // An end counted from an ambiguous start (its wording gives the start's value: "2020-02-03 = the
  // agreement date 2018-02-03 + 2 years") is as open as the start.
  const start = effective ?? agreement;
  const expiration = expirationRule(ctx, effective ? { term: effective, name: 'the effective date' } : agreement ? { term: agreement, name: 'the agreement date' } : undefined);
  if (expiration && start?.warning && typeof start.value === 'string' && expiration.text.includes(start.value) && !ambiguousDateNote(expiration, ctx)) {
    expiration.warning = `Counted from ${start === effective ? 'the effective date' : 'the agreement date'}, whose numeric date can be read either way. ${start.warning}`;
  }
  set('expiration', expiration);
  const renewal = renewalRule(ctx);
  set('renewal', renewal.renewal);
  set('renewalNotice', renewal.notice);
  set('termination', terminationRule(ctx));
  set('governingLaw', law);
  set('jurisdiction', jurisdictionRule(ctx));
  set('payment', paymentRule(ctx));
  set('liabilityCap', liabilityCapRule(ctx));
  set('indemnification', indemnificationRule(ctx));
  set('confidentiality', confidentialityRule(ctx));
  set('assignment', assignmentRule(ctx));
  set('nonCompete', nonCompeteRule(ctx));
  set('insurance', insuranceRule(ctx));
  return terms;
}

/** Deterministic key terms and the clause map of a document. */
export function extractKeyTerms(doc: ExtractedDocument): { terms: KeyTerms; clauses: ClauseEntry[] } {
  return { terms: keyTermsOf(buildTermContext(doc)), clauses: buildClauseMap(doc.blocks) };
}
