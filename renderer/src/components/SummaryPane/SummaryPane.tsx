import { useId, useState, type KeyboardEvent } from 'react';
import type { ClauseEntry, KeyTerms } from '../../../../shared/terms';
import type { SummaryPoint } from '../../../../shared/summary';
import type { CitationRef } from '../../state/citations';
import { CitationButton } from '../CitationButton/CitationButton';
import { ClauseMap } from '../ClauseMap/ClauseMap';
import { KeyTermsTable } from '../KeyTermsTable/KeyTermsTable';
import { SafeMarkdown } from '../SafeMarkdown/SafeMarkdown';

interface Props {
  markdown: string;
  points: SummaryPoint[];
  keyTerms?: KeyTerms;
  clauses?: ClauseEntry[];
  streaming: boolean;
  onCite: (c: CitationRef) => void;
}

type Tab = 'summary' | 'terms';

/** The summary (streamed markdown, or the notes so far) and the key terms, as two tabs. */
export function SummaryPane({ markdown, points, keyTerms, clauses, streaming, onCite }: Props) {
  const [tab, setTab] = useState<Tab>('summary');
  const id = useId();
  const tabs: { key: Tab; label: string }[] = [
    { key: 'summary', label: 'Summary' },
    { key: 'terms', label: 'Key terms' },
  ];
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next: Tab = e.key === 'Home' ? 'summary' : e.key === 'End' ? 'terms' : tab === 'summary' ? 'terms' : 'summary';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <div className="summary-pane">
      <div role="tablist" aria-label="Result" className="tabs" onKeyDown={onKey}>
        {tabs.map((t) => (
          <button
            key={t.key}
            id={`${id}-tab-${t.key}`}
            role="tab"
            type="button"
            aria-selected={tab === t.key}
            aria-controls={`${id}-panel-${t.key}`}
            tabIndex={tab === t.key ? 0 : -1}
            className="tab"
            onClick={() => setTab(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`${id}-panel-summary`} role="tabpanel" aria-labelledby={`${id}-tab-summary`} hidden={tab !== 'summary'}>
        <section aria-label="Summary" aria-busy={streaming} className="summary-body">
          {markdown ? (
            <SafeMarkdown markdown={markdown} onCite={onCite} />
          ) : points.length > 0 ? (
            <>
              <h3 className="notes-title">Notes so far</h3>
              <ul className="notes">
                {points.map((p, i) => (
                  <li key={i}>
                    {p.text}{' '}
                    {p.citations.map((c) => (
                      <CitationButton key={`${c.blockId}-${i}`} citation={c} onOpen={onCite} />
                    ))}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">{streaming ? 'The summary will appear here as it is written.' : 'No summary was written.'}</p>
          )}
        </section>
      </div>
      <div id={`${id}-panel-terms`} role="tabpanel" aria-labelledby={`${id}-tab-terms`} hidden={tab !== 'terms'}>
        <KeyTermsTable terms={keyTerms} onCite={onCite} />
        <ClauseMap clauses={clauses} onCite={onCite} />
      </div>
    </div>
  );
}
