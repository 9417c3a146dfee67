/**
 * The styles of styles.xml that hide the text they style: a character style (named by a run's
 * w:rStyle) or a paragraph style (named by a paragraph's w:pStyle) whose run properties hold
 * `<w:vanish/>`, itself or through the style it is based on (w:basedOn). Word neither shows nor
 * prints text hidden this way, just as with w:vanish written on the run, so a style is one more
 * way a document can hide words from its reader. The zip has already passed checkZip.
 */
import { elements, firstBody, ownRunProperties, toggleValue, valOf } from './xmlElements';
import { basedOnChain } from './basedOnChain';

/**
 * Whether run properties hide their text, as far as they say: true or false when they set w:vanish
 * or w:specVanish, undefined when they leave it to the styles. w:specVanish ("always hidden", which
 * Word writes on a style separator's paragraph mark) hides the text even where hidden text is shown;
 * w:webHidden hides it only in Web Layout, so text marked with it shows in Word's normal view and in
 * print (a table of contents' page numbers) and is kept.
 */
export function runHides(rPr: string): boolean | undefined {
  const own = ownRunProperties(rPr);
  if (toggleValue(own, 'w:specVanish') === true) return true;
  return toggleValue(own, 'w:vanish');
}

/**
 * How styles.xml hides text: each style whose chain of styles (w:basedOn) says either way, with
 * whether it hides; whether the document defaults (w:docDefaults, the run properties every run
 * starts from) hide; and the default paragraph and table styles.
 */
export interface HidingStyles {
  styles: ReadonlyMap<string, boolean>;
  defaults: boolean;
  normal?: string;
  normalTable?: string;
}

/** Nothing hidden by any style: a document without styles.xml. */
export const NO_HIDING: HidingStyles = { styles: new Map(), defaults: false };

/** Each style of `stylesXml` whose chain of styles says whether it hides its text, nearest first. */
function styleVanish(stylesXml: string): Map<string, boolean> {
  const own = new Map<string, { hides?: boolean; basedOn?: string }>();
  for (const [styleId, body] of elements(stylesXml, 'w:style', 'w:styleId', '[^"]+')) {
    // The style's own run properties, not those of a table style's conditional parts (w:tblStylePr).
    const rPr = firstBody(body.split('<w:tblStylePr')[0]!, 'w:rPr');
    const hides = rPr !== undefined ? runHides(rPr) : undefined;
    const basedOn = valOf(body, 'w:basedOn');
    own.set(styleId, { ...(hides !== undefined ? { hides } : {}), ...(basedOn ? { basedOn } : {}) });
  }
  const decided = new Map<string, boolean>();
  for (const styleId of own.keys()) {
    // The nearest style in the chain that says either way decides.
    for (const style of basedOnChain(own, styleId)) {
      if (style.hides === undefined) continue;
      decided.set(styleId, style.hides);
      break;
    }
  }
  return decided;
}

/**
 * Whether the document defaults' run properties (`<w:docDefaults><w:rPrDefault><w:rPr>`) hide
 * text: every run starts from them, so a file whose defaults hold `<w:vanish/>` shows only what a
 * style or a run's own properties show again.
 */
function defaultsHide(stylesXml: string): boolean {
  const defaults = firstBody(stylesXml, 'w:docDefaults');
  const rPrDefault = defaults !== undefined ? firstBody(defaults, 'w:rPrDefault') : undefined;
  const rPr = rPrDefault !== undefined ? firstBody(rPrDefault, 'w:rPr') : undefined;
  return rPr !== undefined && runHides(rPr) === true;
}

/** How `stylesXml` hides text (see HidingStyles). */
export function hidingStyles(stylesXml: string): HidingStyles {
  const styles = styleVanish(stylesXml);
  const defaults = defaultsHide(stylesXml);
  const normal = defaultStyle(stylesXml, 'paragraph');
  const normalTable = defaultStyle(stylesXml, 'table');
  return { styles, defaults, ...(normal !== undefined ? { normal } : {}), ...(normalTable !== undefined ? { normalTable } : {}) };
}

/**
 * Whether a paragraph's text is hidden before its runs say anything, as Word decides it: the
 * paragraph style (or the default paragraph style when it names none) decides when its chain says
 * either way, since Word sets the value from a paragraph style rather than toggling it; otherwise
 * the text keeps what it had from the table it stands in (`inTable`) or the document defaults.
 */
export function paragraphHides(hiding: HidingStyles, pStyle: string | undefined, inTable: boolean | undefined): boolean {
  const style = pStyle ?? hiding.normal;
  return (style !== undefined ? hiding.styles.get(style) : undefined) ?? inTable ?? hiding.defaults;
}

/**
 * Whether a paragraph's mark is hidden, from its properties (`pPr`, the body of its w:pPr): the
 * mark's own run properties (`<w:pPr><w:rPr>`) when they say either way, else its character style
 * toggling what the paragraph's styles and the table it stands in (`inTable`, see tableHides) give.
 * Word writes a paragraph's list number ("4.2") as the mark is formatted, so a hidden mark hides
 * the number too.
 */
export function markHides(hiding: HidingStyles, pPr: string | undefined, inTable: boolean | undefined): boolean {
  const paragraph = paragraphHides(hiding, pPr !== undefined ? valOf(pPr, 'w:pStyle') : undefined, inTable);
  const rPr = pPr !== undefined ? firstBody(pPr, 'w:rPr') : undefined;
  if (rPr === undefined) return paragraph;
  const own = ownRunProperties(rPr);
  const direct = runHides(own);
  if (direct !== undefined) return direct;
  const rStyle = valOf(own, 'w:rStyle');
  return (rStyle !== undefined && hiding.styles.get(rStyle) === true) !== paragraph;
}

/**
 * Whether a table's style hides the text in it (before its paragraphs' styles say anything): a
 * table style, or the default table style when the table names none, whose own run properties
 * hide its text toggles the document defaults, as a style does.
 */
export function tableHides(hiding: HidingStyles, tblStyle: string | undefined): boolean {
  const style = tblStyle ?? hiding.normalTable;
  const hides = style !== undefined && hiding.styles.get(style) === true;
  return hides !== hiding.defaults;
}

/**
 * The id of the default style of a type (`<w:style w:type="paragraph" w:default="1" …>`, Word's
 * "Normal", which styles every paragraph that names no style of its own; "Table Normal" for
 * tables). Each '>' closes one opening tag at most, so the text is read once however many tags
 * never close.
 */
export function defaultStyle(stylesXml: string, type: 'paragraph' | 'table'): string | undefined {
  const open = /<w:style\b/g;
  const typed = new RegExp(`\\sw:type="${type}"`);
  let lastGt = -1;
  for (let m = open.exec(stylesXml); m; m = open.exec(stylesXml)) {
    const gt = stylesXml.indexOf('>', m.index);
    if (gt < 0) return undefined;
    // An opening inside another tag, before that tag's '>', is not an element.
    if (gt === lastGt) continue;
    lastGt = gt;
    open.lastIndex = gt;
    const tag = stylesXml.slice(m.index, gt);
    if (typed.test(tag) && /\sw:default="(?:1|true|on)"/.test(tag)) return /\sw:styleId="([^"]*)"/.exec(tag)?.[1];
  }
  return undefined;
}
