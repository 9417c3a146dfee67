/**
 * `--ocr auto|off|force` and `--ocr-lang CODE`, shared by `extract`, `terms` and `summarize`:
 * scanned pages are read with local OCR (progress on stderr), or left out with a warning.
 */
import { OcrModeSchema, type OcrMode } from '../../../shared/ocrMode';
import type { ExtractOptions } from '../documents/extractDocument';
import { createOcrHook } from '../documents/ocr/createOcrHook';
import { ocrProgressMessage } from '../documents/ocr/ocrPages';
import { PrecisFailure } from '../errors';
import type { CliIo } from './cliIo';

export const OCR_USAGE = '[--ocr auto|off|force] [--ocr-lang eng]';

export const ocrCliOptions = {
  ocr: { type: 'string' },
  'ocr-lang': { type: 'string' },
} as const;

/** The extraction options for the flags given (`auto` and English by default). */
export function ocrExtractOptions(values: { ocr?: string | boolean | undefined; 'ocr-lang'?: string | boolean | undefined }, io: CliIo): Pick<ExtractOptions, 'ocr' | 'ocrMode'> {
  const parsed = OcrModeSchema.safeParse(values.ocr ?? 'auto');
  if (!parsed.success) throw new PrecisFailure('INVALID_REQUEST', `--ocr must be auto, off or force.`);
  const mode: OcrMode = parsed.data;
  if (mode === 'off') return { ocrMode: 'off' };
  const language = typeof values['ocr-lang'] === 'string' ? values['ocr-lang'] : 'eng';
  // The language data is looked up only when a page needs OCR: a DOCX or a PDF with a text layer
  // never depends on it (OCR_LANGUAGE_MISSING, naming the language, comes from the first scan).
  return { ocrMode: mode, ocr: createOcrHook({ language, onProgress: (p) => io.stderr(`${ocrProgressMessage(p)}…`) }) };
}
