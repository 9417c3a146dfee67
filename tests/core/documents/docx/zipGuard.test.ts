import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkZip, isUnsafeEntryName } from '../../../../electron/core/documents/docx/zipGuard';
import { PrecisFailure } from '../../../../electron/core/errors';

/** Rewrites the uncompressed size every header (local and central) declares for the entry `name`. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const isLocal = sig === 0x04034b50;
    const isCentral = sig === 0x02014b50;
    if (!isLocal && !isCentral) continue;
    const nameLen = view.getUint16(i + (isLocal ? 26 : 28), true);
    const nameAt = i + (isLocal ? 30 : 46);
    const entry = out.subarray(nameAt, nameAt + nameLen);
    if (nameLen === nameBytes.length && entry.every((b, k) => b === nameBytes[k])) view.setUint32(i + (isLocal ? 22 : 24), size, true);
  }
  return out;
}

async function zipOf(files: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function codeOf(fn: () => void): string {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return e instanceof PrecisFailure ? e.code : 'other';
  }
}

describe('checkZip', () => {
  it('accepts an ordinary small zip', async () => {
    expect(codeOf(() => checkZip(new Uint8Array(0)))).toBe('FILE_INVALID');
    const ok = await zipOf({ 'word/document.xml': '<w:document/>', 'word/styles.xml': '<w:styles/>' });
    expect(codeOf(() => checkZip(ok))).toBe('no error');
  });

  it('rejects an entry that inflates to more than its headers declare', async () => {
    const zip = await zipOf({ 'word/document.xml': '<w:document/>', 'word/media/big.bin': new Uint8Array(2 * 1024 * 1024) });
    expect(() => checkZip(lieAboutSize(zip, 'word/media/big.bin', 1000))).toThrow(/more than its header declares/);
  });

  it('rejects too many entries and over-large declared totals', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) many[`word/p${i}.xml`] = 'x';
    const zip = await zipOf(many);
    expect(codeOf(() => checkZip(zip, { maxEntries: 20, maxEntryBytes: 1e6, maxTotalBytes: 1e6, maxRatio: 200 }))).toBe('FILE_INVALID');
    expect(codeOf(() => checkZip(zip, { maxEntries: 100, maxEntryBytes: 1e6, maxTotalBytes: 10, maxRatio: 200 }))).toBe('FILE_INVALID');
  });

  it('flags names that could escape a folder', () => {
    for (const bad of ['../evil', 'a/../../b', '/etc/passwd', 'C:/x', 'a\\b', 'a\0b']) expect(isUnsafeEntryName(bad)).toBe(true);
    expect(isUnsafeEntryName('word/document.xml')).toBe(false);
  });
});
