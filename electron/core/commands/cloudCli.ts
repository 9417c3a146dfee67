/**
 * Cloud mode for `precis summarize`: `--provider openai --base-url URL --model NAME` (key from
 * OPENAI_API_KEY), `--no-redact`, `--preview` (prints exactly what would be sent and exits without
 * sending). Kept here so the command only wires it in. Never imports the OpenAI client itself.
 */
import path from 'node:path';
import type { ExtractedDocument } from '../../../shared/document';
import { extractDocument } from '../documents/extractDocument';
import { PrecisFailure } from '../errors';
import { createCloudPreparations } from '../service/cloudPreparations';
import { prepareInWorker } from '../service/prepareInWorker';
import type { CliIo } from './cliIo';
import { hostOf } from '../llm/cloudHost';
import { createCloudRunner } from '../service/cloudRunner';
import type { CloudRunner } from '../service/createSummaryEngine';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import { cloudKeyRequired } from '../../../shared/cloudUrl';

/** The `parseArgs` options cloud mode adds. */
export const cloudCliOptions = {
  'base-url': { type: 'string' },
  'no-redact': { type: 'boolean', default: false },
  preview: { type: 'boolean', default: false },
} as const;

export interface CloudCliArgs {
  baseUrl?: string;
  redact: boolean;
  preview: boolean;
}

/** Reads the cloud flags out of parsed values. */
export function cloudCliArgs(values: Record<string, unknown>): CloudCliArgs {
  const baseUrl = typeof values['base-url'] === 'string' ? values['base-url'] : undefined;
  return { ...(baseUrl ? { baseUrl } : {}), redact: values['no-redact'] !== true, preview: values.preview === true };
}

/** The provider settings for `--provider openai`: base URL, model name (not a path) and key from the environment. */
export function cloudProviderConfig(args: CloudCliArgs, model: string | undefined, env: NodeJS.ProcessEnv): { baseUrl: string; model: string; apiKey?: string } {
  const baseUrl = args.baseUrl ?? env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1';
  const apiKey = env.OPENAI_API_KEY?.trim() || undefined;
  // The same servers the window refuses without a key (OpenAI and Azure OpenAI turn every request away).
  if (!apiKey && cloudKeyRequired(baseUrl)) {
    throw new PrecisFailure('CLOUD_KEY_MISSING', 'Set OPENAI_API_KEY to your API key (or pass --base-url for a server that needs none).');
  }
  return { baseUrl, model: model ?? 'gpt-4o-mini', ...(apiKey ? { apiKey } : {}) };
}

/**
 * `--preview`: prints, for each file, exactly the text that would leave this machine (stdout) and
 * what it is bound to (stderr: sha256, placeholders, host). Sends nothing, loads no provider.
 */
export async function printCloudPreviews(files: readonly string[], args: CloudCliArgs, io: CliIo, password?: string): Promise<number> {
  for (const [i, file] of files.entries()) {
    const doc = await extractDocument({ path: file }, { signal: io.signal, ...(password !== undefined ? { password } : {}) });
    // In a worker thread: Ctrl-C stops a long redaction at once (this thread would not see it).
    const prep = await prepareInWorker(doc, { redact: args.redact }, { signal: io.signal });
    if (files.length > 1) io.stdout(`${i ? '\n' : ''}# ${path.basename(file)}\n`);
    io.stdout(prep.previewText);
    const kinds = new Map<string, number>();
    for (const r of prep.redactions) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    io.stderr(
      `preview sha256 ${prep.sha256}; ${prep.redacted ? `${prep.redactions.length} placeholder(s)${kinds.size ? ` (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}` : 'NOT redacted (--no-redact)'}; would be sent to ${hostOf(args.baseUrl ?? 'https://api.openai.com/v1')}. Nothing was sent.`,
    );
  }
  return 0;
}

/** What the summary engine needs to run the CLI's cloud jobs as the app runs its own. */
export interface CloudCliJobs {
  /** Settings in cloud mode with the server, model and redaction the flags name. */
  settings: Settings;
  /** The service's own cloud runner (redaction, consent check, provider, journal key). */
  runner: CloudRunner;
  /**
   * The consent for one document. Running the command with `--provider openai` is the consent:
   * the text sent is exactly what `--preview` prints for the same file and flags. The runner then
   * sends that same preparation (it is made once).
   */
  consentFor(doc: ExtractedDocument, signal: AbortSignal): Promise<string>;
}

/**
 * Cloud mode through the app's engine: the same runner, journal and resume as a cloud job in the
 * window, keyed by exactly what is sent and where. Fails at once (CLOUD_AUTH) without a key for
 * api.openai.com, and the runner refuses a plain-http server that is not loopback.
 */
export function cloudCliJobs(args: CloudCliArgs, model: string | undefined, env: NodeJS.ProcessEnv, options: { parallel?: number; contextSize?: number } = {}): CloudCliJobs {
  const config = cloudProviderConfig(args, model, env);
  const settings: Settings = { ...DEFAULT_SETTINGS, mode: 'cloud', cloud: { baseUrl: config.baseUrl, model: config.model, redact: args.redact } };
  const prepare = createCloudPreparations();
  return {
    settings,
    runner: createCloudRunner({
      getApiKey: async () => config.apiKey,
      prepare,
      ...(options.parallel ? { maxParallel: options.parallel } : {}),
      ...(options.contextSize ? { contextSize: options.contextSize } : {}),
    }),
    consentFor: async (doc, signal) => (await prepare(doc, { redact: args.redact }, signal)).sha256,
  };
}
