/** Recall and precision of the redactor on the generated labelled set (see redactionCorpus.ts). */
import { createRedactor } from '../../../electron/core/privacy/createRedactor';
import { STRUCTURED_KINDS, type RedactionKind, type Span } from '../../../electron/core/privacy/structuredIds';
import type { LabelledDoc } from './redactionCorpus';

export interface RedactionMetrics {
  structured: { planted: number; hidden: number; recall: number; spans: number; truePositives: number; precision: number };
  byKind: Record<string, { planted: number; hidden: number; recall: number }>;
  lookalikes: { total: number; touched: number; examples: string[] };
  names: { planted: number; hidden: number; recall: number; spans: number; truePositives: number; precision: number };
  /** Postal addresses (street lines and postcodes), reported apart from the validated identifiers and from names. */
  addresses: { planted: number; hidden: number; recall: number; spans: number; truePositives: number; precision: number };
  missed: string[];
}

const isStructured = (k: RedactionKind): boolean => STRUCTURED_KINDS.includes(k);
/** Which of the three tallies a kind counts in. */
const group = (k: RedactionKind): 'structured' | 'address' | 'name' => (isStructured(k) ? 'structured' : k === 'ADDRESS' ? 'address' : 'name');
const covers = (s: Span, p: { start: number; end: number }): boolean => s.start <= p.start && s.end >= p.end;
const overlaps = (s: { start: number; end: number }, p: { start: number; end: number }): boolean => s.start < p.end && p.start < s.end;

export function evaluateRedaction(docs: readonly LabelledDoc[], opts: { parties: boolean }): RedactionMetrics {
  const byKind: RedactionMetrics['byKind'] = {};
  const missed: string[] = [];
  let sPlanted = 0, sHidden = 0, sSpans = 0, sTp = 0;
  let nPlanted = 0, nHidden = 0, nSpans = 0, nTp = 0;
  let aPlanted = 0, aHidden = 0, aSpans = 0, aTp = 0;
  let lTotal = 0, lTouched = 0;
  const lExamples: string[] = [];
  for (const doc of docs) {
    const spans = createRedactor({ parties: opts.parties ? doc.parties : [] }).find(doc.text);
    for (const p of doc.planted) {
      // Hidden = some placeholder covers the whole identifier (whatever kind it was labelled).
      const hidden = spans.some((s) => covers(s, p));
      if (isStructured(p.kind)) {
        sPlanted++;
        if (hidden) sHidden++;
        const k = (byKind[p.kind] ??= { planted: 0, hidden: 0, recall: 0 });
        k.planted++;
        if (hidden) k.hidden++;
        else missed.push(`${p.kind} ${JSON.stringify(p.value)}`);
      } else if (p.kind === 'ADDRESS') {
        aPlanted++;
        if (hidden) aHidden++;
        else missed.push(`${p.kind} ${JSON.stringify(p.value)}`);
      } else {
        nPlanted++;
        if (hidden) nHidden++;
      }
    }
    for (const s of spans) {
      const hitsPlanted = doc.planted.some((p) => overlaps(s, p) && group(p.kind) === group(s.kind));
      if (isStructured(s.kind)) {
        sSpans++;
        if (hitsPlanted) sTp++;
      } else if (s.kind === 'ADDRESS') {
        aSpans++;
        if (hitsPlanted) aTp++;
      } else {
        nSpans++;
        if (hitsPlanted) nTp++;
      }
    }
    for (const l of doc.lookalikes) {
      lTotal++;
      if (spans.some((s) => overlaps(s, l))) {
        lTouched++;
        if (lExamples.length < 10) lExamples.push(`${l.what}: ${JSON.stringify(l.value)}`);
      }
    }
  }
  for (const k of Object.values(byKind)) k.recall = k.hidden / k.planted;
  return {
    structured: { planted: sPlanted, hidden: sHidden, recall: sHidden / sPlanted, spans: sSpans, truePositives: sTp, precision: sSpans ? sTp / sSpans : 1 },
    byKind,
    lookalikes: { total: lTotal, touched: lTouched, examples: lExamples },
    names: { planted: nPlanted, hidden: nHidden, recall: nHidden / nPlanted, spans: nSpans, truePositives: nTp, precision: nSpans ? nTp / nSpans : 1 },
    addresses: { planted: aPlanted, hidden: aHidden, recall: aPlanted ? aHidden / aPlanted : 1, spans: aSpans, truePositives: aTp, precision: aSpans ? aTp / aSpans : 1 },
    missed,
  };
}

/** The figures as a few lines for the test log and the bench. */
export function formatMetrics(m: RedactionMetrics, label: string): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  const lines = [
    `${label}`,
    `  structured ids: recall ${pct(m.structured.recall)} (${m.structured.hidden}/${m.structured.planted}), precision ${pct(m.structured.precision)} (${m.structured.truePositives}/${m.structured.spans} spans)`,
    `  by kind: ${Object.entries(m.byKind).map(([k, v]) => `${k} ${v.hidden}/${v.planted}`).join(', ')}`,
    `  look-alikes touched: ${m.lookalikes.touched}/${m.lookalikes.total}${m.lookalikes.examples.length ? ` e.g. ${m.lookalikes.examples.slice(0, 5).join('; ')}` : ''}`,
    `  names (people + organisations): recall ${pct(m.names.recall)} (${m.names.hidden}/${m.names.planted}), precision ${pct(m.names.precision)} (${m.names.truePositives}/${m.names.spans} spans)`,
    `  postal addresses (street lines, postcodes): recall ${pct(m.addresses.recall)} (${m.addresses.hidden}/${m.addresses.planted}), precision ${pct(m.addresses.precision)} (${m.addresses.truePositives}/${m.addresses.spans} spans)`,
  ];
  if (m.missed.length) lines.push(`  missed: ${m.missed.slice(0, 10).join('; ')}`);
  return lines.join('\n');
}
