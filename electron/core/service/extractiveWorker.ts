/**
 * Entry point of the summary thread: runs one extractive summary (chunking, key terms, ranking)
 * and posts its events back as they come. The host terminates the thread on cancel, when the time
 * budget runs out, or when the job is done.
 */
import { parentPort } from 'node:worker_threads';
import type { ExtractedDocument } from '../../../shared/document';
import { createExtractiveProvider } from '../llm/extractiveProvider';
import { summarizeDocument, type SummarizeOptions } from '../pipeline/summarizeDocument';

export interface ExtractiveWorkerRequest {
  document: ExtractedDocument;
  sentences?: number;
  /** Everything but the signal (the host stops the thread instead) and the key-term engine (the default runs here). */
  options: Omit<SummarizeOptions, 'signal' | 'keyTerms'>;
}

parentPort?.once('message', (request: ExtractiveWorkerRequest) => {
  void (async () => {
    const provider = createExtractiveProvider({ sentences: request.sentences });
    for await (const event of summarizeDocument(request.document, provider, request.options)) parentPort?.postMessage(event);
  })();
});
