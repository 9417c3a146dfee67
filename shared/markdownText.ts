/**
 * Backslash-escapes every character of document text that markdown could read as syntax, for text
 * placed inline in a line the pipeline writes ("- <sentence> [p. 4]"). Contract text is data: SEC
 * filings are full of "[***]" (confidential treatment), which unescaped renders as bold italics and
 * loses its brackets. Line breaks become spaces so the text stays inside its line.
 */
export function escapeMarkdownText(text: string): string {
  // Parentheses and "!" need no escape: with "[" escaped they cannot form a link or an image.
  return (
    text
      .replace(/[\\`*_[\]<>|~#&]/g, (c) => `\\${c}`)
      .replace(/\s*\n\s*/g, ' ')
      // At the start of a line, "-", "+", "=" and "5." would make a list, a setext heading or a numbered item.
      .replace(/^(\s*)([-+=])/, '$1\\$2')
      .replace(/^(\s*\d{1,9})([.)])/, '$1\\$2')
  );
}

