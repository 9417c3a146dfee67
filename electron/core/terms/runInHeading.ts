/**
 * The run-in title of a clause whose heading shares its paragraph: "6.1 Term. The initial term …"
 * → "Term"; "11.11 Governing Law; Submission to Jurisdiction. This …" → "Governing Law; Submission
 * to Jurisdiction". One definition for every reader of clause titles in terms/.
 */
export interface RunInHeadingOptions {
  /** Longest title accepted, in characters (longer ones are sentences, not titles). */
  maxChars: number;
  /**
   * Also accept an unnumbered title in capitals ("GOVERNING LAW. This …"). Off for the sentence
   * ranker, whose weights were fitted on numbered titles only.
   */
  unnumberedCaps?: boolean;
}

const numberedByLength = new Map<number, RegExp>();

// An optional "Section"/"Article"/"Clause", a clause number ("6", "6.1", "6.1.2."), then a title that
// starts with a capital and holds no period or colon (3 to maxChars + 1 characters), ended by "." or
// ":" and a space.
function numberedTitle(maxChars: number): RegExp {
  let re = numberedByLength.get(maxChars);
  if (!re) numberedByLength.set(maxChars, (re = new RegExp(`^(?:(?:section|article|clause)\\s+)?[0-9]+(?:\\.[0-9]+)*\\.?\\s+([A-Z][^.:]{2,${maxChars}})[.:]\\s`, 'i')));
  return re;
}

// An unnumbered title in capitals, spaces and the punctuation titles use (4 to 61 characters), ended by "." or ":" and a space.
const CAPS_TITLE = /^([A-Z][A-Z ;,&'-]{3,60})[.:]\s/;

export function runInHeading(text: string, options: RunInHeadingOptions): string | undefined {
  const m = numberedTitle(options.maxChars).exec(text) ?? (options.unnumberedCaps ? CAPS_TITLE.exec(text) : null);
  return m?.[1]?.trim();
}
