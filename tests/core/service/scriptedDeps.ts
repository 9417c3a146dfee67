/**
 * Deterministic stand-ins for the pipeline, used only by the pure-logic tests of the service and
 * the bridge (ownership, validation, isolation, transport). The contract tests in
 * contract.test.ts run the same scenarios with the real extractor, pipeline and a tiny real model.
 */
import { createHash } from 'node:crypto';
import type { ExtractedDocument } from '../../../shared/document';
import type { ModelStatus } from '../../../shared/ipc/contract';
import { throwIfAborted } from '../../../electron/core/errors';
import type { PipelineEvent } from '../../../electron/core/pipeline/pipelineEvent';
import type { PrecisServiceDeps } from '../../../electron/core/service/serviceDeps';
import { createSettingsStore } from '../../../electron/core/storage/settingsStore';
import { createFileKeyProvider, createHistoryStore } from '../../../electron/core/storage/historyStore';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function textDocument(bytes: Uint8Array, fileName: string): ExtractedDocument {
  const text = Buffer.from(bytes).toString('utf8');
  const paras = text.split(/\n\s*\n/).map((t) => t.trim()).filter(Boolean);
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    kind: 'text',
    fileName,
    pageCount: 1,
    pages: [{ number: 1, text }],
    blocks: paras.map((t, i) => ({ id: `p1.${i + 1}`, page: 1, kind: 'paragraph', text: t, section: [] })),
    definitions: [],
    warnings: [],
  };
}

export interface ScriptedOptions {
  /** Deltas per job and the gap between them. */
  deltas?: number;
  gapMs?: number;
}

export function scriptedDeps(home: string, options: ScriptedOptions = {}): PrecisServiceDeps & { extracted: number } {
  const status: ModelStatus = { state: 'none' };
  const deps = {
    extracted: 0,
    app: { version: '0.0.0-test', transport: 'bridge' as const },
    extract: async (bytes: Uint8Array, o: { fileName: string }) => {
      deps.extracted++;
      return textDocument(bytes, o.fileName);
    },
    engine: {
      async *summarize(req: { jobId: string; document: ExtractedDocument; signal: AbortSignal }): AsyncGenerator<PipelineEvent> {
        const { jobId } = req;
        yield { type: 'started', chunkCount: 1, provider: 'scripted', model: 'scripted', document: { sha256: req.document.sha256, kind: 'text', pageCount: 1 } };
        for (let i = 0; i < (options.deltas ?? 5); i++) {
          throwIfAborted(req.signal);
          yield { type: 'delta', stage: 'final', text: `${jobId}:${i} ` };
          await sleep(options.gapMs ?? 1);
        }
        const document = { sha256: req.document.sha256, kind: 'text' as const, pageCount: 1, fileName: req.document.fileName };
        yield {
          type: 'done',
          summary: { markdown: 'summary', points: [], provider: 'scripted', providerKind: 'extractive', model: 'scripted', document, warnings: [], createdAt: new Date().toISOString() },
          stats: { chunks: 1, promptTokens: 0, generatedTokens: 0, stageMs: {}, totalMs: 0, tokensPerSecond: 0, droppedCitations: 0 },
        };
      },
      estimate: async (d: ExtractedDocument) => ({ tokenEstimate: Math.ceil(d.pages[0]!.text.length / 4), chunkEstimate: 1 }),
    },
    models: {
      status: () => status,
      load: async () => status,
      list: async () => [],
      dispose: async () => undefined,
    },
    settings: createSettingsStore(home),
    history: createHistoryStore(home, createFileKeyProvider(home)),
  };
  return deps;
}
