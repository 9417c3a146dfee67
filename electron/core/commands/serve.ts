import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBridgeServer } from '../bridge/createBridgeServer';
import { PrecisFailure } from '../errors';
import { createCoreDeps } from '../service/createCoreDeps';
import { createPrecisService } from '../service/createPrecisService';
import type { EngineProvider } from '../service/createSummaryEngine';
import { parseCliArgs, type CliIo } from './cliIo';
import { catalogOverridesFromEnv, type CatalogOverrides } from '../models/catalog';
import { createTerminalConfirmer } from './terminalConfirm';
import { precisHome } from '../storage/precisHome';

const USAGE = 'Usage: precis serve [--port N] [--provider local|openai|extractive] [--model <gguf>] [--threads N]';

export const summary = 'Serve the window and its API on 127.0.0.1 for a browser (--port N --provider local|openai|extractive --model F --threads N)';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Where Vite writes the renderer (vite.config.ts: build.outDir). */
export const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');

/** Builds the renderer with Vite when it has not been built yet (`npm ci` then `precis serve` just works). */
export async function ensureRendererBuilt(io: Pick<CliIo, 'stderr'>, rendererDir = RENDERER_DIR): Promise<void> {
  if (existsSync(path.join(rendererDir, 'index.html'))) return;
  io.stderr('Building the window (first run)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(REPO_ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: rendererDir, emptyOutDir: true } });
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new PrecisFailure('INTERNAL', 'Building the window produced no index.html. Run "npx vite build" to see why.');
  }
}

function parseFlags(argv: string[]) {
  const { values } = parseCliArgs(
    {
      args: argv,
      options: {
        port: { type: 'string' },
        provider: { type: 'string' },
        model: { type: 'string' },
        threads: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    },
    USAGE,
  );
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new PrecisFailure('INVALID_REQUEST', '--port must be a number from 0 to 65535 (0 picks a free port).');
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 256)) throw new PrecisFailure('INVALID_REQUEST', '--threads must be a whole number from 1 to 256.');
  const provider = values.provider as EngineProvider | undefined;
  if (provider !== undefined && !['local', 'openai', 'extractive'].includes(provider)) {
    throw new PrecisFailure('PROVIDER_UNKNOWN', `Unknown provider "${provider}". Use local, openai or extractive.`);
  }
  const model = values.model === undefined ? undefined : path.resolve(values.model);
  if (model !== undefined && !existsSync(model)) throw new PrecisFailure('MODEL_NOT_FOUND', `No model file at "${model}". Check the path.`);
  return { port, threads, provider, model };
}

function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

export interface ServeStackOptions {
  home: string;
  rendererDir: string;
  port?: number;
  provider?: EngineProvider;
  modelPath?: string;
  threads?: number;
  /** The terminal that started `serve`: where decisions about sending data are confirmed. */
  stdin?: NodeJS.ReadableStream;
  /** Writes a line to that terminal (stderr). */
  say(line: string): void;
  version?: string;
  catalogOverrides?: CatalogOverrides;
}

/**
 * The server `serve` runs: the real service (stores, pipeline, cloud runner) behind the bridge, with
 * its confirmations (a new cloud server, redaction off, each document sent) asked on the terminal.
 */
export async function createServeStack(options: ServeStackOptions) {
  const confirmer = createTerminalConfirmer({ input: options.stdin, write: options.say });
  const service = createPrecisService(
    createCoreDeps({
      home: options.home,
      transport: 'bridge',
      version: options.version ?? appVersion(),
      provider: options.provider,
      modelPath: options.modelPath,
      threads: options.threads,
      confirm: confirmer.confirm,
      ...(options.catalogOverrides ? { catalogOverrides: options.catalogOverrides } : {}),
    }),
  );
  const server = await createBridgeServer({ service, rendererDir: options.rendererDir, port: options.port });
  return {
    service,
    server,
    async close() {
      confirmer.close();
      await server.close();
      await service.shutdown();
    },
  };
}

/**
 * `precis serve`: the built window over HTTP and the IPC contract over a WebSocket, both on
 * 127.0.0.1. Prints the address to open (with its one-time token) and runs until Ctrl+C, which
 * cancels every job and disposes the model. Cloud decisions the page asks for are confirmed here.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv);
  await ensureRendererBuilt(io);
  const stack = await createServeStack({
    home: precisHome(io.env),
    rendererDir: RENDERER_DIR,
    port: flags.port,
    provider: flags.provider,
    modelPath: flags.model,
    threads: flags.threads,
    stdin: io.stdin,
    say: (line) => io.stderr(line),
    catalogOverrides: catalogOverridesFromEnv(io.env),
  });
  io.stdout(stack.server.url);
  io.stderr('Precis asks here before a page may change the cloud server, turn redaction off, or send a document.');
  await new Promise<void>((resolve) => {
    if (io.signal.aborted) return resolve();
    io.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await stack.close();
  return 0;
}
