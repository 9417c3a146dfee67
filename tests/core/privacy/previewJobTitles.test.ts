/**
 * Abbreviated job titles in signature blocks and notices ("EVP Sales", "SVP, Corporate Development") say who signs in
 * what capacity, not who anyone is: the preview keeps them readable and still hides the signers and the companies.
 * Every contract here is written for the test.
 */
import { describe, expect, it } from 'vitest';
import { prepareForCloud } from '../../../electron/core/privacy/prepareForCloud';
import { paragraphDocument } from '../../helpers/paragraphDocument';

const preview = (paragraphs: readonly string[]) => prepareForCloud(paragraphDocument(['SUPPLY AGREEMENT', ...paragraphs]), { redact: true });

describe('abbreviated job titles', () => {
  const prep = preview([
    'This Supply Agreement is made on 3 March 2021 between Kestrel Orchard Holdings, LLC, a Texas limited liability company ("Kestrel"), and Harbor Lane Inc., a Delaware corporation ("Harbor").',
    '1. Supply. Kestrel shall deliver the Goods to Harbor each month.',
    '9. Notices. Notices shall be sent to the address below. If to Harbor: Harbor Lane Inc., Attention: VP Finance.',
    'IN WITNESS WHEREOF, the parties have signed this Agreement.',
    'KESTREL ORCHARD HOLDINGS, LLC | HARBOR LANE INC.',
    'By: /s/ Imogen Taverly | By: /s/ Rafe Quillon',
    'Name: Imogen Taverly | Name: Rafe Quillon',
    'Title: EVP Sales | Title: SVP, Corporate Development',
  ]);

  it('keeps the titles readable', () => {
    expect(prep.previewText).toContain('Title: EVP Sales | Title: SVP, Corporate Development');
    expect(prep.previewText).toContain('Attention: VP Finance');
    expect(prep.redactions.map((r) => r.original).join('|')).not.toMatch(/\b(?:EVP|SVP|VP)\b/);
  });

  it('still hides the signers and the companies', () => {
    expect(prep.previewText).not.toMatch(/Kestrel|KESTREL|Harbor|HARBOR|Imogen|Taverly|Rafe|Quillon/);
  });

  it('keeps a department abbreviated after an office readable, and hides an acronym that names no department', () => {
    const p = preview([
      'This Supply Agreement is made between Kestrel Orchard Holdings, LLC ("Kestrel") and Harbor Lane Inc. ("Harbor").',
      'IN WITNESS WHEREOF, the parties have signed this Agreement.',
      'By: /s/ Imogen Taverly | By: /s/ Rafe Quillon',
      'Title: VP R&D | Title: Director, HR',
      'Copy to: Harbor Lane Inc., Attention: EVP QRX',
    ]);
    expect(p.previewText).toContain('Title: VP R&D | Title: Director, HR');
    expect(p.redactions.map((r) => r.original)).not.toEqual(expect.arrayContaining(['R&D', 'HR']));
    expect(p.previewText).not.toMatch(/QRX|Imogen|Rafe|Kestrel|Harbor/);
  });

  it('hides a signer whose title is written after the name', () => {
    const p = preview(['IN WITNESS WHEREOF, the parties have signed this Agreement.', 'By: Soren Aldwick EVP', 'Name: Soren Aldwick, SVP']);
    expect(p.previewText).not.toMatch(/Soren|Aldwick/);
    expect(p.previewText).toMatch(/\] EVP/);
  });
});
