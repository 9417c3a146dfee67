import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli';
import { JOURNAL_DIR } from '../../../electron/core/storage/jobJournal';
import type { CliIo } from '../../../electron/core/commands/cliIo';
import { sendSse, defaultChatHandler, startOpenAiServer, type OpenAiTestServer } from '../../helpers/openaiServer';

const CONTRACT = [
  'SERVICES AGREEMENT',
  'This Services Agreement is made between Northwind Traders LLC ("Provider") and Blue Harbor Capital Inc. ("Client").',
  '1. Fees. Client shall pay the fees to IBAN DE89 3704 0044 0532 0130 00 within 30 days. Questions: billing@northwind.example.com.',
  '2. Term. This Agreement runs for two years and renews for one-year terms unless either party gives 60 days notice.',
].join('\n\n');

function captureIo(env: NodeJS.ProcessEnv): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(`${l}\n`), write: (t) => out.push(t), stderr: (l) => err.push(l), signal: new AbortController().signal, env };
}

let server: OpenAiTestServer;
let dir: string;
let file: string;
beforeAll(async () => {
  server = await startOpenAiServer();
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-cloud-cli-'));
  file = path.join(dir, 'services.txt');
  writeFileSync(file, CONTRACT);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('precis summarize --provider openai', () => {
  it('--preview prints exactly what would be sent, redacted, and sends nothing', async () => {
    const io = captureIo({ PRECIS_HOME: dir, OPENAI_API_KEY: 'sk-cli-test' });
    const code = await main(['summarize', file, '--provider', 'openai', '--base-url', server.baseUrl, '--model', 'test-model', '--preview'], io);
    expect(code).toBe(0);
    const printed = io.out.join('');
    expect(printed).toContain('[p1.3]');
    expect(printed).not.toMatch(/Northwind|Blue Harbor|DE89|billing@/);
    expect(printed).toMatch(/\[IBAN_1\]/);
    expect(io.err.join('\n')).toMatch(/preview sha256 [0-9a-f]{64}.*Nothing was sent/);
    expect(server.requests).toHaveLength(0);

    const raw = captureIo({ PRECIS_HOME: dir });
    await main(['summarize', file, '--provider', 'openai', '--base-url', server.baseUrl, '--preview', '--no-redact'], raw);
    expect(raw.out.join('')).toContain('Northwind Traders LLC');
    expect(raw.err.join('\n')).toContain('NOT redacted');
  });

  it('summarizes through the server: redacted requests with the key from OPENAI_API_KEY, restored output', async () => {
    server.setHandler((req, res, n) => {
      if (req.body?.response_format) return defaultChatHandler(req, res, n);
      const user = req.body?.messages.at(-1)?.content ?? '';
      // Echo the first placeholder the server saw, so the CLI must restore it.
      const ph = /\[ORG_\d+\]/.exec(user)?.[0] ?? /\[ORG_\d+\]/.exec(JSON.stringify(req.body))?.[0] ?? '[ORG_1]';
      sendSse(res, ['## Overview\n', `${ph} provides services [p. 1].`]);
    });
    const io = captureIo({ PRECIS_HOME: dir, OPENAI_API_KEY: 'sk-cli-test' });
    const code = await main(['summarize', file, '--provider', 'openai', '--base-url', server.baseUrl, '--model', 'test-model'], io);
    expect(io.err.filter((l) => /^[A-Z_]+ /.test(l))).toEqual([]);
    expect(code).toBe(0);
    const bodies = server.requests.map((r) => r.raw).join('\n');
    expect(bodies).not.toMatch(/Northwind|Blue Harbor|DE89 3704|billing@northwind/);
    expect(server.requests.every((r) => r.headers.authorization === 'Bearer sk-cli-test')).toBe(true);
    expect(server.chatRequests()[0]?.body?.model).toBe('test-model');
    const printed = io.out.join('');
    expect(printed).toMatch(/(Northwind Traders LLC|Blue Harbor Capital Inc\.) provides services/);
    expect(printed).not.toMatch(/\[ORG_\d+\]/);
  });

  it('asks for OPENAI_API_KEY before contacting api.openai.com', async () => {
    const io = captureIo({ PRECIS_HOME: dir });
    const code = await main(['summarize', file, '--provider', 'openai', '--model', 'gpt-4o-mini'], io);
    expect(code).toBe(1);
    expect(io.err.join('\n')).toMatch(/^CLOUD_KEY_MISSING .*OPENAI_API_KEY/m);
  });
});

describe('precis summarize --provider openai resumes through the job journal', () => {
  it('after Ctrl+C, the same command sends only the parts its journal does not hold and prints the same summary', async () => {
    const clauses = Array.from({ length: 60 }, (_, i) => `${i + 1}. Delivery ${i + 1}. The Supplier shall deliver lot ${i + 1} within ${10 + i} days of each order, and the Buyer shall pay each invoice within thirty days of receipt.`);
    const big = path.join(dir, 'supply.txt');
    writeFileSync(big, `SUPPLY AGREEMENT\n\n${clauses.join('\n\n')}\n`);
    const argv = ['summarize', big, '--provider', 'openai', '--base-url', server.baseUrl, '--model', 'test-model', '--context', '2048', '--parallel', '1'];
    server.setHandler(defaultChatHandler);
    const env = (home: string) => ({ PRECIS_HOME: home, OPENAI_API_KEY: 'sk-cli-test' });
    const journals = (home: string) => (existsSync(path.join(home, JOURNAL_DIR)) ? readdirSync(path.join(home, JOURNAL_DIR)).filter((n) => n.endsWith('.jsonl')) : []);

    // Uninterrupted, in its own data folder: the reference.
    const before = server.chatRequests().length;
    const whole = captureIo(env(mkdtempSync(path.join(dir, 'whole-'))));
    expect(await main(argv, whole), whole.err.join('\n')).toBe(0);
    const wholeRequests = server.chatRequests().length - before;
    const parts = Number(/read part \d+ of (\d+)/.exec(whole.err.join('\n'))?.[1]);
    expect(parts).toBeGreaterThanOrEqual(3);

    // Ctrl+C once two parts are reported read (a part is reported after its journal record is written).
    const home = mkdtempSync(path.join(dir, 'resume-'));
    const stop = new AbortController();
    const cut = { ...captureIo(env(home)), signal: stop.signal };
    cut.stderr = (l) => {
      cut.err.push(l);
      if (/^read part 2 of/.test(l)) stop.abort();
    };
    expect(await main(argv, cut)).toBe(130);
    expect(journals(home)).toHaveLength(1);

    const start = server.chatRequests().length;
    const again = captureIo(env(home));
    expect(await main(argv, again), again.err.join('\n')).toBe(0);
    expect(again.err).toContain(`resuming: 2 of ${parts} parts already read`);
    // The two journaled parts were not sent again; everything else was, once.
    expect(server.chatRequests().length - start).toBe(wholeRequests - 2);
    expect(again.out.join('')).toBe(whole.out.join(''));
    // Done: the journal is gone.
    expect(journals(home)).toEqual([]);
  }, 120_000);
});
