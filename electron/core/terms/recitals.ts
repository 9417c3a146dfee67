import type { Block } from '../../../shared/document';

/**
 * A recitals heading, the whole heading ("RECITALS", "1. Background", "BACKGROUND AND DEFINITIONS"), also
 * letter-spaced as typeset covers set it ("R E C I T A L S"); not "Background IP", a clause of terms.
 */
export const RECITALS_HEADING = /^\W*(?:(?:article|section|part)\s+[\w.]+\s*[.:-]?\s*|[\dIVX]+[.)]?\s+)?(?:r\s?e\s?c\s?i\s?t\s?a\s?l\s?s?|background|preliminary\s+statements?|witnesseth)(?:\s+and\s+(?:definitions|purpose|interpretation))?[\W_]*$/i;

/** Whether the block stands under a recitals heading, which tells the history rather than the terms. */
export function underRecitals(block: Block): boolean {
  return RECITALS_HEADING.test(block.section[block.section.length - 1] ?? '');
}
