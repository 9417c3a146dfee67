// A stand-in for the summary worker: resumes from the journal, "computes" every chunk that is not
// committed yet, and prints what it does. The parent SIGKILLs it at random chunk boundaries.
import { createHash } from 'node:crypto';
import { createFileKeyProvider } from '../../../../electron/core/storage/keyProvider';
import { createJobJournals } from '../../../../electron/core/storage/jobJournal';
import { chunkPoints, JOURNAL_TEST_KEY } from './chunkPoints';

const home = process.argv[2] ?? '';
const chunkCount = Number(process.argv[3]);
const journal = await createJobJournals(home, createFileKeyProvider(home)).open(JOURNAL_TEST_KEY);
const done = journal.completed();
process.stdout.write(`resumed ${[...done.keys()].sort((a, b) => a - b).join(',')}\n`);
for (let i = 0; i < chunkCount; i += 1) {
  if (done.has(i)) continue;
  process.stdout.write(`computing ${i}\n`);
  const points = chunkPoints(i);
  await journal.record(i, points);
  done.set(i, points);
  process.stdout.write(`recorded ${i}\n`);
}
const all = Array.from({ length: chunkCount }, (_, i) => done.get(i));
process.stdout.write(`final ${createHash('sha256').update(JSON.stringify(all)).digest('hex')}\n`);
await journal.finish();
