import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/document';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const PARAGRAPHS = [
  'This Agreement is made by and between Larkspur Analytics, Inc. ("Larkspur") and Fenwick Harbor Ltd. (the "Customer").',
  'Larkspur hosts the data in the Azure Cloud region chosen by the Customer. Questions go to Wendeline Coyle.',
];

const doc = () => paragraphDocument(PARAGRAPHS, 'c'.repeat(64));

describe('the preview lists what each placeholder hides, and a term can be sent as it is', () => {
  it('lists every placeholder with its original and count', () => {
    const prep = prepareForCloud(doc(), { redact: true, parties: [] });
    const originals = prep.redactions.map((r) => r.original);
    expect(originals).toEqual(expect.arrayContaining(['Larkspur Analytics, Inc.', 'Fenwick Harbor Ltd.']));
    for (const r of prep.redactions) {
      expect(r.count).toBeGreaterThan(0);
      expect(prep.previewText).toContain(r.placeholder);
    }
    expect(prep.kept).toEqual([]);
  });

  it('sends a kept term in clear, in every form, and still hides the rest; the consent hash changes', () => {
    const hidden = prepareForCloud(doc(), { redact: true, parties: [] });
    const kept = prepareForCloud(doc(), { redact: true, parties: [], keep: ['Fenwick Harbor Ltd.'] });
    expect(kept.previewText).toContain('Fenwick Harbor Ltd.');
    expect(kept.previewText).not.toMatch(/Larkspur/);
    expect(kept.redactions.map((r) => r.original)).not.toContain('Fenwick Harbor Ltd.');
    expect(kept.kept).toEqual(['Fenwick Harbor Ltd.']);
    expect(kept.sha256).not.toBe(hidden.sha256);
    // The guard's list of what must never leave no longer holds the kept term.
    expect(kept.originals().map((o) => o.toLowerCase())).not.toContain('fenwick harbor ltd.');
  });

  it('never hides "You" when the contract names a party only by the pronoun', () => {
    const text = 'This Reseller Agreement is made between Larkspur Analytics, Inc. ("Larkspur") and you as an authorised "Reseller". You agree to resell the Products. Larkspur ships them to You.';
    const d: ExtractedDocument = { ...doc(), pages: [{ number: 1, text }], blocks: [{ id: 'p1.1', page: 1, kind: 'paragraph', text, section: [] }] };
    for (const parties of [undefined, ['Larkspur Analytics, Inc.', 'You']]) {
      const prep = prepareForCloud(d, { redact: true, ...(parties ? { parties } : {}) });
      expect(prep.previewText).not.toMatch(/Larkspur/);
      expect(prep.previewText).toContain('You agree to resell');
      expect(prep.previewText).toContain('ships them to You.');
    }
  });
});
