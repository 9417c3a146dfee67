import os from 'node:os';
import type { Llama } from 'node-llama-cpp';

/** The GPU backend llama.cpp runs on, or false for CPU only. */
export type GpuBackend = false | 'metal' | 'cuda' | 'vulkan';

/** What decides whether a model fits: the GPU backend and its memory, RAM and swap, in bytes. */
export interface MachineProfile {
  gpu: GpuBackend;
  /** `unifiedSize` > 0 when GPU memory is shared with the CPU (Apple silicon). */
  vram: { total: number; free: number; unifiedSize: number };
  ram: { total: number; free: number };
  swap: { total: number; free: number };
}

/** This machine as the running llama.cpp backend sees it. */
export async function detectMachine(llama: Llama): Promise<MachineProfile> {
  const gpu = (llama.gpu || false) as GpuBackend;
  const vram = gpu ? await llama.getVramState() : { total: 0, free: 0, unifiedSize: 0 };
  const swap = await llama.getSwapState().catch(() => ({ maxSize: 0, used: 0 }));
  const swapTotal = Number.isFinite(swap.maxSize) ? swap.maxSize : 0;
  return {
    gpu,
    vram: { total: vram.total, free: vram.free, unifiedSize: vram.unifiedSize },
    // os.freemem() counts reclaimable cache as free (MemAvailable on Linux), which is what a load can use.
    ram: { total: os.totalmem(), free: os.freemem() },
    swap: { total: swapTotal, free: Math.max(0, swapTotal - swap.used) },
  };
}

/** "CPU", "Metal", "CUDA" or "Vulkan": how the window names a backend. */
export function backendLabel(gpu: GpuBackend): string {
  return gpu === false ? 'CPU' : gpu === 'cuda' ? 'CUDA' : gpu === 'metal' ? 'Metal' : 'Vulkan';
}
