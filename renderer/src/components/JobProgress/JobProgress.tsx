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
  if (!running) return null;
  return (
    <div className="progress-block">
      <div className="progress-row">
        <progress className="job-progress" max={100} value={pct} aria-label="Summary progress" aria-valuetext={`${pct}% · ${progressLine(job)}`} />
        <button type="button" className="button" onClick={onCancel} disabled={job.status === 'cancelling'} {...cancelProps}>
          Cancel
        </button>
      </div>
      <p className="progress-line">{progressLine(job)}</p>
    </div>
  );
}
