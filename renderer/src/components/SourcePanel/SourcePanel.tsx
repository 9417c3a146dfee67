import { useEffect, useMemo, useRef, useState } from 'react';
import type { InvokeResponses, PrecisApi } from '../../../../shared/ipc/contract';
import type { SummaryPoint } from '../../../../shared/summary';
import { citationLabel, type CitationRef } from '../../state/citations';
import { PdfPageView, type PageMark, type Zoom } from './PdfPageView';
import { PasswordField } from '../PasswordPrompt/PasswordField';
import { safeHtml } from './safeHtml';
import { useSourceFile } from './useSourceFile';

export type SourceDocument = InvokeResponses['documents.get'];

interface Props {
  citation: CitationRef;
  doc: SourceDocument | null;
  error: string | null;
  onClose: () => void;
  /** With these, the panel shows the document itself (the drawn PDF page, the formatted DOCX). */
  api?: PrecisApi;
  documentId?: string | null;
  /** The summary's points: every block cited by the point this citation belongs to is marked. */
  points?: readonly SummaryPoint[];
  /** The password the user gave when this PDF was added, to draw an encrypted one without asking again. */
  password?: string;
}

type View = 'page' | 'text';

const ZOOM_STEP = 1.25;
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 5;

/** The blocks to mark: the cited one and the others cited by the same point. */
export function markedBlockIds(citation: CitationRef, points: readonly SummaryPoint[] = []): Set<string> {
  const ids = new Set<string>();
  if (!citation.blockId) return ids;
  ids.add(citation.blockId);
  for (const p of points) {
    if (p.citations.some((c) => c.blockId === citation.blockId)) for (const c of p.citations) ids.add(c.blockId);
  }
  return ids;
}

/**
 * The source of a citation beside the summary: the PDF page as printed (drawn by pdf.js) or the
 * Word document with its formatting, with the cited passage marked; and the page's text, the view
 * for keyboard and screen-reader users and for documents that cannot be drawn.
 */
