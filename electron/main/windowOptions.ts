import type { BrowserWindowConstructorOptions } from 'electron';

/** The session partition the window uses: no "persist:" prefix, so Chromium keeps nothing on disk. */
export const WINDOW_PARTITION = 'precis-main';

/**
 * The one window's options (SECURITY E02–E04, E06, E16). Every protection is set explicitly rather
 * than left to defaults, so a future Electron default change cannot loosen it.
 */
export function createMainWindowOptions(
  preloadPath: string,
  // Developer tools let anyone at the keyboard run script in the window (and read what it holds), so a
  // packaged build never has them; only an unpackaged development run may open them.
  { devTools = false }: { devTools?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Precis',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      partition: WINDOW_PARTITION,
      devTools,
    },
  };
}
