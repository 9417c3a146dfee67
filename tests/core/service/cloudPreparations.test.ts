import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/document';
import { PrecisFailure } from '../../../electron/core/errors';
import { prepareForCloud, type CloudPreparation, type PrepareForCloudOptions } from '../../../electron/core/privacy/prepareForCloud';
import { createCloudPreparations, type PrepareRunner } from '../../../electron/core/service/cloudPreparations';
import { makeDoc } from '../terms/docFixture';

const doc = makeDoc([
  'This Services Agreement is made between Kestrel Nine Holdings Ltd ("Supplier") and Mara Quill ("Customer").',
  'Customer shall pay Supplier USD 4,000 per month. Contact: mara.quill@example.org, +44 20 7946 0958.',
]);

/** Prepares in this thread, counting the preparations made. */
function counting(): { run: PrepareRunner; runs: () => number } {
  let n = 0;
  return { run: async (d, o) => (n++, prepareForCloud(d, o)), runs: () => n };
}

/** A preparation that finishes only when the test says so (or ends CANCELLED when its signal fires). */
function held(): { run: PrepareRunner; signals: AbortSignal[]; finish: () => void } {
  const signals: AbortSignal[] = [];
  const pending: (() => void)[] = [];
  const run: PrepareRunner = (d: ExtractedDocument, o: PrepareForCloudOptions, signal: AbortSignal) =>
    new Promise<CloudPreparation>((resolve, reject) => {
      signals.push(signal);
      signal.addEventListener('abort', () => reject(new PrecisFailure('CANCELLED', 'The operation was cancelled.')), { once: true });
      pending.push(() => resolve(prepareForCloud(d, o)));
    });
  return { run, signals, finish: () => pending.splice(0).forEach((f) => f()) };
}

describe('one cloud preparation per document and choice', () => {
  it('hands out the same redacted document for the same choice, a new one when the choice changes', async () => {
    const { run, runs } = counting();
    const prepare = createCloudPreparations(run);
    const first = await prepare(doc, { redact: true });
    expect(first.previewText).not.toContain('mara.quill@example.org');
    // The preview, the consent, the start check and the job: one redaction, one text, one hash.
    expect(await prepare(doc, { redact: true })).toBe(first);
    const plain = await prepare(doc, { redact: false });
    expect(plain).not.toBe(first);
    expect(plain.previewText).toContain('mara.quill@example.org');
    const keep = await prepare(doc, { redact: true, keep: ['Mara Quill'] });
    expect(keep.sha256).not.toBe(first.sha256);
    expect(await prepare(doc, { redact: true, keep: ['Mara Quill'] })).toBe(keep);
    // Another document (even with equal text) is prepared on its own.
    expect(await prepare(makeDoc([doc.blocks[0]!.text, doc.blocks[1]!.text]), { redact: true, keep: ['Mara Quill'] })).not.toBe(keep);
    expect(runs()).toBe(4);
  });

  it('refuses a "never send" document every time, even after preparing it', async () => {
    const prepare = createCloudPreparations(counting().run);
    await prepare(doc, { redact: true });
    await expect(prepare(doc, { redact: true, neverSend: true })).rejects.toMatchObject({ code: 'CLOUD_FORBIDDEN_FOR_DOCUMENT' });
  });

  it('two requests for the same document and choice while it is prepared share one preparation', async () => {
    const h = held();
    const prepare = createCloudPreparations(h.run);
    const preview = prepare(doc, { redact: true }, new AbortController().signal);
    const consent = prepare(doc, { redact: true }, new AbortController().signal);
    h.finish();
    const [a, b] = await Promise.all([preview, consent]);
    expect(a).toBe(b);
    expect(h.signals).toHaveLength(1);
    expect(await prepare(doc, { redact: true })).toBe(a);
  });

  it('stops the preparation when every caller gave up, and does not keep it', async () => {
    const h = held();
    const prepare = createCloudPreparations(h.run);
    const first = new AbortController();
    const second = new AbortController();
    const a = prepare(doc, { redact: true }, first.signal);
    const b = prepare(doc, { redact: true }, second.signal);
    first.abort();
    await expect(a).rejects.toMatchObject({ code: 'CANCELLED' });
    // The other caller still waits: the work goes on.
    expect(h.signals[0]!.aborted).toBe(false);
    second.abort();
    await expect(b).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(h.signals[0]!.aborted).toBe(true);
    // The next request starts afresh rather than getting the stopped one.
    const again = prepare(doc, { redact: true });
    h.finish();
    expect((await again).sha256).toBe(prepareForCloud(doc, { redact: true }).sha256);
    expect(h.signals).toHaveLength(2);
    // A caller already cancelled never starts one.
    await expect(prepare(makeDoc(['Another text.']), { redact: true }, AbortSignal.abort())).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(h.signals).toHaveLength(2);
  });

  it('a caller that cannot give up keeps the shared preparation going when the others cancel', async () => {
    const h = held();
    const prepare = createCloudPreparations(h.run);
    const stop = new AbortController();
    const job = prepare(doc, { redact: true });
    const preview = prepare(doc, { redact: true }, stop.signal);
    stop.abort();
    await expect(preview).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(h.signals[0]!.aborted).toBe(false);
    h.finish();
    expect((await job).redacted).toBe(true);
  });

  it('does not keep a failed preparation: the next request tries again', async () => {
    let n = 0;
    const prepare = createCloudPreparations(async (d, o) => {
      if (n++ === 0) throw new PrecisFailure('FILE_TOO_LARGE', 'Took too long.');
      return prepareForCloud(d, o);
    });
    await expect(prepare(doc, { redact: true })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect((await prepare(doc, { redact: true })).redacted).toBe(true);
    expect(n).toBe(2);
  });
});
