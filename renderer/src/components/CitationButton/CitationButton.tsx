import { citationLabel, type CitationRef } from '../../state/citations';

interface Props {
  citation: CitationRef;
  onOpen: (c: CitationRef) => void;
}

/** A citation the user can follow: its accessible name starts with "Source: p. N". */
export function CitationButton({ citation, onOpen }: Props) {
  const label = citationLabel(citation);
  return (
    <button type="button" className="citation" aria-label={`Source: ${label}`} onClick={() => onOpen(citation)}>
      {label}
    </button>
  );
}
