import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cloudUrlProblem, withoutQuery } from '../../../shared/cloudUrl';
import type { NoticeCode } from '../../../shared/notices';
import { DEFAULT_SETTINGS, SettingsPatchSchema, SettingsSchema, type Settings, type SettingsPatch } from '../../../shared/settings';
import { PrecisFailure } from '../errors';
import { atomicWrite, removeStaleTemps } from './atomicWrite';
import { defaultWarning, onceEach } from './defaultWarning';
import { storageFailure } from './storageFailure';

/** Reads and writes the user's settings (never the API key: that lives in the secret store). */
export interface SettingsStore {
  /** The saved settings; defaults when nothing is saved yet or the file is unreadable. */
  get(): Promise<Settings>;
  /** Merges `patch` (nested objects merge) into the saved settings and persists the result. */
  set(patch: SettingsPatch): Promise<Settings>;
}

/** Options for {@link createSettingsStore}. */
export interface SettingsStoreOptions {
  /**
   * Told when the saved file was damaged or partly invalid and defaults were used instead, or when
   * what was mended could not be written back (default: stderr). `code` names the kind, for the window.
   */
  onWarning?: (message: string, code: NoticeCode) => void;
}

/** File name of the settings inside the data folder. */
export const SETTINGS_FILE = 'settings.json';

const SECTIONS = ['mode', 'local', 'cloud', 'summaryLength', 'ocr'] as const;

/**
 * Settings persisted as `<home>/settings.json` (mode 0600, written atomically). A missing, corrupt
 * or partly invalid file never crashes the app: every section that still validates is kept, the
 * rest falls back to its default, and `onWarning` says so. A saved cloud address the rules refuse
 * (one saved before a rule existed, or edited by hand) is mended or put back to the default, with
 * cloud mode off, so no document goes to an address the user did not choose. What was mended is
 * written back at once, so the file no longer holds the refused value (a key in an address's query);
 * a file that is not JSON at all is left for the user until a setting is saved. Only schema fields
 * are written, so an API key smuggled into a patch is dropped rather than stored in plain text.
 */
export function createSettingsStore(home: string, options: SettingsStoreOptions = {}): SettingsStore {
  const file = path.join(home, SETTINGS_FILE);
  const warn = onceEach(options.onWarning ?? defaultWarning);
  // Serialises writes inside this process so two quick patches cannot lose each other.
  let queue: Promise<unknown> = removeStaleTemps(home).catch(() => undefined);
  // The text of a file whose mended settings could not be written back: not tried again on every read.
  let unsaved: string | undefined;

  /** Writes settings mended on load back to the file; a failure is told, and the mended settings are still used. */
  async function saveMended(text: string, mended: Settings): Promise<void> {
    if (text === unsaved) return;
    try {
      await atomicWrite(file, serialize(mended));
      unsaved = undefined;
    } catch (e) {
      unsaved = text;
      const full = e instanceof PrecisFailure && e.code === 'DISK_FULL';
      warn(
        `Precis corrected the saved settings but could not write them back (${full ? 'the disk is full' : 'the data folder could not be written'}); it uses the corrected settings for now. ${full ? 'Free some space' : 'Check that the data folder can be written'}, then save any setting to store them.`,
        'SETTINGS_NOT_SAVED',
      );
    }
  }

  async function read(): Promise<Settings> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return structuredClone(DEFAULT_SETTINGS);
      warn(storageFailure(e, 'read the settings').message + ' Using the default settings.', 'SETTINGS_UNREADABLE');
      return structuredClone(DEFAULT_SETTINGS);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      warn('The settings file was damaged and could not be read; Precis is using the default settings. Saving a setting replaces the damaged file.', 'SETTINGS_DAMAGED');
      return structuredClone(DEFAULT_SETTINGS);
    }
    const whole = SettingsSchema.safeParse(raw);
    if (whole.success) return whole.data;
    const mended = salvage(raw, warn);
    await saveMended(text, mended);
    return mended;
  }

  return {
    get() {
      const result = queue.then(read);
      queue = result.catch(() => undefined);
      return result;
    },
    set(patch) {
      const result = queue.then(async () => {
        const parsed = SettingsPatchSchema.safeParse(patch);
        if (!parsed.success) {
          // A schema message may be a whole sentence (the cloud address's is): its own full stop is dropped.
          const why = (parsed.error.issues[0]?.message ?? 'unknown problem').replace(/\.$/, '');
          throw new PrecisFailure('INVALID_REQUEST', `That setting is not valid: ${why}. Choose another value in Settings.`);
        }
        const next = SettingsSchema.parse(merge(await read(), parsed.data));
        await atomicWrite(file, serialize(next));
        return next;
      });
      queue = result.catch(() => undefined);
      return result;
    },
  };
}

