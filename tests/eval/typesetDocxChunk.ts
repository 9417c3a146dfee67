/**
 * A contract written as typeset-docx writes it (./typesetDocx.ts), with the second half of its
 * paragraphs moved out of the body into an HTML part that the body names with `<w:altChunk>`, for
 * the typeset-docx-chunk rewrite (./perturb.ts). Document systems that fill in templates write
 * files this way, and Word shows the chunk's paragraphs where the chunk stands (it merges them into
 * the body when the file is saved). Heading-styled paragraphs become <h1>; each other paragraph a
 * <p>. The text Word shows is the text given, word for word, so every labelled value is kept; a
 * reader that skips the chunk loses everything after the document's middle.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { typesetDocx } from './typesetDocx';

const CHUNK_PART = 'word/afchunk1.htm';
const CHUNK_ID = 'rIdChunk1';

const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The paragraph's text as Word shows it (its runs' text joined), and whether it is heading-styled. */
function paragraphHtml(p: string): string {
  const text = [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('');
  const tag = /<w:pStyle w:val="Heading\d"\/>/.test(p) ? 'h1' : 'p';
  return `<${tag}>${escapeHtml(text)}</${tag}>`;
}

export async function typesetDocxChunk(text: string): Promise<Uint8Array> {
  const files = unzipSync(await typesetDocx(text));
  const document = strFromU8(files['word/document.xml']!);
  const start = document.indexOf('<w:body>') + '<w:body>'.length;
  const end = document.indexOf('<w:sectPr', start);
  const paragraphs = document.slice(start, end).split(/(?=<w:p>|<w:p\s)/).filter((p) => p.startsWith('<w:p'));
  const half = Math.ceil(paragraphs.length / 2);
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Contract</title></head><body>${paragraphs.slice(half).map(paragraphHtml).join('\n')}</body></html>`;
  files['word/document.xml'] = strToU8(`${document.slice(0, start)}${paragraphs.slice(0, half).join('')}<w:altChunk r:id="${CHUNK_ID}"/>${document.slice(end)}`);
  files[CHUNK_PART] = strToU8(html);
  const rels = strFromU8(files['word/_rels/document.xml.rels']!);
  files['word/_rels/document.xml.rels'] = strToU8(rels.replace('</Relationships>', `<Relationship Id="${CHUNK_ID}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk1.htm"/></Relationships>`));
  const types = strFromU8(files['[Content_Types].xml']!);
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', '<Override ContentType="text/html" PartName="/word/afchunk1.htm"/></Types>'));
  return zipSync(files);
}
