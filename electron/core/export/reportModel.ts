import { formatCitation, type Citation } from '../../../shared/document';
import type { HistoryEntry } from '../../../shared/ipc/contract';
import type { SummaryResult } from '../../../shared/summary';
import { KEY_TERM_LABELS, KEY_TERM_NAMES, type KeyTerm } from '../../../shared/terms';
import { escapeMarkdownText } from '../../../shared/markdownText';
import { QUICK_SUMMARY_LABEL } from '../../../shared/writerLabel';

/** What both export formats print, in order, worked out once so Markdown and DOCX cannot disagree. */
export interface ReportModel {
  title: string;
  /** Label/value pairs of the provenance block (file, hash, pages, model, mode, dates). */
  provenance: { label: string; value: string }[];
  /** The summary's own markdown (or, when it has none, its points as a bulleted list). */
  markdown: string;
  keyTerms: { label: string; value: string; note?: string; citations: string }[];
  warnings: string[];
  footer: string;
  /** How to read the citations: page and clause, or clause and paragraph for a document without pages. */
  citationNote: string;
}

/** Builds the report both formats render. `now` is the export time. */
export function buildReportModel(entry: HistoryEntry & { summary: SummaryResult }, now: Date): ReportModel {
  const { summary } = entry;
  const writer = { provider: entry.provider || summary.provider, model: entry.model || summary.model };
  const fileName = entry.fileName || summary.document.fileName || 'Untitled document';
  const provenance = [
    { label: 'File', value: fileName },
    ...(summary.document.title && summary.document.title !== fileName ? [{ label: 'Document title', value: summary.document.title }] : []),
    { label: 'SHA-256', value: entry.sha256 || summary.document.sha256 },
    { label: 'Pages', value: String(entry.pageCount ?? summary.document.pageCount) },
    // The model-free summary names no model: its stored name is a version id, not a model.
    { label: 'Model', value: writer.provider === 'extractive' ? QUICK_SUMMARY_LABEL : `${writer.model} (${writer.provider})` },
    { label: 'Mode', value: modeLabel(summary) },
    { label: 'Summarised', value: formatDate(entry.createdAt || summary.createdAt) },
    { label: 'Exported', value: formatDate(now.toISOString()) },
  ];
  const keyTerms = KEY_TERM_NAMES.flatMap((name) => {
    const term = summary.keyTerms?.[name];
    return term ? [{ label: KEY_TERM_LABELS[name], value: termValue(term), note: termNote(term), citations: citationList(term.citations) }] : [];
  });
  const markdown = summary.markdown.trim()
    ? withoutLeadingSummaryHeading(summary.markdown)
    : summary.points.map((p) => `- ${escapeMarkdownText(p.text)} ${citationList(p.citations)}`.trimEnd()).join('\n');
  return {
    title: `Summary of ${fileName}`,
    provenance,
    markdown,
    keyTerms,
    warnings: summary.warnings.map((w) => (w.page ? `${w.message} (p. ${w.page})` : w.message)),
    footer: `Precis summary · ${fileName} · SHA-256 ${(entry.sha256 || summary.document.sha256).slice(0, 16)}…`,
    citationNote: unpaged(summary)
      ? 'citations such as [§3.2] give the clause of the source document, and [¶ 12] its twelfth paragraph where a passage has no clause number'
      : 'citations such as [p. 4, §7.2] give the page and clause of the source document',
  };
}

/** The name offered for the exported file: the document's name without its extension, made safe for every OS. */
export function exportFileName(fileName: string, extension: string): string {
  const stem = fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${stem || 'document'} - summary.${extension}`;
}

/** The report already has a "Summary" heading; a summary that opens with its own would print it twice. */
function withoutLeadingSummaryHeading(markdown: string): string {
  // A line check, not a parse: only an ATX "# Summary" first line matters, and parsing costs ~60 ms per 60 KB.
  return markdown.replace(/^\s*#{1,6}[ \t]+summary[ \t]*#*[ \t]*(?:\r?\n|$)/i, '').trimStart();
}

function modeLabel(summary: SummaryResult): string {
  switch (summary.providerKind) {
    case 'local':
      return 'Local · offline (the document never left this computer)';
    case 'cloud':
      return `Cloud · ${summary.provider} (redacted text was sent with the user's consent)`;
    case 'extractive':
      return `${QUICK_SUMMARY_LABEL} · sentences selected from the document`;
  }
}

function termValue(term: KeyTerm): string {
  const value = typeof term.value === 'string' ? term.value : term.value.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
  return term.blank ? `${value || term.text} — left blank in the template` : value || term.text;
}

function termNote(term: KeyTerm): string | undefined {
  return term.warning;
}

/** A Word or text document has no printed pages: its citations carry a paragraph number instead. */
function unpaged(summary: SummaryResult): boolean {
  const all = [...summary.points.flatMap((p) => p.citations), ...Object.values(summary.keyTerms ?? {}).flatMap((t) => t?.citations ?? [])];
  return all.length > 0 && all.every((c) => c.paragraph !== undefined);
}

function citationList(citations: Citation[]): string {
  return citations.map((c) => formatCitation(c)).join(' ');
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
