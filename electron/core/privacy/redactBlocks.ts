import type { Redactor } from './createRedactor';

// How far into each neighbouring block a name that crosses their boundary is looked for.
const REACH = 160;

/**
 * Redacts a document's blocks in reading order. A name or number that a page break or a table
 * line splits over two blocks ("… shall pay Quillmarsh" / "Holdings the fees", "UBS" / "AG:") is
 * found across the boundary too: it is replaced where it starts, and its rest is removed from the
 * next block, so neither half leaves on its own.
 */
export function redactBlocks(texts: readonly string[], redactor: Pick<Redactor, 'find' | 'redact'>): string[] {
  const head = texts.map(() => 0); // characters of the block's start that belong to a name started before it
  const tail = texts.map(() => ({ cut: 0, placeholder: '' })); // the block's end replaced by a name's placeholder
  for (let i = 0; i + 1 < texts.length; i++) {
    const a = texts[i]!;
    const b = texts[i + 1]!;
    const from = Math.max(head[i]!, a.length - REACH);
    const left = a.slice(from);
    const right = b.slice(0, REACH);
    if (!left.trim() || !right.trim()) continue;
    const joined = `${left}\n${right}`;
    const crossing = redactor.find(joined).find((s) => s.start < left.length && s.end > left.length + 1);
    if (!crossing) continue;
    const inNext = crossing.end - left.length - 1;
    // A block that is wholly inside one name is left to its own redaction.
    if (inNext >= b.length) continue;
    tail[i] = { cut: a.length - (from + crossing.start), placeholder: redactor.redact(joined.slice(crossing.start, crossing.end)) };
    head[i + 1] = inNext;
  }
  return texts.map((t, i) => {
    const { cut, placeholder } = tail[i]!;
    const body = t.slice(head[i]!, t.length - cut);
    // The rest of a name cut at the block's start leaves its spacing behind, not a stray space.
    return redactor.redact(head[i]! > 0 ? body.replace(/^[ \t]+/, '') : body) + placeholder;
  });
}
