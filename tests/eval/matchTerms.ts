/**
 * How Precis's key terms are scored against CUAD expert labels (the matching rule of `npm run eval`).
 *
 * CUAD labels are spans of contract text; Precis gives a normalised value plus the source wording.
 * Per field:
 * - Document Name → `title`: equal after normalisation (lower case, non-alphanumerics to spaces), or
 *   one contains the other ("Content License Agreement" ⊂ "Website Content License Agreement").
 * - Parties → `parties`: label entries longer than 8 words are descriptions ("each individually a
 *   Party"), not names, and are ignored. Every remaining label entry must be contained in (or
 *   contain) some predicted party name or defined short name, and every predicted party name must be
 *   contained in (or contain) some label entry.
 * - Agreement Date / Effective Date → `agreementDate` / `effectiveDate`: both parsed to ISO dates and
 *   equal. A label that is an unfilled blank ("[•], 2020") matches a prediction marked `blank`.
 * - Governing Law → `governingLaw`: the jurisdiction is read from the label sentence with the same
 *   parser (`jurisdictionOf`) and must equal, contain or be contained in the predicted value.
 * - Expiration Date, Renewal Term, Notice Period To Terminate Renewal → `expiration`, `renewal`,
 *   `renewalNotice` (CUAD labels whole clauses): the predicted source wording must cover at least
 *   half of the label's tokens (token recall ≥ 0.5), the cited text being the same clause.
 * An empty label list means the term is absent: a prediction there is a false positive. A field is
 * correct when both are absent or the prediction matches; a mismatch counts as a false positive and
 * a false negative. Field accuracy = correct fields / all (document, field) pairs.
 */
import type { KeyTerm, KeyTermName, Party } from '../../shared/terms';
import { hasBlank } from '../../electron/core/terms/blanks';
import { jurisdictionOf } from '../../electron/core/terms/extractKeyTerms';
import { toIsoDate } from '../../electron/core/terms/parseDate';

/** CUAD field → Precis term. */
export const CUAD_FIELDS = {
  'Document Name': 'title',
  Parties: 'parties',
  'Agreement Date': 'agreementDate',
  'Effective Date': 'effectiveDate',
  'Expiration Date': 'expiration',
  'Renewal Term': 'renewal',
  'Notice Period To Terminate Renewal': 'renewalNotice',
  'Governing Law': 'governingLaw',
} as const satisfies Record<string, KeyTermName>;

export type CuadField = keyof typeof CUAD_FIELDS;

export type Outcome = 'tp' | 'tn' | 'fp' | 'fn' | 'mismatch';

export function normText(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function containsEither(a: string, b: string): boolean {
  const x = normText(a);
  const y = normText(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
}

function tokenRecall(label: string, predicted: string): number {
  const gold = normText(label).split(' ').filter(Boolean);
  if (!gold.length) return 0;
  const have = new Map<string, number>();
  for (const t of normText(predicted).split(' ')) have.set(t, (have.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of gold) {
    const n = have.get(t) ?? 0;
    if (n > 0) {
      hit++;
      have.set(t, n - 1);
    }
  }
  return hit / gold.length;
}

function partiesMatch(labels: readonly string[], predicted: readonly Party[]): boolean {
  const names = labels.filter((l) => l.trim().split(/\s+/).length <= 8);
  const predictedStrings = predicted.flatMap((p) => [p.name, ...(p.role ? p.role.split(' / ') : [])]);
  const everyLabel = names.every((l) => predictedStrings.some((p) => containsEither(l, p)));
  const everyPrediction = predicted.every((p) => names.some((l) => containsEither(l, p.name)));
  return names.length > 0 && everyLabel && everyPrediction;
}

/** Whether a predicted term matches the CUAD label list of a field (labels non-empty). */
export function termMatches(field: CuadField, labels: readonly string[], term: KeyTerm): boolean {
  const value = term.value;
  switch (field) {
    case 'Document Name':
      return typeof value === 'string' && labels.some((l) => containsEither(l, value));
    case 'Parties':
      return Array.isArray(value) && partiesMatch(labels, value);
    case 'Agreement Date':
    case 'Effective Date':
      return labels.some((l) => {
        if (hasBlank(l)) return term.blank === true;
        const iso = toIsoDate(l);
        return !!iso && typeof value === 'string' && !term.blank && iso === value;
      });
    case 'Governing Law':
      return labels.some((l) => {
        const place = jurisdictionOf(l);
        return !!place && typeof value === 'string' && containsEither(place, value);
      });
    case 'Expiration Date':
    case 'Renewal Term':
    case 'Notice Period To Terminate Renewal':
      return labels.some((l) => tokenRecall(l, term.text) >= 0.5);
  }
}

/** The outcome of one (document, field) pair. */
export function scoreField(field: CuadField, labels: readonly string[], term: KeyTerm | undefined): Outcome {
  const present = labels.some((l) => l.trim());
  if (!present) return term ? 'fp' : 'tn';
  if (!term) return 'fn';
  return termMatches(field, labels, term) ? 'tp' : 'mismatch';
}
