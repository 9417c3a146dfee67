import { useState } from 'react';
import type { ModelStatus, PrecisApi, PublicSettings } from '../../../../shared/ipc/contract';
import type { CatalogModelView, DownloadState } from '../../../../shared/ipc/modelsContract';
import { Dialog } from '../Dialog/Dialog';
import type { useModels } from '../../hooks/useModels';

type Models = ReturnType<typeof useModels>;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.max(0.1, bytes / 1024 ** 2).toFixed(1)} MB`;
}

function eta(seconds: number | undefined): string {
  if (seconds === undefined) return '';
  return seconds < 60 ? `, ${seconds} s left` : `, ${Math.ceil(seconds / 60)} min left`;
}

/** A progress bar with bytes, speed and time left, and pause/resume/cancel. */
export function DownloadProgress({ state, onControl }: { state: DownloadState; onControl: (action: 'pause' | 'resume' | 'cancel') => void }) {
  const pct = state.totalBytes ? Math.floor((state.downloadedBytes / state.totalBytes) * 100) : 0;
  return (
    <div className="download">
      {state.status === 'downloading' || state.status === 'paused' ? (
        <>
          <progress className="download-progress" max={100} value={pct} aria-label={`Downloading ${state.file}`} />
          <span className="muted small-text">
            {formatBytes(state.downloadedBytes)}
            {state.totalBytes ? ` of ${formatBytes(state.totalBytes)} (${pct}%)` : ''}
            {state.status === 'downloading' && state.bytesPerSecond > 0 ? ` · ${formatBytes(state.bytesPerSecond)}/s${eta(state.etaSeconds)}` : ''}
            {state.status === 'paused' ? ' · paused' : ''}
          </span>
          {state.status === 'downloading' ? (
            <button type="button" className="button small" onClick={() => onControl('pause')}>
              Pause
            </button>
          ) : (
            <button type="button" className="button small" onClick={() => onControl('resume')}>
              Resume
            </button>
          )}
          <button type="button" className="button small" onClick={() => onControl('cancel')}>
            Cancel
          </button>
        </>
      ) : null}
      {state.status === 'failed' && state.error ? (
        <span className="field-error small-text" role="alert">
          {state.error.message}{' '}
          <button type="button" className="button small" onClick={() => onControl('resume')}>
            Try again
          </button>
        </span>
      ) : null}
      {state.notice && state.status === 'downloading' ? <span className="muted small-text">{state.notice}</span> : null}
    </div>
  );
}

function FitBadge({ model }: { model: CatalogModelView }) {
  if (!model.fit) return <span className="badge badge-unknown" title={model.error?.message}>fit unknown</span>;
  return (
    <span className={`badge badge-fit-${model.fit.verdict}`}>
      {model.fit.label}
      {model.fit.verdict !== 'wontFit' ? ` · ${Math.round(model.fit.contextSize / 1024)}k context` : ''}
    </span>
  );
}

interface Props {
  api: PrecisApi;
  models: Models;
  settings: PublicSettings;
  status: ModelStatus | null;
  onUse: (modelId: string) => void;
  onClose: () => void;
}

/** Installed models (size, in use, remove), the catalog with fit badges and downloads, and import. */
export function ModelsScreen({ api, models, settings, status, onUse, onClose }: Props) {
  const [keep, setKeep] = useState<'copy' | 'reference'>('copy');
  const [message, setMessage] = useState<string | null>(null);
  const inUse = status?.state === 'ready' || status?.state === 'loading' ? status.modelId : settings.local.modelId;

  const control = async (catalogId: string, action: 'pause' | 'resume' | 'cancel') => {
    const r = await api.invoke('models.downloadControl', { catalogId, action });
    if (!r.ok) setMessage(r.error.message);
  };
  const download = async (catalogId: string) => {
    const r = await api.invoke('models.download', { catalogId });
    if (!r.ok) setMessage(r.error.message);
  };
  const remove = async (modelId: string) => {
    const r = await api.invoke('models.remove', { modelId });
    setMessage(r.ok ? `${modelId} removed.` : r.error.message);
    await models.refresh();
  };
  const importFile = async (file?: File) => {
    const r = file
      ? await api.invoke('models.import', { source: 'bytes', name: file.name, data: await toBase64(file) })
      : await api.invoke('models.import', { source: 'dialog', keep });
    if (!r.ok) setMessage(r.error.message);
    else if (r.value) {
      setMessage(`${r.value.name} imported.`);
      await models.refresh();
    }
  };

  // Only the desktop app has main's file dialog (and can keep a reference); the browser bridge takes bytes.
  const desktop = typeof api.registerDroppedFiles === 'function';

  return (
    <Dialog title="Models" onClose={onClose}>
      <div className="models-screen">
        {message ? (
          <p className="muted" role="status">
            {message}
          </p>
        ) : null}
        <section aria-label="Installed models">
          <h3>Installed</h3>
          {models.installed.length === 0 ? <p className="muted">No model yet. Key terms and quick summaries already work without one.</p> : null}
          <ul className="model-list">
            {models.installed.map((m) => (
              <li key={m.id}>
                <strong>{m.name}</strong> <span className="muted">{formatBytes(m.sizeBytes)}</span>
                {m.id === inUse ? (
                  <span className="badge badge-local">in use</span>
                ) : (
                  <button type="button" className="button small" onClick={() => onUse(m.id)}>
                    Use
                  </button>
                )}
                <button type="button" className="button small" onClick={() => void remove(m.id)} disabled={m.id === inUse} aria-label={`Remove ${m.name}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Catalog">
          <h3>Catalog{models.catalog ? <span className="muted small-text"> · this machine: {models.catalog.backend}</span> : null}</h3>
          {models.error ? <p className="field-error">{models.error}</p> : null}
          {!models.catalog && !models.error ? <p className="muted">Checking which models fit this machine…</p> : null}
          <ul className="model-list">
            {models.catalog?.models.map((m) => {
              const d = models.downloads[m.id];
              const active = d && (d.status === 'downloading' || d.status === 'paused' || d.status === 'failed');
              return (
                <li key={m.id} aria-label={m.name}>
                  <div>
                    <strong>{m.name}</strong> <span className="muted">{formatBytes(m.sizeBytes)} · {m.licence}</span> <FitBadge model={m} />
                    {models.catalog?.recommended === m.id ? <span className="badge badge-local">best fit</span> : null}
                  </div>
                  <p className="muted small-text">{m.why}</p>
                  {m.installed ? (
                    <span className="muted small-text">Installed</span>
                  ) : active ? (
                    <DownloadProgress state={d} onControl={(a) => void control(m.id, a)} />
                  ) : (
                    <button type="button" className="button small" onClick={() => void download(m.id)} disabled={m.fit?.verdict === 'wontFit'}>
                      Download {formatBytes(m.sizeBytes)}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-label="Import a model">
          <h3>Import a .gguf file</h3>
          {desktop ? (
            <div className="row">
              <label>
                <input type="radio" name="keep" checked={keep === 'copy'} onChange={() => setKeep('copy')} /> Copy into Precis
              </label>
              <label>
                <input type="radio" name="keep" checked={keep === 'reference'} onChange={() => setKeep('reference')} /> Use where it is
              </label>
              <button type="button" className="button" onClick={() => void importFile()}>
                Choose file…
              </button>
            </div>
          ) : (
            <input type="file" accept=".gguf" aria-label="Model file" onChange={(e) => void importFile(e.target.files?.[0])} />
          )}
        </section>
      </div>
    </Dialog>
  );
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
