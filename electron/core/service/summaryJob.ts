import type { FileRef } from '../../../shared/ipc/contract';
import type { PipelineEvent } from '../pipeline/pipelineEvent';
import type { CloudConsent } from './cloudConsent';
import type { ParsedRequest } from './handlerTypes';
import type { OpenDocument, OpenDocuments } from './openDocuments';
import { progressDuring } from './progressDuring';
import type { PrecisServiceDeps } from './serviceDeps';
import { historyNotSaved, storedSummary } from './storedSummary';

/** Reads a file reference into an open document (a document already open is returned as it is). */
export type ExtractRef = (
  clientId: string,
  file: FileRef,
  password: string | undefined,
  signal?: AbortSignal,
  onProgress?: (message: string) => void,
) => Promise<OpenDocument & { id: string }>;

export interface SummaryJobContext {
  deps: PrecisServiceDeps;
  documents: OpenDocuments;
  cloud: CloudConsent;
  extractRef: ExtractRef;
}

/**
 * `summary.start`: checks cloud consent at once for a document already open, and returns the job:
 * read the file when it was not open yet (then check consent), summarize with the engine, keep the
 * result in the history (a summary the history could not keep still arrives, with a warning).
 */
export async function summaryJob(
  { deps, documents, cloud, extractRef }: SummaryJobContext,
  clientId: string,
  req: ParsedRequest<'summary.start'>,
  /** Ends the consent check's wait for the document's cloud preparation (the start was cancelled, the client went away). */
  startSignal?: AbortSignal,
): Promise<(signal: AbortSignal) => AsyncGenerator<PipelineEvent>> {
  const settings = await deps.settings.get();
  const { consentToken, ...options } = req.options;
  const early = req.file.kind === 'document' ? documents.open(clientId, req.file.documentId) : undefined;
  const keep = req.file.kind === 'document' ? cloud.keptFor(req.file.documentId) : undefined;
  let consentHash = early ? await cloud.check(clientId, early, settings, consentToken, startSignal) : undefined;
  const run = async function* (signal: AbortSignal): AsyncGenerator<PipelineEvent> {
    let open = early;
    if (!open) {
      yield { type: 'stage', stage: 'extract' };
      // OCR of scanned pages reports each page as a stage detail ("Reading scanned page 3 of 11").
      const extracting = progressDuring((onProgress) => extractRef(clientId, req.file, req.password, signal, onProgress));
      for (let step = await extracting.next(); ; step = await extracting.next()) {
        if (step.done) {
          open = step.value;
          break;
        }
        yield { type: 'stage', stage: 'extract', detail: step.value };
      }
      consentHash = await cloud.check(clientId, open, settings, consentToken, signal);
    }
    let notSaved = false;
    for await (const event of deps.engine.summarize({
      jobId: req.jobId,
      document: open.document,
      options: { length: settings.summaryLength, ...options },
      settings,
      consentHash,
      ...(keep ? { keep } : {}),
      signal,
      // A summary the history could not keep keeps its journal: summarizing again is then quick.
      keepProgress: () => notSaved,
    })) {
      if (event.type === 'done' && deps.history) {
        // A full disk must not turn a finished summary into a failure, but the user must know it
        // was not kept: the summary still arrives, with a warning saying why.
        // The document goes into the (encrypted) entry too, so a reopened summary can open its pages.
        const stored = storedSummary(event.summary, open.document, open.file ?? documents.get(open.id)?.file);
        const saved = await deps.history.save(stored).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (saved !== undefined) {
          notSaved = true;
          const warning = historyNotSaved(saved);
          yield { ...event, summary: { ...event.summary, warnings: [...event.summary.warnings, warning] } };
          continue;
        }
      }
      yield event;
    }
  };
  return run;
}
