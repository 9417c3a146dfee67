/**
 * What people see for the model-free summary wherever a model's name would stand: the window's
 * history, a reopened summary's heading and the exported report say the same words.
 */
export const QUICK_SUMMARY_LABEL = 'Quick summary (no model)';

/**
 * The name to show for who wrote a summary: the model's own name, or for the model-free summary
 * {@link QUICK_SUMMARY_LABEL}. The model-free engine's stored name ("extractive v1", in summaries
 * of every age) is a version id that the resume journal and the summarized-before match compare;
 * it is kept as stored and never shown.
 */
export function shownModelName(writer: { provider: string; model: string }): string {
  return writer.provider === 'extractive' ? QUICK_SUMMARY_LABEL : writer.model;
}
