// Runs inside `unshare -rm` with a tiny tmpfs mounted at argv[2]: tries to replace a small file
// with one larger than the file system and reports what happened as one JSON line.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { atomicWrite } from '../../../../electron/core/storage/atomicWrite';
import { PrecisFailure } from '../../../../electron/core/errors';

const dir = process.argv[2] ?? '';
const preflight = process.argv[3] !== 'no-preflight';
const file = path.join(dir, 'settings.json');
const old = JSON.stringify({ version: 'old', pad: 'o'.repeat(2000) });
await atomicWrite(file, old, { preflight: false });
let code: string | undefined;
let message: string | undefined;
try {
  await atomicWrite(file, JSON.stringify({ version: 'new', pad: 'n'.repeat(200 * 1024) }), { preflight });
} catch (e) {
  code = e instanceof PrecisFailure ? e.code : `raw:${String((e as NodeJS.ErrnoException).code)}`;
  message = (e as Error).message;
}
const after = await fs.readFile(file, 'utf8');
process.stdout.write(`${JSON.stringify({ code, message, intact: after === old, files: await fs.readdir(dir) })}\n`);
