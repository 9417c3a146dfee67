import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KEY_BYTES, newDataKey, seal, unseal, unwrapKey, wrapKey } from '../../../electron/core/storage/envelope';

describe('envelope encryption', () => {
  const key = newDataKey();
  const text = Buffer.from('Section 7.2: CANARY-DOC-envelope liability is capped at $1');

  it('round-trips and hides the plaintext', () => {
    const sealed = seal(key, text, 'summary:1');
    expect(sealed.includes(Buffer.from('CANARY-DOC'))).toBe(false);
    expect(unseal(key, sealed, 'summary:1').equals(text)).toBe(true);
  });

  it('uses a fresh IV each time', () => {
    expect(seal(key, text, 'a').equals(seal(key, text, 'a'))).toBe(false);
  });

  it('rejects another key, another binding, a flipped bit and a truncated blob as STORAGE_FAILED', () => {
    const sealed = seal(key, text, 'summary:1');
    expect(() => unseal(newDataKey(), sealed, 'summary:1')).toThrow(expect.objectContaining({ code: 'STORAGE_FAILED' }));
    expect(() => unseal(key, sealed, 'summary:2')).toThrow(expect.objectContaining({ code: 'STORAGE_FAILED' }));
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    expect(() => unseal(key, flipped, 'summary:1')).toThrow(expect.objectContaining({ code: 'STORAGE_FAILED' }));
    expect(() => unseal(key, sealed.subarray(0, 20), 'summary:1')).toThrow(expect.objectContaining({ code: 'STORAGE_FAILED' }));
  });

  it('wraps data keys under the master key, bound to the item id', () => {
    const master = randomBytes(KEY_BYTES);
    const wrapped = wrapKey(master, key, 'id-1');
    expect(wrapped.includes(key)).toBe(false);
    expect(unwrapKey(master, wrapped, 'id-1').equals(key)).toBe(true);
    expect(() => unwrapKey(master, wrapped, 'id-2')).toThrow(expect.objectContaining({ code: 'STORAGE_FAILED' }));
    expect(() => unwrapKey(randomBytes(KEY_BYTES), wrapped, 'id-1')).toThrow(expect.objectContaining({ code: 'STORAGE_FAILED' }));
  });

  it('refuses keys of the wrong length', () => {
    expect(() => seal(randomBytes(16), text, 'x')).toThrow(expect.objectContaining({ code: 'STORAGE_FAILED' }));
  });
});
