// Runs inside `unshare -rm` with a small tmpfs mounted at argv[2] as the models folder: downloads the
// model at argv[3] and reports what happened as one JSON line.
import { promises as fs } from 'node:fs';
import { downloadModel } from '../../../../electron/core/models/downloadModel';
import { PrecisFailure } from '../../../../electron/core/errors';

const dir = process.argv[2] ?? '';
const url = process.argv[3] ?? '';
const mode = process.argv[4];
let code: string | undefined;
let message: string | undefined;
let progressEvents = 0;
try {
  await downloadModel({
    url,
    dir,
    file: 'tiny.gguf',
    onProgress: () => progressEvents++,
    // 'midway' skips the free-space check so that the write itself runs out of space.
    ...(mode === 'midway' ? { freeBytes: async () => Number.MAX_SAFE_INTEGER } : {}),
  });
} catch (e) {
  code = e instanceof PrecisFailure ? e.code : `raw:${String((e as NodeJS.ErrnoException).code)}`;
  message = (e as Error).message;
}
process.stdout.write(`${JSON.stringify({ code, message, progressEvents, files: await fs.readdir(dir) })}\n`);
