import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ExtractedDocument } from '../../../shared/document';
import { getLlamaInstance } from '../llm/llamaHost';
import { adviseModels, pickRecommended, type ModelAdvice } from './adviseModels';
import { resolveSource, type Catalog } from './catalog';
import { detectMachine, type MachineProfile } from './machineProfile';
import { modelsDir } from './modelLibrary';
import { readThroughputs } from './throughputCache';

export interface MachineAdvice {
  machine: MachineProfile;
  advice: ModelAdvice[];
  /** The catalog id of the best model for this machine (and the document), if any fits. */
  recommended?: string;
}

/**
 * The catalog judged for this machine: the running llama.cpp backend's GPU and memory, the headers
 * of installed models read from disk and the others' from their download URL, and the speeds
 * measured here.
 */
export async function adviseThisMachine(
  home: string,
  catalog: Catalog,
  options: { document?: Pick<ExtractedDocument, 'blocks'>; signal?: AbortSignal; maxMinutes?: number } = {},
): Promise<MachineAdvice> {
  const llama = await getLlamaInstance();
  const machine = await detectMachine(llama);
  const dir = modelsDir(home);
  const installed = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => n.toLowerCase().endsWith('.gguf'));
  const advice = await adviseModels({
    catalog,
    machine,
    llama,
    installed,
    throughputs: await readThroughputs(home),
    headerSource: (e) => (installed.includes(e.file) ? path.join(dir, e.file) : resolveSource(e.id, catalog).url),
    ...(options.document ? { document: options.document } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const best = pickRecommended(advice, { maxMinutes: options.maxMinutes ?? 30 });
  return { machine, advice, ...(best ? { recommended: best.entry.id } : {}) };
}
