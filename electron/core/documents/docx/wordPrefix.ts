/**
 * A Word part's XML with WordprocessingML written under the prefix `w:`. XML names elements by
 * namespace, not by prefix: a part that binds Word's namespace to `ns0:` (as a script that rewrote
 * the file with a generic XML library writes it) or makes it the default namespace is as valid as
 * one Word writes, and mammoth reads it. Our own readers (list numbering, simple fields, hidden
 * text) search the raw text for `<w:p`, `w:val` and the like, so they would read no numbering and
 * show hidden text in such a file. The prefix is therefore renamed to `w:` first, in element and
 * attribute names only, and only where that is safe: when `w` names nothing else in the part and
 * the Word prefix (or the default namespace) is declared once. Otherwise the part is left as it is.
 */

/** WordprocessingML's namespace, in the transitional and the strict forms of the standard. */
const WORD_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/** A namespace declaration: its prefix (none for the default namespace) and its name. */
const DECLARATION = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every tag: text holds no raw '<', so a tag runs from a '<' to the next '>'. */
const TAG = /<[^<>]*>/g;

/** The root element's opening tag: the first tag that is not a declaration, comment or instruction. */
function rootTag(xml: string): string | undefined {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (!/^<[?!]/.test(m[0])) return m[0];
  }
  return undefined;
}

const escape = (s: string): string => s.replace(/\./g, '\\.');

/** `xml` with Word's elements and attributes under `w:` (see the module comment); `xml` itself when nothing is to be renamed or it cannot be done safely. */
export function withWordPrefix(xml: string): string {
  const root = rootTag(xml);
  if (root === undefined) return xml;
  // The prefixes the root binds to Word's namespace ('' for the default namespace).
  const prefixes: string[] = [];
  let wordNamespace = '';
  for (const m of root.matchAll(DECLARATION)) {
    const name = m[1] ?? '';
    const uri = m[2] ?? m[3] ?? '';
    if (name === 'w') return xml;
    if (WORD_NAMESPACES.has(uri)) {
      prefixes.push(name);
      wordNamespace = uri;
    }
  }
  if (prefixes.length === 0) return xml;
  // A `w` bound further in, or a renamed prefix bound again, would make the renaming wrong.
  if (/\sxmlns:w\s*=/.test(xml)) return xml;
  for (const p of prefixes) if ((xml.match(new RegExp(`\\sxmlns${p ? `:${escape(p)}` : ''}\\s*=`, 'g')) ?? []).length !== 1) return xml;
  const named = prefixes.filter(Boolean);
  const defaultIsWord = prefixes.includes('');
  let first = true;
  // Each tag is renamed with string searches rather than patterns: a long document has hundreds of
  // thousands of tags, and three patterns run on each took most of a second.
  return xml.replace(TAG, (tag) => {
    // A declaration, comment or instruction.
    if (tag.charCodeAt(1) === 63 || tag.charCodeAt(1) === 33) return tag;
    let out = named.length > 0 ? renameAttributes(renameElement(tag, named), named) : tag;
    // An element without a prefix is in the default namespace, Word's here; an attribute without one is in none.
    if (defaultIsWord) out = out.replace(/^<(\/?)(?=[A-Za-z_][\w.-]*[\s/>])/, '<$1w:');
    if (first) {
      first = false;
      // The root declares `w` as well; the prefixes it replaces stay declared, so a name left
      // unrenamed (after a '>' written raw in an attribute value) is still bound.
      out = out.replace(/^(<[^\s/>]+)/, `$1 xmlns:w="${wordNamespace}"`);
    }
    return out;
  });
}

/** `tag` with its element name under `w:` when it is under one of `prefixes` (`<ns0:p …>`, `</ns0:p>`). */
function renameElement(tag: string, prefixes: readonly string[]): string {
  const nameAt = tag.charCodeAt(1) === 47 ? 2 : 1;
  for (const p of prefixes) {
    if (tag.startsWith(p, nameAt) && tag.charCodeAt(nameAt + p.length) === 58) return `${tag.slice(0, nameAt)}w:${tag.slice(nameAt + p.length + 1)}`;
  }
  return tag;
}

/** Whether the character at `i` is white space as `\s` reads it (the common ones by their codes). */
function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(s[i]!);
}

/** Whether the character at `i` is one of `[\w.-]`. */
function isNameChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
}

/**
 * `tag` with each attribute under one of `prefixes` under `w:` instead: a prefix after white space
 * and before ':', a name and '=' (` ns0:val="1"`). Each ':' is looked at once, and the name after
 * it read once, so a tag is read in one pass.
 */
function renameAttributes(tag: string, prefixes: readonly string[]): string {
  const parts: string[] = [];
  let from = 0;
  for (let colon = tag.indexOf(':'); colon >= 0; colon = tag.indexOf(':', colon + 1)) {
    const p = prefixes.find((q) => colon - q.length >= 1 && tag.startsWith(q, colon - q.length) && isSpace(tag, colon - q.length - 1));
    if (p === undefined) continue;
    let i = colon + 1;
    while (i < tag.length && isNameChar(tag, i)) i++;
    if (i === colon + 1) continue;
    // The name runs to the next character that is not a name character: no ':' can lie before it.
    const nameEnd = i;
    while (i < tag.length && isSpace(tag, i)) i++;
    if (tag[i] !== '=') {
      colon = nameEnd - 1;
      continue;
    }
    parts.push(tag.slice(from, colon - p.length), 'w');
    from = colon;
    colon = nameEnd - 1;
  }
  if (from === 0) return tag;
  parts.push(tag.slice(from));
  return parts.join('');
}
