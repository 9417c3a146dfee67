import type { HistoryEntry, PrecisApi } from '../../../../shared/ipc/contract';
import type { SummaryResult } from '../../../../shared/summary';
import type { CitationRef } from '../../state/citations';
import { ExportButtons } from '../ExportButtons/ExportButtons';
import { SummaryPane } from '../SummaryPane/SummaryPane';
import { WarningList } from '../WarningList/WarningList';
import { DocHeading } from '../DocHeading/DocHeading';
import { lengthLabel } from '../HistoryList/HistoryList';
import { QUICK_SUMMARY_LABEL } from '../../../../shared/writerLabel';

export type OpenedSummary = HistoryEntry & { summary: SummaryResult; documentId?: string };

/** The main pane for a summary reopened from the history. */
export function HistoryView({ api, opened, onCite, announce }: { api: PrecisApi; opened: OpenedSummary; onCite: (c: CitationRef) => void; announce: (text: string) => void }) {
  const s = opened.summary;
  const kind = s.providerKind === 'cloud' ? 'Cloud' : 'Local';
  const length = lengthLabel({ provider: opened.provider, length: opened.length ?? s.length });
  // The model-free summary names no model (its stored name is a version id) and no length.
  const status = s.providerKind === 'extractive' ? QUICK_SUMMARY_LABEL : `${kind} · ${s.model}${length ? ` · ${length}` : ''}`;
  return (
    <>
      <DocHeading name={opened.fileName} status={status} />
      <WarningList warnings={s.warnings} />
      <SummaryPane key={opened.id} markdown={s.markdown} points={s.points} keyTerms={s.keyTerms} clauses={s.clauses} streaming={false} onCite={onCite} />
      <ExportButtons api={api} historyId={opened.id} onExported={(f) => announce(`Exported ${f}`)} />
    </>
  );
}
