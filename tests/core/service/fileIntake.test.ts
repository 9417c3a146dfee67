import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMagicBytes, readFileByPath, readFileFromBytes } from '../../../electron/core/service/fileIntake';
import type { PrecisFailure } from '../../../electron/core/errors';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as PrecisFailure).code;
  }
  return 'none';
};

describe('file intake: a path and bytes get exactly the same checks', () => {
  it('enforces the size limit on files by path (before reading) and on bytes', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-intake-'));
    const f = path.join(dir, 'big.txt');
    writeFileSync(f, 'x'.repeat(2048));
    await expect(readFileByPath(f, 1024)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect((await readFileByPath(f, 4096)).bytes.length).toBe(2048);
    const b64 = Buffer.from('y'.repeat(2048)).toString('base64');
    expect(code(() => readFileFromBytes('big.txt', b64, 1024))).toBe('FILE_TOO_LARGE');
    expect(readFileFromBytes('big.txt', b64, 4096).bytes.length).toBe(2048);
  });

  it('accepts PDF (header within the first KiB), zip and text; refuses binaries and empty files', () => {
    expect(code(() => checkMagicBytes(Buffer.from('%PDF-1.7\n')))).toBe('none');
    expect(code(() => checkMagicBytes(Buffer.concat([Buffer.alloc(100, 0x20), Buffer.from('%PDF-1.4')])))).toBe('none');
    expect(code(() => checkMagicBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])))).toBe('none');
    expect(code(() => checkMagicBytes(Buffer.from('1. Term.')))).toBe('none');
    expect(code(() => checkMagicBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00])))).toBe('UNSUPPORTED_TYPE');
    expect(code(() => checkMagicBytes(new Uint8Array()))).toBe('NO_TEXT');
  });

  it('refuses malformed base64 and keeps only the base name of a sent file', () => {
    expect(code(() => readFileFromBytes('a.txt', 'not base64!'))).toBe('FILE_INVALID');
    expect(readFileFromBytes('../../etc/passwd', Buffer.from('text').toString('base64')).fileName).toBe('passwd');
    expect(readFileFromBytes('C:\\Users\\me\\nda.txt', Buffer.from('text').toString('base64')).fileName).toBe('nda.txt');
  });
});
