/**
 * A contract written as typeset-docx-styles writes it (./typesetDocx.ts), then changed in two ways
 * a real file may be, for the typeset-docx-ns0-hidden rewrite (./perturb.ts):
 *
 * - Hidden text that Word does not show, hidden through styles and never through the runs' own
 *   properties: two paragraphs in a hidden paragraph style before the contract (a "side letter"
 *   with its own title, date and governing law), and a sentence in a hidden character style at
 *   the end of the first and the last paragraph (another governing law and an expiry date). A
 *   reader that shows text Word hides reads other values than the contract's.
 * - Word's namespace bound to the prefix `ns0:` instead of `w:` in every Word part, as a script
 *   that rewrote the file with a generic XML library (Python's ElementTree) writes it: valid XML,
 *   the same document for Word, but a reader that searches for `<w:p` finds nothing.
 *
 * The text Word shows is the text given, word for word, so every labelled value is kept.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { typesetDocx } from './typesetDocx';

const MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const HIDDEN_PARAGRAPH_STYLE = 'DraftingNote';
const HIDDEN_CHARACTER_STYLE = 'ReviewerComment';
const HIDDEN_PARAGRAPHS = ['SIDE LETTER AGREEMENT', 'This Side Letter is dated as of January 1, 1901 between Ostwind Holdings AG and Kestrel Bay Ltd and is governed by the laws of Ruritania.'];
const HIDDEN_SENTENCE = ' This Agreement shall be governed by the laws of Ruritania and shall expire on December 31, 1999.';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textRun = (text: string, rPr = ''): string => `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** The styles part with a paragraph style and a character style that hide their text. */
function withHiddenStyles(styles: string): string {
  const hidden = (type: string, id: string): string => `<w:style w:type="${type}" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/><w:rPr><w:vanish/></w:rPr></w:style>`;
  return styles.replace('</w:styles>', `${hidden('paragraph', HIDDEN_PARAGRAPH_STYLE)}${hidden('character', HIDDEN_CHARACTER_STYLE)}</w:styles>`);
}

/**
 * The document part with the hidden paragraphs first in the body and the hidden sentence ending its
 * first and last paragraphs; with `direction`, the first paragraph's runs are held in a direction
 * (w:dir), as Word writes around right-to-left text.
 */
function withHiddenText(document: string, direction = false): string {
  const paragraphs = HIDDEN_PARAGRAPHS.map((t) => `<w:p><w:pPr><w:pStyle w:val="${HIDDEN_PARAGRAPH_STYLE}"/></w:pPr>${textRun(t)}</w:p>`).join('');
  const sentence = textRun(HIDDEN_SENTENCE, `<w:rPr><w:rStyle w:val="${HIDDEN_CHARACTER_STYLE}"/></w:rPr>`);
  if (direction) document = inDirection(document);
  const first = document.indexOf('</w:p>');
  const last = document.lastIndexOf('</w:p>');
  if (first < 0) return document;
  const withSentence = first === last
    ? `${document.slice(0, first)}${sentence}${document.slice(first)}`
    : `${document.slice(0, first)}${sentence}${document.slice(first, last)}${sentence}${document.slice(last)}`;
  return withSentence.replace('<w:body>', `<w:body>${paragraphs}`);
}

/** A part with Word's names under `ns0:`: element and attribute names inside tags, and the declaration. */
function underNs0(xml: string): string {
  if (!xml.includes(`xmlns:w="${MAIN}"`)) return xml;
  return xml.replace(/<[^<>]*>/g, (tag) => tag.replace(/^<(\/?)w:/, '<$1ns0:').replace(/(\s)w:(?=[\w-]+=)/g, '$1ns0:').replace('xmlns:w=', 'xmlns:ns0='));
}

/** The document part with the first paragraph's runs inside `<w:dir w:val="ltr">`, which Word shows as they are. */
function inDirection(document: string): string {
  const start = document.indexOf('<w:r>');
  const end = document.indexOf('</w:p>');
  if (start < 0 || end < start) return document;
  return `${document.slice(0, start)}<w:dir w:val="ltr">${document.slice(start, end)}</w:dir>${document.slice(end)}`;
}

/**
 * The styles part with the document defaults hiding every run (w:docDefaults) and the default
 * paragraph style showing its text again, which the heading styles are based on: only text whose
 * styles lead back to "Normal" shows. The side letter's paragraph style says nothing about hiding,
 * so its paragraphs keep the defaults' and are hidden; the character style hides as a toggle.
 */
function withDefaultsHiding(styles: string): string {
  const hidden = (type: string, id: string, rPr: string): string => `<w:style w:type="${type}" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/>${rPr}</w:style>`;
  const defaults = styles.includes('<w:rPrDefault/>')
    ? styles.replace('<w:rPrDefault/>', '<w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault>')
    : styles.includes('<w:rPrDefault><w:rPr>')
      ? styles.replace('<w:rPrDefault><w:rPr>', '<w:rPrDefault><w:rPr><w:vanish/>')
      : styles.replace(/<w:styles\b[^>]*>/, (open) => `${open}<w:docDefaults><w:rPrDefault><w:rPr><w:vanish/></w:rPr></w:rPrDefault></w:docDefaults>`);
  return defaults
    .replace(/(<w:style w:type="paragraph" w:styleId="Normal" w:default="1">[\s\S]*?)(<\/w:style>)/, (_, head: string, end: string) => `${head}<w:rPr><w:vanish w:val="0"/></w:rPr>${end}`)
    .replace('</w:styles>', `${hidden('paragraph', HIDDEN_PARAGRAPH_STYLE, '')}${hidden('character', HIDDEN_CHARACTER_STYLE, '<w:rPr><w:vanish/></w:rPr>')}</w:styles>`);
}

/**
 * For the typeset-docx-defaults-hidden rewrite: the contract as typeset-docx-styles writes it, with
 * the same side letter and sentence as typesetDocxHidden hidden this time by the document defaults
 * (every run hidden unless its styles show it again) and a character style, and the first
 * paragraph's runs inside a direction (w:dir). Word shows the text given, word for word.
 */
export async function typesetDocxDefaultsHidden(text: string): Promise<Uint8Array> {
  const files = unzipSync(await typesetDocx(text, { numbered: true, styles: true }));
  const doc = files['word/document.xml'];
  const styles = files['word/styles.xml'];
  if (doc) files['word/document.xml'] = strToU8(withHiddenText(strFromU8(doc), true));
  if (styles) files['word/styles.xml'] = strToU8(withDefaultsHiding(strFromU8(styles)));
  return zipSync(files);
}

export async function typesetDocxHidden(text: string): Promise<Uint8Array> {
  const files = unzipSync(await typesetDocx(text, { numbered: true, styles: true }));
  const doc = files['word/document.xml'];
  const styles = files['word/styles.xml'];
  if (doc) files['word/document.xml'] = strToU8(withHiddenText(strFromU8(doc)));
  if (styles) files['word/styles.xml'] = strToU8(withHiddenStyles(strFromU8(styles)));
  for (const name of Object.keys(files)) {
    if (name.startsWith('word/') && name.endsWith('.xml')) files[name] = strToU8(underNs0(strFromU8(files[name]!)));
  }
  return zipSync(files);
}
