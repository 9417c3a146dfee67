/**
 * The CLI's cloud settings refuse a missing key for the same servers the window does: OpenAI and Azure
 * OpenAI turn every request away without one, while another OpenAI-compatible server may need none.
 */
import { describe, expect, it } from 'vitest';
import { cloudProviderConfig } from '../../../electron/core/commands/cloudCli';

const config = (baseUrl: string | undefined, env: NodeJS.ProcessEnv = {}) => cloudProviderConfig({ ...(baseUrl ? { baseUrl } : {}), redact: true, preview: false }, undefined, env);

describe('cloudProviderConfig', () => {
  it.each([undefined, 'https://api.openai.com/v1', 'https://tidewater-legal.openai.azure.com/openai'])('refuses no key for %s with CLOUD_KEY_MISSING', (baseUrl) => {
    expect(() => config(baseUrl)).toThrow(expect.objectContaining({ code: 'CLOUD_KEY_MISSING' }));
    expect(() => config(baseUrl, { OPENAI_API_KEY: '   ' })).toThrow(expect.objectContaining({ code: 'CLOUD_KEY_MISSING' }));
  });

  it('passes a keyless server on this computer or elsewhere, and a key when one is set', () => {
    expect(config('http://127.0.0.1:8080/v1')).toEqual({ baseUrl: 'http://127.0.0.1:8080/v1', model: 'gpt-4o-mini' });
    expect(config('https://llm.example.org/v1').apiKey).toBeUndefined();
    expect(config(undefined, { OPENAI_API_KEY: ' sk-test ' }).apiKey).toBe('sk-test');
  });
});
