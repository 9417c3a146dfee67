import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { extractiveStrategy } from '../../../electron/core/pipeline/extractiveStrategy';
import { modelStrategy } from '../../../electron/core/pipeline/modelStrategy';
import { summarizeDocument } from '../../../electron/core/pipeline/summarizeDocument';
import { extractiveSummary } from '../../../electron/core/terms/extractiveSummary';
import type { ExtractedDocument } from '../../../shared/document';
import { scriptedProvider } from './scriptedProvider';

// An invented contract with the form of another agreement attached after its signatures. The form
// has its own parties, term, duties and law; a summary of the contract must not give them as the
// contract's, and must say what it left out and where that starts.

const contract = [
  'GRAIN STORAGE AGREEMENT',
  'This Grain Storage Agreement (the "Agreement") is made as of April 4, 2022 between Oskar Silo Company, a Kansas corporation ("Oskar"), and Prairie Mill Cooperative, a Nebraska cooperative ("Prairie").',
  '1. Storage. Oskar shall store the grain that Prairie delivers in dry, ventilated bins and shall keep each lot apart from grain of other owners.',
  '2. Fees. Prairie shall pay Oskar a storage fee of $0.04 per bushel per month, invoiced monthly and due within thirty (30) days of each invoice.',
  '3. Inspection. Prairie may inspect the bins holding its grain on two business days\' notice during normal working hours.',
  '4. Loss. Oskar shall be liable for any loss of stored grain caused by its negligence, up to the market value of the grain lost.',
  '5. Term. This Agreement shall commence on the date above and continue for two (2) years.',
  '6. Governing Law. This Agreement shall be governed by the laws of the State of Kansas.',
  'IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.',
  'OSKAR SILO COMPANY\nBy: ______________\nName:\nTitle:',
];

const form = [
  'EXHIBIT C',
  'FORM OF TRUCK YARD LICENCE',
  'This Truck Yard Licence (this "Licence") is made as of [__________], 20[__] by and between [YARD OWNER] ("Owner") and [HAULIER] ("Haulier").',
  '1. Licence. The Haulier shall park no more than four trucks in the yard and shall remove every trailer within forty-eight hours of unloading.',
  '2. Indemnity. The Haulier shall indemnify the Owner against every claim arising from the Haulier\'s use of the yard.',
  '3. Law. This Licence shall be governed by the laws of the State of Montana.',
];

async function docOf(paragraphs: readonly string[]): Promise<ExtractedDocument> {
  return extractDocument({ bytes: new TextEncoder().encode(`${paragraphs.join('\n\n')}\n`), name: 'contract.txt' });
}

async function throughPipeline(d: ExtractedDocument): Promise<string> {
  for await (const e of summarizeDocument(d, extractiveStrategy({ sentences: 8 }), { keyTerms: false })) if (e.type === 'done') return e.summary.markdown;
  throw new Error('no summary');
}

describe('a summary of a contract with the form of another agreement attached', () => {
  it('ranks only the contract\'s sentences and says, citing its caption, what it left out', async () => {
    const doc = await docOf([...contract, ...form]);
    const summary = extractiveSummary(doc.blocks, { sentences: 8 });
    const formIds = new Set(doc.blocks.slice(doc.blocks.findIndex((b) => b.text === 'EXHIBIT C')).map((b) => b.id));
    const ranked = summary.points.filter((p) => !summary.overview.includes(p));
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.some((p) => p.citations.some((c) => formIds.has(c.blockId)))).toBe(false);
    expect(summary.markdown).not.toMatch(/Haulier|Montana|trailer/);
    const note = summary.overview.at(-1)!;
    expect(note.text).toMatch(/attaches another instrument \("EXHIBIT C"\)/);
    expect(note.citations.map((c) => c.blockId)).toEqual([doc.blocks.find((b) => b.text === 'EXHIBIT C')!.id]);
    expect(summary.markdown).toMatch(/The law of Kansas/);
  });

  it('is the same through the pipeline, whose map step ranks the contract alone', async () => {
    const doc = await docOf([...contract, ...form]);
    const markdown = await throughPipeline(doc);
    expect(markdown).toBe(extractiveSummary(doc.blocks, { sentences: 8 }).markdown);
    expect(markdown).not.toMatch(/Haulier|trailer/);
  });

  it('says nothing of attachments, and ranks as before, when the contract has none', async () => {
    const doc = await docOf(contract);
    const summary = extractiveSummary(doc.blocks, { sentences: 8 });
    expect(summary.markdown).not.toMatch(/attaches another instrument/);
    // Without the form, the same contract sentences are ranked: the form only ever removed points.
    const withForm = extractiveSummary((await docOf([...contract, ...form])).blocks, { sentences: 8 });
    const texts = (s: typeof summary) => s.points.filter((p) => !s.overview.includes(p)).map((p) => p.text);
    expect(texts(withForm)).toEqual(texts(summary));
  });
});

describe('the model\'s key-terms step on a contract with a form attached', () => {
  it('is shown the contract, not the form, even where the first chunk holds both', async () => {
    const doc = await docOf([...contract, ...form]);
    const provider = scriptedProvider({ contextSize: 8192 });
    for await (const e of summarizeDocument(doc, modelStrategy(provider), {})) if (e.type === 'done') break;
    // The map step reads the contract alone too (see attachedWarning29.test.ts).
    expect(provider.requests.some((r) => r.kind === 'map')).toBe(true);
    const terms = provider.requests.find((r) => r.kind === 'terms');
    expect(terms?.user).toMatch(/Oskar Silo Company/);
    expect(terms?.user).not.toMatch(/Haulier|Montana/);
  });
});
