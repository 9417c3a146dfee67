import type { ExtractedDocument } from '../../../shared/document';
import { assertCloudAllowed, prepareForCloud, type CloudPreparation, type PrepareForCloudOptions } from '../privacy/prepareForCloud';

export type PrepareFn = (document: ExtractedDocument, options: PrepareForCloudOptions) => CloudPreparation;

/**
 * One prepared (redacted) document per document and redaction choice, shared by everything that
 * needs it: the preview the user reads, the consent they give, the check when the job starts and
 * the job that sends it. Redaction reads the whole document; running it once also means all four
 * see exactly the same text. Held per document object, so a document the service forgets takes its
 * preparation with it; only the latest choice (redact, terms kept) is held per document.
 */
export function createCloudPreparations(): PrepareFn {
  const held = new WeakMap<ExtractedDocument, { key: string; preparation: CloudPreparation }>();
  return (document, options) => {
    // "Never send" is decided on every call, never remembered.
    assertCloudAllowed(options.neverSend);
    const key = JSON.stringify([options.redact, options.parties ?? null, options.keep ?? []]);
    const hit = held.get(document);
    if (hit?.key === key) return hit.preparation;
    const preparation = prepareForCloud(document, { ...options, neverSend: false });
    held.set(document, { key, preparation });
    return preparation;
  };
}
