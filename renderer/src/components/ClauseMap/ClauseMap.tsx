import type { ClauseEntry, ClauseType } from '../../../../shared/terms';
import type { CitationRef } from '../../state/citations';
import { CitationButton } from '../CitationButton/CitationButton';

const TYPE_LABEL: Record<ClauseType, string> = {
  definitions: 'Definitions',
  term: 'Term',
  termination: 'Termination',
  payment: 'Payment',
  confidentiality: 'Confidentiality',
  ip: 'Intellectual property',
  liability: 'Liability',
  indemnity: 'Indemnity',
  warranty: 'Warranty',
  'governing-law': 'Governing law',
  'dispute-resolution': 'Disputes',
  notices: 'Notices',
  assignment: 'Assignment',
  miscellaneous: 'Other',
};

/**
 * The heading shown beside the clause's number, without what the number column already says: a heading
 * line that is its own label ("GCLOUD 8 FRAMEWORK AGREEMENT" twice) or that starts with the number
 * ("1.1" beside "1.1 Appointment") read as a stutter, twice in each of 176 rows of a framework agreement.
 */
export function headingBeside(c: Pick<ClauseEntry, 'clause' | 'heading'>): string {
  const heading = c.heading?.trim() ?? '';
  if (!heading || heading === c.clause) return '';
  if (heading.startsWith(`${c.clause} `)) return heading.slice(c.clause.length + 1).trimStart();
  return heading;
}

/** The contract's own table of contents, each clause classified and one click from its text. */
export function ClauseMap({ clauses, onCite }: { clauses?: ClauseEntry[]; onCite: (c: CitationRef) => void }) {
  if (!clauses || clauses.length === 0) return null;
  return (
    <section className="clause-map" aria-labelledby="clause-map-title">
      <h3 id="clause-map-title">Clause map</h3>
      <ul>
        {clauses.map((c) => (
          <li key={`${c.blockId}-${c.clause}`}>
            <span className="clause-no">{c.clause}</span>
            <span className="clause-heading">{headingBeside(c)}</span>
            <span className="clause-type">{TYPE_LABEL[c.type]}</span>
            <CitationButton citation={{ page: c.page, clause: c.clause, blockId: c.blockId }} onOpen={onCite} />
          </li>
        ))}
      </ul>
    </section>
  );
}
