/**
 * Where cloud mode may send documents and the API key: https anywhere, plain http only to this
 * machine's loopback (a local OpenAI-compatible server). No credentials in the address, and no query
 * or fragment: the client appends request paths to the address, so anything after "?" or "#" would
 * swallow them (and a key in a query string is a credential in the address). Shared so
 * the settings schema, main, the CLI and the window's form apply one rule.
 */

// `shared` compiles without DOM or Node types; WHATWG URL exists in both runtimes that use this file.
interface ParsedUrl {
  protocol: string;
  hostname: string;
  username: string;
  password: string;
  origin: string;
  host: string;
}
declare const URL: new (input: string) => ParsedUrl;

/** True for localhost, 127.0.0.0/8 and ::1, as `URL.hostname` spells them. */
export function isLoopbackHostname(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (h === 'localhost' || h === '[::1]') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return !!m && m.slice(1).every((n) => Number(n) <= 255);
}

/** Why `baseUrl` may not be used for cloud mode (a sentence for the user), or undefined when it may. */
export function cloudUrlProblem(baseUrl: string): string | undefined {
  let u: ParsedUrl;
  try {
    u = new URL(baseUrl);
  } catch {
    return 'Enter the server’s full address, for example https://api.openai.com/v1.';
  }
  if (u.username || u.password) return 'Put the API key in the API key field, not in the address.';
  if (/[?#]/.test(baseUrl)) {
    return 'Remove the “?” or “#” and everything after it: the address ends with its path, for example https://api.openai.com/v1. Put an API key in the API key field.';
  }
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:' && isLoopbackHostname(u.hostname)) return undefined;
  if (u.protocol === 'http:') return 'Use https:// for a server on another machine (plain http is allowed only for this computer: localhost, 127.0.0.1, ::1).';
  return 'The address must start with https://.';
}

/**
 * `baseUrl` without its query and fragment: how an address saved before those were refused is
 * mended. Everything before the first "?" or "#" is kept as written.
 */
export function withoutQuery(baseUrl: string): string {
  return baseUrl.split(/[?#]/, 1)[0] ?? baseUrl;
}

/** The origin (scheme, host, port) an API key is bound to; '' for an address that does not parse. */
export function cloudOrigin(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return '';
  }
}

/** The host (and port) a server address names, as the window shows it; undefined for an address that does not parse. */
export function cloudHost(baseUrl: string): string | undefined {
  try {
    return new URL(baseUrl).host;
  } catch {
    return undefined;
  }
}

/**
 * True for a hosted service known to refuse every request without an API key (OpenAI, Azure
 * OpenAI). Any other OpenAI-compatible server, above all one on this computer, may need none, so
 * its missing key is not refused in advance (the server says so itself if it wants one).
 */
export function cloudKeyRequired(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'api.openai.com' || host.endsWith('.openai.azure.com');
}
