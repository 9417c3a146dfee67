/**
 * A summary's markdown as the plain prose ROUGE scores: headings, bullets and the citations at the
 * end of each line removed. Every citation form the app writes is stripped ("[p. 4]",
 * "[p. 4, §7.2]", "[p. 3, scanned, 82 %]", "[¶ 2]" for a text file's paragraph, "[§7.2]",
 * "[ARTICLE IV]"): a citation is not part of what the summary says, and leaving one in would
 * charge the summary a "2" token that no reference holds.
 */
export function summaryProse(markdown: string): string {
  return markdown
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .map((l) => l.replace(/^\s*[-*]\s+/, '').replace(/(?:\s*\[[^[\]]*\])+\s*$/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
