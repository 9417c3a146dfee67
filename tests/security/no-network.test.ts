/**
 * SECURITY C1: local mode sends nothing — proved, not promised.
 * (a) The whole local pipeline (extract a real PDF → chunk → summarize with a real tiny GGUF → save
 *     to the encrypted history) runs in a process with no network at all (`unshare -rn`: a new
 *     network namespace with only a down loopback) and completes.
 * (b) The same pipeline runs with every socket/DNS/fetch entry point hooked in-process (and in
 *     file-based worker threads) by scripts/no-network-guard.mjs: zero attempts.
 * Each part has a control showing its net would catch a connection.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile, REPO_ROOT } from '../helpers/kit';
import { tinyModelPath } from '../helpers/tinyGguf';

const GUARD = path.join(REPO_ROOT, 'scripts', 'no-network-guard.mjs');
const RUN = path.join(REPO_ROOT, 'scripts', 'no-network-local-run.ts');

function exec(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function lastJson(stdout: string): Record<string, unknown> {
  const line = stdout.trim().split('\n').at(-1) ?? '{}';
  return JSON.parse(line) as Record<string, unknown>;
}

let model: string;
let work: string;
beforeAll(async () => {
  model = await tinyModelPath();
  work = mkdtempSync(path.join(os.tmpdir(), 'precis-offline-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('C1 local mode sends nothing', () => {
  it('(a) the whole local pipeline completes under unshare -rn, and (b) with every network entry point hooked there are zero attempts', { timeout: 180_000 }, async () => {
    const homeA = path.join(work, 'a');
    const homeB = path.join(work, 'b');
    const text = path.join(work, 'services.txt');
    writeFileSync(
      text,
      'SERVICES AGREEMENT\n\nThis Agreement is made between Northwind Traders LLC ("Provider") and Globex Corporation ("Client").\n\n' +
        '1. Services. Provider shall deliver the services in Schedule 1.\n\n2. Fees. Client shall pay 1,000 EUR per month within 30 days of invoice.\n\n' +
        '3. Term. This Agreement runs for two years and renews yearly unless terminated on 60 days notice.\n\n4. Governing law. The laws of England apply.\n',
    );
    const env = { PRECIS_HOME: homeA };
    const [sandboxControl, guardControl, a, b] = await Promise.all([
      // Controls: the sandbox really has no network, and the guard really sees a connection.
      exec('unshare', ['-rn', process.execPath, '-e', "require('net').connect(9, '127.0.0.1').on('error', (e) => console.log(e.code))"]),
      exec(process.execPath, ['--import', GUARD, '--import', 'tsx', '-e', "fetch('http://127.0.0.1:9/').catch(() => {}); require('http').get('http://127.0.0.1:9/').on('error', () => {})"]),
      exec('unshare', ['-rn', process.execPath, '--import', 'tsx', RUN, corpusFile('Example-Mutual-Non-Disclosure-Agreement.pdf'), model, homeA], env),
      exec(process.execPath, ['--import', GUARD, '--import', 'tsx', RUN, text, model, homeB], { PRECIS_HOME: homeB }),
    ]);

    expect(sandboxControl.stdout.trim()).toBe('ENETUNREACH');
    expect(guardControl.stderr).toMatch(/NETWORK-ATTEMPT fetch http:\/\/127\.0\.0\.1:9/);
    expect(guardControl.stderr).toMatch(/NETWORK-ATTEMPT net\.createConnection/);

    expect(a.stderr).not.toMatch(/NETWORK-ATTEMPT/);
    expect(a.code, a.stderr).toBe(0);
    const ra = lastJson(a.stdout);
    expect(ra).toMatchObject({ ok: true, terminal: 'done' });
    expect(ra.chunks as number).toBeGreaterThanOrEqual(1);
    expect(readdirSync(path.join(homeA, 'history')).length).toBeGreaterThan(0);

    expect(b.stderr).not.toMatch(/NETWORK-ATTEMPT/);
    expect(b.code, b.stderr).toBe(0);
    expect(lastJson(b.stdout)).toMatchObject({ ok: true, terminal: 'done' });
    expect(readdirSync(path.join(homeB, 'history')).length).toBeGreaterThan(0);
  });
});
