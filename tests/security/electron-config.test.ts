import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMainWindowOptions, WINDOW_PARTITION } from '../../electron/main/windowOptions';
import { APP_ENTRY_URL, isAppUrl } from '../../electron/main/appProtocol';
import { UNROUTABLE_DICTIONARY_URL } from '../../electron/main/sessionPolicy';
import { REPO_ROOT } from '../helpers/kit';

const options = createMainWindowOptions('/app/preload.cjs');
const prefs = options.webPreferences ?? {};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}
const mainSources = sources(path.join(REPO_ROOT, 'electron', 'main'));
const mainText = mainSources.map((f) => readFileSync(f, 'utf8')).join('\n');

describe('E01 only load secure content', () => {
  it('the window loads only app://main', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(APP_ENTRY_URL).toBe('app://main/index.html');
    const loads = [...mainText.matchAll(/\.(loadURL|loadFile)\(([^)]*)\)/g)];
    expect(loads.length).toBeGreaterThan(0);
    for (const [, method, arg] of loads) {
      expect(method).toBe('loadURL');
      expect(arg?.trim()).toBe('APP_ENTRY_URL');
    }
  });

  it('main names no http(s) address other than the allow-listed help hosts', () => {
    const urls = [...mainText.matchAll(/https?:\/\/[^\s'"`)]+/g)].map((m) => m[0]);
    for (const u of urls) expect(['https://0.0.0.0/']).toContain(u);
  });
});

describe('E02 nodeIntegration off', () => {
  it('sets nodeIntegration and nodeIntegrationInWorker/SubFrames to false explicitly', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
});

describe('E03 contextIsolation', () => {
  it('is explicitly true', () => expect(prefs.contextIsolation).toBe(true));
});

describe('E04 sandbox', () => {
  it('is explicitly true and there is one BrowserWindow call site', () => {
    expect(prefs.sandbox).toBe(true);
    const sites = mainText.match(/new BrowserWindow\(/g) ?? [];
    expect(sites).toHaveLength(1);
    expect(mainText).toContain('new BrowserWindow(createMainWindowOptions(');
  });
});

describe('E06 web protections stay on', () => {
  it('webSecurity on, no insecure content, no experimental or blink features, no webview', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(mainText).not.toMatch(/<webview|allowpopups|webviewTag:\s*true/);
  });

  it('uses a non-persistent session partition (nothing written to disk by Chromium)', () => {
    expect(prefs.partition).toBe(WINDOW_PARTITION);
    expect(WINDOW_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('drops never navigate the window', () => expect(prefs.navigateOnDragDrop).toBe(false));
});

describe('E16 no Chromium side-traffic', () => {
  it('spellcheck is off and dictionaries point nowhere', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(UNROUTABLE_DICTIONARY_URL).toBe('https://0.0.0.0/');
    expect(mainText).toContain('setSpellCheckerDictionaryDownloadURL(UNROUTABLE_DICTIONARY_URL)');
  });
});

describe('developer tools', () => {
  it('are off unless a development run asks for them, and main asks only when unpackaged', () => {
    expect(createMainWindowOptions('/app/preload.cjs').webPreferences?.devTools).toBe(false);
    expect(createMainWindowOptions('/app/preload.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
    expect(mainText).toContain('createMainWindowOptions(preloadPath, { devTools: !app.isPackaged })');
  });
});
