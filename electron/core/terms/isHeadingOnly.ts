import type { Block } from '../../../shared/document';

/**
 * True for a block that is only a heading. Some DOCX templates give whole clauses a heading style
 * ("1.1 License. During the Subscription Period …"), so a long "heading" with sentences after its
 * run-in title is treated as content.
 */
export function isHeadingOnly(block: Block): boolean {
  if (block.kind !== 'heading') return false;
  const text = block.text.trim();
  return text.split(/\s+/).length <= 16 && !/[.;:]\s+\S.{20,}/.test(text);
}
