/**
 * Label-preserving rewrites of a contract's text, for `npm run eval -- terms --text --perturb NAME`.
 *
 * The dev contracts have been read while the rules were written, so their figure flatters what the
 * engine does on contracts nobody read. A rewrite that a drafter could equally have chosen
 * (curly quotes for straight ones, another date layout, an opening set in capitals) keeps every
 * labelled value, so any value that changes under it shows a rule leaning on one way of writing.
 * Each rewrite is general: it applies the same transformation wherever its pattern occurs, never
 * to one document.
 */

export interface Perturbation {
  name: string;
  /** One line for the report: what the rewrite does. */
  what: string;
  apply: (text: string) => string;
}

/**
 * Straight quotes become typographic ones: a quote after a space, an opening bracket or the start
 * of a line opens (“ ‘), any other closes (” ’), so apostrophes become ’ as typesetters set them.
 * CUAD's text files have straight quotes only, while many filed PDFs and most Word drafts are
 * typeset, and defined terms ((the “Company”)) and possessives (Company’s) must read the same.
 */
const quotesCurly: Perturbation = {
  name: 'quotes-curly',
  what: 'straight quotes and apostrophes set as typographic ones (“ ” ‘ ’)',
  apply: (text) =>
    text.replace(/(^|[\s([{\u2014-])"|"/gm, (m: string, before: string | undefined) => (before !== undefined ? `${before}\u201c` : '\u201d')).replace(/(^|[\s([{\u2014-])'|'/gm, (m: string, before: string | undefined) => (before !== undefined ? `${before}\u2018` : '\u2019')),
};

/**
 * Every line longer than 72 characters is broken at the last space before column 72, as plain-text
 * filings and e-mailed drafts are laid out; paragraphs stay apart by their blank lines. The text
 * reader must rejoin a paragraph's lines, or a sentence cut at a line end loses its value.
 */
const wrap72: Perturbation = {
  name: 'wrap-72',
  what: 'lines hard-wrapped at 72 columns, paragraphs kept apart by blank lines',
  apply: (text) =>
    text
      .split('\n')
      .map((line) => {
        const out: string[] = [];
        let rest = line;
        while (rest.length > 72) {
          const cut = rest.lastIndexOf(' ', 72);
          if (cut <= 0) break;
          out.push(rest.slice(0, cut));
          rest = rest.slice(cut + 1);
        }
        out.push(rest);
        return out.join('\n');
      })
      .join('\n'),
};

/**
 * A page break every 3,000 characters or so, at the next space, wherever it falls: mid-sentence,
 * mid-list or mid-name, as a PDF's pages fall. A value read from a sentence that a page cuts in
 * two must still be read (the running headers a PDF repeats are left out: the PDF reader strips
 * them before the rules see the text).
 */
const pageBreaks: Perturbation = {
  name: 'page-breaks',
  what: 'a page break at the first space after every 3,000 characters',
  apply: (text) => {
    let out = '';
    let from = 0;
    for (let at = 3000; at < text.length; at = Math.max(at + 3000, from + 1)) {
      const space = text.indexOf(' ', at);
      if (space < 0) break;
      out += `${text.slice(from, space)}\n\f`;
      from = space + 1;
    }
    return out + text.slice(from);
  },
};

export const PERTURBATIONS: readonly Perturbation[] = [quotesCurly, wrap72, pageBreaks];

/** The named rewrite, or an error listing the names there are. */
export function perturbationNamed(name: string): Perturbation {
  const found = PERTURBATIONS.find((p) => p.name === name);
  if (!found) throw new Error(`Unknown perturbation "${name}"; there are: ${PERTURBATIONS.map((p) => p.name).join(', ')}`);
  return found;
}
