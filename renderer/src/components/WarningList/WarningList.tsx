import type { DocumentWarning } from '../../../../shared/document';

/** The document's warnings (image-only pages, mismatched terms, …), or nothing when there are none. */
export function WarningList({ warnings }: { warnings: DocumentWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings" aria-label="Warnings">
      {warnings.map((w, i) => (
        <li key={`${w.code}-${i}`} className="warning">
          {w.page && !namesItsPage(w.message, w.page) ? `Page ${w.page}: ` : ''}
          {w.message}
        </li>
      ))}
    </ul>
  );
}

/** A message that opens with its own page ("Page 20 has no text.") is not given the page again. */
function namesItsPage(message: string, page: number): boolean {
  const opening = `Page ${page}`;
  return message.startsWith(opening) && !/\d/.test(message.charAt(opening.length));
}
