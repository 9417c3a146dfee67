import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli';
import type { CliIo } from '../../../electron/core/commands/cliIo';
import { corpusFile } from '../../helpers/kit';

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), write: (t) => out.push(t), stderr: (l) => err.push(l), signal: new AbortController().signal, env: {} };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-cli-extract-'));
  process.env.PRECIS_HOME = path.join(dir, 'home');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precis extract', () => {
  it('prints one JSON object with document, pages, blocks and warnings', async () => {
    const c = io();
    expect(await main(['extract', corpusFile('Example-Mutual-Non-Disclosure-Agreement.pdf'), '--json'], c)).toBe(0);
    expect(c.out).toHaveLength(1);
    const json = JSON.parse(c.out[0]!) as {
      document: { sha256: string; kind: string; pageCount: number; title: string };
      pages: { number: number; text: string }[];
      blocks: { id: string; page: number; kind: string; text: string; clause: string | null; section: string[] }[];
      warnings: unknown[];
    };
    expect(json.document).toMatchObject({ kind: 'pdf', pageCount: 2 });
    expect(json.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(json.blocks[0]).toEqual(expect.objectContaining({ id: 'p1.1', page: 1 }));
    expect(json.blocks.find((b) => b.clause === '10')?.text).toMatch(/^10\. This Agreement is governed by/);
    expect(json.warnings).toEqual([]);
  });

  it('prints text with page markers, and reads a password-free text file', async () => {
    const file = path.join(dir, 'terms.md');
    writeFileSync(file, '# Terms\n\n1. Fees are due monthly.\f2. Either party may end this.');
    const c = io();
    expect(await main(['extract', file], c)).toBe(0);
    expect(c.out).toEqual(['--- page 1 of 2 ---', 'Terms\n\n1. Fees are due monthly.', '--- page 2 of 2 ---', '2. Either party may end this.']);
  });

  it('reports errors as one stderr line starting with the code and exits non-zero', async () => {
    const missing = io();
    expect(await main(['extract', path.join(dir, 'nope.pdf')], missing)).toBe(1);
    expect(missing.err).toHaveLength(1);
    expect(missing.err[0]).toMatch(/^FILE_NOT_FOUND "nope\.pdf"/);
    const usage = io();
    expect(await main(['extract'], usage)).toBe(1);
    expect(usage.err[0]).toMatch(/^INVALID_REQUEST Usage: precis extract/);
  });
});
