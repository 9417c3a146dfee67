import type { Ref } from 'react';

/** The selected document's name and what state it is in, above its summary. */
export function DocHeading({ name, status, headingRef }: { name: string; status: string; headingRef?: Ref<HTMLHeadingElement> }) {
  return (
    <div className="doc-heading">
      {/* Focusable by script only: where focus goes when the control that had it is gone. */}
      <h2 title={name} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {name}
      </h2>
      <span className="muted">{status}</span>
    </div>
  );
}

/** What the main pane says before any document is selected. */
export function EmptyState() {
  return (
    <div className="empty">
      <h2>Summarize a contract</h2>
      <p>Drop PDF, Word or text files — or a whole folder — anywhere in this window, or use “Add documents”.</p>
      <p className="muted">Every point is cited to its page and clause. In Local mode nothing leaves this computer.</p>
    </div>
  );
}
