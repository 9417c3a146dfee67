import type { Llama } from 'node-llama-cpp';
import type { ExtractedDocument } from '../../../shared/document';
import type { PrecisErrorShape } from '../../../shared/errors';
import { throwIfAborted, toErrorShape } from '../errors';
import { assessFit, type FitResult } from './assessFit';
import { resolveSource, type Catalog, type CatalogEntry } from './catalog';
import { backendLabel, type MachineProfile } from './machineProfile';
import { planDocument, type DocumentPlan } from './planDocument';
import { readModelHeader } from './readModelHeader';
import { msPerTokenFor, type Throughput } from './throughputCache';

/**
 * Tokens per pass the local provider asks for unless told otherwise (its default context); a model
 * that affords more still reads 4,096 tokens at a time.
 */
export const PIPELINE_CONTEXT = 4096;

/** One catalog model judged for this machine (and a document, when one is given). */
export interface ModelAdvice {
  entry: CatalogEntry;
  /** The model's file is in the models folder. */
  installed: boolean;
  fit?: FitResult;
  /** Why there is no fit (header unreachable, …). */
  error?: PrecisErrorShape;
  plan?: DocumentPlan;
}

export interface AdviseOptions {
  catalog: Catalog;
  machine: MachineProfile;
  llama: Llama;
  /** File names in the models folder. */
  installed?: readonly string[];
  document?: Pick<ExtractedDocument, 'blocks'>;
  throughputs?: readonly Throughput[];
  /** Tokens per pass the pipeline will use (default {@link PIPELINE_CONTEXT}). */
  pipelineContext?: number;
  /** Where a model's header is read from: its download URL by default, the installed file when there is one. */
  headerSource?: (entry: CatalogEntry) => string;
  signal?: AbortSignal;
}

/** Judges every catalog model for the machine, reading each header (local when installed, remote otherwise). */
export async function adviseModels(options: AdviseOptions): Promise<ModelAdvice[]> {
  const out: ModelAdvice[] = [];
  for (const entry of options.catalog.models) {
    throwIfAborted(options.signal);
    const installed = options.installed?.includes(entry.file) ?? false;
    const source = options.headerSource?.(entry) ?? resolveSource(entry.id, options.catalog).url;
    try {
      const info = await readModelHeader(source, { signal: options.signal });
      const fit = await assessFit(info, options.machine, options.llama);
      let plan: DocumentPlan | undefined;
      if (options.document && fit.verdict !== 'wontFit') {
        const usable = Math.min(fit.contextSize, options.pipelineContext ?? PIPELINE_CONTEXT);
        const msPerToken = msPerTokenFor(options.throughputs ?? [], { modelId: entry.file, modelBytes: fit.modelBytes, backend: backendLabel(options.machine.gpu) });
        plan = planDocument(options.document, usable, { msPerToken });
      }
      out.push({ entry, installed, fit, ...(plan ? { plan } : {}) });
    } catch (e) {
      throwIfAborted(options.signal);
      out.push({ entry, installed, error: toErrorShape(e) });
    }
  }
  return out;
}

/**
 * The best model for this machine: the largest that fits without being slow; else the largest that
 * fits slowly. With a document and a measured speed, a model whose summary would take longer than
 * `maxMinutes` gives way to a smaller one that fits the time.
 */
export function pickRecommended(advice: readonly ModelAdvice[], options: { maxMinutes?: number } = {}): ModelAdvice | undefined {
  const bySize = [...advice].filter((a) => a.fit).sort((a, b) => (b.fit?.modelBytes ?? 0) - (a.fit?.modelBytes ?? 0));
  const inTime = (a: ModelAdvice) => options.maxMinutes === undefined || a.plan?.minutes === undefined || a.plan.minutes <= options.maxMinutes;
  return (
    bySize.find((a) => a.fit?.verdict === 'fits' && inTime(a)) ??
    bySize.find((a) => a.fit?.verdict === 'fits') ??
    bySize.find((a) => a.fit?.verdict === 'slow')
  );
}
