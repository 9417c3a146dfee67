import type { Citation } from './document';

/** The key terms Precis extracts, in the order the window shows them. */
export const KEY_TERM_NAMES = [
  'title',
  'parties',
  'agreementDate',
  'effectiveDate',
  'expiration',
  'renewal',
  'renewalNotice',
  'termination',
  'governingLaw',
  'jurisdiction',
  'payment',
  'liabilityCap',
  'indemnification',
  'confidentiality',
  'assignment',
  'nonCompete',
  'insurance',
] as const;

export type KeyTermName = (typeof KEY_TERM_NAMES)[number];

/** How the window and the reports name each key term. */
export const KEY_TERM_LABELS: Record<KeyTermName, string> = {
  title: 'Title',
  parties: 'Parties',
  agreementDate: 'Agreement date',
  effectiveDate: 'Effective date',
  expiration: 'Expiration',
  renewal: 'Renewal',
  renewalNotice: 'Renewal notice',
  termination: 'Termination',
  governingLaw: 'Governing law',
  jurisdiction: 'Jurisdiction',
  payment: 'Payment',
  liabilityCap: 'Liability cap',
  indemnification: 'Indemnification',
  confidentiality: 'Confidentiality',
  assignment: 'Assignment',
  nonCompete: 'Non-compete',
  insurance: 'Insurance',
};

export interface Party {
  name: string;
  /** The defined short name or role, e.g. "MPL", "Shipper", "Licensee". */
  role?: string;
}

/** One extracted term: a normalised value, the source wording, and where it stands. */
export interface KeyTerm {
  /** Normalised value: ISO date for dates, Party[] for parties, jurisdiction for law, else a short phrase. */
  value: string | Party[];
  /** The source wording the value was taken from. */
  text: string;
  citations: Citation[];
  /** True when the contract has an unfilled template blank here ("[Company Name]", "_____"). */
  blank?: true;
  /** Set when the deterministic extractor and the model disagree; both values are shown. */
  warning?: string;
  /** Which engine produced the value. */
  source?: 'rules' | 'model' | 'both';
}

export type KeyTerms = Partial<Record<KeyTermName, KeyTerm>>;

export const CLAUSE_TYPES = [
  'definitions',
  'term',
  'termination',
  'payment',
  'confidentiality',
  'ip',
  'liability',
  'indemnity',
  'warranty',
  'governing-law',
  'dispute-resolution',
  'notices',
  'assignment',
  'miscellaneous',
] as const;

export type ClauseType = (typeof CLAUSE_TYPES)[number];

/** One entry of the clause map (the document's table of contents, classified). */
export interface ClauseEntry {
  clause: string;
  heading?: string;
  type: ClauseType;
  page: number;
  blockId: string;
}
