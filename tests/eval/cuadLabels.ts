/**
 * Reads the CUAD development labels (`labels.csv`: one row per contract, CUAD's own columns) into
 * the eight key-term answers the harness scores. Written independently of the extractor: nothing
 * here imports electron/core/terms, so a parsing bug in the extractor cannot score itself right.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The eight CUAD answer columns the key-term eval scores, by the Precis term they are compared with. */
export const CUAD_ANSWER_COLUMNS = {
  title: 'Document Name-Answer',
  parties: 'Parties-Answer',
  agreementDate: 'Agreement Date-Answer',
  effectiveDate: 'Effective Date-Answer',
  expiration: 'Expiration Date-Answer',
  renewal: 'Renewal Term-Answer',
  renewalNotice: 'Notice Period To Terminate Renewal- Answer',
  governingLaw: 'Governing Law-Answer',
} as const;

export type ScoredField = keyof typeof CUAD_ANSWER_COLUMNS;
export const SCORED_FIELDS = Object.keys(CUAD_ANSWER_COLUMNS) as ScoredField[];

export interface CuadContract {
  /** File name of the PDF in `pdf/`. */
  pdf: string;
  /** File name of CUAD's own text of it in `txt/` ('' when the folder gives none). */
  txt: string;
  /** The normalised answers, '' where the annotators found nothing. */
  answers: Record<ScoredField, string>;
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** All contracts of a CUAD folder (`labels.csv` + `pdf/`), in file order. */
export function readCuadLabels(dir: string): CuadContract[] {
  const [header, ...rows] = parseCsv(readFileSync(path.join(dir, 'labels.csv'), 'utf8'));
  if (!header) throw new Error(`${dir}/labels.csv is empty`);
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`labels.csv has no column "${name}"`);
    return i;
  };
  const pdfCol = col('pdf');
  const txtCol = header.indexOf('txt');
  const cols = Object.fromEntries(SCORED_FIELDS.map((f) => [f, col(CUAD_ANSWER_COLUMNS[f])])) as Record<ScoredField, number>;
  return rows
    .filter((r) => r.length > 1 && r[pdfCol])
    .map((r) => ({
      pdf: r[pdfCol]!,
      txt: txtCol >= 0 ? (r[txtCol] ?? '') : '',
      answers: Object.fromEntries(SCORED_FIELDS.map((f) => [f, (r[cols[f]] ?? '').trim()])) as Record<ScoredField, string>,
    }));
}
