import readline from 'node:readline';
import { confirmationText, type CloudConfirmation, type ConfirmFn } from '../privacy/cloudConfirmation';

export interface TerminalConfirmOptions {
  /** The terminal's input (`process.stdin`); absent or ended: every question is refused. */
  input?: NodeJS.ReadableStream;
  /** Writes one line to the terminal (stderr: stdout carries the address). */
  write(line: string): void;
  /** No answer within this long refuses (default 5 minutes). */
  timeoutMs?: number;
}

export interface TerminalConfirmer {
  confirm: ConfirmFn;
  /** Stops reading the terminal; questions still waiting are refused. */
  close(): void;
}

/**
 * `precis serve`'s confirmations: what the page asks to do with documents and the API key is put to
 * the person at the terminal that started the server, which the page cannot reach. One question at a
 * time; only "yes" (or "y") typed while a question waits allows it; a line typed earlier answers
 * nothing.
 */
export function createTerminalConfirmer(options: TerminalConfirmOptions): TerminalConfirmer {
  const timeoutMs = options.timeoutMs ?? 5 * 60 * 1000;
  let waiting: ((line: string | undefined) => void) | undefined;
  let closed = !options.input;
  const rl = options.input ? readline.createInterface({ input: options.input, terminal: false }) : undefined;
  rl?.on('line', (line) => {
    const answer = waiting;
    waiting = undefined;
    answer?.(line);
  });
  rl?.on('close', () => {
    closed = true;
    const answer = waiting;
    waiting = undefined;
    answer?.(undefined);
  });
  let queue: Promise<unknown> = Promise.resolve();

  async function ask(request: CloudConfirmation): Promise<boolean> {
    const text = confirmationText(request);
    options.write('');
    options.write(`Precis: the page asks: ${text.title}`);
    options.write(`  ${text.message}`);
    options.write(`  ${text.detail}`);
    if (closed) {
      options.write('  Refused: this terminal cannot answer (its input is closed). Start `precis serve` in a terminal to allow it.');
      return false;
    }
    // Listen before asking, so an answer typed at once is not missed.
    const answered = new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => {
        if (waiting === settle) waiting = undefined;
        resolve(undefined);
      }, timeoutMs);
      timer.unref?.();
      const settle = (l: string | undefined) => {
        clearTimeout(timer);
        resolve(l);
      };
      waiting = settle;
    });
    options.write(`  Type "yes" and press Enter to ${text.confirm.toLowerCase()}; anything else refuses.`);
    const line = await answered;
    const yes = line !== undefined && /^\s*(yes|y)\s*$/i.test(line);
    options.write(yes ? '  Allowed.' : line === undefined ? '  No answer: refused.' : '  Refused.');
    return yes;
  }

  return {
    confirm(_clientId, request) {
      const result = queue.then(() => ask(request));
      queue = result.catch(() => undefined);
      return result;
    },
    close() {
      rl?.close();
    },
  };
}
