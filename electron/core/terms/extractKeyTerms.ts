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
import { buildTermContext, type TermContext } from './termContext';

export { KEY_TERMS_JSON_SCHEMA, mergeKeyTerms } from './mergeKeyTerms';
export { jurisdictionOf } from './jurisdiction';

/** Key terms from an already-built context (the extractive preview shares one context with the summary). */
export function keyTermsOf(ctx: TermContext): KeyTerms {
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
    terms[name] = t;
  };
  set('title', titleRule(ctx));
  set('parties', partiesRule(ctx));
  const agreement = agreementDateRule(ctx);
  set('agreementDate', agreement);
  const effective = effectiveDateRule(ctx, agreement);
  set('effectiveDate', effective);
  set('expiration', expirationRule(ctx, effective ? { term: effective, name: 'the effective date' } : agreement ? { term: agreement, name: 'the agreement date' } : undefined));
  const renewal = renewalRule(ctx);
  set('renewal', renewal.renewal);
  set('renewalNotice', renewal.notice);
  set('termination', terminationRule(ctx));
  set('governingLaw', governingLawRule(ctx));
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
