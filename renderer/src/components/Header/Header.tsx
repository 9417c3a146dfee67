import { cloudHost } from '../../../../shared/cloudUrl';
import type { ModelStatus, PublicSettings } from '../../../../shared/ipc/contract';

interface Props {
  settings: PublicSettings | null;
  model: ModelStatus | null;
  /** The model a running job reported (it may be in use even when main has not pushed a status). */
  activeModel?: string;
  onOpenSettings: () => void;
  /** Opens the Models screen. */
  onOpenModels?: () => void;
  onLoadModel: () => void;
}

/** "Local · offline" or "Cloud · api.example.com". */
export function modeBadgeText(settings: Pick<PublicSettings, 'mode' | 'cloud'>): string {
  return settings.mode === 'cloud' ? `Cloud · ${cloudHost(settings.cloud.baseUrl) ?? settings.cloud.baseUrl}` : 'Local · offline';
}

function ModelLine({
  model,
  settings,
  activeModel,
  onLoadModel,
}: {
  model: ModelStatus | null;
  settings: PublicSettings | null;
  activeModel?: string;
  onLoadModel: () => void;
}) {
  if (settings?.mode === 'cloud') return <span className="model-line">{settings.cloud.model}</span>;
  if (activeModel && (!model || model.state === 'none')) return <span className="model-line">{activeModel}</span>;
  if (!model) return <span className="model-line muted">Model status unknown</span>;
  switch (model.state) {
    case 'ready':
      return (
        <span className="model-line">
          {model.modelName ?? model.modelId ?? 'Model ready'}
          {model.backend ? <span className="badge badge-backend">{model.backend}</span> : null}
        </span>
      );
    case 'loading': {
      const pct = Math.round((model.progress ?? 0) * 100);
      return (
        <span className="model-line">
          <span>Loading {model.modelName ?? 'model'}</span>
          <progress className="model-progress" max={100} value={pct} aria-label="Model loading" />
          <span className="muted">{pct}%</span>
        </span>
      );
    }
    case 'error':
      return (
        <span className="model-line error-text" title={model.error?.message}>
          Model failed to load{model.error ? `: ${model.error.message}` : ''}
        </span>
      );
    case 'none':
      return (
        <span className="model-line">
          <span className="muted">No model loaded · quick summaries only</span>
          {settings?.local.modelId ? (
            <button type="button" className="button small" onClick={onLoadModel}>
              Load model
            </button>
          ) : null}
        </span>
      );
  }
}

/** The title bar: what mode we are in, which model, and the way into Settings. */
export function Header({ settings, model, activeModel, onOpenSettings, onOpenModels, onLoadModel }: Props) {
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          §
        </span>
        <h1>Precis</h1>
      </div>
      <div className="topbar-status">
        {settings ? (
          <span className={`badge ${settings.mode === 'cloud' ? 'badge-cloud' : 'badge-local'}`}>{modeBadgeText(settings)}</span>
        ) : null}
        <ModelLine model={model} settings={settings} activeModel={activeModel} onLoadModel={onLoadModel} />
      </div>
      {onOpenModels ? (
        <button type="button" className="button" onClick={onOpenModels}>
          Models
        </button>
      ) : null}
      <button type="button" className="button" onClick={onOpenSettings}>
        Settings
      </button>
    </header>
  );
}
