/** `precis models list [--json]` and `precis models import <gguf>`: the local model library in `<precisHome>/models`. */
import { importModel, listModels, modelsDir, type LibraryModel } from '../models/modelLibrary';
import { PrecisFailure } from '../errors';
import { type CliIo } from './cliIo';
import { precisHome } from '../storage/precisHome';

export const summary = 'List the local models, or import a .gguf file into the library (models list|import <gguf>)';

const USAGE = 'Usage: precis models list [--json] | precis models import <file.gguf> [--json]';

function line(m: LibraryModel): string {
  const mb = (m.bytes / 1024 / 1024).toFixed(1);
  return `${m.id}\t${m.name}\t${m.architecture}\t${mb} MB${m.contextLength ? `\tctx ${m.contextLength}` : ''}`;
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  const [sub, ...rest] = argv.filter((a) => a !== '--json');
  const home = precisHome(io.env);
  if (sub === 'list' && rest.length === 0) {
    const models = await listModels(home, { signal: io.signal });
    if (json) io.stdout(JSON.stringify({ dir: modelsDir(home), models }));
    else if (!models.length) io.stderr(`No models in ${modelsDir(home)}. Import one with: precis models import <file.gguf>`);
    else for (const m of models) io.stdout(line(m));
    return 0;
  }
  if (sub === 'import' && rest.length === 1 && rest[0]) {
    const model = await importModel(home, rest[0], { signal: io.signal });
    io.stdout(json ? JSON.stringify(model) : `Imported ${line(model)}`);
    return 0;
  }
  throw new PrecisFailure('INVALID_REQUEST', USAGE);
}
