/**
 * A Word document can hold part of its body in another format: `<w:altChunk r:id="…"/>` points to
 * a part (HTML, plain text, RTF, another Word document) that Word converts into ordinary
 * paragraphs when it opens the file. Documents written by programs (templates filled in by a
 * document system) use it; once saved from Word the chunk is gone, merged into the body. Mammoth
 * does not read these parts, so that text was missing from the document without a word.
 *
 * HTML and plain-text chunks are written into document.xml as ordinary paragraphs where the chunk
 * stands (headings as Heading styles), before anything else reads the body, so the text, the
 * Source panel and every later stage see the same paragraphs. Other formats are counted, so the
 * reader can say what was left out and how to get it read (save the file again from Word).
 * A chunk whose target is outside the file is never opened. The subdocuments of a master document
 * (subDocuments), which are always outside the file, are named for the reader's warning.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { htmlParagraphs, type HtmlParagraph } from './htmlParagraphs';
import { subDocumentNames } from './subDocuments';
import { attribute, REL_ID, relationships, type Relationship } from './relationships';
import { checkZip, DEFAULT_ZIP_LIMITS } from './zipGuard';
import { hidingStyles, type HidingStyles } from './hiddenStyles';
import { visibleXml } from './visibleText';
import { withWordPrefix } from './wordPrefix';
import { wordParagraphs } from './wordParagraphs';

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const STYLES = 'word/styles.xml';

export interface InlinedAltChunks {
  bytes: Uint8Array;
  /** Chunks left out, by kind ("RTF", "Word document", "web archive", "linked file", …). */
  unread: Map<string, number>;
  /** The subdocuments a master document links to, by name (subDocuments): never opened. */
  subdocuments: string[];
}

