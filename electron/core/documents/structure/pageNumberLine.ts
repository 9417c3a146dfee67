/**
 * A line or block that is only a page's number ("12", "- 4 -", "Page 4 of 9", "[3]"): page furniture
 * left in the text. The structure builder does not let it end a clause, and the sentence joiner
 * joins the two pieces of a sentence a page break printed it between.
 */
export const PAGE_NUMBER_LINE = /^[\s\-–—([]*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[\s\-–—)\]]*$/i;
