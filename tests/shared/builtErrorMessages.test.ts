/**
 * Error messages built by a function rather than written at their error site (the scan in
 * errorMessages.test.ts cannot read them): each form they take must say what to do, as every error a
 * user can see does (shared/errors.ts). The functions are called here with every case they word.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli';
import type { CliIo } from '../../electron/core/commands/cliIo';
import { noBlocksFailure, noTextFailure } from '../../electron/core/documents/noTextFailure';
import { cloudUrlProblem } from '../../shared/cloudUrl';
import { saysWhatToDo } from '../helpers/saysWhatToDo';

function expectInstruction(messages: string[]): void {
  const missing = messages.filter((m) => !saysWhatToDo(m));
  expect(missing).toEqual([]);
}

describe('the usage-line rule of saysWhatToDo', () => {
  it('takes a command usage line as an instruction, and nothing that merely mentions usage', () => {
    expect(saysWhatToDo('Give at least one file. Usage: precis summarize <file…>')).toBe(true);
    expect(saysWhatToDo('Usage: precis models list [--json]')).toBe(true);
    expect(saysWhatToDo('The model’s memory usage: precise figures are not known.')).toBe(false);
  });
});

describe('messages built by functions say what to do', () => {
  it('cloudUrlProblem, for every kind of address it refuses', () => {
    const problems = ['not an address', 'https://sk-123@api.example.test/v1', 'https://user:pw@api.example.test/v1', 'http://models.example.test/v1', 'ftp://models.example.test/v1', 'file:///tmp/x', 'https://api.example.test/v1?key=abc', 'https://api.example.test/v1#x'].map(
      (u) => cloudUrlProblem(u),
    );
    expect(problems.every((p) => p !== undefined)).toBe(true);
    expectInstruction(problems as string[]);
    // What may be used is not refused at all.
    expect(['https://api.example.test/v1', 'http://localhost:8080/v1', 'http://127.0.0.1:1234/v1'].map((u) => cloudUrlProblem(u))).toEqual([undefined, undefined, undefined]);
  });

  it('noTextFailure, whatever was tried', () => {
    const base = { scannedPages: 0, ocrMode: 'auto' as const, ocrPages: 0, unreadPages: [] };
    const messages = [
      base,
      { ...base, scannedPages: 2, ocrMode: 'off' as const },
      { ...base, scannedPages: 2, ocrPages: 2 },
      { ...base, scannedPages: 1, ocrPages: 1, ocrFailure: 'the page took longer than its time limit' },
      { ...base, ocrMode: 'force' as const, ocrPages: 3 },
      { ...base, unreadPages: [4] },
      { ...base, unreadPages: [4, 9] },
    ].map((f) => noTextFailure(f).message);
    expectInstruction(messages);
  });

  it('noBlocksFailure, with and without a warning that says why', () => {
    const messages = [
      noBlocksFailure([]),
      noBlocksFailure([{ code: 'OCR_NEEDED', page: 2, message: 'Page 2 is a scanned image that OCR could not read (no engine); it is left out of the summary.' }]),
      noBlocksFailure([{ code: 'PAGE_TOO_COMPLEX', page: 1, message: 'Page 1 draws its content over and over and was left unread.' }]),
      noBlocksFailure([{ code: 'GARBLED_TEXT', page: 1, message: 'Page 1 has a text layer that cannot be read as words, and OCR could not read it either (no engine); its text is kept as it is.' }]),
    ].map((f) => f.message);
    expectInstruction(messages);
  });

  it('the command line, for arguments it refuses', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'precis-cli-messages-'));
    const refusals: string[] = [];
    for (const argv of [
      ['nonsense'],
      ['extract'],
      ['extract', 'a.pdf', 'b.pdf'],
      ['extract', '--frobnicate', 'a.pdf'],
      ['terms'],
      ['summarize'],
      ['summarize', 'a.pdf', '--length', 'epic'],
      ['summarize', 'a.pdf', '--parallel', '0'],
      ['summarize', 'a.pdf', '--provider', 'oracle'],
      ['models'],
      ['models', 'frobnicate'],
      ['models', 'list', 'extra'],
      ['models', 'remove', '../../etc/passwd'],
      ['models', 'download'],
      ['models', 'download', 'qwen3-4b', '--sha256', 'zz'],
      ['serve', '--port', 'abc'],
      ['serve', '--threads', '0'],
    ]) {
      const err: string[] = [];
      const io: CliIo = { stdout: () => undefined, write: () => undefined, stderr: (l) => err.push(l), signal: new AbortController().signal, env: { PRECIS_HOME: home } };
      const code = await main(argv, io);
      expect(code, argv.join(' ')).not.toBe(0);
      expect(err.length, argv.join(' ')).toBeGreaterThan(0);
      refusals.push(`${argv.join(' ')} → ${err.join('\n')}`);
    }
    // The line is the code, then the message.
    expectInstruction(refusals.map((r) => r.slice(r.indexOf('→') + 2).replace(/^[A-Z_]+ /, '')));
  });
});
