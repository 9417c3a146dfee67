import path from 'node:path';

/**
 * Worker threads and WebAssembly loaders read files with Node's own loader, which cannot look
 * inside the app's asar archive; the packaged app therefore keeps the OCR engine, its language
 * data and the canvas binaries unpacked beside the archive. Outside a packaged app this returns
 * the path unchanged.
 */
export function unpackedPath(p: string): string {
  const marker = `${path.sep}app.asar${path.sep}`;
  return p.includes(marker) ? p.replace(marker, `${path.sep}app.asar.unpacked${path.sep}`) : p;
}
