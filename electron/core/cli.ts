#!/usr/bin/env node
/**
 * The `precis` command. Users, tests and benchmarks all drive core through it:
 *   npm run cli -- <command> [args]
 * Each command lives in ./commands/<name>.ts and exports `run(argv, io)` returning an exit code.
 */
import { toErrorShape } from './errors';
import type { CliIo, CliCommand } from './commands/cliIo';
import { processIo } from './commands/cliIo';

const commands: Record<string, { summary: string; load: () => Promise<{ run: CliCommand }> }> = {
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return ['Usage: precis <command> [options]', '', 'Commands:', ...lines, ''].join('\n');
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`INVALID_REQUEST Unknown command "${name}". Run "precis --help" for the list.`);
    return 2;
  }
  try {
    const { run } = await command.load();
    return await run(rest, io);
  } catch (e) {
    const shape = toErrorShape(e);
    io.stderr(`${shape.code} ${shape.message}`);
    return shape.code === 'CANCELLED' ? 130 : 1;
  }
}

const invokedDirectly = process.argv[1] && /cli\.(ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`INTERNAL ${String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
