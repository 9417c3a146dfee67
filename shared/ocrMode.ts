import { z } from 'zod';

/**
 * Which pages of a PDF are read with OCR: `auto` pages without a usable text layer (scans, or a
 * text layer of unmapped glyphs); `force` every page; `off` none (scanned pages are then reported).
 */
export const OcrModeSchema = z.enum(['auto', 'off', 'force']);
export type OcrMode = z.infer<typeof OcrModeSchema>;
