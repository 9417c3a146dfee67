import type { ExtractedDocument } from '../../../shared/document';
import type { ClauseEntry, KeyTerms } from '../../../shared/terms';
import type { JsonSchema } from '../llm/provider';
import { extractKeyTerms } from '../terms/extractKeyTerms';
import { keyTermsJsonSchema, mergeKeyTerms } from '../terms/mergeKeyTerms';

/**
 * Deterministic key terms plus, for model strategies, a JSON schema to ask the model with and a merge.
 * Injected so the pipeline does not depend on how key terms are extracted (electron/core/terms).
 */
export interface KeyTermsEngine {
  extract(doc: ExtractedDocument): { terms: KeyTerms; clauses: ClauseEntry[] };
  /** When present (with `merge`), a model is also asked for key terms under this schema (ids an enum of those shown). */
  schema?(blockIds: readonly string[]): JsonSchema;
  merge?(rules: KeyTerms, model: unknown, doc: ExtractedDocument): KeyTerms;
}

/** The rule-based extractor of electron/core/terms, with its schema and merge for model answers. */
export const defaultKeyTermsEngine: KeyTermsEngine = {
  extract: extractKeyTerms,
  schema: keyTermsJsonSchema,
  merge: mergeKeyTerms,
};
