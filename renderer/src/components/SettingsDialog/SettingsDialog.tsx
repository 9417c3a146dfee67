/**
 * The Settings dialog: mode, local model, cloud server and key, redaction, OCR. One form whose
 * fields validate together (a cloud key belongs to the server it was typed for), hence one file.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ModelListEntry, PrecisApi, PublicSettings } from '../../../../shared/ipc/contract';
import { cloudHost } from '../../../../shared/cloudUrl';
import { Dialog } from '../Dialog/Dialog';
import { formFromSettings, validateSettings, type FieldErrors, type SettingsForm } from './validateSettings';
import { SUMMARY_LENGTH_LABEL } from './summaryLengthLabel';

interface Props {
  api: PrecisApi;
  settings: PublicSettings;
  onSaved: (settings: PublicSettings, message: string) => void;
  onClose: () => void;
  /** The field to put the cursor in as the dialog opens (a failure that only the API key mends). */
  focusField?: 'apiKey';
}

/** How scanned PDF pages are read: with OCR when a page has no usable text, every page, or never. */
const OCR_CHOICES = [
  ['auto', 'Read with OCR when needed'],
  ['force', 'OCR every page'],
  ['off', 'Never (skip scanned pages)'],
] as const;

function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Settings: mode (with an explicit OK before going to the cloud), model, threads, length, cloud server and key. */
export function SettingsDialog({ api, settings, onSaved, onClose, focusField }: Props) {
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmCloud, setConfirmCloud] = useState(false);
  const [models, setModels] = useState<ModelListEntry[] | null>(null);
  const [keyState, setKeyState] = useState(settings.apiKey);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const id = useId();
  const apiKeyInput = useRef<HTMLInputElement>(null);
  // Runs after the dialog's own effect (a child's run first), so it wins over the first field.
  useEffect(() => {
    if (focusField === 'apiKey') apiKeyInput.current?.focus();
  }, [focusField]);

  useEffect(() => {
    let live = true;
    void api.invoke('models.list', {}).then((r) => {
      if (live) setModels(r.ok ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    // An error goes away as soon as the user works on its field.
    setErrors((e) => {
      if (!(key in e)) return e;
      const { [key]: _gone, ...rest } = e;
      return rest;
    });
  };
  const describedBy = (key: keyof SettingsForm, hint = false) =>
    [hint ? `${id}-${key}-hint` : '', errors[key] ? `${id}-${key}-error` : ''].filter(Boolean).join(' ') || undefined;

  const save = async () => {
    const { patch, errors: errs } = validateSettings(form);
    setErrors(errs);
    if (!patch) return;
    setSaving(true);
    setSaveError(null);
    const r = await api.invoke('settings.set', { patch });
    if (!r.ok) {
      setSaving(false);
      return setSaveError(r.error.message);
    }
    let saved = r.value;
    if (form.apiKey.trim()) {
      const k = await api.invoke('secrets.setApiKey', { key: form.apiKey.trim() });
      if (!k.ok) {
        setSaving(false);
        setForm((f) => ({ ...f, apiKey: '' }));
        return setSaveError(k.error.message);
      }
      saved = { ...saved, apiKey: k.value };
    }
    if (form.mode === 'local' && form.modelId && form.modelId !== settings.local.modelId) {
      void api.invoke('model.load', { modelId: form.modelId });
    }
    setSaving(false);
    onSaved(saved, 'Settings saved');
  };

  const clearKey = async () => {
    const r = await api.invoke('secrets.clearApiKey', {});
    if (r.ok) setKeyState(r.value);
    else setSaveError(r.error.message);
  };

  // The question replaces the form and the form comes back in its place: focus goes to the question's
  // safe answer, then back to the mode chosen, instead of falling out of the dialog with the removed control.
  const stayLocal = useRef<HTMLButtonElement>(null);
  const localRadio = useRef<HTMLInputElement>(null);
  const cloudRadio = useRef<HTMLInputElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirmCloud) {
      asked.current = true;
      stayLocal.current?.focus();
    } else if (asked.current) {
      asked.current = false;
      (form.mode === 'cloud' ? cloudRadio : localRadio).current?.focus();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the question's opening and closing move focus
  }, [confirmCloud]);

  const chooseMode = (mode: 'local' | 'cloud') => {
    if (mode === 'cloud' && form.mode !== 'cloud') setConfirmCloud(true);
    else set('mode', mode);
  };

  if (confirmCloud) {
    return (
      <Dialog title="Settings" onClose={() => setConfirmCloud(false)}>
        <div className="cloud-confirm" role="group" aria-labelledby={`${id}-cc`}>
          <h3 id={`${id}-cc`}>Switch to Cloud mode?</h3>
          <p>
            In Cloud mode the text of each document you summarize is sent to <strong>{cloudHost(form.baseUrl) ?? 'the server you configure'}</strong> to be
            processed there. Nothing is sent until you have seen a preview of exactly what will leave this computer and said yes.
          </p>
          <ul>
            <li>Names, contact details and identifying numbers are replaced with placeholders first (when redaction is on).</li>
            <li>The service’s own terms decide what it keeps. Documents you mark “never send” stay on this computer.</li>
            <li>Your API key is kept by your operating system’s keychain and never shown to this window.</li>
          </ul>
          <div className="row">
            <button
              type="button"
              className="button primary"
              onClick={() => {
                set('mode', 'cloud');
                setConfirmCloud(false);
              }}
            >
              Use Cloud mode
            </button>
            <button type="button" className="button" ref={stayLocal} onClick={() => setConfirmCloud(false)}>
              Stay local
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Settings" onClose={onClose}>
      <form
        className="settings-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset>
          <legend>Mode</legend>
          <div className="segmented">
            <label>
              <input type="radio" name={`${id}-mode`} ref={localRadio} checked={form.mode === 'local'} onChange={() => chooseMode('local')} />
              Local — nothing leaves this computer
            </label>
            <label>
              <input type="radio" name={`${id}-mode`} ref={cloudRadio} checked={form.mode === 'cloud'} onChange={() => chooseMode('cloud')} />
              Cloud — an OpenAI-compatible server
            </label>
          </div>
        </fieldset>

        {form.mode === 'local' ? (
          <fieldset>
            <legend>Local model</legend>
            <Field id={`${id}-modelId`} label="Model" error={errors.modelId} hint={
                <>
                  To add one, close Settings and choose Models in the top bar: download one, or import a .gguf file.
                </>
              }>
              <select
                id={`${id}-modelId`}
                value={form.modelId}
                aria-describedby={describedBy('modelId', true)}
                onChange={(e) => set('modelId', e.target.value)}
              >
                <option value="">{models === null ? 'Loading…' : 'None — quick summaries without a model'}</option>
                {models?.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                    {m.fit === 'wontFit' ? ' (won’t fit this computer)' : m.fit === 'slow' ? ' (slow here)' : ''}
                  </option>
                ))}
                {form.modelId && models && !models.some((m) => m.id === form.modelId) ? <option value={form.modelId}>{form.modelId}</option> : null}
              </select>
            </Field>
            <div className="field-pair">
              <Field id={`${id}-threads`} label="Threads" error={errors.threads} hint="Blank: one per CPU core.">
                <input
                  id={`${id}-threads`}
                  inputMode="numeric"
                  value={form.threads}
                  aria-invalid={errors.threads ? true : undefined}
                  aria-describedby={describedBy('threads', true)}
                  onChange={(e) => set('threads', e.target.value)}
                />
              </Field>
              <Field id={`${id}-parallel`} label="Parallel sequences" error={errors.parallel} hint="Sections read at once (1–16).">
                <input
                  id={`${id}-parallel`}
                  inputMode="numeric"
                  value={form.parallel}
                  aria-invalid={errors.parallel ? true : undefined}
                  aria-describedby={describedBy('parallel', true)}
                  onChange={(e) => set('parallel', e.target.value)}
                />
              </Field>
            </div>
          </fieldset>
        ) : (
          <fieldset>
            <legend>Cloud server</legend>
            <Field id={`${id}-baseUrl`} label="Base URL" error={errors.baseUrl}>
              <input
                id={`${id}-baseUrl`}
                type="url"
                value={form.baseUrl}
                aria-invalid={errors.baseUrl ? true : undefined}
                aria-describedby={describedBy('baseUrl')}
                onChange={(e) => set('baseUrl', e.target.value)}
              />
            </Field>
            <Field id={`${id}-cloudModel`} label="Model name" error={errors.cloudModel}>
              <input
                id={`${id}-cloudModel`}
                value={form.cloudModel}
                aria-invalid={errors.cloudModel ? true : undefined}
                aria-describedby={describedBy('cloudModel')}
                onChange={(e) => set('cloudModel', e.target.value)}
              />
            </Field>
            <Field
              id={`${id}-apiKey`}
              label="API key"
              error={errors.apiKey}
              hint={keyState.set ? `key saved${keyState.persisted ? '' : ' for this session only'}. Type a new key to replace it.` : 'No key saved.'}
            >
              <input
                ref={apiKeyInput}
                id={`${id}-apiKey`}
                type="password"
                autoComplete="off"
                spellCheck={false}
                value={form.apiKey}
                aria-invalid={errors.apiKey ? true : undefined}
                aria-describedby={describedBy('apiKey', true)}
                onChange={(e) => set('apiKey', e.target.value)}
              />
            </Field>
            {keyState.set ? (
              <button type="button" className="button small" onClick={() => void clearKey()}>
                Forget saved key
              </button>
            ) : null}
            <label className="check">
              <input type="checkbox" checked={form.redact} onChange={(e) => set('redact', e.target.checked)} />
              Redact names, contacts and numbers before sending
            </label>
          </fieldset>
        )}

        <fieldset>
          <legend>Summary length</legend>
          <div className="segmented">
            {(['brief', 'standard', 'detailed'] as const).map((len) => (
              <label key={len}>
                <input type="radio" name={`${id}-length`} checked={form.summaryLength === len} onChange={() => set('summaryLength', len)} />
                {SUMMARY_LENGTH_LABEL[len]}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset>
          <legend>Scanned pages</legend>
          <div className="segmented">
            {OCR_CHOICES.map(([mode, label]) => (
              <label key={mode}>
                <input type="radio" name={`${id}-ocr`} checked={form.ocr === mode} onChange={() => set('ocr', mode)} />
                {label}
              </label>
            ))}
          </div>
          <p className="hint">Scans are read on this computer (OCR); nothing is sent anywhere. Reading takes a few seconds per page.</p>
        </fieldset>

        {saveError ? (
          <p className="field-error" role="alert">
            {saveError}
          </p>
        ) : null}
        {Object.keys(errors).length > 0 ? (
          <p className="field-error" role="alert">
            Check the highlighted fields.
          </p>
        ) : null}
        <div className="row dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
