import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** One measured speed of a model on this machine: a finished summary's tokens and wall time. */
export const ThroughputSchema = z.object({
  modelId: z.string().max(200),
  backend: z.string().max(20),
  modelBytes: z.number().positive(),
  /** Wall milliseconds per prompt token of a whole summary (reading, writing and overheads included). */
  msPerToken: z.number().positive(),
  measuredAt: z.string().max(40),
});
export type Throughput = z.infer<typeof ThroughputSchema>;

const FileSchema = z.object({ version: z.literal(1), entries: z.array(ThroughputSchema).max(200) });

function fileOf(home: string): string {
  return path.join(home, 'models', 'throughput.json');
}

/** The speeds measured on this machine so far (none when nothing was measured or the file is damaged). */
export async function readThroughputs(home: string): Promise<Throughput[]> {
  try {
    const parsed = FileSchema.safeParse(JSON.parse(await fs.readFile(fileOf(home), 'utf8')));
    return parsed.success ? parsed.data.entries : [];
  } catch {
    return [];
  }
}

/** Records a measurement, replacing the previous one for the same model and backend. */
export async function recordThroughput(home: string, t: Omit<Throughput, 'measuredAt'> & { measuredAt?: string }): Promise<void> {
  const entry: Throughput = { ...t, measuredAt: t.measuredAt ?? new Date().toISOString() };
  if (!ThroughputSchema.safeParse(entry).success) return;
  const entries = (await readThroughputs(home)).filter((e) => !(e.modelId === entry.modelId && e.backend === entry.backend));
  entries.push(entry);
  await fs.mkdir(path.dirname(fileOf(home)), { recursive: true });
  // A temporary file renamed into place: a crash never leaves half a file (models sits below storage/, so no atomicWrite).
  const tmp = `${fileOf(home)}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify({ version: 1, entries: entries.slice(-200) }));
  await fs.rename(tmp, fileOf(home));
}

/**
 * Milliseconds per token for a model on this machine: measured for this model, else scaled from the
 * measured model nearest in size on the same backend (generation is bound by reading the weights, so
 * time grows with their size). Undefined when nothing was measured on this backend.
 */
export function msPerTokenFor(entries: readonly Throughput[], model: { modelId?: string; modelBytes: number; backend: string }): number | undefined {
  const same = entries.filter((e) => e.backend === model.backend);
  const exact = same.find((e) => e.modelId === model.modelId);
  if (exact) return exact.msPerToken;
  const nearest = [...same].sort((a, b) => Math.abs(Math.log(a.modelBytes / model.modelBytes)) - Math.abs(Math.log(b.modelBytes / model.modelBytes)))[0];
  return nearest ? nearest.msPerToken * (model.modelBytes / nearest.modelBytes) : undefined;
}
