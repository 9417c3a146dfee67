import { useState } from 'react';
import type { HistoryEntry, HistoryVersion } from '../../../../shared/ipc/contract';
import { SUMMARY_LENGTH_LABEL } from '../SettingsDialog/summaryLengthLabel';
import { QUICK_SUMMARY_LABEL } from '../../../../shared/writerLabel';

interface Props {
  entries: HistoryEntry[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
}

function when(iso: string, withSeconds = false): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: withSeconds ? 'medium' : 'short' });
}

/**
 * Word and text files have no pages of their own (they count as one), so their size is not given
 * in pages. Entries saved before the kind was recorded fall back to the file's extension.
 */
function extent(e: HistoryEntry): string {
  const kind = e.kind ?? (/\.docx$/i.test(e.fileName) ? 'docx' : /\.(txt|md)$/i.test(e.fileName) ? 'text' : 'pdf');
  if (kind === 'docx') return 'Word document';
  if (kind === 'text') return 'Text file';
  return `${e.pageCount} ${e.pageCount === 1 ? 'page' : 'pages'}`;
}

const PROVIDER_LABEL: Record<string, string> = { extractive: QUICK_SUMMARY_LABEL, local: 'Local', openai: 'Cloud' };

/**
 * The Summary length a model's summary was written at, in the words the Settings use. The quick
 * summary is the same at every length, so it names none; a version saved before lengths were
 * recorded says so rather than guess (the Settings may have said anything then).
 */
export function lengthLabel(v: Pick<HistoryVersion, 'provider' | 'length'>): string | undefined {
  if (v.provider === 'extractive') return undefined;
  return v.length ? `Summary length ${SUMMARY_LENGTH_LABEL[v.length]}` : 'length not recorded';
}

/** Who wrote a summary: the quick summary, or the local or cloud model with the Summary length it wrote at. */
function writerLabel(v: Pick<HistoryVersion, 'provider' | 'model' | 'length'>): string {
  const provider = PROVIDER_LABEL[v.provider] ?? v.provider;
  if (v.provider === 'extractive') return provider;
  return `${provider} · ${v.model} · ${lengthLabel(v)}`;
}

/** Versions made within the same minute would read alike, so those show the seconds too. */
function versionLabel(v: HistoryVersion, all: HistoryVersion[]): string {
  const sameMinute = all.some((o) => o !== v && when(o.createdAt) === when(v.createdAt));
  return `${when(v.createdAt, sameMinute)} · ${writerLabel(v)}`;
}

/**
 * Finished summaries kept by main; they reopen without running anything again. A document
 * summarized more than once is one entry with its versions listed under it, newest first.
 */
export function HistoryList({ entries, selectedId, onOpen, onDelete }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (entries.length === 0) return <p className="muted small-text">Finished summaries appear here.</p>;
  return (
    <ul className="doc-list" aria-label="History">
      {entries.map((e) => (
        <li key={e.id} className="doc-row" aria-current={e.id === selectedId || e.versions?.some((v) => v.id === selectedId) ? 'true' : undefined}>
          {confirming === e.id ? (
            <div className="confirm-row" role="group" aria-label={`Delete ${e.fileName}?`}>
              <span>{(e.versions?.length ?? 1) > 1 ? `Delete all ${e.versions!.length} versions for good?` : 'Delete for good?'}</span>
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
                  {when(e.createdAt)} · {extent(e)}
                  {/* One version has no list of its own: its row says who wrote it, as each version's line does. */}
                  {e.versions && e.versions.length > 1 ? ` · ${e.versions.length} versions` : ` · ${writerLabel(e)}`}
                </span>
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={(e.versions?.length ?? 1) > 1 ? `Delete ${e.fileName} and its ${e.versions!.length} versions from history` : `Delete ${e.fileName} from history`}
                onClick={() => setConfirming(e.id)}
              >
                ×
              </button>
              {e.versions && e.versions.length > 1 ? (
                <ul className="version-list" aria-label={`Versions of ${e.fileName}`}>
                  {e.versions.map((v) => (
                    <li key={v.id}>
                      <button type="button" className="version-open" aria-current={v.id === selectedId ? 'true' : undefined} onClick={() => onOpen(v.id)}>
                        {versionLabel(v, e.versions!)}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
