import { cloudUrlProblem } from '../../../../shared/cloudUrl';
import { SettingsPatchSchema, type SettingsPatch } from '../../../../shared/settings';
import type { PublicSettings } from '../../../../shared/ipc/contract';

/** The settings form's fields as typed (strings where the user types numbers). */
export interface SettingsForm {
  mode: 'local' | 'cloud';
  modelId: string;
  threads: string;
  parallel: string;
  baseUrl: string;
  cloudModel: string;
  redact: boolean;
  summaryLength: 'brief' | 'standard' | 'detailed';
  ocr: 'auto' | 'off' | 'force';
  apiKey: string;
}

export type FieldErrors = Partial<Record<keyof SettingsForm, string>>;

/** The form's starting values from the stored settings. */
export function formFromSettings(s: PublicSettings): SettingsForm {
  return {
    mode: s.mode,
    modelId: s.local.modelId,
    threads: s.local.threads ? String(s.local.threads) : '',
    parallel: s.local.parallel ? String(s.local.parallel) : '',
    baseUrl: s.cloud.baseUrl,
    cloudModel: s.cloud.model,
    redact: s.cloud.redact,
    summaryLength: s.summaryLength,
    ocr: s.ocr,
    apiKey: '',
  };
}

function wholeNumber(raw: string, min: number, max: number, what: string): { value?: number; error?: string } {
  const t = raw.trim();
  if (t === '') return {};
  if (!/^\d+$/.test(t)) return { error: `${what} must be a whole number from ${min} to ${max}.` };
  const n = Number(t);
  if (n < min || n > max) return { error: `${what} must be from ${min} to ${max}.` };
  return { value: n };
}

/**
 * Checks the form and builds the patch main will accept. Messages say what to fix; the shared
 * schema has the last word so the window never sends what main would refuse.
 */
export function validateSettings(form: SettingsForm): { patch?: SettingsPatch; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const threads = wholeNumber(form.threads, 1, 256, 'Threads');
  if (threads.error) errors.threads = threads.error;
  const parallel = wholeNumber(form.parallel, 1, 16, 'Parallel sequences');
  if (parallel.error) errors.parallel = parallel.error;

  const base = form.baseUrl.trim();
  // The same rule main applies: https, or plain http on this computer only; no credentials.
  const urlProblem = cloudUrlProblem(base);
  if (urlProblem) errors.baseUrl = urlProblem;
  if (form.mode === 'cloud' && form.cloudModel.trim() === '') errors.cloudModel = 'Enter the model name the server expects, for example gpt-4o-mini.';
  if (form.apiKey && /\s/.test(form.apiKey.trim())) errors.apiKey = 'An API key has no spaces; paste it again.';

  if (Object.keys(errors).length > 0) return { errors };
  const patch: SettingsPatch = {
    mode: form.mode,
    summaryLength: form.summaryLength,
    ocr: form.ocr,
    local: {
      modelId: form.modelId,
      ...(threads.value !== undefined ? { threads: threads.value } : {}),
      ...(parallel.value !== undefined ? { parallel: parallel.value } : {}),
    },
    cloud: { baseUrl: base, model: form.cloudModel.trim(), redact: form.redact },
  };
  const parsed = SettingsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.at(-1);
      const field: keyof SettingsForm =
        key === 'baseUrl' ? 'baseUrl' : key === 'model' ? 'cloudModel' : key === 'threads' ? 'threads' : key === 'parallel' ? 'parallel' : key === 'modelId' ? 'modelId' : 'mode';
      errors[field] ??= issue.message;
    }
    return { errors };
  }
  return { patch: parsed.data, errors };
}
