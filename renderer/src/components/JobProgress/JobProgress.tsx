import { useNowUntil } from '../../hooks/useNowUntil';
import { progressFraction, progressLine, type JobView } from '../../state/jobsReducer';

interface Props {
  job: JobView;
  onCancel: () => void;
  /** Extra attributes for the Cancel button (the view marks it as the next action). */
  cancelProps?: Record<string, string>;
}

/** Progress bar, the "Reading section 7 of 23 · about 2 min left" line, and Cancel. */
export function JobProgress({ job, onCancel, cancelProps }: Props) {
  const running = job.status === 'starting' || job.status === 'running' || job.status === 'cancelling';
  const pct = Math.round(progressFraction(job) * 100);
  // Counts down a wait the server asked for; no timer runs otherwise.
  const now = useNowUntil(running ? job.waitUntil : undefined);
  if (!running) return null;
  const line = progressLine(job, now);
  return (
    <div className="progress-block">
      <div className="progress-row">
        <progress className="job-progress" max={100} value={pct} aria-label="Summary progress" aria-valuetext={`${pct}% · ${line}`} />
        <button type="button" className="button" onClick={onCancel} disabled={job.status === 'cancelling'} {...cancelProps}>
          Cancel
        </button>
      </div>
      <p className="progress-line">{line}</p>
    </div>
  );
}
