/** How deep a chain of styles each based on the next is followed: Word's own go a few deep. */
const BASED_ON_LIMIT = 16;

/**
 * The style `id` and then the styles it is based on (w:basedOn), nearest first: a style takes from
 * that chain what it does not set itself (list numbering, hidden text). The chain is followed a
 * bounded number of steps, so a loop of styles based on each other ends.
 */
export function* basedOnChain<T extends { basedOn?: string }>(styles: ReadonlyMap<string, T>, id: string): Generator<T> {
  let style = styles.get(id);
  for (let depth = 0; style && depth < BASED_ON_LIMIT; depth++) {
    yield style;
    style = style.basedOn !== undefined ? styles.get(style.basedOn) : undefined;
  }
}
