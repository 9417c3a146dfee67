/**
 * Stops the warm document-parse worker (PDF and DOCX both parse there; see
 * ../worker/parseInWorker.ts). Call it when a CLI command or test is done so the process can exit
 * promptly. Kept under this name because commands and tests import it from here.
 */
export { shutdownParseWorker as shutdownPdfWorker } from '../worker/parseInWorker';
