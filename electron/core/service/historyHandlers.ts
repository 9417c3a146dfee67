import { PrecisFailure } from '../errors';
import type { Handlers } from './handlerTypes';
import type { OpenDocuments } from './openDocuments';
import type { PrecisServiceDeps } from './serviceDeps';
import { isStoredSource, type StoredSummaryResult } from './storedSummary';

export interface HistoryHandlerDeps {
  history: PrecisServiceDeps['history'];
  exportSummary: PrecisServiceDeps['exportSummary'];
  /** A reopened summary's stored document is opened here, like a dropped file. */
  documents: OpenDocuments;
}

/** The handlers of the history's channels (list, reopen, delete, export), merged into the service's. */
export function createHistoryHandlers(deps: HistoryHandlerDeps): Pick<Handlers, 'history.list' | 'history.get' | 'history.delete' | 'export.summary'> {
  return {
    'history.list': async () => (deps.history ? deps.history.list() : []),
    'history.get': async (clientId, req) => {
      const entry = await deps.history?.get(req.id);
      if (!entry) throw new PrecisFailure('FILE_NOT_FOUND', 'That summary is no longer in the history (it may have been deleted). Summarize the document again to have it.');
      const { source, sourceFile, ...summary } = entry.summary as StoredSummaryResult;
      // The stored document is opened for this client like a dropped file: citations then open its pages.
      const file = typeof sourceFile === 'string' ? new Uint8Array(Buffer.from(sourceFile, 'base64')) : undefined;
      const documentId = isStoredSource(source) ? deps.documents.remember(clientId, source, true, file) : undefined;
      return { ...entry, summary, ...(documentId ? { documentId } : {}) };
    },
    'history.delete': async (_clientId, req) => ({ deleted: deps.history ? await deps.history.delete(req.id) : false }),
    'export.summary': async (_clientId, req) => {
      const entry = await deps.history?.get(req.id);
      if (!entry) throw new PrecisFailure('FILE_NOT_FOUND', 'That summary is no longer in the history (it may have been deleted). Summarize the document again to have it.');
      if (!deps.exportSummary) throw new PrecisFailure('INTERNAL', 'Export is not available in this build. Copy the summary from the window instead.');
      const { source: _source, sourceFile: _file, ...summary } = entry.summary as StoredSummaryResult;
      return deps.exportSummary({ ...entry, summary }, req.format);
    },
  };
}
