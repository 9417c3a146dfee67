/**
 * Host (and port) of a base URL, for messages and the preview. Never includes credentials or the
 * path. Lives apart from openaiProvider so that showing the host never loads the OpenAI client.
 */
export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host || baseUrl;
  } catch {
    return 'the configured server';
  }
}
