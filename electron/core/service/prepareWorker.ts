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

export type PrepareWorkerRequest =
  | { id: number; document: ExtractedDocument; options: PrepareForCloudOptions }
  /** Loads the name finders (by preparing a few invented lines) so the first real document does not wait for them. */
  | { id: number; warm: true };

/** What the thread posts for a request: the preparation as plain data, the warm-up's end, or the error that ended it. */
export type PrepareWorkerMessage = { id: number } & ({ preparation: PlainCloudPreparation } | { warmed: true } | { error: PrecisErrorShape });

/** A few invented lines that make every name finder load its word lists and compile its patterns. */
const WARM_UP_LINES = [
  'SERVICES AGREEMENT',
  'This Services Agreement is made between Nordlicht GmbH, Hafenweg 3, Kiel ("Nordlicht") and Harbor Lane Inc. ("Harbor Lane").',
  '1. Notices. Notices go to Greta Lindqvist, greta@harborlane.example, +1 415 555 0100.',
  'HARBOR LANE INC. By: /s/ Tomas Brennecke Name: Tomas Brennecke Title: President',
];
const WARM_UP: ExtractedDocument = {
  sha256: '0'.repeat(64),
  kind: 'text',
  pageCount: 1,
  pages: [{ number: 1, text: WARM_UP_LINES.join('\n\n') }],
  blocks: WARM_UP_LINES.map((text, i) => ({ id: `p1.${i + 1}`, page: 1, kind: i === 0 ? 'heading' : 'paragraph', text, section: [] })),
  definitions: [],
  warnings: [],
};

parentPort?.on('message', (request: PrepareWorkerRequest) => {
  let message: PrepareWorkerMessage;
  try {
    if ('warm' in request) {
      prepareForCloud(WARM_UP, { redact: true });
      message = { id: request.id, warmed: true };
    } else {
      message = { id: request.id, preparation: toPlainPreparation(prepareForCloud(request.document, request.options)) };
    }
  } catch (e) {
    message = { id: request.id, error: toErrorShape(e) };
  }
  parentPort?.postMessage(message);
});
