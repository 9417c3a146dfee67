import type { JsonSchema } from './provider';

/**
 * Parses a model's JSON answer when the server could not enforce a schema: plain JSON, JSON in a
 * markdown fence, or the first balanced object/array inside prose. Undefined when none parses.
 */
export function parseJsonAnswer(text: string): unknown {
  const trimmed = text.trim();
  const direct = tryParse(trimmed);
  if (direct !== undefined) return direct;
  const fence = /```(?:json)?\s*([\s\S]*?)```/i.exec(trimmed);
  if (fence?.[1]) {
    const fenced = tryParse(fence[1].trim());
    if (fenced !== undefined) return fenced;
  }
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i];
    if (ch !== '{' && ch !== '[') continue;
    const end = balancedEnd(trimmed, i);
    if (end < 0) continue;
    const parsed = tryParse(trimmed.slice(i, end + 1));
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}

function tryParse(s: string): unknown {
  if (s === '') return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** Index of the bracket closing the one at `start`, skipping strings; -1 when unbalanced. */
function balancedEnd(s: string, start: number): number {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const ch = s[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') stack.push('}');
    else if (ch === '[') stack.push(']');
    else if (ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/**
 * True when OpenAI's strict structured-output mode accepts the schema: every object closes
 * `additionalProperties` and requires all of its properties. Strict mode is only requested then;
 * otherwise the schema is sent non-strict (a hint the server may or may not enforce).
 */
export function isStrictCompatible(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.every(isStrictCompatible);
  if (!schema || typeof schema !== 'object') return true;
  const s = schema as Record<string, unknown>;
  if (s.type === 'object' || s.properties) {
    const props = (s.properties ?? {}) as Record<string, unknown>;
    const required = Array.isArray(s.required) ? (s.required as unknown[]) : [];
    if (s.additionalProperties !== false) return false;
    if (!Object.keys(props).every((k) => required.includes(k))) return false;
  }
  return Object.entries(s).every(([k, v]) => k === 'enum' || k === 'const' || isStrictCompatible(v));
}

/** The `response_format` for a schema, named as OpenAI requires (letters, digits, _ and -). */
export function jsonSchemaFormat(schema: JsonSchema, name = 'precis_answer') {
  return {
    type: 'json_schema' as const,
    json_schema: { name, schema, strict: isStrictCompatible(schema) },
  };
}