export function SourcePanel({ citation, doc, error, onClose, api, documentId, points, password }: Props) {
  const highlighted = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const docxBody = useRef<HTMLDivElement>(null);
  // A password typed here (a PDF reopened from the history: passwords are never stored) wins.
  const [typed, setTyped] = useState<{ documentId: string; password: string } | null>(null);
  const loaded = useSourceFile(api, documentId, typed && typed.documentId === documentId ? typed.password : password);
  // Previous/next move within the document; a new citation starts again at its own page.
  const [nav, setNav] = useState({ citation, page: citation.page });
  const page = nav.citation === citation ? nav.page : citation.page;
  const setPage = (n: number) => setNav({ citation, page: n });
  const [view, setView] = useState<View>('page');
  const [zoom, setZoom] = useState<Zoom>('fit');
  const lastScale = useRef(1);

  const file = loaded?.state === 'ready' ? loaded.file : undefined;
  const locked = loaded?.state === 'locked' ? loaded : undefined;
  const drawable = file?.kind === 'pdf' || file?.kind === 'docx' || !!locked;
  const showing: View = drawable && view === 'page' ? 'page' : 'text';
  const isDocx = file?.kind === 'docx';

  const marked = useMemo(() => markedBlockIds(citation, points), [citation, points]);
  const pageMarks: PageMark[] = useMemo(
    () => (doc?.blocks ?? []).filter((b) => b.page === page && marked.has(b.id) && b.rects?.length).map((b) => ({ blockId: b.id, text: b.text, rects: b.rects! })),
    [doc, page, marked],
  );
  const docxNodes = useMemo(
    () => (file?.kind === 'docx' && doc ? safeHtml(file.html, { blocks: doc.blocks, marked }) : null),
    [file, doc, marked],
  );

  useEffect(() => {
    if (showing === 'text') highlighted.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    else if (isDocx) docxBody.current?.querySelector('.cited-passage')?.scrollIntoView?.({ block: 'center' });
    heading.current?.focus();
  }, [citation, doc, showing, isDocx, docxNodes]);

  const pageInfo = doc?.pages.find((p) => p.number === page);
  const blocks = doc?.blocks.filter((b) => b.page === page) ?? [];
  // A Word document has no printed pages: its citations name the clause.
  const unpaged = citation.paragraph !== undefined || citation.unpaged;
  const label = unpaged
    ? citationLabel(citation)
    : // Entries saved before citations named the clause still show it alone for a Word document.
      isDocx && citation.clause
      ? citationLabel({ page: citation.page, clause: citation.clause }).replace(/^p\. \d+, /, '')
      : citationLabel({ ...citation, page });
  const zoomBy = (factor: number) =>
    setZoom((z) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round((z === 'fit' ? lastScale.current : z) * factor * 100) / 100)));

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
          Source · {label}
        </h2>
        <button type="button" className="icon-button" aria-label="Close source" onClick={onClose}>
          ×
        </button>
      </div>
      {doc?.title ? <p className="muted small-text">{doc.title}</p> : null}
      {pageInfo?.ocr ? (
        <p className="muted small-text">
          Scanned page: this text was read by OCR ({pageInfo.ocr.confidence} % confidence). Check it against the original.
        </p>
      ) : null}
      {drawable ? (
        <div className="row source-tools" role="toolbar" aria-label="Source view">
          <button type="button" className="button small" aria-pressed={showing === 'page'} onClick={() => setView('page')}>
            {isDocx ? 'Document' : 'Page'}
          </button>
          <button type="button" className="button small" aria-pressed={showing === 'text'} onClick={() => setView('text')}>
            Text
          </button>
          {showing === 'page' && !isDocx && !locked ? (
            <>
              <button type="button" className="button small" aria-pressed={zoom === 'fit'} onClick={() => setZoom('fit')}>
                Fit width
              </button>
              <button type="button" className="button small" aria-label="Zoom out" onClick={() => zoomBy(1 / ZOOM_STEP)}>
                −
              </button>
              <button type="button" className="button small" aria-label="Zoom in" onClick={() => zoomBy(ZOOM_STEP)}>
                +
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {error ? <p className="field-error">{error}</p> : null}
      {loaded?.state === 'error' && !error ? <p className="muted small-text">{loaded.message}</p> : null}
      {showing === 'page' && file?.kind === 'pdf' && loaded?.state === 'ready' && 'pdf' in loaded ? (
        <div className="source-body source-page" tabIndex={0} aria-label={`Page ${page}`}>
          <PdfPageView
            pdf={loaded.pdf}
            pageNumber={page}
            size={pageInfo?.size}
            marks={pageMarks}
            zoom={zoom}
            onPainted={(r) => {
              if ('scale' in r) lastScale.current = r.scale;
            }}
          />
        </div>
      ) : null}
      {showing === 'page' && locked && documentId ? (
        <UnlockForm wrong={locked.wrong} onSubmit={(pw) => setTyped({ documentId, password: pw })} />
      ) : null}
      {showing === 'page' && isDocx ? (
        <div className="source-body source-docx" ref={docxBody} tabIndex={0} aria-label="Document">
          {docxNodes}
        </div>
      ) : null}
      {showing === 'text' ? (
        <div className="source-body" tabIndex={0} aria-label={`Page ${page} text`}>
          {!doc && !error ? <p className="muted">Opening the page…</p> : null}
          {doc && !pageInfo ? <p className="muted">Page {page} is not in this document.</p> : null}
          {doc && pageInfo && blocks.length === 0 ? <p className="page-text">{pageInfo.text}</p> : null}
          {blocks.map((b) => {
            const hit = marked.has(b.id);
            const first = b.id === citation.blockId;
            return (
              <div
                key={b.id}
                ref={first ? highlighted : undefined}
                className={`block block-${b.kind}${hit ? ' block-cited' : ''}`}
                data-block-id={b.id}
                {...(hit ? { role: 'group', 'aria-label': 'Cited passage' } : {})}
              >
                {b.text}
              </div>
            );
          })}
        </div>
      ) : null}
      {doc && !(showing === 'page' && isDocx) ? (
        <div className="row source-nav">
          <button type="button" className="button small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Previous page
          </button>
          <span className="muted small-text">
            Page {page} of {doc.pageCount}
          </span>
          <button type="button" className="button small" disabled={page >= doc.pageCount} onClick={() => setPage(page + 1)}>
            Next page
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** Asks for an encrypted PDF's password to draw its pages here; the text view needs none. */
function UnlockForm({ wrong, onSubmit }: { wrong: boolean; onSubmit: (password: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      className="password-form source-unlock"
      onSubmit={(e) => {
        e.preventDefault();
        if (value) onSubmit(value);
      }}
    >
      <p>This PDF is protected by a password. Enter it to see the page as printed; it is kept only while this window is open. The Text view shows the page without it.</p>
      <PasswordField label="Password to show this PDF" value={value} onChange={setValue} error={wrong ? 'That password is not correct for this PDF.' : undefined} />
      <div className="row">
        <button type="submit" className="button small primary" disabled={!value}>
          Show page
        </button>
      </div>
    </form>
  );
}
