/**
 * `npm run bench -- <name> [args]`: runs tests/bench/<name>.bench.ts, which exports
 * `run(argv): Promise<void>` and prints its figures (side by side, as ratios). Not a test.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();

const [name, ...rest] = process.argv.slice(2);
const selected = name ? [name] : names;
for (const n of selected) {
  if (!names.includes(n)) {
    console.error(`Unknown benchmark "${n}". Available: ${names.join(', ')}`);
    process.exit(2);
  }
  const mod = (await import(`./${n}.bench.ts`)) as { run: (argv: string[]) => Promise<void> };
  console.log(`\n=== bench ${n} ===`);
  await mod.run(rest);
}
