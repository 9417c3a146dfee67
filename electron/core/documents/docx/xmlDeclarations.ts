/**
 * Finds XML parts of a DOCX that declare a DOCTYPE (and with it, entities). Word never writes one;
 * a document that does is either hand-made or an XML external entity / entity-expansion attack on
 * the reader. We refuse such a file before mammoth parses it, with one clear message, instead of
 * letting the XML parser fail halfway with its own multi-line text.
 *
 * Only each part's prolog (what comes before the root element) can hold a DOCTYPE, so each part
 * is inflated as a stream and dropped as soon as its root element starts (or after 64 KB).
 */
import { Unzip, UnzipInflate } from 'fflate';
import { PrecisFailure } from '../../errors';

/** How much of a part's start is read looking for the root element. */
const PROLOG_LIMIT = 64 * 1024;

/** What a part's prolog holds: still undecided, a DOCTYPE, or clean (the root element has started). */
type PrologVerdict = 'more' | 'doctype' | 'clean';

function decode(bytes: Uint8Array): string {
  // A hostile part may be UTF-16 to hide the declaration from a UTF-8 reading; read it as it says.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.length > 1 && bytes[0] === 0x3c && bytes[1] === 0x00) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length > 1 && bytes[0] === 0x00 && bytes[1] === 0x3c) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Judges the start of an XML text: a DOCTYPE in the prolog, a clean prolog (the root element
 * began), or not enough text yet. Comments and processing instructions are skipped, so a DOCTYPE
 * written inside a comment is not mistaken for one.
 */
export function judgeProlog(text: string): PrologVerdict {
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt === text.length - 1) return 'more';
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return 'more';
      i = end + 2;
    } else if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return 'more';
      i = end + 3;
    } else if (text.startsWith('<!', lt)) {
      // The start of a comment cut at a chunk's end: read on.
      if ('<!--'.startsWith(text.slice(lt))) return 'more';
      // <!DOCTYPE …> (or anything else that is not a comment) before the root: never written by Word.
      return 'doctype';
    } else {
      return 'clean';
    }
  }
}

/**
 * The name of the first XML part (`*.xml`, `*.rels`) whose prolog declares a DOCTYPE, or
 * undefined when none does. Call it after the zip passed checkZip.
 */
export function findXmlDoctype(bytes: Uint8Array): string | undefined {
  let found: string | undefined;
  const unzip = new Unzip((file) => {
    if (found || !/\.(?:xml|rels)$/i.test(file.name)) return;
    const parts: Uint8Array[] = [];
    let size = 0;
    let decided = false;
    file.ondata = (err, chunk, final) => {
      if (decided || found || err) return;
      parts.push(chunk);
      size += chunk.length;
      const head = new Uint8Array(Math.min(size, PROLOG_LIMIT));
      let at = 0;
      for (const p of parts) {
        if (at >= head.length) break;
        const take = p.subarray(0, head.length - at);
        head.set(take, at);
        at += take.length;
      }
      const verdict = judgeProlog(decode(head));
      if (verdict === 'doctype') found = file.name;
      if (verdict !== 'more' || final || size >= PROLOG_LIMIT) {
        decided = true;
        if (!final) file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    // A damaged zip is reported by checkZip and the reader; this check only looks for declarations.
  }
  return found;
}

/** Throws FILE_INVALID when a part of the DOCX declares a DOCTYPE (see the module comment). */
export function refuseXmlDoctype(bytes: Uint8Array): void {
  if (findXmlDoctype(bytes) === undefined) return;
  throw new PrecisFailure(
    'FILE_INVALID',
    'This Word file declares its own XML entities (a DOCTYPE), which Word never writes and which are used to attack document readers; it was not opened. If you trust it, open it in Word, save it again as .docx, and try again.',
  );
}
