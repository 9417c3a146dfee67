import { GgufInsights, type GgufFileInfo, type Llama } from 'node-llama-cpp';
import type { MachineProfile } from './machineProfile';

/** "fits" | "fits, slow (partly on CPU)" | "won't fit". */
export type FitVerdict = 'fits' | 'slow' | 'wontFit';

export const FIT_LABEL: Record<FitVerdict, string> = {
  fits: 'fits',
  slow: 'fits, slow (partly on CPU)',
  wontFit: "won't fit",
};

/**
 * Below this context a model cannot hold one section of a contract plus the prompt and its answer
 * (the pipeline reserves 1,024 tokens for prompt and answer).
 */
export const MIN_USEFUL_CONTEXT = 4096;

/**
 * node-llama-cpp's compatibility score for a CPU-only machine falls with the model's size (it weighs
 * "small enough to run well on a CPU" at 70 of 110 points). Below this the model fits in memory but
 * generates slowly enough that the window should say so.
 */
const CPU_SLOW_SCORE = 0.7;

export interface FitResult {
  verdict: FitVerdict;
  label: string;
  /** The largest context (tokens) this machine can afford with the model loaded, at most what it was trained on. */
  contextSize: number;
  gpuLayers: number;
  totalLayers: number;
  /** Bytes of the weights (the file's tensors). */
  modelBytes: number;
  ramBytes: number;
  vramBytes: number;
  trainContextSize?: number;
  /** node-llama-cpp's compatibility score, 0..1. */
  score: number;
}

/**
 * Whether a model fits a machine, from node-llama-cpp's own estimates: GgufInsights and its
 * configuration resolver, given the machine's GPU type and its free VRAM, RAM and swap.
 *
 * The header is read the same way for a local file and a remote one, and never simulated natively:
 * node-llama-cpp's native simulation loads the metadata with this process's own backend, so it could
 * not judge another machine's GPU, and it refuses a header without the full tokenizer.
 */
export async function assessFit(info: GgufFileInfo, machine: MachineProfile, llama: Llama): Promise<FitResult> {
  const headerOnly = { ...info, sourceData: [], source: undefined } as unknown as GgufFileInfo;
  const insights = await GgufInsights.from(headerOnly, llama);
  const gpu = machine.gpu;
  const hardware = {
    getVramState: async () => (gpu ? machine.vram : { total: 0, free: 0, unifiedSize: 0 }),
    getRamState: async () => machine.ram,
    getSwapState: async () => machine.swap,
    llamaGpu: gpu,
    llamaSupportsGpuOffloading: gpu !== false,
    llamaVramPaddingSize: 0,
  };
  const r = await insights.configurationResolver.resolveAndScoreConfig({}, hardware);
  const v = r.resolvedValues;
  const train = insights.trainContextSize;
  const contextSize = Math.min(v.contextSize, train ?? v.contextSize);
  const totalLayers = insights.totalLayers;
  let verdict: FitVerdict;
  if (r.compatibilityScore === 0 || contextSize < Math.min(MIN_USEFUL_CONTEXT, train ?? MIN_USEFUL_CONTEXT)) verdict = 'wontFit';
  else if (gpu !== false && v.gpuLayers < totalLayers) verdict = 'slow';
  else if (gpu === false && r.compatibilityScore < CPU_SLOW_SCORE) verdict = 'slow';
  else verdict = 'fits';
  return {
    verdict,
    // Without a GPU everything runs on the CPU: "partly" would be wrong there.
    label: verdict === 'slow' && gpu === false ? 'fits, slow (on CPU)' : FIT_LABEL[verdict],
    contextSize,
    gpuLayers: v.gpuLayers,
    totalLayers,
    modelBytes: insights.modelSize,
    ramBytes: v.totalRamUsage,
    vramBytes: v.totalVramUsage,
    ...(train ? { trainContextSize: train } : {}),
    score: r.compatibilityScore,
  };
}
