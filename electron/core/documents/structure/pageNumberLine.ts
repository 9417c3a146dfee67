/**
 * A line or block that is only a page's number: page furniture left in the text. The structure
 * builder does not let it end a clause, the sentence joiner joins the two pieces of a sentence a page
 * break printed it between, and the PDF reader removes it from a page's top and foot.
 *
 * The forms typesetters print: "12", "- 4 -", "-4-", "~ 4 ~", "[3]", "(3)", "Page 4", "PAGE 4",
 * "Page -4-", "Page4", "Page 4 of 9", "4/9", "4 | Page", "Page | 4"; and a front matter's number in
 * lower-case roman ("ii", "- iv -", "Page iii"), never in brackets, where "(iv)" alone on its line
 * is an item's label, nor in capitals, where "II" alone on its line is an article's number over its
 * title. Roman numbers are read as numbers up to 39, as far as front matter runs ("xiv", never
 * "iiii", and "ill" or "civil" are words).
 *
 * Groups: `n` the number in digits (`page` the word "Page" before it when printed, `of` the total
 * after "of" or "/"), or `roman` the number in roman. Anchored at both ends, with no repeat inside another, so a
 * crafted line of 100,000 spaces, dashes, digits or "Page " is read in milliseconds.
 */
export const PAGE_NUMBER_LINE =
  /^(?:[\s\-–—~([]*(?:(?<page>[Pp]age|PAGE)[\s\-–—~([|│]*)?(?<n>\d{1,4})(?:\s*(?:of|OF|Of|\/)\s*(?<of>\d{1,4}))?|[\s\-–—~]*(?:(?:[Pp]age|PAGE)[\s\-–—~|│]*)?(?<roman>(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})))(?:\s*[|│]\s*(?:[Pp]age|PAGE))?[\s\-–—~)\]]*$/;
