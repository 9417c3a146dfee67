/**
 * Decides whether a PDF page's own text layer can be trusted, or whether the page has to be read
 * from its pixels. Two ways a text layer fails: it is missing where the content is (a scan that
 * only carries a Bates number or page number in the margin), or it is garbage (fonts without a
 * usable Unicode mapping, which pdf.js reports as private-use or replacement characters, or
 * letter soup in which no common word of any supported language occurs).
 */
import { isStopWord } from './stopWords';

/** A positioned run of text on the page, in top-left-origin page units (points). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface TextLayerVerdict {
  /** Characters (not spaces) of text inside the interior of the page. */
  interiorChars: number;
  /** The text layer exists but cannot be read as words. */
  garbage: boolean;
}

/**
 * The margin band, as a share of the page's height (top and bottom) and width (sides). Stamps,
 * page numbers and running headers live there; a page whose only text is in this band is treated
 * as having no text layer. Tall pages keep a band of at least 0.5 inch.
 */
const BAND_SHARE = 0.08;
const BAND_MIN_PT = 36;

/** Fewer non-space characters than this in the interior: no usable text layer. */
const MIN_INTERIOR_CHARS = 20;

/** Share of characters that are private-use or U+FFFD above which a layer is garbage. */
const MAX_UNMAPPED_SHARE = 0.15;

/** Word-like tokens needed before the common-word test means anything. */
const MIN_TOKENS_FOR_WORD_TEST = 25;

/** Share of tokens that must be common words; real prose in any supported language is far above it. */
const MIN_STOPWORD_SHARE = 0.04;

const UNMAPPED = /[\uE000-\uF8FF\uFFFD]|[\uDB80-\uDBFF][\uDC00-\uDFFF]/gu;

/** Judges one page's text layer. `width`/`height` are the page's size in the same units as the runs. */
export function judgeTextLayer(runs: readonly PlacedText[], width: number, height: number): TextLayerVerdict {
  const bandY = Math.max(BAND_MIN_PT, height * BAND_SHARE);
  const bandX = Math.max(BAND_MIN_PT, width * BAND_SHARE);
  const interior = runs.filter((r) => {
    // y is the baseline; a run counts as interior when any of it lies inside the band-free box.
    const top = r.y - r.fontSize;
    const right = r.x + r.width;
    return r.y > bandY && top < height - bandY && right > bandX && r.x < width - bandX;
  });
  const text = interior.map((r) => r.text).join(' ');
  const interiorChars = text.replace(/\s+/g, '').length;
  return { interiorChars, garbage: interiorChars >= MIN_INTERIOR_CHARS && isGarbage(text) };
}

/** True when the page's interior has too little text to stand for what is printed there. */
export function lacksTextLayer(verdict: TextLayerVerdict): boolean {
  return verdict.interiorChars < MIN_INTERIOR_CHARS;
}

/** True when text cannot be read as words: unmapped glyphs, or no common words at all. */
export function isGarbage(text: string): boolean {
  const chars = text.replace(/\s+/g, '');
  if (chars.length === 0) return false;
  const unmapped = chars.match(UNMAPPED)?.length ?? 0;
  if (unmapped / chars.length > MAX_UNMAPPED_SHARE) return true;
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < MIN_TOKENS_FOR_WORD_TEST) return false;
  const common = tokens.filter(isStopWord).length;
  return common / tokens.length < MIN_STOPWORD_SHARE;
}
