/**
 * vitest globalSetup: one folder for the run's generated fixtures (tests/fixtures/fixtureCache.ts),
 * removed when the run ends, so no run reads what an earlier one made.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_CACHE_ENV } from '../fixtures/fixtureCache';

export default function setup(): () => void {
  // Each project runs the global setup; the first folder made serves the whole run.
  if (process.env[FIXTURE_CACHE_ENV]) return () => undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-test-fixtures-'));
  process.env[FIXTURE_CACHE_ENV] = dir;
  return () => {
    delete process.env[FIXTURE_CACHE_ENV];
    rmSync(dir, { recursive: true, force: true });
  };
}
