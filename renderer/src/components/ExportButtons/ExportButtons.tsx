import { useState } from 'react';
import type { PrecisApi } from '../../../../shared/ipc/contract';
import { base64ToBlob } from '../../state/droppedFiles';

interface Props {
  api: PrecisApi;
  historyId: string | null;
  onExported: (fileName: string) => void;
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export as Markdown or as a Word report with provenance; the file is built by main. */
export function ExportButtons({ api, historyId, onExported }: Props) {
  const [busy, setBusy] = useState<null | 'markdown' | 'docx'>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: 'markdown' | 'docx') => {
    if (!historyId || busy !== null) return;
    setBusy(format);
    setError(null);
    const r = await api.invoke('export.summary', { id: historyId, format });
    setBusy(null);
    if (!r.ok) return setError(r.error.message);
    save(base64ToBlob(r.value.data, r.value.mimeType), r.value.fileName);
    onExported(r.value.fileName);
  };
  // While an export runs the buttons say so but stay focusable: a disabled button drops the keyboard's focus
  // to the top of the window, and the user had to find their way back from there after every export.
  const waiting = busy !== null ? { 'aria-disabled': true } : {};
  return (
    <div className="export" role="group" aria-label="Export">
      <button type="button" className="button" disabled={!historyId} {...waiting} onClick={() => void run('markdown')}>
        {busy === 'markdown' ? 'Exporting…' : 'Export Markdown'}
      </button>
      <button type="button" className="button" disabled={!historyId} {...waiting} onClick={() => void run('docx')}>
        {busy === 'docx' ? 'Exporting…' : 'Export Word report'}
      </button>
      {!historyId ? <span className="muted small-text">Export is available once the summary is saved.</span> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
