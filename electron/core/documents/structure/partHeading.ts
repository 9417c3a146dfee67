/**
 * Headings that open a part of a contract standing outside any article: its title ("SUPPLY
 * AGREEMENT"), its recitals, a list of its exhibits or schedules, its signature page. An
 * ARTICLE or Schedule label above such a heading does not reach the text under it: a contents
 * page that ends "Article 14 General Provisions" must not make the preamble after it "Article 14".
 * Other unnumbered headings ("Royalties" inside ARTICLE 5) stay inside the article above them.
 */
// The recitals' and the signature's own headings.
const PART = /^(?:recitals?|background|preamble|witnesseth|in witness whereof)\b/i;
// A list or table of the attachments or of the contents.
const LISTS = /^(?:(?:list|index|table) of (?:exhibits|schedules|annexes|appendices|attachments|contents)|contents)\b/i;
// A title: words ending in "Agreement" or "Contract" (any case), with no sentence after it.
const TITLE = /^[A-Za-z][A-Za-z ,&'’-]{0,80}\b(?:agreement|contract)$/i;

/**
 * Whether an unnumbered heading under the keyword label `keyword` ("ARTICLE 14", "Exhibit D") opens a
 * part of the contract outside it. A list of exhibits or contents closes any keyword. A title or the
 * recitals close an ARTICLE or Part (a division of the body cannot hold the contract's own title) but
 * not an exhibit or schedule: "EXHIBIT B" over "FORM OF ESCROW AGREEMENT" and its recitals is one exhibit.
 */
export function opensContractPart(heading: string, keyword: string): boolean {
  const t = heading.trim().replace(/[.:]$/, '');
  if (LISTS.test(t)) return true;
  return /^(?:article|part)\b/i.test(keyword) && (PART.test(t) || TITLE.test(t));
}

/**
 * Whether a heading under an exhibit or schedule that already has its own title (`exhibitTitle`, the
 * heading printed with or just under its label) opens another document filed after it: a contract's
 * title ("FIRST AMENDMENT TO SUPPLY AGREEMENT") that is not the exhibit's own title repeated as the
 * form's heading ("EXHIBIT B", "FORM OF ESCROW AGREEMENT", then "ESCROW AGREEMENT" atop the form).
 */
export function opensOtherDocument(heading: string, exhibitTitle: string): boolean {
  const t = heading.trim().replace(/[.:]$/, '');
  if (!TITLE.test(t)) return false;
  const words = (x: string): string => x.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  return !words(exhibitTitle).includes(words(t));
}

// The testimonium: "IN WITNESS WHEREOF, the parties have executed…", "In Witness Whereof".
const TESTIMONIUM = /^in\s+witness\s+where(?:of|for)\b/i;

/**
 * Whether a paragraph or heading opens the testimonium. It and the signatures under it close the
 * contract's clauses: a lawyer cites them as the signature page, not as the last clause above them. An
 * exhibit signed on its own (a form of joinder) is still that exhibit's.
 */
export function opensSignature(text: string): boolean {
  return TESTIMONIUM.test(text.trim());
}

// A run-in title in capitals before a full stop and the text ("CONFIDENTIALITY. All knowledge…",
// "FEES & EXPENSES. The Grower…"): words of capitals (with "&", apostrophes, hyphens), then ". " and more.
const CAPS_RUN_IN = /^[A-Z][A-Z&’'-]*(?:\s+(?:[A-Z][A-Z&’'-]*|&))*\.\s+\S/;

/**
 * An unnumbered paragraph that opens with its own title in capitals starts a clause of its own: the
 * lettered item of the clause above ("(a)") does not reach it. Contracts whose numbering is drawn by the
 * word processor (and not in the text) show only such titles.
 */
export function opensTitledClause(text: string): boolean {
  const m = CAPS_RUN_IN.exec(text);
  if (!m) return false;
  const title = m[0].replace(/\.\s+\S$/, '');
  // At least one word of four letters: "U.S. Inc." or "A. " is not a title.
  return /[A-Z]{4}/.test(title) && title.split(/\s+/).length <= 8;
}
