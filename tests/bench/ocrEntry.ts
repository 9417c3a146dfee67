/**
 * What the OCR bench drives, in one module so it can be bundled the way the app is (see
 * ocr.bench.ts): the OCR run, its pool, and extraction with the OCR hook.
 */
export { ocrPages } from '../../electron/core/documents/ocr/ocrPages';
export { TesseractPool } from '../../electron/core/documents/ocr/tesseractPool';
export { extractDocument } from '../../electron/core/documents/extractDocument';
export { createOcrHook } from '../../electron/core/documents/ocr/createOcrHook';
export { closeKeptPageRenderer } from '../../electron/core/documents/ocr/keptPageRenderer';
export { closeKeptTesseractPools } from '../../electron/core/documents/ocr/keptTesseractPools';
