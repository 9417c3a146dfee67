/**
 * Entry point of the summary thread: runs one extractive summary (chunking, key terms, ranking)
 * and posts its events back as they come, then either nothing more (the `done` event ended it) or
 * the error that stopped it. The host terminates the thread on cancel, when the time budget runs
 * out, or when the job is done.
 */
import { parentPort } from 'node:worker_threads';
import type { ExtractedDocument } from '../../../shared/document';
import type { PrecisErrorShape } from '../../../shared/errors';
import { toErrorShape } from '../errors';
import { extractiveStrategy } from '../pipeline/extractiveStrategy';
import type { PipelineEvent } from '../pipeline/pipelineEvent';
import { summarizeDocument, type SummarizeOptions } from '../pipeline/summarizeDocument';

export interface ExtractiveWorkerRequest {
  document: ExtractedDocument;
  sentences?: number;
  /** Everything but the signal (the host stops the thread instead), the key-term engine (the default runs here) and the map cache (not journaled). */
  options: Omit<SummarizeOptions, 'signal' | 'keyTerms' | 'cache'>;
}

/** What the thread posts: one pipeline event, or the error that ended the summary. */
export type ExtractiveWorkerMessage = { event: PipelineEvent } | { error: PrecisErrorShape };

parentPort?.once('message', (request: ExtractiveWorkerRequest) => {
  void (async () => {
    const post = (m: ExtractiveWorkerMessage) => parentPort?.postMessage(m);
    try {
      for await (const event of summarizeDocument(request.document, extractiveStrategy({ sentences: request.sentences }), request.options)) post({ event });
    } catch (e) {
      post({ error: toErrorShape(e) });
    }
  })();
});
