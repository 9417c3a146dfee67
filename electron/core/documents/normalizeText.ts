/**
 * The character-level artefacts PDF text layers and Word documents leave in a contract's text, folded
 * to the characters a reader sees, so every rule reads "ﬁrst", "agree\u00adment" and "third‑party" as
 * "first", "agreement" and "third-party". Applied by each reader to the text it hands on; a narrow
 * NFKC: only characters that show as (or as nothing but) the plain ones are folded, so "½", "™",
 * "§", en and em dashes, no-break spaces and every script's letters stay as written.
 */

/** The Latin ligatures U+FB00–U+FB06 some PDF text layers give (typeset "fi", "fl", "ff", "ffi", "ffl", "st"). */
const LIGATURES: Readonly<Record<string, string>> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

/**
 * Folds `text`:
 * - ligatures U+FB00–U+FB06 to their letters;
 * - soft hyphens (U+00AD, Word's optional hyphen) dropped; one before a line break and a lower-case
 *   letter joins the word it broke ("agree\u00ad\nment" → "agreement");
 * - zero-width space (U+200B), word joiner (U+2060) and a byte-order mark inside the text (U+FEFF)
 *   dropped; zero-width non-joiner and joiner (U+200C, U+200D) dropped between Latin letters only
 *   (in other scripts and emoji they change how letters join);
 * - the hyphen (U+2010), the non-breaking hyphen (U+2011, Word's Ctrl+Shift+-) and the figure dash
 *   (U+2012) read as "-";
 * - the typographic spaces U+2000–U+200A, narrow no-break space U+202F, medium mathematical space
 *   U+205F and ideographic space U+3000 read as a space.
 */
export function normalizeText(text: string): string {
  if (!/[\u00ad\u2000-\u200d\u2010-\u2012\u202f\u205f\u2060\u3000\ufb00-\ufb06\ufeff]/.test(text)) return text;
  return text
    .replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\u00ad[ \t]*(?:\r?\n[ \t]*)?(?=\p{Ll})|\u00ad/gu, '')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .replace(/(?<=\p{Script=Latin})[\u200c\u200d]+(?=\p{Script=Latin})/gu, '')
    .replace(/[\u2010-\u2012]/g, '-')
    .replace(/[\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}
