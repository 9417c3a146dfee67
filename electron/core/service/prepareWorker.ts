/**
 * Entry point of the cloud preparation thread. One request at a time: {id, document, options} in;
 * the document redacted for cloud mode (names, ids and e-mail addresses replaced by placeholders)
 * out as plain data, or the error that stopped it. The host terminates the thread on cancel or when
 * the time budget runs out, and keeps it otherwise for the next document.
 */
import { parentPort } from 'node:worker_threads';
import type { ExtractedDocument } from '../../../shared/document';
import type { PrecisErrorShape } from '../../../shared/errors';
import { toErrorShape } from '../errors';
import { prepareForCloud, toPlainPreparation, type PlainCloudPreparation, type PrepareForCloudOptions } from '../privacy/prepareForCloud';

export interface PrepareWorkerRequest {
  id: number;
  document: ExtractedDocument;
  options: PrepareForCloudOptions;
}

/** What the thread posts for a request: the preparation as plain data, or the error that ended it. */
export type PrepareWorkerMessage = { id: number } & ({ preparation: PlainCloudPreparation } | { error: PrecisErrorShape });

parentPort?.on('message', (request: PrepareWorkerRequest) => {
  let message: PrepareWorkerMessage;
  try {
    message = { id: request.id, preparation: toPlainPreparation(prepareForCloud(request.document, request.options)) };
  } catch (e) {
    message = { id: request.id, error: toErrorShape(e) };
  }
  parentPort?.postMessage(message);
});
