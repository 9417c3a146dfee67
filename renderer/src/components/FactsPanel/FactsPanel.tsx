import type { DocumentFacts } from '../../../../shared/ipc/contract';
import { WarningList } from '../WarningList/WarningList';

const KIND: Record<DocumentFacts['kind'], string> = { pdf: 'PDF', docx: 'Word document', text: 'Text' };

/** What is known about a document before any model runs. */
export function FactsPanel({ facts }: { facts: DocumentFacts }) {
  return (
    <section className="facts" aria-label="Document facts">
      <dl className="facts-grid">
        <div>
          <dt>Type</dt>
          <dd>{KIND[facts.kind]}</dd>
        </div>
        <div>
          <dt>Pages</dt>
          <dd>{facts.pageCount}</dd>
        </div>
        <div>
          <dt>Estimated tokens</dt>
          <dd>{facts.tokenEstimate.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Passes needed</dt>
          <dd>{facts.chunkEstimate}</dd>
        </div>
      </dl>
      <WarningList warnings={facts.warnings} />
    </section>
  );
}
