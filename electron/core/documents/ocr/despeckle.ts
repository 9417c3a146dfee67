/**
 * Scan noise: isolated black or white pixels (dust, fax and photocopier speckle). Tesseract's
 * binarisation keeps every dark speck, and specks near text turn into stray letters, so a page
 * that has many is cleaned with a 3×3 median first. Clean pages (anti-aliased text has grey
 * edges, never lone black pixels) are left exactly as drawn: a median rounds thin strokes.
 */

/** Share of pixels that stand alone: dark among light neighbours, or light among dark ones. */
export function isolatedPixelShare(grey: Uint8Array, width: number, height: number, offset = 0): number {
  let lone = 0;
  let seen = 0;
  for (let y = 1; y < height - 1; y += 3) {
    const row = offset + y * width;
    for (let x = 1; x < width - 1; x += 3) {
      const i = row + x;
      const v = grey[i]!;
      const n = [grey[i - 1]!, grey[i + 1]!, grey[i - width]!, grey[i + width]!];
      seen++;
      if ((v < 96 && n.every((u) => u > 160)) || (v > 160 && n.every((u) => u < 96))) lone++;
    }
  }
  return seen ? lone / seen : 0;
}

/** Above this share of lone pixels a page is speckled (a clean 300 dpi render has almost none). */
export const SPECKLE_SHARE = 0.002;

/** 3×3 median in place over `width`×`height` grey bytes starting at `offset` (edges kept). */
export function median3x3(grey: Uint8Array, width: number, height: number, offset = 0): void {
  const src = grey.slice(offset, offset + width * height);
  const w = new Uint8Array(9);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const c = y * width + x;
      w[0] = src[c - width - 1]!;
      w[1] = src[c - width]!;
      w[2] = src[c - width + 1]!;
      w[3] = src[c - 1]!;
      w[4] = src[c]!;
      w[5] = src[c + 1]!;
      w[6] = src[c + width - 1]!;
      w[7] = src[c + width]!;
      w[8] = src[c + width + 1]!;
      grey[offset + c] = median9(w);
    }
  }
}

/** The median of nine bytes by a fixed exchange network (19 compare-swaps). */
function median9(p: Uint8Array): number {
  const s = (a: number, b: number): void => {
    if (p[a]! > p[b]!) {
      const t = p[a]!;
      p[a] = p[b]!;
      p[b] = t;
    }
  };
  s(1, 2); s(4, 5); s(7, 8); s(0, 1); s(3, 4); s(6, 7); s(1, 2); s(4, 5); s(7, 8);
  s(0, 3); s(5, 8); s(4, 7); s(3, 6); s(1, 4); s(2, 5); s(4, 7); s(4, 2); s(6, 4); s(4, 2);
  return p[4]!;
}
