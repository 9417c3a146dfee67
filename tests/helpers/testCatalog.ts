import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog, CatalogEntry } from '../../electron/core/models/catalog';
import { TINY_SPEC, tinyModelPath } from './tinyGguf';

/** The catalog entry of the tiny test model, as a publisher would list it (verified size and checksum). */
export async function tinyCatalogEntry(): Promise<{ entry: CatalogEntry; bytes: Buffer; urlPath: string }> {
  const bytes = readFileSync(await tinyModelPath());
  const entry: CatalogEntry = {
    id: 'precis-tiny',
    name: 'Precis tiny (test)',
    family: 'Test',
    parameters: '0.15M',
    uri: 'hf:precis/tiny-GGUF:F32',
    file: 'precis-tiny-F32.gguf',
    quantization: 'F32',
    sizeBytes: bytes.length,
    contextLength: TINY_SPEC.contextLength,
    licence: { name: 'Test', url: 'https://example.com/licence' },
    sha256: createHash('sha256').update(bytes).digest('hex'),
    verified: { size: true, sha256: true, architecture: true },
    why: 'A real tiny GGUF for tests.',
    architecture: {
      arch: 'llama',
      layers: TINY_SPEC.layers,
      embedding: TINY_SPEC.embd,
      feedForward: TINY_SPEC.ff,
      heads: TINY_SPEC.heads,
      kvHeads: TINY_SPEC.kvHeads,
      headDim: TINY_SPEC.embd / TINY_SPEC.heads,
      vocab: TINY_SPEC.vocabSize,
      tiedEmbeddings: false,
    },
  };
  return { entry, bytes, urlPath: `/precis/tiny-GGUF/resolve/main/${entry.file}` };
}

/** Writes a catalog file holding only the tiny model; returns its path. */
export async function writeTinyCatalog(dir: string): Promise<{ file: string; entry: CatalogEntry; bytes: Buffer; urlPath: string }> {
  const tiny = await tinyCatalogEntry();
  const catalog: Catalog = { version: 1, baseUrl: 'https://huggingface.co', models: [tiny.entry] };
  const file = path.join(dir, 'catalog.json');
  writeFileSync(file, JSON.stringify(catalog));
  return { file, ...tiny };
}
