import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field and announced with it. */
  error?: string;
  autoFocus?: boolean;
}

/** A labelled password input with its error, for the prompts that unlock an encrypted PDF. */
export function PasswordField({ label, value, onChange, error, autoFocus }: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={`${id}-pw`}>{label}</label>
      <input
        id={`${id}-pw`}
        type="password"
        autoComplete="off"
        autoFocus={autoFocus}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error ? (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
