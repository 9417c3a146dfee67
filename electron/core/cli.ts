/**
 * The `precis` command. Users, tests and benchmarks all drive core through it:
 *   npm run cli -- <command> [args]
 * Each command lives in ./commands/<name>.ts and exports `run(argv, io)` returning an exit code.
 */
import { toErrorShape } from './errors';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo, CliCommand } from './commands/cliIo';
import { processIo } from './commands/cliIo';

interface CommandModule {
  /** One line for `precis --help`. */
  summary: string;
  run: CliCommand;
}

const commandsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');

/** Command names are the files in ./commands that export `run` (helpers such as cliIo.ts do not). */
function commandNames(): string[] {
  return readdirSync(commandsDir)
    .filter((f) => /^[a-z]+\.ts$/.test(f) && f !== 'cliIo.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

async function loadCommand(name: string): Promise<CommandModule | undefined> {
  if (!commandNames().includes(name)) return undefined;
  const mod = (await import(/* @vite-ignore */ `./commands/${name}.ts`)) as Partial<CommandModule>;
  return typeof mod.run === 'function' ? (mod as CommandModule) : undefined;
}

async function usage(): Promise<string> {
  const lines: string[] = [];
  for (const name of commandNames()) {
    const mod = await loadCommand(name);
    if (mod) lines.push(`  ${name.padEnd(10)} ${mod.summary}`);
  }
  return ['Usage: precis <command> [options]', '', 'Commands:', ...lines, ''].join('\n');
}

/** Runs one CLI invocation and returns its exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await usage());
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    io.stderr(`INVALID_REQUEST Unknown command "${name}". Run "precis --help" for the list.`);
    return 2;
  }
  try {
    return await command.run(rest, io);
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
