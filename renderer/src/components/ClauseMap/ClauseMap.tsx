import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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

/** Longest filter text kept: a heading is a line, and the filter runs on every key press over every row. */
const MAX_FILTER_LENGTH = 120;

/** Lower case with runs of white space as one space, so "  Governing   LAW" finds "Governing law". */
function folded(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * True when a clause is shown under the filter: its type is the chosen one (or none is chosen) and
 * its number, heading or type name holds the typed text (or none is typed).
 */
export function clauseMatches(c: ClauseEntry, text: string, type: ClauseType | ''): boolean {
  if (type && c.type !== type) return false;
  const wanted = folded(text);
  return !wanted || folded(`${c.clause} ${c.heading ?? ''} ${TYPE_LABEL[c.type]}`).includes(wanted);
}

/** How many clauses are listed, as the count under the filter says it (and a screen reader announces it). */
export function shownCount(shown: number, total: number): string {
  const clauses = `${total} ${total === 1 ? 'clause' : 'clauses'}`;
  if (shown === total) return clauses;
  if (shown === 0) return `No clause of the ${clauses} matches the filter.`;
  return `${shown} of ${clauses} shown`;
}

/**
 * The contract's own table of contents, each clause classified and one click from its text. A long
 * contract lists well over a hundred clauses, so a filter narrows them by text and by type, and the
 * count of rows shown is announced as it changes.
 */
export function ClauseMap({ clauses, onCite }: { clauses?: ClauseEntry[]; onCite: (c: CitationRef) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [type, setType] = useState<ClauseType | ''>('');
  const textBox = useRef<HTMLInputElement>(null);
  const all = useMemo(() => clauses ?? [], [clauses]);
  // The types this contract has, in the usual order, each with its count.
  const types = useMemo(() => {
    const counts = new Map<ClauseType, number>();
    for (const c of all) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
    return (Object.keys(TYPE_LABEL) as ClauseType[]).filter((t) => counts.has(t)).map((t) => ({ type: t, count: counts.get(t) ?? 0 }));
  }, [all]);
  // A type chosen for an earlier document that this one lacks would hide every row with no option to undo it.
  const chosenType = type && types.some((t) => t.type === type) ? type : '';
  const shown = useMemo(() => all.filter((c) => clauseMatches(c, text, chosenType)), [all, text, chosenType]);
  if (all.length === 0) return null;
  const filtering = text.trim() !== '' || chosenType !== '';
  // The button goes away once nothing is filtered: focus moves to the text box rather than being lost.
  const clear = () => {
    setText('');
    setType('');
    textBox.current?.focus();
  };
  // Escape empties the text box first, as a search box does; the key goes on to others only when it is empty.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && text !== '') {
      e.preventDefault();
      e.stopPropagation();
      setText('');
    }
  };
  return (
    <section className="clause-map" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Clause map</h3>
      <div className="clause-filter" role="search" aria-label="Filter the clause map">
        <div className="field">
          <label htmlFor={`${id}-text`}>Filter clauses</label>
          <input
            ref={textBox}
            id={`${id}-text`}
            type="search"
            value={text}
            maxLength={MAX_FILTER_LENGTH}
            placeholder="Number or heading"
            aria-controls={`${id}-list`}
            aria-describedby={`${id}-count`}
            onChange={(e) => setText(e.target.value.slice(0, MAX_FILTER_LENGTH))}
            onKeyDown={onKeyDown}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>Type</label>
          <select id={`${id}-type`} value={chosenType} aria-controls={`${id}-list`} onChange={(e) => setType(e.target.value as ClauseType | '')}>
            <option value="">All types</option>
            {types.map((t) => (
              <option key={t.type} value={t.type}>
                {`${TYPE_LABEL[t.type]} (${t.count})`}
              </option>
            ))}
          </select>
        </div>
        {filtering ? (
          <button type="button" className="button" onClick={clear}>
            Show all
          </button>
        ) : null}
      </div>
      <p id={`${id}-count`} className="muted small-text clause-count" role="status" aria-live="polite" aria-atomic="true">
        {shownCount(shown.length, all.length)}
      </p>
      <ul id={`${id}-list`} aria-labelledby={`${id}-title`}>
        {shown.map((c) => (
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
