import { useState } from 'react';
import type { HistoryEntry } from '../../../../shared/ipc/contract';

interface Props {
  entries: HistoryEntry[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Finished summaries kept by main; they reopen without running anything again. */
export function HistoryList({ entries, selectedId, onOpen, onDelete }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (entries.length === 0) return <p className="muted small-text">Finished summaries appear here.</p>;
  return (
    <ul className="doc-list" aria-label="History">
      {entries.map((e) => (
        <li key={e.id} className="doc-row" aria-current={e.id === selectedId ? 'true' : undefined}>
          {confirming === e.id ? (
            <div className="confirm-row" role="group" aria-label={`Delete ${e.fileName}?`}>
              <span>Delete for good?</span>
              <button
                type="button"
                className="button small danger"
                onClick={() => {
                  setConfirming(null);
                  onDelete(e.id);
                }}
              >
                Delete
              </button>
              <button type="button" className="button small" autoFocus onClick={() => setConfirming(null)}>
                Keep
              </button>
            </div>
          ) : (
            <>
              <button type="button" className="doc-open" onClick={() => onOpen(e.id)}>
                <span className="doc-name">{e.fileName}</span>
                <span className="doc-meta">
                  {when(e.createdAt)} · {e.pageCount} {e.pageCount === 1 ? 'page' : 'pages'}
                </span>
              </button>
              <button type="button" className="icon-button" aria-label={`Delete ${e.fileName} from history`} onClick={() => setConfirming(e.id)}>
                ×
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
