import { extractDocument } from '../documents/extractDocument';
import { shutdownParseWorker } from '../documents/worker/parseInWorker';
import { exportSummary } from '../export/exportSummary';
import { createFileKeyProvider, createHistoryStore, type KeyProvider } from '../jobs/historyStore';
import { createSettingsStore } from '../jobs/settingsStore';
import { createCloudRunner } from '../llm/cloudRunner';
import { hostOf } from '../llm/cloudHost';
import { prepareForCloud } from '../privacy/prepareForCloud';
import { createModelHost, type LocalModelHost } from './createModelHost';
import { createSessionSecrets, type KeyHolder } from './createSessionSecrets';
import { createSummaryEngine, type EngineProvider } from './createSummaryEngine';
import type { PrecisServiceDeps } from './serviceDeps';

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
  /** The API key holder: the keychain-backed store in Electron; memory only (from OPENAI_API_KEY) otherwise. */
  secrets?: KeyHolder;
  coalesceMs?: number;
}

/**
 * Wires the real modules (ingestion, pipeline, local model, stores, export, cloud preview) into the
 * service's dependencies. Electron main and `precis serve` both call this; only the key storage and
 * the transport name differ.
 */
export function createCoreDeps(options: CoreDepsOptions): PrecisServiceDeps & { models: LocalModelHost } {
  const models = createModelHost({ home: options.home, modelPath: options.modelPath, threads: options.threads });
  const secrets = options.secrets ?? createSessionSecrets(process.env.OPENAI_API_KEY);
  // Local mode never loads the OpenAI client: the runner imports it on a cloud job's first use.
  const cloud = createCloudRunner({ getApiKey: () => secrets.getApiKey() });
  return {
    app: { version: options.version, transport: options.transport },
    extract: (bytes, o) => extractDocument({ bytes, name: o.fileName }, { password: o.password, signal: o.signal }),
    engine: createSummaryEngine({ models, provider: options.provider, cloud }),
    models,
    settings: createSettingsStore(options.home),
    history: createHistoryStore(options.home, options.keyProvider ?? createFileKeyProvider(options.home)),
    secrets,
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
    dispose: () => shutdownParseWorker(),
  };
}
