/**
 * Cloud redaction on real contracts: each CUAD development contract goes through the app's own
 * path (PDF extraction → cloud preparation), and what would be sent is scored against the party
 * names the lawyers labelled (./cuadPartyLabels.ts, which knows nothing of the redactor).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../../electron/core/documents/extractDocument';
import { prepareForCloud, REDACTION_SIGNALS } from '../../../electron/core/privacy/prepareForCloud';
import { KIT_DIR } from '../../helpers/kit';
import { countPlaceholders, leakedNames, readCuadParties, type CuadParties } from './cuadPartyLabels';

export const CUAD_DEV_DIR = path.join(KIT_DIR, 'data', 'cuad-dev');

export interface ContractLeaks {
  pdf: string;
  pages: number;
  names: number;
  /** Labelled party names found in what would be sent. */
  leaked: string[];
  /** Placeholder occurrences in what would be sent (all kinds / names only). */
  placeholders: number;
  namePlaceholders: number;
  addressPlaceholders: number;
  ms: number;
  /** With `signals`: labelled names that leak when one signal is left out, as "signal: name". */
  fragile?: string[];
}

export interface CuadLeakSummary {
  contracts: number;
  withLeak: number;
  names: number;
  leakedNames: number;
  pages: number;
  placeholdersPerPage: number;
  namePlaceholdersPerPage: number;
  addressPlaceholdersPerPage: number;
}

/** All labelled contracts, sorted by file name (a stable order for fixed samples). */
export function cuadContracts(): CuadParties[] {
  return readCuadParties(path.join(CUAD_DEV_DIR, 'labels.csv'))
    .filter((c) => c.names.length > 0)
    .sort((a, b) => (a.pdf < b.pdf ? -1 : a.pdf > b.pdf ? 1 : 0));
}

/**
 * Every `step`-th contract from `offset` among those whose CUAD text is at most `maxTextBytes`
 * (keeps a CI run short), at most `limit`: a fixed sample spread over the set.
 */
export function cuadSample(step: number, limit: number, offset = 0, maxTextBytes = Infinity): CuadParties[] {
  return cuadContracts()
    .filter((c) => statSync(path.join(CUAD_DEV_DIR, 'txt', c.txt)).size <= maxTextBytes)
    .filter((_, i) => i % step === offset)
    .slice(0, limit);
}

/** What cloud mode would send for one contract, prepared exactly as the app prepares it, and its leaks. */
export async function scoreContract(c: CuadParties, signal?: AbortSignal, options: { signals?: boolean } = {}): Promise<ContractLeaks> {
  // No reading time limit: on a busy machine a long contract can take minutes to read, and a
  // measurement must not stop on it (the app's own limit is tested elsewhere).
  const doc = await extractDocument({ path: path.join(CUAD_DEV_DIR, 'pdf', c.pdf) }, { ...(signal ? { signal } : {}), limits: { timeoutMs: 30 * 60_000 } });
  const t = performance.now();
  const prep = prepareForCloud(doc, { redact: true });
  const ms = performance.now() - t;
  // The preview is every block as the model sees it; the final prompt adds the (redacted) title.
  const sent = `${prep.previewText}\n${prep.document.title ?? ''}`;
  const counts = countPlaceholders(sent);
  const leaked = leakedNames(sent, c.names);
  // A name that leaks as soon as any one signal is left out rests on that signal alone: a contract
  // laid out a little differently would let it out.
  const fragile = options.signals
    ? REDACTION_SIGNALS.flatMap((s) => {
        const p = prepareForCloud(doc, { redact: true, omitSignal: s });
        return leakedNames(`${p.previewText}\n${p.document.title ?? ''}`, c.names)
          .filter((n) => !leaked.includes(n))
          .map((n) => `${s}: ${n}`);
      })
    : undefined;
  return {
    pdf: c.pdf,
    pages: doc.pageCount,
    names: c.names.length,
    leaked,
    placeholders: counts.all,
    namePlaceholders: counts.names,
    addressPlaceholders: counts.addresses,
    ms,
    ...(fragile ? { fragile } : {}),
  };
}

export function summarize(rows: readonly ContractLeaks[]): CuadLeakSummary {
  const pages = rows.reduce((s, r) => s + r.pages, 0);
  return {
    contracts: rows.length,
    withLeak: rows.filter((r) => r.leaked.length > 0).length,
    names: rows.reduce((s, r) => s + r.names, 0),
    leakedNames: rows.reduce((s, r) => s + r.leaked.length, 0),
    pages,
    placeholdersPerPage: rows.reduce((s, r) => s + r.placeholders, 0) / Math.max(1, pages),
    namePlaceholdersPerPage: rows.reduce((s, r) => s + r.namePlaceholders, 0) / Math.max(1, pages),
    addressPlaceholdersPerPage: rows.reduce((s, r) => s + r.addressPlaceholders, 0) / Math.max(1, pages),
  };
}

export function formatSummary(s: CuadLeakSummary, label: string): string {
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  return [
    label,
    `  contracts with a labelled party name in what would be sent: ${s.withLeak}/${s.contracts} (${pct(s.withLeak, s.contracts)}; clean ${pct(s.contracts - s.withLeak, s.contracts)})`,
    `  labelled names leaked: ${s.leakedNames}/${s.names} (${pct(s.leakedNames, s.names)})`,
    `  placeholders per page: ${s.placeholdersPerPage.toFixed(2)} (names ${s.namePlaceholdersPerPage.toFixed(2)}, addresses ${s.addressPlaceholdersPerPage.toFixed(2)}) over ${s.pages} pages`,
  ].join('\n');
}
