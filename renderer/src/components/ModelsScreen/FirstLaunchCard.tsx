import { useState } from 'react';
import type { CatalogView, DownloadState } from '../../../../shared/ipc/modelsContract';
import { DownloadProgress, formatBytes } from './ModelsScreen';

interface Props {
  catalog: CatalogView | null;
  download?: DownloadState;
  onDownload: (catalogId: string) => void;
  onControl: (catalogId: string, action: 'pause' | 'resume' | 'cancel') => void;
  onOpenModels: () => void;
  /** Asks main to judge the catalog for this machine again (after the connection is back). */
  onRetry: () => Promise<void>;
}

/** Shown while no model is installed: the best fit for this machine, one click to get it. */
export function FirstLaunchCard({ catalog, download, onDownload, onControl, onOpenModels, onRetry }: Props) {
  const best = catalog?.models.find((m) => m.id === catalog.recommended);
  const [checking, setChecking] = useState(false);
  // Main says why each model could not be judged (offline, a server refusing); the first reason,
  // which names what to do, stands for all of them.
  const why = catalog?.models.find((m) => m.error)?.error?.message;
  const retry = () => {
    setChecking(true);
    void onRetry().finally(() => setChecking(false));
  };
  return (
    <section className="card first-launch" aria-label="Get a local model">
      <h2>Get a local model</h2>
      <p className="muted">Key terms and quick summaries already work without a model. A local model writes full summaries, offline.</p>
      {!catalog ? <p className="muted">Checking which models fit this computer…</p> : null}
      {catalog && !best ? (
        <>
          <p>
            No model in the catalog could be checked for this computer right now.{why ? ` ${why}` : ''} A model file you already have (.gguf) can be
            added under All models….
          </p>
          <button type="button" className="button" onClick={retry} disabled={checking}>
            {checking ? 'Checking…' : 'Check again'}
          </button>
        </>
      ) : null}
      {best ? (
        <>
          <p>
            Best fit for this computer ({catalog?.backend}): <strong>{best.name}</strong> · {formatBytes(best.sizeBytes)} · {best.licence}
            {best.fit ? ` · ${best.fit.label}` : ''}
          </p>
          {download && download.status !== 'cancelled' && download.status !== 'done' ? (
            <DownloadProgress state={download} onControl={(a) => onControl(best.id, a)} />
          ) : (
            <button type="button" className="button primary" onClick={() => onDownload(best.id)}>
              Download {best.name}
            </button>
          )}
        </>
      ) : null}
      <button type="button" className="button link" onClick={onOpenModels}>
        All models…
      </button>
    </section>
  );
}
