/**
 * A label-preserving "scan" of a filed PDF for the key-term eval: every page drawn by an
 * independent renderer (poppler's pdftoppm, not the pdf.js the app draws with), degraded as an
 * office scanner's output is (grey jitter, a few specks, a small skew under a degree, JPEG), and
 * written as an image-only PDF with no text layer, so the CLI's own path has to read it with OCR.
 *
 * Pages are drawn in grey (stored as a colour JPEG, as many scanners store them) at 300 dpi: the resolution office scanners use for "searchable PDF" and
 * the one the app's OCR reads at, so a full-page image at about that resolution is read as it is,
 * pixel for pixel, as a real scan would be; 200 dpi would have the reader draw the page again,
 * which no real 300 dpi scan makes it do.
 *
 * Every degradation is drawn from a generator seeded by the file's bytes and the page number, so a
 * run is reproducible; the PDFs are kept under tests/.artifacts/scan-cache keyed by the file's bytes,
 * the settings and this file's own code, so a second run does not draw them again.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { seededRandom } from '../helpers/seededRandom';

const run = promisify(execFile);

export interface ScanSettings {
  dpi: number;
  /** Largest skew in degrees either way; each page draws its own. */
  maxSkew: number;
  /** Grey jitter, as a share of the full range either way. */
  jitter: number;
  /** Share of pixels turned to a black or white speck. */
  specks: number;
  /** JPEG quality, 0–100. */
  quality: number;
}

/**
 * A mild office scan: 300 dpi grey, skew within ±0.8°, light grain, a few dust specks (one pixel in
 * 5,000: a clean page from a glass that has not been wiped), JPEG at 75.
 */
export const OFFICE_SCAN: ScanSettings = { dpi: 300, maxSkew: 0.8, jitter: 0.04, specks: 0.0002, quality: 75 };

const CODE = readFileSync(fileURLToPath(import.meta.url), 'utf8');

/** A seed from bytes: the same file and page draw the same degradation on every run. */
function seedOf(...parts: (string | Buffer)[]): number {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest().readUInt32LE(0);
}

async function degradePage(png: Buffer, s: ScanSettings, seed: number): Promise<{ jpeg: Buffer; width: number; height: number }> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const ctx = canvas.getContext('2d');
  const rand = seededRandom(seed);
  const skew = (rand() * 2 - 1) * s.maxSkew;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, img.width, img.height);
  ctx.translate(img.width / 2, img.height / 2);
  ctx.rotate((skew * Math.PI) / 180);
  ctx.drawImage(img, -img.width / 2, -img.height / 2);
  const data = ctx.getImageData(0, 0, img.width, img.height);
  const px = data.data;
  for (let i = 0; i < px.length; i += 4) {
    let v = px[i]! + (rand() * 2 - 1) * s.jitter * 255;
    const r = rand();
    if (r < s.specks / 2) v = 0;
    else if (r < s.specks) v = 255;
    v = Math.max(0, Math.min(255, Math.round(v)));
    px[i] = px[i + 1] = px[i + 2] = v;
  }
  ctx.putImageData(data, 0, 0);
  return { jpeg: canvas.toBuffer('image/jpeg', s.quality), width: img.width, height: img.height };
}

/** The scanned PDF's bytes: pages drawn by pdftoppm, degraded, wrapped as images with no text. */
export async function scanPdfBytes(file: string, s: ScanSettings = OFFICE_SCAN): Promise<Uint8Array> {
  const bytes = readFileSync(file);
  const dir = mkdtempSync(path.join(tmpdir(), 'precis-scan-'));
  try {
    await run('pdftoppm', ['-png', '-gray', '-r', String(s.dpi), file, path.join(dir, 'p')], { maxBuffer: 1 << 20 });
    // pdftoppm pads page numbers to the page count's width: sort by the number, not the name.
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort((x, y) => Number(x.replace(/\D/g, '')) - Number(y.replace(/\D/g, '')));
    // Fixed dates: the same file and settings give the same bytes, so documents read from them stay cached.
    const pdf = await PDFDocument.create();
    pdf.setCreationDate(new Date(0));
    pdf.setModificationDate(new Date(0));
    for (const [i, name] of pages.entries()) {
      const png = readFileSync(path.join(dir, name));
      rmSync(path.join(dir, name));
      const page = await degradePage(png, s, seedOf(bytes, String(i + 1)));
      const image = await pdf.embedJpg(page.jpeg);
      const w = (page.width * 72) / s.dpi;
      const h = (page.height * 72) / s.dpi;
      pdf.addPage([w, h]).drawImage(image, { x: 0, y: 0, width: w, height: h });
    }
    return await pdf.save();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The scanned PDF of `file`, drawn once and kept in `cacheDir` by the file's bytes, the settings and this code. */
export async function cachedScan(file: string, cacheDir: string, s: ScanSettings = OFFICE_SCAN): Promise<string> {
  const key = createHash('sha256').update(CODE).update(JSON.stringify(s)).update(readFileSync(file)).digest('hex').slice(0, 24);
  const out = path.join(cacheDir, `${key}.pdf`);
  if (existsSync(out)) return out;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, await scanPdfBytes(file, s));
  renameSync(tmp, out);
  return out;
}
