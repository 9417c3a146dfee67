import type { EarlierSummary } from '../../../shared/ipc/contract';
import type { HistoryStoreLike, SummaryWriter } from './serviceDeps';

/**
 * The newest summary in the history of the document with this sha256 that `writer` wrote, at the
 * length it would write now: the one a new run would repeat (a local model may take minutes to write
 * it again). A summary by another provider or model, or at another length, is no such answer, and
 * neither is a history that cannot be read: then none.
 *
 * A version saved before lengths were recorded was written at whatever the Settings said then (the
 * window has always passed its Summary length), so it is not known to be what a model would write
 * now and is not offered; the extractive engine's summary does not depend on the length, so there
 * the writer names none and any version of it matches.
 *
 * A cloud writer is also its server (the origin of the base URL, never the key): "gpt-x" on one
 * OpenAI-compatible server need not be the model another serves under that name. A cloud summary
 * saved before servers were recorded is likewise not offered, since its server is not known; the
 * history still lists and opens it.
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
  const version = (entry.versions ?? [entry]).find(
    (v) =>
      v.provider === writer.provider &&
      v.model === writer.model &&
      (writer.length === undefined || v.length === writer.length) &&
      (writer.server === undefined || v.server === writer.server),
  );
  if (!version) return undefined;
  return {
    entryId: version.id,
    fileName: entry.fileName,
    provider: version.provider,
    model: version.model,
    ...(writer.length === undefined ? {} : { length: writer.length }),
    ...(version.server ? { server: version.server } : {}),
    createdAt: version.createdAt,
  };
}
