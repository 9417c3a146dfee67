import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli';
import type { CliIo } from '../../../electron/core/commands/cliIo';
import { tinyModelPath } from '../../helpers/tinyGguf';

function io(signal: AbortSignal = new AbortController().signal): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const home = mkdtempSync(path.join(os.tmpdir(), 'precis-home-'));
  return { out, err, stdout: (l) => out.push(`${l}\n`), write: (t) => out.push(t), stderr: (l) => err.push(l), signal, env: { PRECIS_HOME: home } };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-summarize-'));
function contract(name: string, clauses: number): string {
  const file = path.join(dir, name);
  const body = Array.from(
    { length: clauses },
    (_, i) => `${i + 1}. Clause ${i + 1}\n\nThe Supplier shall deliver the Goods within ${10 + i} days. The Buyer shall pay within thirty days of invoice.`,
  ).join('\n\n');
  writeFileSync(file, `SUPPLY AGREEMENT\n\n${body}\n`);
  return file;
}

interface JsonLine {
  file: string;
  summary: string;
  points: { text: string; citations: { blockId: string; page: number; clause: string | null }[] }[];
  stats: { chunks: number; generatedTokens: number };
}

describe('precis summarize', () => {
  it('summarizes several files with one model load, one JSON object per file per line', async () => {
    const a = contract('a.txt', 4);
    const b = contract('b.txt', 6);
    const cli = io();
    const code = await main(['summarize', a, b, '--model', await tinyModelPath(), '--json', '--threads', '1', '--parallel', '2', '--max-tokens', '16'], cli);
    // Load progress is one stderr line, once for both files; stdout holds only the JSON lines.
    expect(cli.err).toEqual([expect.stringMatching(/^loading model precis-tiny-[0-9a-f]+\.gguf \(0\.\d MB\)…$/)]);
    expect(code).toBe(0);
    const lines = cli.out.join('').trim().split('\n').map((l) => JSON.parse(l) as JsonLine);
    expect(lines.map((l) => l.file)).toEqual([a, b]);
    for (const l of lines) {
      expect(typeof l.summary).toBe('string');
      expect(l.stats.chunks).toBeGreaterThanOrEqual(1);
      expect(l.stats.generatedTokens).toBeGreaterThan(0);
      for (const p of l.points) for (const c of p.citations) expect(c.blockId).toMatch(/^p\d+\.\d+$/);
    }
  });

  it('uses the extractive engine when no model is given and streams markdown', async () => {
    const cli = io();
    expect(await main(['summarize', contract('c.txt', 5), '--sentences', '3'], cli)).toBe(0);
    const text = cli.out.join('');
    // A text file has no printed pages: its citations name the clause.
    expect(text).toMatch(/\[§\d/);
    // It reads sentences and picks some: no prompt, no generated tokens, no tokens/s in its account.
    const stats = cli.err.find((l) => /sentences read/.test(l));
    expect(stats).toMatch(/^1 part, \d+ sentences read, [1-3] chosen, \d+ ms$/);
    expect(cli.err.join('\n')).not.toMatch(/tok\/s|generated tokens/);
  });

  it('exits 130 with CANCELLED on Ctrl+C', async () => {
    const controller = new AbortController();
    const cli = io(controller.signal);
    cli.write = (t) => {
      cli.out.push(t);
      controller.abort();
    };
    const code = await main(['summarize', contract('d.txt', 6), '--model', await tinyModelPath(), '--threads', '1', '--max-tokens', '200'], cli);
    expect(code).toBe(130);
    expect(cli.err[cli.err.length - 1]).toMatch(/^CANCELLED /);
  });

  it('reports a bad model or bad flags as one stable-code line', async () => {
    const notModel = path.join(dir, 'fake.gguf');
    writeFileSync(notModel, 'not a model');
    const cli = io();
    expect(await main(['summarize', contract('e.txt', 2), '--model', notModel], cli)).toBe(1);
    expect(cli.err).toEqual([expect.stringMatching(/^MODEL_INVALID /)]);
    const bad = io();
    expect(await main(['summarize', contract('f.txt', 2), '--parallel', 'zero'], bad)).toBe(1);
    expect(bad.err[0]).toMatch(/^INVALID_REQUEST /);
    const unknown = io();
    expect(await main(['summarize', contract('g.txt', 2), '--provider', 'nope'], unknown)).toBe(1);
    expect(unknown.err[0]).toMatch(/^PROVIDER_UNKNOWN /);
  });
});

describe('precis summarize --password', () => {
  it('opens an encrypted PDF with the password, and says PASSWORD_REQUIRED without it', async () => {
    const { makeKnownPdf, encryptPdf } = await import('../../fixtures/makePdf');
    const file = path.join(dir, 'locked.pdf');
    writeFileSync(file, encryptPdf(dir, (await makeKnownPdf()).bytes, 'sesame'));
    const without = io();
    expect(await main(['summarize', file, '--provider', 'extractive'], without)).not.toBe(0);
    expect(without.err.join('\n')).toMatch(/^PASSWORD_REQUIRED /m);
    const withPassword = io();
    expect(await main(['summarize', file, '--provider', 'extractive', '--json', '--password', 'sesame'], withPassword)).toBe(0);
    const line = JSON.parse(withPassword.out.join('').trim().split('\n')[0] ?? '{}') as JsonLine;
    expect(line.points.length).toBeGreaterThan(0);
  });
});
