import type { Rect } from '../../../../shared/document';

/**
 * How far left of an item's text a paragraph must start to stand outside the item: a typesetter's tab
 * or indent is a quarter inch or more; a few points are the jitter of one left edge read twice.
 */
const OUTSIDE_SLACK = 9;

/** The leftmost edge of a unit's lines (its label, or its lines wrapped back under it), when drawn. */
export function itemReach(rects: readonly Rect[] | undefined): number | undefined {
  if (!rects?.length) return undefined;
  let left = Infinity;
  for (const r of rects) left = Math.min(left, r.x);
  return left;
}

/** The left edge of a unit's first line (its leftmost fragment on that line), when drawn. */
function firstLineLeft(rects: readonly Rect[]): number {
  const top = rects[0]!;
  let left = top.x;
  for (const r of rects) if (Math.abs(r.y - top.y) <= Math.max(2, top.height / 2)) left = Math.min(left, r.x);
  return left;
}

/**
 * Whether a paragraph (`rects`) opens to the left of everything an item of a list occupies (`reach`:
 * its label and its wrapped lines): "(d) … disclosure." set in from the margin, then "Except as required
 * …" back at the clause's margin. Such text is the clause's again, not the list's last item; the item's
 * own lines never stand left of its label and its wrapped lines.
 */
export function opensLeftOfItem(rects: readonly Rect[] | undefined, reach: number | undefined): boolean {
  if (reach === undefined || !rects?.length) return false;
  return firstLineLeft(rects) < reach - OUTSIDE_SLACK;
}
