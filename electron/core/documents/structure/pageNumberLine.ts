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
 * An exhibit's or a schedule's own page numbers, which start again in each: its letter and the
 * page ("A-1", "B-12", "A-1-1" for the first page of exhibit A-1, "- C-2 -"), or its name and the
 * word "Page" ("Exhibit A - Page 3", "Schedule 2, Page 4 of 9", "ANNEX 1 PAGE 2"). Never the name
 * alone ("Exhibit A-1" is a heading: the exhibit's title), nor digits on both sides ("2-3" is a
 * range) nor a letter in lower case ("a-1" is a reference). The letter form can also be an item's
 * label printed alone on its line, so the PDF reader takes it for furniture only in a page's margin
 * and where the numbers run on with the pages (see removeRunningLines).
 *
 * Groups: `n` the number in digits (`page` the word "Page" before it when printed, `of` the total
 * after "of" or "/", `part` the exhibit's letter, or its name and letter, before it), or `roman` the
 * number in roman. Anchored at both ends, with no repeat inside another, so a crafted line of
 * 100,000 spaces, dashes, digits, capitals or "Page " is read in milliseconds.
 */
/**
 * An exhibit's name before its letter number ("Exhibit C-2"): the name alone with its letter is the
 * exhibit's heading as often as its page number, so the pattern above leaves it, and the PDF reader
 * takes it for a page number only under a page's text, where the numbers run on with the pages.
 */
export const EXHIBIT_NAME_BEFORE_LETTER = /^[\s\-–—~([]*(?:Exhibit|EXHIBIT|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX|Attachment|ATTACHMENT)\s+(?=[A-Z]{1,2}(?:[-–]\d{1,2})?\s?[-–—]\s?\d)/;

export const PAGE_NUMBER_LINE =
  /^(?:[\s\-–—~([]*(?:(?<part>(?:Exhibit|EXHIBIT|Schedule|SCHEDULE|Annex|ANNEX|Appendix|APPENDIX|Attachment|ATTACHMENT)\s+[A-Z0-9]{1,3}(?:[.\-–][A-Z0-9]{1,3})?(?=[\s,\-–—:|│]*(?:[Pp]age|PAGE))|[A-Z]{1,2}(?:[-–]\d{1,2})?(?=\s?[-–—]\s?\d))[\s,\-–—:|│]*)?(?:(?<page>[Pp]age|PAGE)[\s\-–—~([|│]*)?(?<n>\d{1,4})(?:\s*(?:of|OF|Of|\/)\s*(?<of>\d{1,4}))?|[\s\-–—~]*(?:(?:[Pp]age|PAGE)[\s\-–—~|│]*)?(?<roman>(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})))(?:\s*[|│]\s*(?:[Pp]age|PAGE))?[\s\-–—~)\]]*$/;
