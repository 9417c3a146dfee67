import { KEY_TERM_LABELS, KEY_TERM_NAMES, type KeyTerms, type Party } from '../../../../shared/terms';
import type { CitationRef } from '../../state/citations';
import { CitationButton } from '../CitationButton/CitationButton';

function partyText(p: Party): string {
  return p.role ? `${p.name} (“${p.role}”)` : p.name;
}

/** The source wording can be a whole paragraph; the citation opens all of it. */
function clip(text: string, max = 240): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}

interface Props {
  terms?: KeyTerms;
  onCite: (c: CitationRef) => void;
}

/** The key terms as a table, each with the citations it rests on. */
export function KeyTermsTable({ terms, onCite }: Props) {
  const rows = KEY_TERM_NAMES.filter((n) => terms?.[n]);
  if (!terms || rows.length === 0) {
    return <p className="muted">No key terms yet. They appear when the document has been read.</p>;
  }
  return (
    <table className="terms-table">
      <caption className="visually-hidden">Key terms</caption>
      <colgroup>
        <col className="col-term" />
        <col />
        <col className="col-source" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Term</th>
          <th scope="col">Value</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((name) => {
          const t = terms[name]!;
          const value = typeof t.value === 'string' ? t.value : t.value.map(partyText).join('; ');
          return (
            <tr key={name}>
              <th scope="row">{KEY_TERM_LABELS[name]}</th>
              <td>
                <div>{t.blank ? <span className="muted">Left blank in the template</span> : value}</div>
                {t.text && t.text !== value ? <div className="term-wording">“{clip(t.text)}”</div> : null}
                {t.warning ? <div className="warning">{t.warning}</div> : null}
              </td>
              <td className="term-cites">
                {t.citations.length === 0 ? <span className="muted">—</span> : null}
                {t.citations.map((c) => (
                  <CitationButton key={`${c.blockId}-${c.page}`} citation={c} onOpen={onCite} />
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
