/**
 * Notices: things Precis did on its own that the user should know about (a saved setting it could
 * not use and changed, summaries it had to hide). They reach the window as a stable code and a
 * message that says what happened and what to do; never a path, a key or document text.
 */
export const NOTICE_CODES = [
  /** The settings file could not be read; the defaults are in use. */
  'SETTINGS_UNREADABLE',
  /** The settings file was not valid JSON; the defaults are in use until a setting is saved. */
  'SETTINGS_DAMAGED',
  /** Some saved settings were not valid or missing and were put back to their defaults. */
  'SETTINGS_RESET',
  /** The saved cloud server address could not be used: it was mended or put back, and cloud mode turned off. */
  'CLOUD_ADDRESS_CHANGED',
  /** Settings Precis corrected could not be written back; the corrected ones are used until a save succeeds. */
  'SETTINGS_NOT_SAVED',
  /** A summary's progress could not be saved for resuming: the summary goes on, but stopped it would start again. */
  'RESUME_NOT_SAVED',
  /** The saved progress of a stopped summary could not be read: that document is read again from the start. */
  'RESUME_UNREADABLE',
  /** Saved summaries that could not be read (damaged, or sealed under a key this computer no longer has) are hidden from the history. */
  'HISTORY_HIDDEN',
] as const;

export type NoticeCode = (typeof NOTICE_CODES)[number];

/** One notice as the window gets it; `id` names it for `notices.dismiss`. */
export interface AppNotice {
  id: string;
  code: NoticeCode;
  message: string;
}
