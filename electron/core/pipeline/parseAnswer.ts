/**
 * Parses a model's JSON answer as the pipeline and the job journal both read it: strict JSON first,
 * else whatever complete (or cut-off) points an answer stopped at its token limit still holds.
 */
export function parseAnswer(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return salvagePoints(text);
  }
}

/**
 * Recovers the complete points of a `{"points":[…]}` answer cut off by its token limit: the text up
 * to a point object's closing brace, closed with `]}`. Without this, one long point would cost the
 * whole chunk's notes. When not even one point closed, the cut-off point is kept (its ids come first
 * in the schema) with its text ended by an ellipsis.
 */
function salvagePoints(text: string): unknown {
  if (!/^\s*\{\s*"points"\s*:\s*\[/.test(text)) return undefined;
  let end = text.length;
  for (let tries = 0; tries < 16; tries++) {
    end = text.lastIndexOf('}', end - 1);
    if (end < 0) break;
    try {
      return JSON.parse(`${text.slice(0, end + 1)}]}`) as unknown;
    } catch {
      // not a point boundary (a brace inside a string, or a nested object): try the previous one
    }
  }
  return salvageCutPoint(text);
}

/** The first point of an answer cut off inside its text: `{"points":[{"blockIds":[…],"text":"partial`. */
function salvageCutPoint(text: string): unknown {
  const m = /^\s*\{\s*"points"\s*:\s*\[\s*\{\s*"blockIds"\s*:\s*(\[[^\]]*\])\s*,\s*"text"\s*:\s*"((?:[^"\\]|\\.)*)/.exec(text);
  if (!m) return undefined;
  try {
    const blockIds = JSON.parse(m[1] as string) as unknown;
    // Drop a trailing lone backslash (an escape cut in half) before closing the string.
    const partial = JSON.parse(`"${(m[2] as string).replace(/\\$/, '')}"`) as string;
    if (!partial.trim()) return undefined;
    return { points: [{ blockIds, text: `${partial.trimEnd()}…` }] };
  } catch {
    return undefined;
  }
}
