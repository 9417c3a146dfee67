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
  const named = prefixes.filter(Boolean).map(escape);
  const defaultIsWord = prefixes.includes('');
  const element = named.length > 0 ? new RegExp(`^<(/?)(?:${named.join('|')}):`) : undefined;
  const attribute = named.length > 0 ? new RegExp(`(\\s)(?:${named.join('|')}):(?=[\\w.-]+\\s*=)`, 'g') : undefined;
  let first = true;
  return xml.replace(TAG, (tag) => {
    if (/^<[?!]/.test(tag)) return tag;
    let out = tag;
    if (element) out = out.replace(element, '<$1w:');
    // An element without a prefix is in the default namespace, Word's here; an attribute without one is in none.
    if (defaultIsWord) out = out.replace(/^<(\/?)(?=[A-Za-z_][\w.-]*[\s/>])/, '<$1w:');
    if (attribute) out = out.replace(attribute, '$1w:');
    if (first) {
      first = false;
      // The root declares `w` as well; the prefixes it replaces stay declared, so a name left
      // unrenamed (after a '>' written raw in an attribute value) is still bound.
      out = out.replace(/^(<[^\s/>]+)/, `$1 xmlns:w="${wordNamespace}"`);
    }
    return out;
  });
}
