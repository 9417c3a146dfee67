import { useState } from 'react';
import { PasswordField } from './PasswordField';

interface Props {
  fileName: string;
  error?: string;
  onSubmit: (password: string) => void;
  onCancel: () => void;
}

/** Asks for an encrypted PDF's password; the password goes to main with the next attempt only. */
export function PasswordPrompt({ fileName, error, onSubmit, onCancel }: Props) {
  const [password, setPassword] = useState('');
  return (
    <form
      className="card password-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (password) onSubmit(password);
      }}
    >
      <h3>This PDF is protected</h3>
      <p>Enter the password to open {fileName}. It is used for this document only and is not stored.</p>
      <PasswordField label={`Password for ${fileName}`} value={password} onChange={setPassword} error={error} autoFocus />
      <div className="row">
        <button type="submit" className="button primary" disabled={!password}>
          Open
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Skip this document
        </button>
      </div>
    </form>
  );
}
