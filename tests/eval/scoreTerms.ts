/**
 * Value-level scoring of Precis's key terms against CUAD's normalised answers. One rule per field
 * (docs/evaluation.md, "How the key-term eval scores"):
 * - title: the same words as the answer (case and punctuation ignored), or as one line of it.
 * - parties: every labelled party found and every found party labelled (names compared without
 *   case, punctuation or entity forms such as Inc./LLC; a label giving only short names is found
 *   through a party's short name).
 * - agreement / effective date: the same calendar day; a label with blank parts (`[]/[]/2020`)
 *   needs a value marked blank, or a date agreeing on every part the label gives.
 * - expiration: the labelled date, or "perpetual" when the label says so.
 * - renewal, renewal notice: the same duration (1 year = 12 months, 1 week = 7 days), or perpetual.
 * - governing law: the value's most specific place is one the label names.
 * A label with several answers ("6 months; 12 months") is matched by any one of them.
 */
import type { KeyTerm, Party } from '../../shared/terms';
import type { ScoredField } from './cuadLabels';
import { isComplete, isPerpetual, partyKey, readDate, readDurations, readParties, readPlaces, sameDate, sameDuration, sameNameUpToTypo, titleWords, type Duration, type LabelParty, type LooseDate } from './labelValues';

/** right / wrong: labelled and given; missing: labelled, not given; extra: given where the label is empty; absent: neither. */
export type Outcome = 'right' | 'wrong' | 'missing' | 'extra' | 'absent';

export interface FieldScore {
  outcome: Outcome;
  label: string;
  predicted?: string;
}

/** A term's value as one line of text (parties as "Name (Role); Name"). */
export function valueText(term: KeyTerm): string {
  if (typeof term.value === 'string') return term.value;
  return term.value.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
}

function alternatives(label: string): string[] {
  return label
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function sameTitle(label: string, predicted: string): boolean {
  const want = titleWords(predicted);
  if (!want) return false;
  return [label, ...label.split(/\n+/)].some((l) => titleWords(l) === want);
}

/**
 * Equal keys (or equal but for one typing slip, see sameNameUpToTypo), or one inside the other
 * when the shorter has ≥ 2 words and ≥ half the longer's.
 */
export function sameName(a: string, b: string): boolean {
  const x = partyKey(a);
  const y = partyKey(b);
  if (!x || !y) return false;
  if (x === y || sameNameUpToTypo(x, y)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const ns = short.split(' ').length;
  return ns >= 2 && ns * 2 >= long.split(' ').length && ` ${long} `.includes(` ${short} `);
}

function partyNames(p: Party): string[] {
  return [p.name, ...(p.role ? p.role.split(/\s*\/\s*|\s*;\s*/) : [])].filter(Boolean);
}

/**
 * A party whose name is a template blank ("[*]", "____", or an instruction in brackets, "[enter
 * Company Name]") has no name to compare: it is the party its role names. The answers write such a
 * party as the blank or the role with the role as short name (`[*] ("Distributor")`,
 * `Distributor ("Distributor")`).
 */
function blankKnownAs(p: Party, l: LabelParty): boolean {
  if (partyKey(p.name) && !/^\[[^[\]]*\]$/.test(p.name.trim())) return false;
  const roles = (p.role ?? '').split(/\s*\/\s*|\s*;\s*/).map(partyKey).filter(Boolean);
  return roles.some((r) => r === partyKey(l.name) || l.short.some((s) => partyKey(s) === r));
}

function labelledFound(l: LabelParty, predicted: readonly Party[]): boolean {
  if (l.name) return predicted.some((p) => sameName(l.name, p.name) || blankKnownAs(p, l));
  return predicted.some((p) => partyNames(p).some((n) => l.short.some((s) => partyKey(s) === partyKey(n))));
}

function foundLabelled(p: Party, labels: readonly LabelParty[]): boolean {
  return labels.some((l) => (l.name && sameName(l.name, p.name)) || l.short.some((s) => partyKey(s) === partyKey(p.name)) || blankKnownAs(p, l));
}

export function partiesMatch(label: string, predicted: readonly Party[]): boolean {
  const labels = readParties(label);
  if (!labels.length || !predicted.length) return false;
  return labels.every((l) => labelledFound(l, predicted)) && predicted.every((p) => foundLabelled(p, labels));
}

function dateMatches(label: LooseDate, term: KeyTerm, value: string): boolean {
  const predicted = readDate(value);
  if (!isComplete(label)) {
    if (term.blank) return true;
    return !!predicted && isComplete(predicted) && (label.y === undefined || sameDate({ y: label.y, m: predicted.m, d: predicted.d }, predicted)) && (label.m === undefined || label.m === predicted.m) && (label.d === undefined || label.d === predicted.d);
  }
  return !term.blank && !!predicted && isComplete(predicted) && sameDate(label, predicted);
}

function labelDuration(alt: string): Duration | 'blank' | undefined {
  if (isPerpetual(alt)) return 'perpetual';
  const all = readDurations(alt);
  if (all.length) return all[all.length - 1];
  return /\[\s*\]/.test(alt) ? 'blank' : undefined;
}

function predictedDuration(value: string): Duration | undefined {
  if (isPerpetual(value)) return 'perpetual';
  return readDurations(value)[0];
}

/** Whether a given value matches a non-empty label. */
export function valueMatches(field: ScoredField, label: string, term: KeyTerm): boolean {
  const value = valueText(term);
  switch (field) {
    case 'title':
      return sameTitle(label, value);
    case 'parties':
      return Array.isArray(term.value) && partiesMatch(label, term.value);
    case 'agreementDate':
    case 'effectiveDate':
      return alternatives(label).some((alt) => {
        const d = readDate(alt);
        return !!d && dateMatches(d, term, value);
      });
    case 'expiration':
      return alternatives(label).some((alt) => {
        if (isPerpetual(alt)) return isPerpetual(value);
        const d = readDate(alt);
        return !!d && dateMatches(d, term, value);
      });
    case 'renewal':
    case 'renewalNotice':
      return alternatives(label).some((alt) => {
        const want = labelDuration(alt);
        if (want === 'blank') return term.blank === true;
        const got = predictedDuration(value);
        return !!want && !!got && sameDuration(want, got);
      });
    case 'governingLaw': {
      if (/^\[[\s*]*\]$/.test(label)) return term.blank === true;
      const want = readPlaces(label);
      const got = readPlaces(value)[0];
      return !!got && want.includes(got);
    }
  }
}

export function scoreField(field: ScoredField, label: string, term: KeyTerm | undefined): FieldScore {
  const predicted = term ? valueText(term) : undefined;
  const base = { label, ...(predicted !== undefined ? { predicted } : {}) };
  // A template blank reported as a blank ("[Date]", "____") gives no value: where the label is empty it is not an extra.
  if (!label) return { outcome: term && !term.blank ? 'extra' : 'absent', ...base };
  if (!term) return { outcome: 'missing', ...base };
  return { outcome: valueMatches(field, label, term) ? 'right' : 'wrong', ...base };
}

/** Wilson score interval for k successes in n trials (95 % by default). */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
