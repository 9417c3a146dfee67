import path from 'node:path';
import { HISTORY_DIR } from './historyStore';
import { JOURNAL_DIR } from './jobJournal';
import { SETTINGS_FILE } from './settingsStore';

/** One place where Precis keeps data, as the user should be told about it. */
export interface DataLocation {
  /** Absolute path (a folder ends with the platform's separator). */
  path: string;
  what: string;
  /** True when what is stored there is encrypted. */
  encrypted: boolean;
  /** True when it can hold text from a user's document. */
  documentText: boolean;
}

/**
 * The one answer to "where is my data?" (users of confidential documents must be able to find and delete all of it): every location Precis writes under its data
 * folder. Nothing is written elsewhere (no temp files; exports go where the user saves them).
 */
export function dataLocations(home: string): DataLocation[] {
  const folder = (name: string) => path.join(home, name) + path.sep;
  return [
    { path: path.join(home, SETTINGS_FILE), what: 'Settings (no API key)', encrypted: false, documentText: false },
    { path: folder(HISTORY_DIR), what: 'Saved summaries, each under its own key', encrypted: true, documentText: true },
    { path: folder(JOURNAL_DIR), what: 'Progress of unfinished jobs, for resuming after a crash', encrypted: true, documentText: true },
    { path: folder('keys'), what: 'The master key (sealed by the OS keychain where there is one)', encrypted: true, documentText: false },
    { path: folder('models'), what: 'Language models you downloaded or imported', encrypted: false, documentText: false },
  ];
}
