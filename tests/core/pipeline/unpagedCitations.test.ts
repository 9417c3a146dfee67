import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/core/cli';
import type { CliIo } from '../../../electron/core/commands/cliIo';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { exportSummary } from '../../../electron/core/export/exportSummary';
import { resolveMarkdownCitations } from '../../../electron/core/pipeline/citations';
import { citationOf, formatCitation } from '../../../shared/document';
import { makeContractDocx } from '../../fixtures/makeDocx';
import { summaryFixture } from '../jobs/summaryFixture';

// A Word or text document has no printed pages: every citation of one names its clause ("§1.1"),
// or "¶ N" (the block's place in the document) when the block has no clause, wherever it is shown.

const dir = mkdtempSync(path.join(os.tmpdir(), 'precis-unpaged-'));

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const home = mkdtempSync(path.join(dir, 'home-'));
  return { out, err, stdout: (l) => out.push(`${l}\n`), write: (t) => out.push(t), stderr: (l) => err.push(l), signal: new AbortController().signal, env: { PRECIS_HOME: home } };
}

describe('citations of documents without printed pages', () => {
  it('numbers a DOCX\'s blocks in reading order and cites them by clause or paragraph', async () => {
    const doc = await extractDocument({ bytes: await makeContractDocx(), name: 'msa.docx' });
    expect(doc.blocks.map((b) => b.paragraph)).toEqual(doc.blocks.map((_, i) => i + 1));
    const labels = doc.blocks.map((b) => formatCitation(citationOf(b)));
    expect(labels.every((l) => !l.includes('p. '))).toBe(true);
    const fee = doc.blocks.find((b) => b.text.includes('two years'))!;
    expect(formatCitation(citationOf(fee))).toBe(`[§${fee.clause}]`);
    expect(fee.clause).toMatch(/^2\.1/);
    const title = doc.blocks.find((b) => b.text === 'Master Services Agreement')!;
    expect(title.clause).toBeUndefined();
    expect(formatCitation(citationOf(title))).toBe(`[¶ ${title.paragraph}]`);
    // `extract --json` prints the paragraph a "[¶ N]" names.
    const file = path.join(dir, 'numbered.docx');
    writeFileSync(file, await makeContractDocx());
    const cli = io();
    expect(await main(['extract', file, '--json', '--ocr', 'off'], cli)).toBe(0);
    const json = JSON.parse(cli.out.join('')) as { blocks: { id: string; paragraph?: number }[] };
    expect(json.blocks.map((b) => b.paragraph)).toEqual(doc.blocks.map((b) => b.paragraph));
  });

  it('leaves PDF citations as they were: page, then clause', async () => {
    const pdf = path.join(dir, 'x.txt');
    writeFileSync(pdf, 'AGREEMENT\n\n1. Term\n\nThis Agreement lasts two years.\n');
    const text = await extractDocument({ path: pdf });
    // Text files have no printed pages either.
    expect(text.blocks.every((b) => b.paragraph !== undefined)).toBe(true);
    expect(formatCitation({ page: 3, clause: '4.2' })).toBe('[p. 3, §4.2]');
  });

  it('the CLI prints clause and paragraph citations for DOCX and text files, in text and JSON', async () => {
    const docx = path.join(dir, 'msa.docx');
    writeFileSync(docx, await makeContractDocx());
    const txt = path.join(dir, 'supply.txt');
    const clauses = Array.from({ length: 6 }, (_, i) => `${i + 1}. Clause ${i + 1}\n\nThe Supplier shall deliver the Goods within ${10 + i} days. The Buyer shall pay within thirty days of invoice.`);
    writeFileSync(txt, `SUPPLY AGREEMENT\n\nThe parties agree as follows.\n\n${clauses.join('\n\n')}\n`);
    const json = io();
    expect(await main(['summarize', docx, txt, '--provider', 'extractive', '--json', '--ocr', 'off'], json)).toBe(0);
    const lines = json.out.join('').trim().split('\n').map((l) => JSON.parse(l) as { summary: string; points: { citations: { label: string; clause: string | null }[] }[] });
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line.summary).not.toMatch(/\[p\. \d/);
      expect(line.summary).toMatch(/\[(§[\d.()a-z]+|¶ \d+)\]/);
    }
    const cites = lines.flatMap((l) => l.points.flatMap((p) => p.citations));
    expect(cites.length).toBeGreaterThan(0);
    for (const c of cites) expect(c.label).toMatch(c.clause ? /^\[§\d/ : /^\[¶ \d+\]$/);
    const text = io();
    expect(await main(['summarize', txt, '--provider', 'extractive', '--ocr', 'off'], text)).toBe(0);
    expect(text.out.join('')).not.toMatch(/\[p\. \d/);
    expect(text.out.join('')).toMatch(/\[§\d/);
  });

  it('checks a model\'s "[§…]" and "[¶ N]" citations against the document and leaves other brackets alone', async () => {
    const doc = await extractDocument({ bytes: await makeContractDocx(), name: 'msa.docx' });
    const clause = doc.blocks.find((b) => b.clause)!.clause!;
    const md = `- Term [§${clause}] and title [¶ 1].\n- Invented [§9.9] and [¶ 999].\n- The Company [***] pays [sic].`;
    const r = resolveMarkdownCitations(md, doc.blocks);
    expect(r.dropped).toBe(2);
    expect(r.markdown).toContain(`[§${clause}]`);
    expect(r.markdown).toContain('[¶ 1]');
    expect(r.markdown).not.toContain('[§9.9]');
    expect(r.markdown).toContain('[***] pays [sic]');
    expect(r.citations.map((c) => c.blockId)).toEqual([doc.blocks.find((b) => b.clause === clause)!.id, doc.blocks[0]!.id]);
  });

  it('both exports show "[§3.2]" and "[¶ 12]" and explain them, with no "p. 1"', async () => {
    const summary = summaryFixture('Unpaged', {
      markdown: '## Overview\n\nFees are due monthly [§3.2].\n\n- Signed in counterparts [¶ 12].\n',
      points: [
        { text: 'Fees are due monthly.', citations: [{ blockId: 'p1.20', page: 1, clause: '3.2', paragraph: 20 }] },
        { text: 'Signed in counterparts.', citations: [{ blockId: 'p1.12', page: 1, paragraph: 12 }] },
      ],
      keyTerms: { governingLaw: { value: 'New York', text: 'laws of New York', citations: [{ blockId: 'p1.30', page: 1, clause: '12.1', paragraph: 30 }] } },
      document: { sha256: 'c'.repeat(64), fileName: 'msa.docx', kind: 'docx', pageCount: 1 },
    });
    const entry = { id: 'h1', fileName: 'msa.docx', sha256: 'c'.repeat(64), pageCount: 1, createdAt: summary.createdAt, provider: 'local', model: 'm', summary };
    const md = Buffer.from((await exportSummary(entry, 'markdown')).data, 'base64').toString('utf8');
    expect(md).toContain('[§3.2]');
    expect(md).toContain('[¶ 12]');
    expect(md).toContain('§12.1');
    expect(md).not.toMatch(/p\. \d/);
    expect(md).toContain('twelfth paragraph');
    const docx = Buffer.from((await exportSummary(entry, 'docx')).data, 'base64');
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain('[§3.2]');
    expect(value).toContain('[¶ 12]');
    expect(value).not.toMatch(/\[p\. \d/);
  });
});
