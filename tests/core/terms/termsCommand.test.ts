import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli';
import { corpusFile } from '../../helpers/kit';
import type { CliIo } from '../../../electron/core/commands/cliIo';

function captureIo(env: NodeJS.ProcessEnv = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), write: (t) => out.push(t), stderr: (l) => err.push(l), signal: new AbortController().signal, env };
}

describe('precis terms', () => {
  it('prints one JSON object per file per line and writes a CSV row per contract', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-terms-'));
    writeFileSync(
      path.join(dir, 'lease.txt'),
      'This Lease Agreement (the "Agreement") is dated as of 1 May 2024, by and between Alpha Holdings LLC (the "Landlord") and Beta Shops Inc. (the "Tenant").\n\n7. Governing Law. This Agreement shall be governed by the laws of the State of Texas.\n',
    );
    writeFileSync(path.join(dir, 'notes.bin'), 'ignored: not a contract type');
    const csv = path.join(dir, 'out.csv');
    const io = captureIo({ PRECIS_HOME: path.join(dir, 'home') });
    const code = await main(['terms', dir, corpusFile('yc-post-money-safe-valuation-cap.docx'), '--json', '--csv', csv], io);
    expect(io.err).toEqual([]);
    expect(code).toBe(0);
    expect(io.out).toHaveLength(2);
    const lease = JSON.parse(io.out[0]!) as { file: string; terms: Record<string, { value: unknown; citations: { blockId: string; page: number; clause: string | null }[] }>; clauses: unknown[] };
    expect(lease.file).toMatch(/lease\.txt$/);
    expect(lease.terms.agreementDate?.value).toBe('2024-05-01');
    expect(lease.terms.parties?.value).toEqual([
      { name: 'Alpha Holdings LLC', role: 'Landlord' },
      { name: 'Beta Shops Inc.', role: 'Tenant' },
    ]);
    expect(lease.terms.governingLaw?.value).toBe('Texas, United States');
    expect(lease.terms.governingLaw?.citations[0]).toMatchObject({ page: 1 });
    expect(lease.terms.insurance).toBeUndefined();
    const safe = JSON.parse(io.out[1]!) as { terms: Record<string, { blank?: boolean }> };
    expect(safe.terms.parties?.blank).toBe(true);
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('Texas, United States');
  });

  it('reports an unreadable file with its code, keeps going and exits 1', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-terms-'));
    writeFileSync(path.join(dir, 'fake.pdf'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9]));
    writeFileSync(path.join(dir, 'ok.txt'), 'This Agreement shall be governed by the laws of the State of Ohio, and each party shall comply with it.');
    const io = captureIo({ PRECIS_HOME: path.join(dir, 'home') });
    expect(await main(['terms', dir, '--json'], io)).toBe(1);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(/^[A-Z_]+ .*fake\.pdf/);
    expect(io.out).toHaveLength(1);
  });

  it('refuses a missing path with FILE_NOT_FOUND', async () => {
    const io = captureIo();
    expect(await main(['terms', '/definitely/not/here.pdf'], io)).toBe(1);
    expect(io.err[0]).toMatch(/^FILE_NOT_FOUND /);
  });
});
