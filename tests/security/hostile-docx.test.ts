import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/core/cli';
import type { CliIo } from '../../electron/core/commands/cliIo';
import { docxHtml } from '../../electron/core/documents/docx/docxHtml';
import { strToU8, zipSync } from 'fflate';
import { createNumberer, formatNumber, readNumberingDefinitions, type NumberingDefinitions } from '../../electron/core/documents/docx/numbering';
import { judgeProlog } from '../../electron/core/documents/docx/xmlDeclarations';
import { shutdownParseWorker } from '../../electron/core/documents/worker/parseInWorker';
import { createCoreDeps } from '../../electron/core/service/createCoreDeps';
import { createPrecisService, type PrecisService } from '../../electron/core/service/createPrecisService';
import { connectInMemory } from '../../electron/core/service/inMemoryClient';
import { makeContractDocx, makeRawXmlDocx, WORD_NS } from '../fixtures/makeDocx';

// Word files are hostile input. One whose XML declares entities (external: XXE; nested: "billion
// laughs") or is simply not well-formed must fail with one stable code and one line that says what
// failed and what to do, through the CLI and the service alike, never with the XML parser's own
// multi-line text and never with the content of a file an entity points at.
let dir: string;
let canary: string;
let service: PrecisService;
const cases: { name: string; bytes: Uint8Array; says: RegExp }[] = [];

const body = (inner: string): string => `<w:document ${WORD_NS}><w:body><w:p><w:r><w:t>${inner}</w:t></w:r></w:p></w:body></w:document>`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'precis-xxe-'));
  canary = path.join(dir, 'secret.txt');
  writeFileSync(canary, 'XXE-CANARY-7c1d');
  const doctype = /declares its own XML entities/;
  const malformed = /not well-formed XML/;
  cases.push(
    { name: 'xxe.docx', says: doctype, bytes: await makeRawXmlDocx(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://${canary}">]>${body('&x;')}`) },
    { name: 'laughs.docx', says: doctype, bytes: await makeRawXmlDocx(`<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${body('&c;')}`) },
    // The declaration after a comment, and in UTF-16 (a reading as UTF-8 would miss it).
    { name: 'comment-then-doctype.docx', says: doctype, bytes: await makeRawXmlDocx(`<?xml version="1.0"?><!-- a <w:document> in a comment --><!DOCTYPE d SYSTEM "file://${canary}">${body('x')}`) },
    { name: 'utf16.docx', says: doctype, bytes: await makeRawXmlDocx(new Uint8Array(Buffer.from(`\ufeff<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://${canary}">]>${body('&x;')}`, 'utf16le'))) },
    { name: 'unclosed.docx', says: malformed, bytes: await makeRawXmlDocx(`<?xml version="1.0"?><w:document ${WORD_NS}><w:body><w:p><w:r><w:t>cut short</w:r></w:p></w:body>`) },
    { name: 'undeclared-entity.docx', says: malformed, bytes: await makeRawXmlDocx(`<?xml version="1.0"?>${body('a &bogus; b')}`) },
  );
  // Word's main part without a body element.
  cases.push({ name: 'no-body.docx', says: /without a Word document body/, bytes: await makeRawXmlDocx(`<?xml version="1.0"?><w:document ${WORD_NS}><w:other/></w:document>`) });
  for (const c of cases) writeFileSync(path.join(dir, c.name), c.bytes);
  service = createPrecisService(createCoreDeps({ home: path.join(dir, 'home'), transport: 'bridge', version: 'test', provider: 'extractive' }));
});

afterAll(async () => {
  await service.shutdown();
  await shutdownParseWorker();
  rmSync(dir, { recursive: true, force: true });
});

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (l) => out.push(l), write: (t) => out.push(t), stderr: (l) => err.push(l), signal: new AbortController().signal, env: { PRECIS_HOME: path.join(dir, 'cli-home') } };
}

