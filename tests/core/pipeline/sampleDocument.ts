import type { Block, ExtractedDocument } from '../../../shared/document';

const SENTENCES = [
  'The Licensee shall pay the Licensor a fee of $12,000 within thirty (30) days after each invoice.',
  'Either party may terminate this Agreement on sixty days written notice to the other party.',
  'Neither party shall be liable for indirect or consequential damages arising out of this Agreement.',
  'This Agreement is governed by the laws of the State of Delaware.',
  'The Receiving Party shall keep all Confidential Information secret for five years after termination.',
];

/**
 * A contract-shaped document built by hand: `sections` numbered clauses, each a heading and
 * `paragraphs` sub-clauses, two sections per page. `inject` is added to one paragraph to test that
 * document text never becomes instructions or special tokens.
 */
export function sampleDocument(options: { sections?: number; paragraphs?: number; inject?: string } = {}): ExtractedDocument {
  const sections = options.sections ?? 6;
  const paragraphs = options.paragraphs ?? 3;
  const blocks: Block[] = [];
  for (let s = 1; s <= sections; s++) {
    const page = Math.ceil(s / 2);
    const heading = `${s}. ${['Fees', 'Term', 'Liability', 'Law', 'Confidentiality', 'General'][(s - 1) % 6]}`;
    const onPage = () => blocks.filter((b) => b.page === page).length + 1;
    blocks.push({ id: `p${page}.${onPage()}`, page, kind: 'heading', text: heading, clause: String(s), section: [] });
    for (let p = 1; p <= paragraphs; p++) {
      let text = `${SENTENCES[(s + p) % SENTENCES.length]} ${SENTENCES[(s * p) % SENTENCES.length]}`;
      if (options.inject && s === 1 && p === 1) text += ` ${options.inject}`;
      blocks.push({ id: `p${page}.${onPage()}`, page, kind: 'paragraph', text, clause: `${s}.${p}`, section: [heading] });
    }
  }
  const pageCount = Math.ceil(sections / 2);
  return {
    sha256: 'a'.repeat(64),
    kind: 'text',
    fileName: 'sample.txt',
    title: 'Sample Licence Agreement',
    pageCount,
    pages: Array.from({ length: pageCount }, (_, i) => ({
      number: i + 1,
      text: blocks
        .filter((b) => b.page === i + 1)
        .map((b) => b.text)
        .join('\n\n'),
    })),
    blocks,
    definitions: [],
    warnings: [],
  };
}
