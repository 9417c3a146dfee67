/**
 * Inputs that used to crash or hang: a DOCX holding one 1.1 MB paragraph, and 50 MB of text on one
 * line, through `precis summarize` and through `precis serve` (the bridge), each in a child process
 * whose heap is capped at 1 GB. Each gives a summary whose citations resolve to the right page and
 * clause, or a clean one-line FILE_TOO_LARGE; the process never dies.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryEvent } from '../../../shared/summary';
import { connectBridge } from '../../../electron/core/bridge/connectBridge';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { shutdownParseWorker } from '../../../electron/core/documents/worker/parseInWorker';
import { makeLongParagraphDocx } from '../../fixtures/makeDocx';
import { startServe, type Served } from '../../e2e/serveProcess';
import { runCli, type CliRun } from '../../helpers/runCli';

const HEAP = '--max-old-space-size=1024';
const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-long-'));
const docxFile = path.join(dir, 'one-paragraph.docx');
const textFile = path.join(dir, 'one-line.txt');
let docxBytes: Uint8Array;
let textBytes: Buffer;

beforeAll(async () => {
  docxBytes = await makeLongParagraphDocx(1_100_000);
  writeFileSync(docxFile, docxBytes);
  const sentence = 'The Supplier shall deliver the Goods within thirty days after each order and the Customer shall pay. ';
  textBytes = Buffer.from(sentence.repeat(Math.ceil(50_000_000 / sentence.length)));
  writeFileSync(textFile, textBytes);
});
afterAll(() => shutdownParseWorker());

function summarize(file: string, home: string): Promise<CliRun> {
  return runCli(['summarize', file, '--provider', 'extractive', '--json'], { home, nodeArgs: [HEAP] });
}

interface Point {
  text: string;
  citations: { blockId: string; page: number; clause?: string | null }[];
}

/** Every point's text comes from the block it cites, and that block is on the cited page in the cited clause. */
async function expectCitationsResolve(points: Point[], file: string): Promise<void> {
  const doc = await extractDocument({ path: file });
  const byId = new Map(doc.blocks.map((b) => [b.id, b]));
  expect(points.length).toBeGreaterThan(0);
  for (const p of points) {
    expect(p.citations.length).toBeGreaterThan(0);
    for (const c of p.citations) {
      const block = byId.get(c.blockId);
      expect(block, c.blockId).toBeDefined();
      expect(c.page).toBe(block?.page);
      expect(c.clause ?? undefined).toBe(block?.clause);
    }
    expect(byId.get(p.citations[0]!.blockId)?.text).toContain(p.text.slice(0, 40));
  }
}

describe('long inputs through precis summarize (1 GB heap)', () => {
  it('summarizes a DOCX of one 1.1 MB paragraph, citing the many blocks it became', async () => {
    const run = await summarize(docxFile, mkdtempSync(path.join(os.tmpdir(), 'precis-long-home-')));
    expect(run.code, run.stderr).toBe(0);
    const { points } = JSON.parse(run.stdout) as { points: Point[] };
    await expectCitationsResolve(points, docxFile);
    // The paragraph is clause 1.1 of the contract; its pieces keep that clause.
    expect(points.every((p) => p.citations.every((c) => c.clause === '1.1' || c.clause === '1'))).toBe(true);
  }, 300_000);

  it('answers 50 MB on one line with a summary or one FILE_TOO_LARGE line, never a crash', async () => {
    const run = await summarize(textFile, mkdtempSync(path.join(os.tmpdir(), 'precis-long-home-')));
    expect(run.signal).toBeNull();
    if (run.code === 0) {
      expect((JSON.parse(run.stdout) as { points: Point[] }).points.length).toBeGreaterThan(0);
    } else {
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^FILE_TOO_LARGE /)]);
    }
  }, 600_000);
});

describe('long inputs through precis serve (1 GB heap)', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startServe(['--provider', 'extractive'], mkdtempSync(path.join(os.tmpdir(), 'precis-long-serve-')), [HEAP]);
  }, 120_000);
  afterAll(() => served?.stop());

  // Each token opens one connection: the next connection uses the token the previous one was handed (as a reload does).
  let token: string | undefined;
  const connect = async () => {
    const url = new URL(served.url);
    const client = await connectBridge({ port: Number(url.port), token: token ?? new URLSearchParams(url.hash.slice(1)).get('token') ?? '' });
    token = client.nextToken;
    return client;
  };
  const run = async (name: string, bytes: Uint8Array) => {
    const client = await connect();
    const events: SummaryEvent[] = [];
    const ended = new Promise<void>((resolve) =>
      client.on('summary.event', (e) => {
        events.push(e);
        if (e.type === 'done' || e.type === 'failed' || e.type === 'cancelled') resolve();
      }),
    );
    const started = await client.invoke('summary.start', { jobId: name, file: { kind: 'bytes', name, data: Buffer.from(bytes).toString('base64') } });
    if (started.ok) await ended;
    await client.close();
    return { started, terminal: events.at(-1) };
  };

  it('summarizes the 1.1 MB paragraph DOCX, and answers 50 MB with a summary or FILE_TOO_LARGE; the server lives on', async () => {
    const docx = await run('one-paragraph.docx', docxBytes);
    expect(docx.started.ok).toBe(true);
    expect(docx.terminal?.type).toBe('done');
    if (docx.terminal?.type === 'done') await expectCitationsResolve(docx.terminal.summary.points, docxFile);

    const big = await run('one-line.txt', textBytes);
    if (big.started.ok) expect(big.terminal?.type === 'done' || (big.terminal?.type === 'failed' && big.terminal.error.code === 'FILE_TOO_LARGE')).toBe(true);
    else expect(big.started.error.code).toBe('FILE_TOO_LARGE');

    // Still serving: a fresh client is answered.
    expect(served.child.exitCode).toBeNull();
    const client = await connect();
    expect((await client.invoke('app.info', {})).ok).toBe(true);
    await client.close();
  }, 600_000);
});
