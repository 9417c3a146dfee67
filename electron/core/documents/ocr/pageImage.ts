/**
 * A typical scanned page is one upright image covering the whole page. Such a page need not be
 * drawn for OCR: its image, as pdf.js decodes it, already is the picture Tesseract needs, and
 * turning it into grey directly skips painting a canvas and reading it back (about half of a
 * page's drawing time). Anything else on the page that could show (visible text such as a Bates
 * stamp, vector art, a second image, transparency, a rotation or flip) means it is drawn as usual.
 */

/** The pdf.js operator ids this module looks at (`pdfjs.OPS`). */
export type PdfOps = Record<string, number>;

/** Operators that paint nothing and change no state that matters for one image covering the page. */
const INERT = ['dependency', 'beginMarkedContent', 'beginMarkedContentProps', 'endMarkedContent'];
/** Text state and positioning: harmless as long as no text is shown visibly. */
const TEXT_STATE = ['beginText', 'endText', 'setFont', 'setTextMatrix', 'moveText', 'setLeadingMoveText', 'setLeading', 'setCharSpacing', 'setWordSpacing', 'setHScale', 'setTextRise', 'nextLine'];
/** Text that is shown; invisible (render mode 3, as a scanner's text layer is) it paints nothing. */
const SHOW_TEXT = ['showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText'];
/** Colour choices paint nothing by themselves. */
const COLOURS = ['setStrokeGray', 'setFillGray', 'setStrokeRGBColor', 'setFillRGBColor', 'setStrokeCMYKColor', 'setFillCMYKColor', 'setStrokeColor', 'setFillColor', 'setStrokeColorN', 'setFillColorN', 'setStrokeColorSpace', 'setFillColorSpace'];
const INVISIBLE_TEXT = 3;

/**
 * Graphics-state entries that leave an opaque image painted as it is (pdf.js sets `SMask: false`
 * around every image; line and font settings do not touch an image). Any other entry (a soft
 * mask, transparency, a blend mode) means the page is drawn.
 */
function harmlessGState(entries: unknown): boolean {
  if (!Array.isArray(entries)) return false;
  return entries.every((entry) => {
    if (!Array.isArray(entry)) return false;
    const [key, value] = entry as [string, unknown];
    if (key === 'SMask') return value === false;
    if (key === 'ca' || key === 'CA') return value === 1;
    if (key === 'BM') return value === 'source-over';
    return ['LW', 'LC', 'LJ', 'ML', 'D', 'RI', 'FL', 'Font'].includes(key);
  });
}
/** How far (in points) the image's edges may lie from the page's. */
const EDGE_SLACK = 1;

type Matrix = [number, number, number, number, number, number];

/** `m` applied after `ctm` (PDF's `cm`: the new matrix is m × CTM). */
function concat(m: Matrix, ctm: Matrix): Matrix {
  return [
    m[0] * ctm[0] + m[1] * ctm[2],
    m[0] * ctm[1] + m[1] * ctm[3],
    m[2] * ctm[0] + m[3] * ctm[2],
    m[2] * ctm[1] + m[3] * ctm[3],
    m[4] * ctm[0] + m[5] * ctm[2] + ctm[4],
    m[4] * ctm[1] + m[5] * ctm[3] + ctm[5],
  ];
}

export interface SoleImage {
  /** pdf.js's object id of the decoded image (in the page's objects, or the document's when it starts with `g_`). */
  id: string;
  width: number;
  height: number;
}

/**
 * The page's one image when the page is nothing but that image, upright and covering `view`
 * (the page box, [x0, y0, x1, y1] in points); otherwise undefined.
 */
export function soleFullPageImage(fnArray: number[], argsArray: unknown[], ops: PdfOps, view: number[]): SoleImage | undefined {
  const names = new Map<number, string>(Object.entries(ops).map(([name, id]) => [id, name]));
  const allowed = new Set([...INERT, ...TEXT_STATE, ...COLOURS]);
  let state = { ctm: [1, 0, 0, 1, 0, 0] as Matrix, textMode: 0 };
  const stack: (typeof state)[] = [];
  let found: (SoleImage & { ctm: Matrix }) | undefined;
  for (let i = 0; i < fnArray.length; i++) {
    const name = names.get(fnArray[i]!) ?? '';
    const args = argsArray[i] as unknown[] | null;
    if (name === 'save') stack.push(state);
    else if (name === 'restore') state = stack.pop() ?? state;
    else if (name === 'transform') state = { ...state, ctm: concat(args as Matrix, state.ctm) };
    else if (name === 'setTextRenderingMode') state = { ...state, textMode: Number(args?.[0]) };
    else if (name === 'setGState') {
      if (!harmlessGState(args?.[0])) return undefined;
    }
    else if (SHOW_TEXT.includes(name)) {
      if (state.textMode !== INVISIBLE_TEXT) return undefined;
    } else if (name === 'paintImageXObject') {
      if (found) return undefined;
      const [id, width, height] = args as [string, number, number];
      found = { id, width, height, ctm: state.ctm };
    } else if (!allowed.has(name)) return undefined;
  }
  if (!found) return undefined;
  // An image fills the unit square of its matrix: upright means no turn, no flip.
  const [a, b, c, d, e, f] = found.ctm;
  const [x0, y0, x1, y1] = view as [number, number, number, number];
  if (Math.abs(b) > 1e-6 || Math.abs(c) > 1e-6 || a <= 0 || d <= 0) return undefined;
  const near = (u: number, v: number): boolean => Math.abs(u - v) <= EDGE_SLACK;
  if (!near(e, x0) || !near(f, y0) || !near(e + a, x1) || !near(f + d, y1)) return undefined;
  return { id: found.id, width: found.width, height: found.height };
}

/** A decoded image as pdf.js hands it over: `kind` 1 is 1 bit per pixel (1 = white), 2 RGB, 3 RGBA. */
export interface DecodedImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * Writes the image's grey values (the same weights the drawn path uses) into `out` from
 * `offset`. Returns false, leaving the page to be drawn, for a kind it does not know or an image
 * with any transparency (what shows through would be the page's white, which drawing handles).
 */
export function greyFromImage(img: DecodedImage, out: Uint8Array, offset: number): boolean {
  const { width, height, kind, data } = img;
  const pixels = width * height;
  if (kind === 2) {
    if (data.length < pixels * 3) return false;
    for (let i = 0, o = offset; o < offset + pixels; i += 3, o++) out[o] = (data[i]! * 77 + data[i + 1]! * 150 + data[i + 2]! * 29) >> 8;
    return true;
  }
  if (kind === 3) {
    if (data.length < pixels * 4) return false;
    for (let i = 0, o = offset; o < offset + pixels; i += 4, o++) {
      if (data[i + 3] !== 255) return false;
      out[o] = (data[i]! * 77 + data[i + 1]! * 150 + data[i + 2]! * 29) >> 8;
    }
    return true;
  }
  if (kind === 1) {
    const rowBytes = (width + 7) >> 3;
    if (data.length < rowBytes * height) return false;
    for (let y = 0; y < height; y++) {
      const row = y * rowBytes;
      const o = offset + y * width;
      for (let x = 0; x < width; x++) out[o + x] = (data[row + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
    }
    return true;
  }
  return false;
}
