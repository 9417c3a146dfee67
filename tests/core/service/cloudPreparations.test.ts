import { describe, expect, it } from 'vitest';
import { createCloudPreparations } from '../../../electron/core/service/cloudPreparations';
import { makeDoc } from '../terms/docFixture';

const doc = makeDoc([
  'This Services Agreement is made between Kestrel Nine Holdings Ltd ("Supplier") and Mara Quill ("Customer").',
  'Customer shall pay Supplier USD 4,000 per month. Contact: mara.quill@example.org, +44 20 7946 0958.',
]);

describe('one cloud preparation per document and choice', () => {
  it('hands out the same redacted document for the same choice, a new one when the choice changes', () => {
    const prepare = createCloudPreparations();
    const first = prepare(doc, { redact: true });
    expect(first.previewText).not.toContain('mara.quill@example.org');
    // The preview, the consent, the start check and the job: one redaction, one text, one hash.
    expect(prepare(doc, { redact: true })).toBe(first);
    const plain = prepare(doc, { redact: false });
    expect(plain).not.toBe(first);
    expect(plain.previewText).toContain('mara.quill@example.org');
    const keep = prepare(doc, { redact: true, keep: ['Mara Quill'] });
    expect(keep.sha256).not.toBe(first.sha256);
    expect(prepare(doc, { redact: true, keep: ['Mara Quill'] })).toBe(keep);
    // Another document (even with equal text) is prepared on its own.
    expect(prepare(makeDoc([doc.blocks[0]!.text, doc.blocks[1]!.text]), { redact: true, keep: ['Mara Quill'] })).not.toBe(keep);
  });

  it('refuses a "never send" document every time, even after preparing it', () => {
    const prepare = createCloudPreparations();
    prepare(doc, { redact: true });
    expect(() => prepare(doc, { redact: true, neverSend: true })).toThrow(expect.objectContaining({ code: 'CLOUD_FORBIDDEN_FOR_DOCUMENT' }));
  });
});
