import type { SummaryLength } from '../../../../shared/summary';

/** The Summary length choices as the Settings name them; other places that name a length use the same words. */
export const SUMMARY_LENGTH_LABEL: Record<SummaryLength, string> = { brief: 'Brief', standard: 'Standard', detailed: 'Detailed' };
