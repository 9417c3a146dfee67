import type { ReportModel } from './reportModel';
import { escapeInline, neutralizeMarkdown, parseMarkdown } from './safeMarkdown';

/**
 * The Markdown export: a provenance block, the summary with its citations, the key terms table and
 * any warnings. Values that come from the document (file name, term values) are escaped, and the
 * model's markdown is neutralised, so no viewer fetches or runs anything when the file is opened.
 */
export function renderMarkdownReport(report: ReportModel): string {
  const lines: string[] = [`# ${escapeInline(report.title)}`, ''];
  for (const { label, value } of report.provenance) {
    lines.push(label === 'SHA-256' ? `- **${label}:** \`${value.replace(/[^0-9a-fA-F]/g, '')}\`` : `- **${label}:** ${escapeInline(value)}`);
  }
  lines.push('', '## Summary', '', demoteHeadings(neutralizeMarkdown(report.markdown)).trim(), '');
  if (report.keyTerms.length > 0) {
    lines.push('## Key terms', '', '| Term | Value | Source |', '| --- | --- | --- |');
    for (const term of report.keyTerms) {
      const value = term.note ? `${term.value} (${term.note})` : term.value;
      lines.push(`| ${term.label} | ${escapeInline(value)} | ${term.citations} |`);
    }
    lines.push('');
  }
  if (report.warnings.length > 0) {
    lines.push('## Warnings', '');
    for (const warning of report.warnings) lines.push(`- ${escapeInline(warning)}`);
    lines.push('');
  }
  lines.push('---', '', `*${escapeInline(report.footer)} — ${escapeInline(report.citationNote)}.*`, '');
  return lines.join('\n');
}

/**
 * The report's own title is the only level-1 heading and "Summary" is level 2, so the summary's
 * headings move below it (ATX headings only; text inside code blocks is left alone).
 */
function demoteHeadings(markdown: string): string {
  const starts: number[] = [];
  for (const node of parseMarkdown(markdown).children) {
    const offset = node.position?.start.offset;
    if (node.type === 'heading' && offset !== undefined && markdown[offset] === '#') starts.push(offset);
  }
  let out = markdown;
  for (const offset of starts.reverse()) {
    const hashes = /^#{1,6}/.exec(out.slice(offset))?.[0].length ?? 0;
    const depth = Math.min(6, Math.max(3, hashes + 1));
    out = out.slice(0, offset) + '#'.repeat(depth) + out.slice(offset + hashes);
  }
  return out;
}