const OPEN = '<w:altChunk';
const SUBDOC = '<w:subDoc';
const CLOSE = '</w:altChunk>';
/** The part's name in the zip, from a target relative to `folder` (word/) or absolute from the package root. */
function partName(target: string, folder = 'word'): string {
  const parts: string[] = target.startsWith('/') || !folder ? [] : folder.split('/');
  for (const piece of target.replace(/^\/+/, '').split('/')) {
    if (piece === '..') parts.pop();
    else if (piece && piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function contentType(types: string, name: string): string {
  for (const m of types.matchAll(/<(?:\w{1,32}:)?Override\b[^>]{0,4000}>/g)) {
    if (attribute(m[0], 'PartName')?.replace(/^\//, '').toLowerCase() === name.toLowerCase()) return (attribute(m[0], 'ContentType') ?? '').toLowerCase();
  }
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  for (const m of types.matchAll(/<(?:\w{1,32}:)?Default\b[^>]{0,4000}>/g)) {
    if (attribute(m[0], 'Extension')?.toLowerCase() === extension) return (attribute(m[0], 'ContentType') ?? '').toLowerCase();
  }
  return '';
}

// Windows-1252's bytes 0x80–0x9F (curly quotes, dashes, the euro sign), which some runtimes
// decoders read as Latin-1 control characters; the rest of the range is Latin-1's.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    out.push(Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join(''));
  }
  return out.join('');
}

/** The chunk's text as a browser or editor decodes it: a byte-order mark first, then a declared charset, else UTF-8. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = strFromU8(bytes.subarray(0, 2048), true);
  const declared = /charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(head)?.[1];
  let encoding = 'utf-8';
  try {
    if (declared) encoding = new TextDecoder(declared).encoding;
  } catch {
    // An unknown charset name: read as UTF-8.
  }
  // Web pages labelled Latin-1 or ASCII are read as Windows-1252, as browsers read them.
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding).decode(bytes);
}

// Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/FFFF): a chunk is
// not XML, and one such character would make the whole body unreadable.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function asParagraphXml(paragraphs: readonly HtmlParagraph[]): string {
  return paragraphs
    .map((p) => `<w:p>${p.heading ? `<w:pPr><w:pStyle w:val="Heading${p.heading}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r></w:p>`)
    .join('');
}

function kindOf(type: string, name: string): 'html' | 'text' | string {
  if (type === 'text/html' || type === 'application/xhtml+xml' || /\.x?html?$/i.test(name)) return 'html';
  if (type === 'text/plain' || /\.txt$/i.test(name)) return 'text';
  if (type.includes('rtf') || /\.rtf$/i.test(name)) return 'RTF';
  if (type.includes('wordprocessingml') || /\.docx$/i.test(name)) return 'Word document';
  if (type.includes('rfc822') || type.includes('mimearchive') || /\.mht(ml)?$/i.test(name)) return 'web archive';
  return 'other format';
}

/**
 * `xml` with each `<w:altChunk …/>` (or `<w:altChunk …>…</w:altChunk>`, whose content is only its
 * properties) replaced by what `replace` gives for its opening tag. Each '>' and end tag is searched
 * for once for all the chunks before it, so crafted openings without an end are read once.
 */
function replaceAltChunks(xml: string, replace: (tag: string) => string): string {
  const parts: string[] = [];
  let from = 0;
  let gt = -1;
  let close = -1;
  for (let at = xml.indexOf(OPEN); at >= 0; at = xml.indexOf(OPEN, Math.max(at + OPEN.length, from))) {
    // "<w:altChunkPr" is the chunk's properties, not a chunk.
    if (!/[\s/>]/.test(xml[at + OPEN.length] ?? '')) continue;
    if (gt < at) gt = xml.indexOf('>', at);
    if (gt < 0) break;
    let end = gt + 1;
    if (xml[gt - 1] !== '/') {
      if (close !== -2 && close < gt) {
        close = xml.indexOf(CLOSE, gt);
        // No end tag anywhere after this point: none will be found for later chunks either.
        if (close < 0) close = -2;
      }
      if (close >= 0) end = close + CLOSE.length;
    }
    parts.push(xml.slice(from, at), replace(xml.slice(at, Math.min(gt + 1, at + 4000))));
    from = end;
  }
  parts.push(xml.slice(from));
  return parts.join('');
}

/** How deep chunks may sit in Word documents embedded as chunks: a chunk in a chunk in a chunk. */
const MAX_DEPTH = 3;
/** How much all embedded Word packages together may unpack to. */
const NESTED_BYTES = 64 * 1024 * 1024;
const PACKAGE_RELS = '_rels/.rels';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** What the chunks of one document and of the Word documents embedded in it share. */
interface ChunkRun {
  unread: Map<string, number>;
  /** Bytes embedded Word packages may still unpack to. */
  budget: number;
}

/** One package's parts, and the folder and relationships of the body whose chunks are read. */
interface ChunkPackage {
  files: Record<string, Uint8Array>;
  rels: Map<string, Relationship>;
  types: string;
  folder: string;
  hiding: HidingStyles;
  /** The package's parts already read as chunks, from any body of it: each is read once. */
  inlined: Set<string>;
}

/** The rels part of `part` ("word/document.xml" → "word/_rels/document.xml.rels"). */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function leftOut(run: ChunkRun, kind: string): string {
  run.unread.set(kind, (run.unread.get(kind) ?? 0) + 1);
  return '';
}

/** `body` with its chunks written in as paragraphs, those that cannot be read counted in `run`. */
function inlineChunks(body: string, pkg: ChunkPackage, run: ChunkRun, depth: number): string {
  if (!body.includes(OPEN)) return body;
  const inlined = pkg.inlined;
  return replaceAltChunks(body, (tag) => {
    const id = REL_ID.exec(tag)?.[1];
    const rel = id ? pkg.rels.get(id) : undefined;
    if (!rel) return leftOut(run, 'missing part');
    if (rel.external) return leftOut(run, 'linked file');
    const name = partName(rel.target, pkg.folder);
    const part = pkg.files[name];
    if (!part) return leftOut(run, 'missing part');
    // Word gives each chunk its own part. A part named by many chunks would be written out once for
    // each, so a small file could grow without bound: it is read once.
    if (inlined.has(name)) return leftOut(run, 'repeated part');
    inlined.add(name);
    const kind = kindOf(contentType(pkg.types, name), name);
    if (kind === 'html') return asParagraphXml(htmlParagraphs(decode(part)));
    if (kind === 'text') {
      const lines = decode(part).split(/\r\n?|\n/).map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean);
      return asParagraphXml(lines.map((text) => ({ text })));
    }
    if (kind === 'Word document') return wordChunk(part, name, pkg, run, depth);
    return leftOut(run, kind);
  });
}

/**
 * A Word document embedded as a chunk, as paragraphs of text: either a whole package (a .docx
 * inside the file, as document systems merge documents) or a body part of this package. Its text
 * is made as Word shows it (visibleXml, by its own styles), the chunks inside it are read in turn
 * down to MAX_DEPTH, and its paragraphs are written in as plain paragraphs (wordParagraphs): its
 * links to its own numbering, notes and images are not followed. An embedded package must pass the
 * same zip checks as the file itself, and all of them together unpack to at most NESTED_BYTES.
 */
function wordChunk(part: Uint8Array, name: string, outer: ChunkPackage, run: ChunkRun, depth: number): string {
  if (depth >= MAX_DEPTH) return leftOut(run, 'Word document nested too deep');
  let pkg: ChunkPackage = { ...outer, rels: relationships(strOf(outer.files[relsOf(name)])), folder: name.slice(0, Math.max(0, name.lastIndexOf('/'))) };
  let main = name;
  if (ZIP_MAGIC.every((b, i) => part[i] === b)) {
    let files: Record<string, Uint8Array>;
    try {
      let size = 0;
      unzipSync(part, {
        filter: (f) => {
          size += f.originalSize;
          return false;
        },
      });
      if (size > run.budget) return leftOut(run, 'Word document too large');
      checkZip(part, { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: run.budget, maxTotalBytes: run.budget });
      run.budget -= size;
      files = unzipSync(part);
    } catch {
      return leftOut(run, 'damaged Word document');
    }
    const officeDocument = [...relationships(strOf(files[PACKAGE_RELS])).values()].find((r) => !r.external && /\/officeDocument$/.test(r.type ?? ''));
    main = officeDocument ? partName(officeDocument.target, '') : DOCUMENT;
    if (!files[main]) main = DOCUMENT;
    const styles = files[partName('styles.xml', main.slice(0, Math.max(0, main.lastIndexOf('/'))))];
    pkg = {
      files,
      rels: relationships(strOf(files[relsOf(main)])),
      types: strOf(files[CONTENT_TYPES]),
      folder: main.slice(0, Math.max(0, main.lastIndexOf('/'))),
      hiding: hidingStyles(withWordPrefix(strOf(styles))),
      inlined: new Set(),
    };
  }
  const xml = pkg.files[main];
  if (!xml) return leftOut(run, 'missing part');
  const body = visibleXml(withWordPrefix(strFromU8(xml)), pkg.hiding);
  if (!body.includes('<w:body')) return leftOut(run, 'damaged Word document');
  return asParagraphXml(wordParagraphs(inlineChunks(body, pkg, run, depth + 1)));
}

const strOf = (bytes: Uint8Array | undefined): string => (bytes ? strFromU8(bytes) : '');

/**
 * The DOCX with each readable alternative-format chunk written into document.xml as paragraphs,
 * and the count of those left out. The same bytes when the body holds no chunk. Expects Word's
 * namespace under the prefix `w:` in document.xml (withVisibleText writes it so) and a zip that has
 * passed checkZip. `nestedBytes` bounds what embedded Word packages may unpack to, all together.
 */
export function inlineAltChunks(bytes: Uint8Array, nestedBytes = NESTED_BYTES): InlinedAltChunks {
  const unread = new Map<string, number>();
  const first = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT })[DOCUMENT];
  // Looked for in the bytes: most documents hold no chunk, and decoding the body only to find that
  // out would cost as much as the search.
  const raw = first ? Buffer.from(first.buffer, first.byteOffset, first.byteLength) : undefined;
  const chunks = !!raw && raw.indexOf(OPEN) >= 0;
  if (!raw || (!chunks && raw.indexOf(SUBDOC) < 0)) return { bytes, unread, subdocuments: [] };
  const files = unzipSync(bytes);
  const body = strFromU8(files[DOCUMENT]!);
  const rels = relationships(strOf(files[DOCUMENT_RELS]));
  const subdocuments = subDocumentNames(body, rels);
  if (!chunks) return { bytes, unread, subdocuments };
  const pkg: ChunkPackage = { files, rels, types: strOf(files[CONTENT_TYPES]), folder: 'word', hiding: hidingStyles(strOf(files[STYLES])), inlined: new Set() };
  files[DOCUMENT] = strToU8(inlineChunks(body, pkg, { unread, budget: nestedBytes }, 0));
  // Stored, not compressed again: the bytes only go on to mammoth.
  return { bytes: zipSync(files, { level: 0 }), unread, subdocuments };
}
