/**
 * A minimal Word package for tests of the parts beside the body (notes, embedded chunks): the
 * body's XML and any extra parts, with their relationships and content types.
 */
import { strToU8, zipSync } from 'fflate';
import { WORD_NS } from '../../../fixtures/makeDocx';

export interface ExtraPart {
  /** Path in the zip, under word/ unless it starts with "/". */
  name: string;
  /** Relationship id from document.xml, and its type (the last segment of the type URI). */
  rel?: { id: string; type: string; external?: boolean; target?: string };
  contentType?: string;
  bytes: Uint8Array | string;
}

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

export const wordPara = (text: string, style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export function wordPackage(body: string, parts: readonly ExtraPart[] = []): Uint8Array {
  const overrides = parts
    .filter((p) => p.contentType)
    .map((p) => `<Override PartName="/${p.name.startsWith('/') ? p.name.slice(1) : `word/${p.name}`}" ContentType="${p.contentType}"/>`)
    .join('');
  const rels = parts
    .filter((p) => p.rel)
    .map((p) => `<Relationship Id="${p.rel!.id}" Type="${REL_TYPE}${p.rel!.type}" Target="${p.rel!.target ?? p.name}"${p.rel!.external ? ' TargetMode="External"' : ''}/>`)
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${overrides}</Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${WORD_NS}><w:body>${body}</w:body></w:document>`),
  };
  for (const p of parts) {
    if (p.rel?.external) continue;
    files[p.name.startsWith('/') ? p.name.slice(1) : `word/${p.name}`] = typeof p.bytes === 'string' ? strToU8(p.bytes) : p.bytes;
  }
  return zipSync(files);
}
