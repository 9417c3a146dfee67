import { extractDocument } from '../documents/extractDocument';
import { exportSummary } from '../export/exportSummary';
import { createFileKeyProvider, createHistoryStore, type KeyProvider } from '../jobs/historyStore';
import { createSettingsStore } from '../jobs/settingsStore';
import { hostOf } from '../llm/cloudHost';
import { prepareForCloud } from '../privacy/prepareForCloud';
import { createModelHost, type LocalModelHost } from './createModelHost';
import { createSummaryEngine, type CloudRunner, type EngineProvider } from './createSummaryEngine';
import type { PrecisServiceDeps, SecretsLike } from './serviceDeps';

export interface CoreDepsOptions {
  home: string;
  transport: 'electron' | 'bridge';
  version: string;
  /** Forced provider (`precis serve --provider`). */
  provider?: EngineProvider;
  /** Forced model file (`precis serve --model`). */
  modelPath?: string;
  threads?: number;
  /** The history's master key: the OS keychain in Electron; a key file in the data folder otherwise. */
  keyProvider?: KeyProvider;
  secrets?: SecretsLike;
  cloud?: CloudRunner;
  coalesceMs?: number;
}

/**
 * Wires the real modules (ingestion, pipeline, local model, stores, export, cloud preview) into the
 * service's dependencies. Electron main and `precis serve` both call this; only the key storage and
 * the transport name differ.
 */
export function createCoreDeps(options: CoreDepsOptions): PrecisServiceDeps & { models: LocalModelHost } {
  const models = createModelHost({ home: options.home, modelPath: options.modelPath, threads: options.threads });
  return {
    app: { version: options.version, transport: options.transport },
    extract: (bytes, o) => extractDocument({ bytes, name: o.fileName }, { password: o.password, signal: o.signal }),
    engine: createSummaryEngine({ models, provider: options.provider, cloud: options.cloud }),
    models,
    settings: createSettingsStore(options.home),
    history: createHistoryStore(options.home, options.keyProvider ?? createFileKeyProvider(options.home)),
    secrets: options.secrets,
    exportSummary: (entry, format) => exportSummary(entry, format),
    cloudPreview: async (document, settings) => {
      const prepared = prepareForCloud(document, { redact: settings.cloud.redact });
      return {
        text: prepared.previewText,
        sha256: prepared.sha256,
        redactions: prepared.redactions.map((r) => ({ placeholder: r.placeholder, kind: r.kind })),
        host: hostOf(settings.cloud.baseUrl),
      };
    },
    coalesceMs: options.coalesceMs,
  };
}
