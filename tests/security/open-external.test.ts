import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl, safeOpenExternal } from '../../electron/main/safeOpenExternal';
import { REPO_ROOT } from '../helpers/kit';

describe('E10 openExternal only for allow-listed https', () => {
  it('refuses dangerous schemes, credentials, ports, look-alikes and unknown hosts', async () => {
    const refused = [
      'file:///etc/passwd',
      'smb://attacker/share',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      'http://github.com/',
      'https://github.com.evil.com/',
      'https://evil.com/github.com',
      'https://user:pw@github.com/',
      'https://github.com:8443/',
      'https://gіthub.com/', // Cyrillic "і"
      'https://xn--gthub-n4a.com/',
      'not a url',
      '',
    ];
    const shell = { openExternal: vi.fn(async () => undefined) };
    for (const url of refused) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
      expect(await safeOpenExternal(url, shell)).toBe(false);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens an allow-listed https address', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    expect(await safeOpenExternal('https://github.com/precis/precis#readme', shell)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://github.com/precis/precis#readme');
  });

  it('main calls shell.openExternal only through the wrapper (the lint rule bans it elsewhere)', () => {
    const main = readFileSync(path.join(REPO_ROOT, 'electron', 'main', 'main.ts'), 'utf8');
    expect(main).not.toMatch(/shell\.openExternal/);
    const config = readFileSync(path.join(REPO_ROOT, 'eslint.config.js'), 'utf8');
    expect(config).toMatch(/object: 'shell', property: 'openExternal'/);
  });
});
