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

/** The ids of the styles in `stylesXml` whose text Word hides (see the module comment). */
export function hiddenStyles(stylesXml: string): Set<string> {
  const own = new Map<string, { hides?: boolean; basedOn?: string }>();
  for (const [styleId, body] of elements(stylesXml, 'w:style', 'w:styleId', '[^"]+')) {
    const rPr = firstBody(body, 'w:rPr');
    const hides = rPr !== undefined ? runHides(rPr) : undefined;
    const basedOn = valOf(body, 'w:basedOn');
    own.set(styleId, { ...(hides !== undefined ? { hides } : {}), ...(basedOn ? { basedOn } : {}) });
  }
  const hidden = new Set<string>();
  for (const styleId of own.keys()) {
    // The nearest style in the chain that says either way decides.
    for (const style of basedOnChain(own, styleId)) {
      if (style.hides === undefined) continue;
      if (style.hides) hidden.add(styleId);
      break;
    }
  }
  return hidden;
}

/**
 * The id of the default paragraph style (`<w:style w:type="paragraph" w:default="1" …>`, Word's
 * "Normal"), which styles every paragraph that names no style of its own. Each '>' closes one
 * opening tag at most, so the text is read once however many tags never close.
 */
export function defaultParagraphStyle(stylesXml: string): string | undefined {
  const open = /<w:style\b/g;
  let lastGt = -1;
  for (let m = open.exec(stylesXml); m; m = open.exec(stylesXml)) {
    const gt = stylesXml.indexOf('>', m.index);
    if (gt < 0) return undefined;
    // An opening inside another tag, before that tag's '>', is not an element.
    if (gt === lastGt) continue;
    lastGt = gt;
    open.lastIndex = gt;
    const tag = stylesXml.slice(m.index, gt);
    if (/\sw:type="paragraph"/.test(tag) && /\sw:default="(?:1|true|on)"/.test(tag)) return /\sw:styleId="([^"]*)"/.exec(tag)?.[1];
  }
  return undefined;
}
