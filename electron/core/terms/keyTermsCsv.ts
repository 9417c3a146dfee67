/**
 * Key terms of many contracts as CSV: one row per contract, one column per term (RFC 4180 quoting).
 * Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) are prefixed with an
 * apostrophe: contract text is untrusted and must not become a formula in Excel or Sheets.
 */
import { KEY_TERM_NAMES, type KeyTerm, type KeyTerms } from '../../../shared/terms';

/** One contract's row. */
export interface KeyTermsRow {
  file: string;
  terms: KeyTerms;
  /** Set when the file could not be read; the row then carries the error instead of terms. */
  error?: string;
}

function cellValue(term: KeyTerm | undefined): string {
  if (!term) return '';
  const value = typeof term.value === 'string' ? term.value : term.value.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
  const where = term.citations.map((c) => (c.clause ? `p. ${c.page} §${c.clause}` : `p. ${c.page}`)).join(', ');
  return [term.blank ? `[blank] ${value}` : value, where ? `[${where}]` : '', term.warning ? `(warning: ${term.warning})` : ''].filter(Boolean).join(' ');
}

/** Escapes one CSV cell, neutralising spreadsheet formulas. */
export function csvCell(raw: string): string {
  const safe = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text (header + one line per row, CRLF line ends as RFC 4180 asks). */
export function keyTermsCsv(rows: readonly KeyTermsRow[]): string {
  const header = ['file', ...KEY_TERM_NAMES, 'error'];
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    lines.push([row.file, ...KEY_TERM_NAMES.map((n) => cellValue(row.terms[n])), row.error ?? ''].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
