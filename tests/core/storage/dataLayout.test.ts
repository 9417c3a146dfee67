import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileKeyProvider, createHistoryStore } from '../../../electron/core/storage/historyStore';
import { createJobJournals } from '../../../electron/core/storage/jobJournal';
import { createSettingsStore } from '../../../electron/core/storage/settingsStore';
import { dataLocations } from '../../../electron/core/storage/dataLayout';
import { chunkPoints, JOURNAL_TEST_KEY } from './children/chunkPoints';
import { summaryFixture } from '../jobs/summaryFixture';

let home: string;
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'precis-layout-'));
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

describe('dataLocations', () => {
  it('accounts for every file the stores write, and says which hold document text (all encrypted)', async () => {
    const keys = createFileKeyProvider(home);
    await createSettingsStore(home).set({ summaryLength: 'brief' });
    await createHistoryStore(home, keys).save(summaryFixture('CANARY-DOC-layout'));
    const journal = await createJobJournals(home, keys).open(JOURNAL_TEST_KEY);
    await journal.record(0, chunkPoints(0));
    await journal.close();

    const locations = dataLocations(home);
    const files = (await fs.readdir(home, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const where = locations.find((l) => (l.path.endsWith(path.sep) ? file.startsWith(l.path) : file === l.path));
      expect(where, file).toBeDefined();
    }
    for (const l of locations) if (l.documentText) expect(l.encrypted).toBe(true);
  });
});
