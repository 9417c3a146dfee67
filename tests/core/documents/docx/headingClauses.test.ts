import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { extractDocx, readsAsTitle } from '../../../../electron/core/documents/docx/extractDocx';
import { WORD_NS } from '../../../fixtures/makeDocx';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<w:styles ${WORD_NS}><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`;

const heading = (t: string): string => `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;

describe('short clauses styled as headings', () => {
  it('reads a short sentence with a verb in lower case as clause text, and a title-case one as a title', async () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'word/_rels/document.xml.rels': strToU8(DOC_RELS),
      'word/styles.xml': strToU8(STYLES),
      'word/document.xml': strToU8(`<w:document ${WORD_NS}><w:body>${['Late Deliveries.', 'Late deliveries are refunded.', 'Time Is of the Essence.'].map(heading).join('')}</w:body></w:document>`),
    });
    const units = (await extractDocx(bytes)).pages.flatMap((p) => p.units.map((u) => [u.hint, u.text]));
    expect(units).toEqual([['heading', 'Late Deliveries.'], ['paragraph', 'Late deliveries are refunded.'], ['heading', 'Time Is of the Essence.']]);
  });

  it('keeps titles without a final full stop, and single-word and verbless titles, as titles', () => {
    for (const t of ['Survival.', 'Limitation of Liability.', 'Entire agreement.', 'Time is of the essence', 'Shall Clauses']) expect(readsAsTitle(t), t).toBe(true);
    for (const t of ['Fees are non-refundable.', 'No transfer is allowed.', 'Harbor Lane Inc. shall pay.', 'Kestrel Bay may audit.']) expect(readsAsTitle(t), t).toBe(false);
  });
});