function expectOneLine(message: string): void {
  expect(message).not.toMatch(/[\r\n\t]/);
  expect(message).not.toMatch(/xmldom|@#\[line|undefined|Error:/);
  expect(message).not.toContain('XXE-CANARY');
  expect(message).toMatch(/try again\.$/);
}

describe('hostile and malformed Word files', () => {
  it('CLI extract and summarize: exit 1 with one line, FILE_INVALID and what to do', async () => {
    for (const [i, c] of cases.entries()) {
      // Every case through extract; summarize (which starts a fresh reader each run) for one declaration and one malformed file.
      const commands = [['extract', path.join(dir, c.name)], ...(i === 0 || c.name === 'unclosed.docx' ? [['summarize', path.join(dir, c.name), '--provider', 'extractive']] : [])];
      for (const argv of commands) {
        const cli = io();
        expect(await main(argv, cli), `${argv[0]} ${c.name}`).toBe(1);
        const lines = cli.err.join('\n').split('\n').filter((l) => !/^(?:resuming|Reading)/.test(l));
        expect(lines, `${argv[0]} ${c.name}`).toHaveLength(1);
        expect(lines[0]).toMatch(/^FILE_INVALID /);
        expect(lines[0]).toMatch(c.says);
        expectOneLine(lines[0]!);
        expect(cli.out.join('')).not.toContain('XXE-CANARY');
      }
    }
  });

  it('service (documents.inspect with bytes, as the window and the bridge send them): FILE_INVALID, one line', async () => {
    const client = connectInMemory(service);
    for (const c of cases) {
      const r = await client.invoke('documents.inspect', { file: { kind: 'bytes', name: c.name, data: Buffer.from(c.bytes).toString('base64') } });
      expect(r, c.name).toMatchObject({ ok: false, error: { code: 'FILE_INVALID' } });
      if (r.ok) continue;
      expect(r.error.message).toMatch(c.says);
      expectOneLine(r.error.message);
    }
    // The service still reads an ordinary Word file afterwards.
    const good = await client.invoke('documents.inspect', { file: { kind: 'bytes', name: 'ok.docx', data: Buffer.from(await makeContractDocx()).toString('base64') } });
    expect(good).toMatchObject({ ok: true });
    await client.close();
  });

  it('the Source panel reader refuses a DOCTYPE the same way', async () => {
    await expect(docxHtml(cases[0]!.bytes)).rejects.toMatchObject({ code: 'FILE_INVALID', message: expect.stringMatching(/declares its own XML entities/) });
  });
});

describe('judgeProlog', () => {
  it('finds a DOCTYPE only before the root element, skipping declarations, comments and PIs', () => {
    expect(judgeProlog('<?xml version="1.0"?><w:document>')).toBe('clean');
    expect(judgeProlog('<?xml version="1.0"?>\n<!-- <!DOCTYPE x> --><?pi x?><root><!DOCTYPE')).toBe('clean');
    expect(judgeProlog('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>')).toBe('doctype');
    expect(judgeProlog('<?xml version="1.0"?><!doctype x><x/>')).toBe('doctype');
    // Cut at a chunk's end: undecided until more text arrives.
    expect(judgeProlog('<?xml version="1.0"?')).toBe('more');
    expect(judgeProlog('<?xml version="1.0"?><!-')).toBe('more');
    expect(judgeProlog('<?xml version="1.0"?><')).toBe('more');
    expect(judgeProlog('   ')).toBe('more');
  });
});

describe('numbering of a crafted Word file', () => {
  it('numbers 20,000 paragraphs whose style only a list level names, after 20,000 other lists, in time that grows with their number', () => {
    // Each paragraph finds its list through its style, named by the level of the last of 20,000
    // lists: looked up afresh per paragraph, that took time growing with lists times paragraphs.
    const n = 20_000;
    const plain = { levels: new Map([[0, { start: 1, format: 'decimal', text: '%1.' }]]) };
    const defs: NumberingDefinitions = {
      abstracts: new Map([...Array.from({ length: n }, (_, i) => [`a${i}`, plain] as const), ['styled', { levels: new Map([[0, { start: 1, format: 'lowerLetter', text: '(%1)', pStyle: 'ClauseText' }]]) }]]),
      nums: new Map([...Array.from({ length: n }, (_, i) => [String(i + 1), { abstractId: `a${i}`, overrides: new Map<number, number>() }] as const), [String(n + 1), { abstractId: 'styled', overrides: new Map<number, number>() }]]),
      styleNum: new Map(),
      numStyles: new Map(),
      paragraphs: Array.from({ length: n }, () => null),
    };
    const started = performance.now();
    const numberer = createNumberer(defs);
    const numbers = Array.from({ length: n }, () => numberer({ level: '0', isOrdered: true }, 'ClauseText'));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(numbers.slice(0, 3)).toEqual(['(a)', '(b)', '(c)']);
    // A style no level names stays unnumbered.
    expect(createNumberer(defs)({ level: '0', isOrdered: true }, 'OtherStyle')).toBe('');
  }, 120_000);
});

describe('numbering parts that are not well-formed', () => {
  /** A zip of the parts numbering is read from (the XML parser sees document.xml only later). */
  const parts = (p: { numbering?: string; document?: string }): Uint8Array =>
    zipSync({
      'word/numbering.xml': strToU8(p.numbering ?? `<w:numbering ${WORD_NS}></w:numbering>`),
      'word/document.xml': strToU8(p.document ?? `<w:document ${WORD_NS}><w:body></w:body></w:document>`),
    });
  const n = 80_000;
  const timed = <T>(read: () => T): T => {
    const started = performance.now();
    const out = read();
    // Each unclosed tag was read to the end of the part: time growing with the square of their
    // number (20,000 of them, 2 to 13 s; minutes here).
    expect(performance.now() - started).toBeLessThan(5_000);
    return out;
  };

  it('reads 80,000 list levels never closed within a generous bound', () => {
    const defs = timed(() => readNumberingDefinitions(parts({ numbering: `<w:numbering ${WORD_NS}><w:abstractNum w:abstractNumId="0">${'<w:lvl w:ilvl="0">'.repeat(n)}</w:abstractNum></w:numbering>` })));
    expect(defs.abstracts.get('0')?.levels.size).toBe(0);
  }, 120_000);

  it('reads a level of 80,000 tags without a value or an end within a generous bound', () => {
    const defs = timed(() => readNumberingDefinitions(parts({ numbering: `<w:numbering ${WORD_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerLetter"/>${'<w:start '.repeat(n)}</w:lvl></w:abstractNum></w:numbering>` })));
    expect(defs.abstracts.get('0')?.levels.get(0)).toEqual({ start: 1, format: 'lowerLetter', text: '' });
  }, 120_000);

  it('reads 80,000 lists whose id never ends within a generous bound', () => {
    const defs = timed(() => readNumberingDefinitions(parts({ numbering: `<w:numbering ${WORD_NS}><w:num w:numId="1 ${'<w:num '.repeat(n)}` })));
    expect(defs.nums.size).toBe(0);
  }, 120_000);

  it('reads 80,000 paragraphs whose properties never close within a generous bound', () => {
    const defs = timed(() => readNumberingDefinitions(parts({ document: `<w:document ${WORD_NS}><w:body>${'<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'.repeat(n)}</w:body></w:document>` })));
    expect(defs.paragraphs).toHaveLength(n);
    expect(defs.paragraphs.every((p) => p === null)).toBe(true);
  }, 120_000);

  it('still reads a well-formed list, its restart and its paragraphs', () => {
    const defs = readNumberingDefinitions(
      parts({
        numbering:
          `<w:numbering ${WORD_NS}><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Article %1"/></w:lvl>` +
          `<w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/><w:pStyle w:val="ClauseText"/></w:lvl></w:abstractNum>` +
          `<w:num w:numId="7"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/></w:lvlOverride></w:num></w:numbering>`,
        document:
          `<w:document ${WORD_NS}><w:body><w:p><w:r><w:t>Nordlicht GmbH</w:t></w:r></w:p>` +
          `<w:p w:rsidR="00A1"> <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>Fees</w:t></w:r></w:p><w:p/></w:body></w:document>`,
      }),
    );
    expect(defs.abstracts.get('3')?.levels).toEqual(
      new Map([
        [0, { start: 2, format: 'upperRoman', text: 'Article %1' }],
        [1, { start: 1, format: 'lowerLetter', text: '(%2)', pStyle: 'ClauseText' }],
      ]),
    );
    expect(defs.nums.get('7')).toEqual({ abstractId: '3', overrides: new Map([[1, 4]]) });
    expect(defs.paragraphs).toEqual([null, { numId: '7', ilvl: 1 }, null]);
  });
});

describe('numbers of a crafted size', () => {
  it('writes a lettered or Roman list started at two billion in digits, not megabytes of letters', () => {
    const numbering = (format: string): string =>
      `<w:numbering ${WORD_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="${format}"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const document = `<w:document ${WORD_NS}><w:body>${'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>'.repeat(2)}</w:body></w:document>`;
    for (const format of ['lowerLetter', 'upperRoman']) {
      const numberer = createNumberer(readNumberingDefinitions(zipSync({ 'word/numbering.xml': strToU8(numbering(format)), 'word/document.xml': strToU8(document) })));
      const labels = [0, 1].map(() => numberer({ level: '0', isOrdered: true }, undefined));
      expect(labels).toEqual(['(2000000000)', '(2000000001)']);
    }
  });

  it('letters a list up to thirty letters and writes Roman numerals up to 3,999', () => {
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(780, 'upperLetter')).toBe('Z'.repeat(30));
    expect(formatNumber(781, 'lowerLetter')).toBe('781');
    expect(formatNumber(3999, 'upperRoman')).toBe('MMMCMXCIX');
    expect(formatNumber(4000, 'lowerRoman')).toBe('4000');
    // A start below one has no letter, and no longer fails the file.
    expect(formatNumber(-100, 'lowerLetter')).toBe('');
  });
});
