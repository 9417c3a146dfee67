/**
 * A master document (`<w:subDoc r:id="…"/>` in the body) holds parts of its text in other Word
 * files, each linked by a relationship to a path outside the file: a contract kept as a master
 * with each schedule a subdocument shows them in Word only when the linked files are there.
 * Mammoth drops the element without a word, and we never open a file outside the document
 * (a crafted link could point anywhere on the disk), so each subdocument is named, by the last
 * part of its link, for the reader's warning: the user learns which part of the contract was not
 * read and can open it on its own or merge it in Word.
 */
import { REL_ID, type Relationship } from './relationships';

const OPEN = '<w:subDoc';
const NAME_LIMIT = 80;
// Control characters, zero-width and direction marks, which could hide or reorder the shown name.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSHOWN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/** The name a subdocument link shows the user: its file name, decoded, without characters that hide text. */
export function subDocumentName(target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A malformed escape: shown as written.
  }
  const pieces = decoded.split(/[\\/]/).filter((p) => p.trim() !== '');
  const name = (pieces[pieces.length - 1] ?? '').replace(UNSHOWN, '').replace(/\s+/g, ' ').trim();
  return name.length > NAME_LIMIT ? `${name.slice(0, NAME_LIMIT - 1)}…` : name;
}

/**
 * The names of the subdocuments `body` (document.xml, Word's namespace under `w:`) links to, in
 * order, by `rels` (its relationships); a link without a target is "unnamed". Each tag's end is
 * found once.
 */
export function subDocumentNames(body: string, rels: ReadonlyMap<string, Relationship>): string[] {
  const names: string[] = [];
  let gt = -1;
  for (let at = body.indexOf(OPEN); at >= 0; at = body.indexOf(OPEN, at + OPEN.length)) {
    // "<w:subDocX" is another element.
    if (!/[\s/>]/.test(body[at + OPEN.length] ?? '')) continue;
    if (gt < at) gt = body.indexOf('>', at);
    if (gt < 0) break;
    const id = REL_ID.exec(body.slice(at, Math.min(gt + 1, at + 4000)))?.[1];
    const target = id ? rels.get(id)?.target : undefined;
    names.push((target && subDocumentName(target)) || 'unnamed');
  }
  return names;
}
