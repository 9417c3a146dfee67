/**
 * Turns Tesseract's reading of one page image into paragraphs of text with boxes in page points
 * (top-left origin, the page as a viewer shows it), undoing the rotation the image was drawn at.
 */
import type { Rotation } from './pageRenderer';
import type { TessBox, TessPage } from './tesseractPool';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OcrWord {
  text: string;
  confidence: number;
  box: Box;
}

export interface OcrParagraph {
  text: string;
  confidence: number;
  box: Box;
  /** One box per line, as text-layer blocks carry one rectangle per line fragment. */
  lines: Box[];
  words: OcrWord[];
}

export interface ImageFrame {
  /** Pixels per point: dpi / 72. */
  scale: number;
  /** Clockwise turn the image was drawn with. */
  rotation: Rotation;
  /** The page in points, as a viewer shows it. */
  pageWidth: number;
  pageHeight: number;
}

/** Maps a pixel box of the (turned) image back to a box on the page, in points. */
export function toPageBox(b: TessBox, f: ImageFrame): Box {
  const corners = [
    [b.x0, b.y0],
    [b.x1, b.y1],
  ].map(([px, py]) => {
    const x = px! / f.scale;
    const y = py! / f.scale;
    switch (f.rotation) {
      case 90:
        return [y, f.pageHeight - x];
      case 180:
        return [f.pageWidth - x, f.pageHeight - y];
      case 270:
        return [f.pageWidth - y, x];
      default:
        return [x, y];
    }
  });
  const xs = corners.map((c) => c[0]!);
  const ys = corners.map((c) => c[1]!);
  const round = (n: number): number => Math.round(n * 10) / 10;
  return { x: round(Math.min(...xs)), y: round(Math.min(...ys)), width: round(Math.abs(xs[0]! - xs[1]!)), height: round(Math.abs(ys[0]! - ys[1]!)) };
}

/** Joins a paragraph's lines: a line-end hyphen before a lower-case continuation is typographic. */
function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (out.endsWith('-') && /^\p{Ll}/u.test(line) && /\p{L}-$/u.test(out)) out = out.slice(0, -1) + line;
    else out = out ? `${out} ${line}` : line;
  }
  return out;
}

/**
 * Paragraphs in reading order. A paragraph Tesseract is nearly sure is not text (specks of scan
 * noise read as punctuation) is dropped: it has no letter or digit, or its confidence is tiny.
 */
export function pageParagraphs(page: TessPage, frame: ImageFrame): OcrParagraph[] {
  const out: OcrParagraph[] = [];
  for (const block of page.blocks ?? []) {
    for (const para of block.paragraphs) {
      const words: OcrWord[] = [];
      const lines: string[] = [];
      const lineBoxes: Box[] = [];
      for (const line of para.lines) {
        const kept = line.words.filter((w) => w.text.trim());
        if (kept.length === 0) continue;
        lines.push(kept.map((w) => w.text).join(' '));
        lineBoxes.push(toPageBox(line.bbox, frame));
        for (const w of kept) words.push({ text: w.text, confidence: Math.round(w.confidence), box: toPageBox(w.bbox, frame) });
      }
      const text = joinLines(lines);
      if (!/[\p{L}\p{N}]/u.test(text) || para.confidence < 15) continue;
      out.push({ text, confidence: Math.round(para.confidence), box: toPageBox(para.bbox, frame), lines: lineBoxes, words });
    }
  }
  return out;
}

/** Mean word confidence weighted by word length, 0..100: long words carry the reading. */
export function pageConfidence(paragraphs: OcrParagraph[]): number {
  let sum = 0;
  let weight = 0;
  for (const p of paragraphs) {
    for (const w of p.words) {
      const n = w.text.length;
      sum += w.confidence * n;
      weight += n;
    }
  }
  return weight ? Math.round(sum / weight) : 0;
}
