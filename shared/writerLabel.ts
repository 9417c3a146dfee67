/**
 * What people see for the model-free summary wherever a model's name would stand: the window's
 * history, a reopened summary's heading and the exported report say the same words.
 */
export const QUICK_SUMMARY_LABEL = 'Quick summary (no model)';

