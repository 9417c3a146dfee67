/** Hosts the app may open in the user's browser (help and licence pages). Exact names only. */
export const EXTERNAL_ALLOWLIST: ReadonlySet<string> = new Set(['github.com', 'huggingface.co', 'platform.openai.com']);

/**
 * True when `url` may be opened outside the app (SECURITY E10): https only, no credentials, no
 * custom port, and a host exactly on the allow-list. `URL` turns IDN look-alikes into punycode
 * ("xn--…"), which never equals an allow-listed ASCII name.
 */
export function isAllowedExternalUrl(url: string, allowlist: ReadonlySet<string> = EXTERNAL_ALLOWLIST): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return false;
  return allowlist.has(u.hostname);
}

/** The one place that calls `shell.openExternal`; refuses anything not allow-listed and says whether it opened. */
export async function safeOpenExternal(
  url: string,
  shell: { openExternal(url: string): Promise<void> },
  allowlist: ReadonlySet<string> = EXTERNAL_ALLOWLIST,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowlist)) return false;
  // eslint-disable-next-line no-restricted-properties -- this is the allow-listed wrapper itself
  await shell.openExternal(new URL(url).toString());
  return true;
}
