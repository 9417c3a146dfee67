import type { Block, DefinedTerm } from '../../../../shared/document';

const Q_OPEN = '[“"‘\']';
const Q_CLOSE = '[”"’\']';
/** “Term” means … / “Term” shall have the meaning … */
const MEANS = new RegExp(
  `${Q_OPEN}([A-Z][^“”"]{0,78}?)${Q_CLOSE}\\s*,?\\s*(?:\\([^)]{0,40}\\)\\s*)?(?:shall\\s+)?(?:means?|has\\s+the\\s+meaning|have\\s+the\\s+meaning|shall\\s+have\\s+the\\s+meaning|includes?|refers?\\s+to|is\\s+defined)\\b`,
  'g',
);
/** (the “Agreement”), (each a “Party”), (hereinafter “Licensor”) */
const PAREN = new RegExp(`\\((?:[^()“”"]{0,40}?\\s)?${Q_OPEN}([A-Z][^“”"()]{0,58}?)${Q_CLOSE}\\)`, 'g');
/** (the Confidential Information): unquoted, as when the original marked the term in bold. */
const PAREN_BARE = /\((?:the|each a|each an|together the|collectively the)\s+((?:[A-Z][\w'’-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,4})\)/g;
/** In a definitions section: "Business Day: a day other than…" or "Affiliate means…" without quotes. */
const BARE = /^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+|\([a-z]{1,3}\)\s+)?([A-Z][A-Za-z0-9'’&/-]*(?:\s+[A-Za-z0-9'’&/-]+){0,6}?)\s*(?::|\s(?:shall\s+)?means\b)/;

const isDefinitionsSection = (b: Block): boolean => b.section.some((s) => /definitions|interpretation|defined terms/i.test(s));

/** Finds the terms the contract defines, each with the block that defines it (first definition wins). */
export function findDefinedTerms(blocks: Block[]): DefinedTerm[] {
  const seen = new Set<string>();
  const out: DefinedTerm[] = [];
  const add = (term: string, blockId: string): void => {
    const t = term.replace(/\s+/g, ' ').trim();
    if (t.length < 2 || t.length > 80 || seen.has(t)) return;
    seen.add(t);
    out.push({ term: t, blockId });
  };
  for (const b of blocks) {
    if (b.kind === 'table-row') {
      // Definitions tables: the first cell is the term ("'Buyer Data' | Data that is owned…").
      const first = b.text.split(' | ')[0]!.trim();
      const quoted = /^[“"‘']([A-Z][^“”"‘’']{0,78})[”"’']$/.exec(first);
      if (quoted && (isDefinitionsSection(b) || b.text.includes(' | '))) add(quoted[1]!, b.id);
      if (!isDefinitionsSection(b)) continue;
    }
    for (const m of b.text.matchAll(MEANS)) add(m[1]!, b.id);
    for (const m of b.text.matchAll(PAREN)) add(m[1]!, b.id);
    for (const m of b.text.matchAll(PAREN_BARE)) add(m[1]!, b.id);
    if (b.kind !== 'heading' && isDefinitionsSection(b)) {
      const m = BARE.exec(b.text);
      if (m && !/^(?:The|This|In|If|Any|All|Each|Where|Unless|Words|References?)$/.test(m[1]!.split(' ')[0]!)) add(m[1]!, b.id);
    }
  }
  return out;
}