function serialize(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function merge(current: Settings, patch: SettingsPatch): Settings {
  return {
    mode: patch.mode ?? current.mode,
    local: { ...current.local, ...patch.local },
    cloud: { ...current.cloud, ...patch.cloud },
    summaryLength: patch.summaryLength ?? current.summaryLength,
    ocr: patch.ocr ?? current.ocr,
  };
}

/** For a file that does not validate as a whole: keeps every top-level section that validates on its own; defaults the rest. */
function salvage(raw: unknown, warn: (message: string, code: NoticeCode) => void): Settings {
  const source: Record<string, unknown> = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
  const notes: string[] = [];
  const address = mendCloudAddress(source);
  if (address) notes.push(address);
  const result: Record<string, unknown> = structuredClone(DEFAULT_SETTINGS);
  const dropped: string[] = [];
  for (const key of SECTIONS) {
    if (!(key in source)) continue;
    const section = SettingsSchema.shape[key].safeParse(source[key]);
    if (section.success) result[key] = section.data;
    else dropped.push(key);
  }
  if (dropped.length > 0) notes.push(`Some saved settings were not valid (${dropped.join(', ')}) and were reset to their defaults; check them in Settings.`);
  else if (notes.length === 0) notes.push('The saved settings were incomplete; missing values use their defaults. Check them in Settings.');
  warn(notes.join(' '), address ? 'CLOUD_ADDRESS_CHANGED' : 'SETTINGS_RESET');
  return SettingsSchema.parse(result);
}

/**
 * A saved cloud address the rules refuse is replaced in `source` (the rest of the cloud section is
 * kept): by the same address without its query and fragment when that is allowed, else by the
 * default. Cloud mode goes off, because the address documents would go to is no longer the one
 * saved. Returns what to tell the user, or undefined when the saved address is allowed or absent.
 * The refused address itself is never repeated: its query may hold a key.
 */
function mendCloudAddress(source: Record<string, unknown>): string | undefined {
  const cloud = source.cloud;
  if (!cloud || typeof cloud !== 'object' || Array.isArray(cloud) || !('baseUrl' in cloud)) return undefined;
  const saved = (cloud as { baseUrl: unknown }).baseUrl;
  const addressSchema = SettingsSchema.shape.cloud.shape.baseUrl;
  if (addressSchema.safeParse(saved).success) return undefined;
  const mended = typeof saved === 'string' ? withoutQuery(saved) : '';
  const kept = mended !== '' && addressSchema.safeParse(mended).success;
  const baseUrl = kept ? mended : DEFAULT_SETTINGS.cloud.baseUrl;
  source.cloud = { ...cloud, baseUrl };
  const wasCloud = source.mode === 'cloud';
  if (wasCloud) source.mode = 'local';
  const then = wasCloud ? 'cloud mode is off until you check the address in Settings and turn it on again.' : 'check it in Settings before using cloud mode.';
  // The notice says what Precis did; the form's own sentence for this address is an instruction to the user, who has nothing left to remove.
  if (kept) return `The saved cloud server address ended with a “?” or “#” part, which an address may not hold (an API key belongs in the API key field). Precis removed that part and now uses ${baseUrl}; ${then}`;
  const why = typeof saved === 'string' ? cloudUrlProblem(saved) : undefined;
  return `The saved cloud server address could not be used${why ? `: ${why}` : '.'} Precis put back the default address (${baseUrl}); ${then}`;
}
