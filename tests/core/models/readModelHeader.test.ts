import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readModelHeader } from '../../../electron/core/models/readModelHeader';
import { TINY_SPEC, writeLlamaGguf } from '../../helpers/tinyGguf';

const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-header-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny model whose header names it `name` (names of one length give files of one size). */
function model(name: string): string {
  const file = path.join(dir, `${name}.src.gguf`);
  writeLlamaGguf(file, { ...TINY_SPEC, name });
  return file;
}

describe('readModelHeader of a local file', () => {
  it('keeps the header of an unchanged file, and reads a file replaced at the same path again', async () => {
    const target = path.join(dir, 'model.gguf');
    copyFileSync(model('first-model'), target);
    const first = await readModelHeader(target);
    expect(first.metadata.general.name).toBe('first-model');
    // Unchanged: the same header, not read again.
    expect(await readModelHeader(target)).toBe(first);

    // Replaced in place by a model of another size.
    copyFileSync(model('a-longer-second-model'), target);
    expect((await readModelHeader(target)).metadata.general.name).toBe('a-longer-second-model');
  });

  it('reads a replacement of the same size again when its time of change differs', async () => {
    const target = path.join(dir, 'same-size.gguf');
    const a = model('model-aa');
    const b = model('model-bb');
    expect(statSync(a).size).toBe(statSync(b).size);
    copyFileSync(a, target);
    utimesSync(target, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    expect((await readModelHeader(target)).metadata.general.name).toBe('model-aa');
    // Written over in place (same inode, same size), with a later time of change.
    writeFileSync(target, readFileSync(b));
    utimesSync(target, new Date('2026-01-02T00:00:00Z'), new Date('2026-01-02T00:00:00Z'));
    expect((await readModelHeader(target)).metadata.general.name).toBe('model-bb');
  });
});
