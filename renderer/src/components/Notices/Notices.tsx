import type { AppNotice, NoticeCode } from '../../../../shared/notices';

/** Notices whose remedy is in Settings (check the address, save a setting): they offer to open it. */
const ABOUT_SETTINGS: ReadonlySet<NoticeCode> = new Set(['SETTINGS_UNREADABLE', 'SETTINGS_DAMAGED', 'SETTINGS_RESET', 'CLOUD_ADDRESS_CHANGED', 'SETTINGS_NOT_SAVED']);

interface Props {
  notices: readonly AppNotice[];
  onDismiss: (id: string) => void;
  onOpenSettings?: () => void;
}

/** What Precis changed on its own (a saved cloud address it could not use, and why), each until dismissed. */
export function Notices({ notices, onDismiss, onOpenSettings }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className="banner notice" role="alert">
          <span className="notice-text">{n.message}</span>
          {onOpenSettings && ABOUT_SETTINGS.has(n.code) ? (
            <button type="button" className="button small" onClick={onOpenSettings}>
              Open Settings
            </button>
          ) : null}
          <button type="button" className="button small" onClick={() => onDismiss(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
