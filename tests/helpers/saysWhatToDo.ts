/**
 * Whether an error message tells the user what to do (shared/errors.ts: every error a user can see
 * names what failed and says what to do). Shared by the check of the messages written out at their
 * error sites and the check of the messages built by functions (tests/shared).
 */

/** Verbs a message tells the user to do something with, at the start of a sentence or clause. */
const ACTIONS = [
  'add', 'ask', 'check', 'choose', 'clear', 'close', 'copy', 'delete', 'download', 'drop', 'enter', 'free', 'give',
  'import', 'install', 'load', 'lower', 'manage', 'move', 'name', 'open', 'pass', 'paste', 'pick', 'point', 'put', 're-export',
  're-save', 'reinstall', 'reload', 'remove', 'rename', 'report', 'restart', 'resume', 'review', 'run', 'save', 'see',
  'select', 'send', 'set', 'split', 'start', 'summarize', 'switch', 'try', 'turn', 'update', 'use', 'wait',
];
const ACTION = new RegExp(`(?:^|[.:;!?]\\s+|,\\s+(?:(?:or|then|and)\\s+)?|\\b(?:or|then)\\s+|\\(|—\\s*)(?:please\\s+)?(?:${ACTIONS.join('|')})\\b`, 'i');
/** "--port must be a number from 0 to 65535": a rule the user is to follow is an instruction too. */
const RULE = /\bmust\b/i;

/** A command's usage line ("Usage: precis terms <file…|folder> …") shows the user what to type. */
const USAGE_LINE = /(?:^|\n|[.:;!?]\s+)Usage: precis\b/;

/** True when `message` (its written text; `…` stands for what is filled in) tells the user what to do. */
export function saysWhatToDo(message: string): boolean {
  const text = message.replace(/…/g, 'x');
  return ACTION.test(text) || RULE.test(text) || USAGE_LINE.test(text);
}

