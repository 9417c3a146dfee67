/**
 * Language data for OCR comes only from packages installed with the app: English from
 * `@precis/tessdata-fast-eng` (in this repository: Tesseract's "fast" English model, which no npm
 * package carries), other languages from npm's `@tesseract.js-data/<code>`. Nothing is ever
 * fetched. A language without such a package is refused with a message that names it.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrecisFailure } from '../../errors';
import { unpackedPath } from './unpackedPath';

const require = createRequire(import.meta.url);

const NAMES: Record<string, string> = {
  eng: 'English', fra: 'French', deu: 'German', spa: 'Spanish', ita: 'Italian', nld: 'Dutch', por: 'Portuguese',
  pol: 'Polish', swe: 'Swedish', dan: 'Danish', nor: 'Norwegian', fin: 'Finnish', ces: 'Czech', rus: 'Russian',
  jpn: 'Japanese', chi_sim: 'Chinese (simplified)', chi_tra: 'Chinese (traditional)', kor: 'Korean', ara: 'Arabic',
};

/** "French (fra)", or the bare code when we do not know its name. */
export function languageLabel(code: string): string {
  const name = NAMES[code];
  return name ? `${name} (${code})` : code;
}

/** The folder of a `@tesseract.js-data/<code>` package that holds its LSTM-only integer model. */
const NPM_MODEL_DIR = '4.0.0_best_int';

/**
 * English is read with tessdata's "fast" model: its smaller network recognises a page in about
 * 60 % of the CPU time of the npm package's integer "best" model, with the same word accuracy on
 * every set of scans measured (clean, noisy and skewed renders, a real scanned agreement). It is
 * also the model the `tesseract` command reads English with on Debian and Ubuntu.
 */
function packagedDataDir(code: string): string {
  if (code === 'eng') return path.dirname(require.resolve('@precis/tessdata-fast-eng/package.json'));
  return path.join(path.dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), NPM_MODEL_DIR);
}

/**
 * The folder holding `<code>.traineddata.gz` for a language: an LSTM-only model (the kind
 * Tesseract's LSTM engine reads; a third of the size of a combined model), see packagedDataDir.
 * `dataDir` replaces the packages with one folder holding `<code>.traineddata.gz` files (an
 * installation that keeps language data elsewhere; tests point it at an empty folder).
 * Called only when a page is actually read by OCR, so a document that needs none never depends
 * on language data. Throws OCR_LANGUAGE_MISSING naming the language when no data is there.
 */
export function languageDataDir(code: string, dataDir?: string): string {
  if (!/^[a-z]{3}(?:_[a-z]{3,4})?$/.test(code)) {
    throw new PrecisFailure('OCR_LANGUAGE_MISSING', `"${code.slice(0, 20)}" is not an OCR language code (use three letters, e.g. eng, fra, deu).`);
  }
  const missing = (): PrecisFailure =>
    new PrecisFailure(
      'OCR_LANGUAGE_MISSING',
      `OCR for ${languageLabel(code)} is not available: this copy of Precis has no ${languageLabel(code)} language data. ${code === 'eng' ? 'Reinstall Precis to restore it.' : 'Read the scanned pages in English (--ocr-lang eng), the language Precis ships.'}`,
    );
  let dir: string;
  if (dataDir !== undefined) dir = dataDir;
  else {
    try {
      dir = unpackedPath(packagedDataDir(code));
    } catch {
      throw missing();
    }
  }
  if (!existsSync(path.join(dir, `${code}.traineddata.gz`))) throw missing();
  return dir;
}
