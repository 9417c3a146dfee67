import { useEffect, useRef } from 'react';
import type { InvokeResponses } from '../../../../shared/ipc/contract';
import { citationLabel, type CitationRef } from '../../state/citations';

export type SourceDocument = InvokeResponses['documents.get'];

interface Props {
  citation: CitationRef;
  doc: SourceDocument | null;
  error: string | null;
  onPage: (page: number) => void;
  onClose: () => void;
}

/** The cited page beside the summary, the cited block highlighted and scrolled into view. */
export function SourcePanel({ citation, doc, error, onPage, onClose }: Props) {
  const highlighted = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const el = highlighted.current;
    if (el) {
      el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    }
    heading.current?.focus();
  }, [citation, doc]);

  const page = doc?.pages.find((p) => p.number === citation.page);
  const blocks = doc?.blocks.filter((b) => b.page === citation.page) ?? [];
  return (
    <section
      className="source"
      aria-label="Source"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="source-head">
        <h2 ref={heading} tabIndex={-1}>
          Source · {citationLabel(citation)}
        </h2>
        <button type="button" className="icon-button" aria-label="Close source" onClick={onClose}>
          ×
        </button>
      </div>
      {doc?.title ? <p className="muted small-text">{doc.title}</p> : null}
      <div className="source-body" tabIndex={0} aria-label={`Page ${citation.page} text`}>
        {error ? <p className="field-error">{error}</p> : null}
        {!doc && !error ? <p className="muted">Opening the page…</p> : null}
        {doc && !page ? <p className="muted">Page {citation.page} is not in this document.</p> : null}
        {doc && page && blocks.length === 0 ? <p className="page-text">{page.text}</p> : null}
        {blocks.map((b) => {
          const hit = b.id === citation.blockId;
          return (
            <div key={b.id} ref={hit ? highlighted : undefined} className={`block block-${b.kind}${hit ? ' block-cited' : ''}`} data-block-id={b.id}>
              {hit ? <span className="visually-hidden">Cited passage: </span> : null}
              {b.text}
            </div>
          );
        })}
      </div>
      {doc ? (
        <div className="row source-nav">
          <button type="button" className="button small" disabled={citation.page <= 1} onClick={() => onPage(citation.page - 1)}>
            Previous page
          </button>
          <span className="muted small-text">
            Page {citation.page} of {doc.pageCount}
          </span>
          <button type="button" className="button small" disabled={citation.page >= doc.pageCount} onClick={() => onPage(citation.page + 1)}>
            Next page
          </button>
        </div>
      ) : null}
    </section>
  );
}
