// Rewrites one file forever with alternating whole versions; the parent SIGKILLs it mid-write.
import path from 'node:path';
import { atomicWrite } from '../../../../electron/core/storage/atomicWrite';

const file = path.join(process.argv[2] ?? '', 'state.json');
const size = 256 * 1024;
for (let i = 0; ; i += 1) {
  const body = String.fromCharCode(97 + (i % 26)).repeat(size);
  await atomicWrite(file, JSON.stringify({ i, body }), { preflight: false });
  if (i === 0) process.stdout.write('started\n');
}
