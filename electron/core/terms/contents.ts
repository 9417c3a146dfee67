/**
 * A contents page's entry lines, which the rules read past: a contents page set before the opening is never the
 * title nor the opening sentence.
 */

/**
 * A line of a contents page: a clause's number (or "Article", "Section", "Schedule" … and one) and heading, ending on its
 * page number after dot leaders or a space ("5. TERM AND TERMINATION ........ 12"). Several lines run together only with
 * dot leaders, and a line without them is short: a clause's paragraph can end on a number too ("… Page 3 of 11").
 */
const CONTENTS_LINE = /^\s*(?:(?:article|section|clause|schedule|exhibit|annex|appendix|part)\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,6}\.?|[A-Z]\.)\s+\S.*?(?:\.{3,}|\s)\s*(?:\d{1,3}|[ivxl]{1,5})\s*$/i;
const DOT_LEADERS = /\.{3,}\s*(?:\d{1,3}|[ivxl]{1,5})\s*$/i;
export const isContentsEntry = (text: string): boolean => CONTENTS_LINE.test(text) && (text.trim().length <= 100 || DOT_LEADERS.test(text)) && !/\b(?:shall|will|agrees?)\b/.test(text);
