/**
 * Merging the deterministic key terms with a model's answer. The model's answer is untrusted input:
 * it is parsed defensively, its citations must resolve to real blocks, and a disagreement with the
 * rules becomes a visible `warning` on the term, never a silent override.
 */
import { citationOf, type Block, type Citation, type ExtractedDocument } from '../../../shared/document';
import { KEY_TERM_NAMES, type KeyTerm, type KeyTerms, type Party } from '../../../shared/terms';
import type { JsonSchema } from '../../../shared/summary';
import { toIsoDate } from './date';

const termSchema = (value: JsonSchema): JsonSchema => ({
  oneOf: [
    { type: 'null' },
    {
      type: 'object',
      properties: {
        value,
        text: { type: 'string', description: 'The exact wording in the contract the value comes from.' },
        blockIds: { type: 'array', items: { type: 'string' }, description: 'Ids of the blocks that state it.' },
        blank: { type: 'boolean', description: 'True when the contract leaves this as an unfilled template blank.' },
      },
      required: ['value', 'text', 'blockIds', 'blank'],
      additionalProperties: false,
    },
  ],
});

const PARTY_SCHEMA: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: { name: { type: 'string' }, role: { type: 'string' } },
    required: ['name', 'role'],
    additionalProperties: false,
  },
};

/**
 * The JSON schema a model answers key terms under (node-llama-cpp grammar and OpenAI strict
 * structured output both accept it: every property required, absent terms are `null`). Dates are
 * ISO `YYYY-MM-DD`; `governingLaw` is the jurisdiction. Use {@link keyTermsJsonSchema} to restrict
 * `blockIds` to the real ids of the text the model was shown.
 */
export const KEY_TERMS_JSON_SCHEMA: JsonSchema = keyTermsJsonSchema();

/** {@link KEY_TERMS_JSON_SCHEMA} with `blockIds` limited to `blockIds` (an enum), so a model cannot cite a block that does not exist. */
export function keyTermsJsonSchema(blockIds?: readonly string[]): JsonSchema {
  const idSchema: JsonSchema = blockIds && blockIds.length ? { enum: [...blockIds] } : { type: 'string' };
  const properties: Record<string, JsonSchema> = {};
  for (const name of KEY_TERM_NAMES) {
    const schema = termSchema(name === 'parties' ? PARTY_SCHEMA : { type: 'string' });
    const inner = (schema.oneOf as JsonSchema[])[1]!;
    (inner.properties as Record<string, JsonSchema>).blockIds = { type: 'array', items: idSchema };
    properties[name] = schema;
  }
  return { type: 'object', properties, required: [...KEY_TERM_NAMES], additionalProperties: false };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function partiesOf(v: unknown): Party[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: Party[] = [];
  for (const p of v) {
    if (!isRecord(p) || typeof p.name !== 'string' || !p.name.trim()) continue;
    out.push(typeof p.role === 'string' && p.role.trim() ? { name: p.name.trim(), role: p.role.trim() } : { name: p.name.trim() });
  }
  return out.length ? out : undefined;
}

/** Reads one term of a model's answer; undefined when it is absent or malformed. */
function modelTerm(name: string, raw: unknown, byId: Map<string, Block>): KeyTerm | undefined {
  if (!isRecord(raw)) return undefined;
  const value = name === 'parties' ? partiesOf(raw.value) : typeof raw.value === 'string' && raw.value.trim() ? raw.value.trim() : undefined;
  if (!value) return undefined;
  const ids = Array.isArray(raw.blockIds) ? raw.blockIds.filter((x): x is string => typeof x === 'string') : [];
  const citations: Citation[] = [];
  for (const id of ids) {
    const b = byId.get(id);
    if (b && !citations.some((c) => c.blockId === id)) citations.push(citationOf(b));
  }
  return {
    value,
    text: typeof raw.text === 'string' ? raw.text : '',
    citations,
    ...(raw.blank === true ? { blank: true as const } : {}),
    source: 'model',
  };
}

function show(v: KeyTerm['value']): string {
  return typeof v === 'string' ? v : v.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join('; ');
}

/** True when two values of the same term mean the same thing (dates by day, names and places by containment). */
export function sameTermValue(name: string, a: KeyTerm['value'], b: KeyTerm['value']): boolean {
  if (name === 'parties') {
    const pa = typeof a === 'string' ? [{ name: a }] : a;
    const pb = typeof b === 'string' ? [{ name: b }] : b;
    const match = (x: Party, ys: Party[]) => ys.some((y) => norm(y.name).includes(norm(x.name)) || norm(x.name).includes(norm(y.name)));
    return pa.every((x) => match(x, pb)) && pb.every((y) => match(y, pa));
  }
  const sa = show(a);
  const sb = show(b);
  if (name === 'agreementDate' || name === 'effectiveDate') {
    const da = toIsoDate(sa) ?? sa;
    const db = toIsoDate(sb) ?? sb;
    return da === db;
  }
  const na = norm(sa);
  const nb = norm(sb);
  if (!na || !nb) return na === nb;
  if (na.includes(nb) || nb.includes(na)) return true;
  // Free-text values ("consent required", "30 days' notice"): same numbers and most words in common.
  const nums = (s: string) => (s.match(/\d+/g) ?? []).sort().join(',');
  if (nums(na) !== nums(nb)) return false;
  const wa = new Set(na.split(' '));
  const wb = new Set(nb.split(' '));
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common / Math.min(wa.size, wb.size) >= 0.6;
}

/** A disagreement's warning after the note the rules already gave (an ambiguous numeric date), never in its place. */
function withNote(r: KeyTerm, warning: string): string {
  return r.warning ? `${r.warning} ${warning}` : warning;
}

/**
 * Merges rule-based terms with a model's answer (`{<name>: {value, text, blockIds, blank}}`, or the
 * same wrapped in `{terms: …}`). Agreement: one term, source "both", citations joined. Disagreement:
 * the cited rules value stays and the warning names the model's reading. A model-only value is kept
 * with its (validated) citations; without any, it carries a warning that it could not be checked.
 */
export function mergeKeyTerms(rules: KeyTerms, model: unknown, doc: ExtractedDocument): KeyTerms {
  const byId = new Map(doc.blocks.map((b) => [b.id, b]));
  const answer = isRecord(model) && isRecord(model.terms) ? model.terms : isRecord(model) ? model : {};
  const out: KeyTerms = {};
  for (const name of KEY_TERM_NAMES) {
    const r = rules[name];
    const m = modelTerm(name, answer[name], byId);
    if (r && !m) out[name] = { ...r };
    else if (!r && m) {
      out[name] = m.citations.length ? m : { ...m, warning: 'The model gave this without a source Precis could find in the document; check it before relying on it.' };
    } else if (r && m) {
      if (r.blank && !m.blank) {
        out[name] = { ...r, warning: withNote(r, `The contract leaves this blank; the model suggested "${show(m.value)}".`) };
      } else if (sameTermValue(name, r.value, m.value)) {
        const citations = [...r.citations, ...m.citations.filter((c) => !r.citations.some((x) => x.blockId === c.blockId))];
        out[name] = { ...r, citations, source: 'both' };
      } else {
        out[name] = { ...r, warning: withNote(r, `The model read this as "${show(m.value)}"; the rules read "${show(r.value)}". Check the source.`) };
      }
    }
  }
  return out;
}
