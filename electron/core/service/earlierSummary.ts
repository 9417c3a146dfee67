import type { EarlierSummary } from '../../../shared/ipc/contract';
import type { HistoryStoreLike, SummaryWriter } from './serviceDeps';

/**
 * The newest summary in the history of the document with this sha256 that `writer` wrote: the one
 * a new run would repeat (a local model may take minutes to write it again). A summary by another
 * provider or model is no such answer, and neither is a history that cannot be read: then none.
 */
export async function earlierSummary(
  history: Pick<HistoryStoreLike, 'list'> | undefined,
  sha256: string,
  writer: SummaryWriter | undefined,
): Promise<EarlierSummary | undefined> {
  if (!history || !writer) return undefined;
  const entries = await history.list().catch(() => []);
  const entry = entries.find((e) => e.sha256 === sha256);
  if (!entry) return undefined;
  // Versions are listed newest first; an entry saved before versions existed is its own only one.
  const version = (entry.versions ?? [entry]).find((v) => v.provider === writer.provider && v.model === writer.model);
  if (!version) return undefined;
  return { entryId: version.id, fileName: entry.fileName, provider: version.provider, model: version.model, createdAt: version.createdAt };
}
