import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { extractiveStrategy } from '../../../electron/core/pipeline/extractiveStrategy';
import { modelStrategy } from '../../../electron/core/pipeline/modelStrategy';
import { attachedWarning } from '../../../electron/core/pipeline/attachedWarning';
import { summarizeDocument } from '../../../electron/core/pipeline/summarizeDocument';
import type { SummaryResult } from '../../../shared/summary';
import type { Block, ExtractedDocument } from '../../../shared/document';
import { scriptedProvider } from './scriptedProvider';

// An invented supply contract with the form of another agreement attached after its signatures:
// the form has its own parties, duties and law, and a model must not be asked to summarise it as
// the contract. The user is told what was left out and where it starts.

const contract = [
  'CANVAS SUPPLY AGREEMENT',
  'This Canvas Supply Agreement (the "Agreement") is made as of June 9, 2021 between Tessel Weaving Mills, Inc., a Georgia corporation ("Tessel"), and Brightwater Sails LLC, a Maine limited liability company ("Brightwater").',
  '1. Supply. Tessel shall weave and deliver the sailcloth that Brightwater orders, in the weights and widths set out in each purchase order.',
  '2. Price. Brightwater shall pay the prices in Tessel\'s current list, net forty-five (45) days from the invoice date.',
  '3. Quality. Each roll shall be free of holes, stains and weaving faults; Brightwater may return a faulty roll within sixty (60) days of delivery.',
  '4. Term. This Agreement shall run for three (3) years from the date above.',
  '5. Governing Law. This Agreement shall be governed by the laws of the State of Georgia.',
  'IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.',
  'TESSEL WEAVING MILLS, INC.\nBy: ______________\nName:\nTitle:',
];

const form = [
  'EXHIBIT B',
  'FORM OF LOFT SUBLEASE',
  'This Loft Sublease (this "Sublease") is made as of [__________], 20[__] by and between [SUBLANDLORD] ("Sublandlord") and [SUBTENANT] ("Subtenant").',
  '1. Premises. The Subtenant shall use the loft only for cutting and sewing sails and shall keep the fire doors clear at all times.',
  '2. Rent. The Subtenant shall pay the Sublandlord a monthly rent of [$______] in advance on the first day of each month.',
  '3. Law. This Sublease shall be governed by the laws of the State of Vermont.',
];

async function docOf(paragraphs: readonly string[]): Promise<ExtractedDocument> {
  return extractDocument({ bytes: new TextEncoder().encode(`${paragraphs.join('\n\n')}\n`), name: 'contract.txt' });
}

async function summaryOf(doc: ExtractedDocument, strategy: Parameters<typeof summarizeDocument>[1]): Promise<SummaryResult> {
  for await (const e of summarizeDocument(doc, strategy, {})) if (e.type === 'done') return e.summary;
  throw new Error('no summary');
}

describe('a model summary of a contract with another instrument attached', () => {
  it('maps the contract\'s blocks only, and warns what it left out and where it starts', async () => {
    const doc = await docOf([...contract, ...form]);
    const caption = doc.blocks.findIndex((b) => b.text === 'EXHIBIT B');
    const formIds = new Set(doc.blocks.slice(caption).map((b) => b.id));
    const provider = scriptedProvider({ contextSize: 8192 });
    const summary = await summaryOf(doc, modelStrategy(provider));
    const maps = provider.requests.filter((r) => r.kind === 'map');
    expect(maps.length).toBeGreaterThan(0);
    for (const m of maps) {
      expect(m.user).not.toMatch(/Subtenant|Vermont|fire doors/);
      expect(m.blockIds.some((id) => formIds.has(id))).toBe(false);
    }
    expect(maps.some((m) => /Brightwater/.test(m.user))).toBe(true);
    expect(summary.points.some((p) => p.citations.some((c) => formIds.has(c.blockId)))).toBe(false);
    const warning = summary.warnings.find((w) => w.code === 'ATTACHED_INSTRUMENT');
    expect(warning?.message).toContain(`From paragraph ${doc.blocks[caption]!.paragraph}, the document attaches another instrument ("EXHIBIT B")`);
    expect(warning?.message).toMatch(/cover the contract only/);
  });

  it('gives the model-free summary the same warning', async () => {
    const doc = await docOf([...contract, ...form]);
    const summary = await summaryOf(doc, extractiveStrategy({ sentences: 8 }));
    expect(summary.warnings.filter((w) => w.code === 'ATTACHED_INSTRUMENT')).toHaveLength(1);
  });

  it('maps every block and warns nothing when there is no attachment', async () => {
    const doc = await docOf(contract);
    const provider = scriptedProvider({ contextSize: 8192 });
    const summary = await summaryOf(doc, modelStrategy(provider));
    const mapped = new Set(provider.requests.filter((r) => r.kind === 'map').flatMap((r) => r.blockIds));
    expect(doc.blocks.every((b) => mapped.has(b.id))).toBe(true);
    expect(summary.warnings.some((w) => w.code === 'ATTACHED_INSTRUMENT')).toBe(false);
  });
});

describe('attachedWarning', () => {
  const block = (id: string, page: number, text: string): Block => ({ id, page, kind: 'paragraph', text, section: [] });

  it('names the page of a printed document and cuts a long caption at a word', async () => {
    const doc = await docOf([...contract, ...form]);
    // The same blocks as a PDF would give them: pages, no paragraph numbers; a long caption.
    const paged = doc.blocks.map((b, i) => {
      const { paragraph: _p, ...rest } = b;
      const page = b.text === 'EXHIBIT B' || i > doc.blocks.findIndex((x) => x.text === 'EXHIBIT B') ? 4 : 1 + Math.floor(i / 4);
      return { ...rest, page, text: b.text === 'EXHIBIT B' ? `EXHIBIT B ${'TO THE CANVAS SUPPLY AGREEMENT BETWEEN THE MILL AND THE SAILMAKER '.repeat(2)}`.trim() : b.text };
    });
    const warning = attachedWarning(paged);
    expect(warning?.page).toBe(4);
    expect(warning?.message).toMatch(/^From page 4, the document attaches another instrument \("EXHIBIT B TO THE CANVAS[^"]* …"\)/);
    expect(warning?.message.length).toBeLessThan(300);
  });

  it('is undefined for a contract without an attachment', () => {
    expect(attachedWarning([block('p1.1', 1, 'A short note.')])).toBeUndefined();
  });
});

describe('an attached sublease or sublicence is an instrument of its own', () => {
  it.each([
    ['FORM OF GARAGE SUBLEASE', 'This Garage Sublease (this "Sublease") is made as of [______], 20[__] by and between [SUBLESSOR] and [SUBLESSEE].'],
    ['EXHIBIT D', 'THIS SOFTWARE SUBLICENSE is entered into as of [DATE] between [RESELLER] ("Sublicensor") and [END USER] ("Sublicensee").'],
  ])('%s', async (caption, opening) => {
    const doc = await docOf([...contract, caption, opening, 'The sublessee shall keep the premises tidy.']);
    expect(attachedWarning(doc.blocks)?.message).toContain(`("${caption}")`);
  });
});
