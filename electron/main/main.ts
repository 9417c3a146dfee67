// Composition root of the desktop app: wires Electron to the core. Every policy lives in a pure,
// unit-tested module next to this file; this file only connects them.
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ELECTRON_REGISTER_FILES_CHANNEL } from '../../shared/ipc/channels';
import { ELECTRON_INVOKE_CHANNEL } from '../../shared/ipc/contract';
import { precisHome } from '../core/storage/precisHome';
import { createCoreDeps } from '../core/service/createCoreDeps';
import { createPrecisService } from '../core/service/createPrecisService';
import { createFileHandles } from '../core/service/fileHandles';
import { createSafeStorageKeyProvider } from '../core/storage/safeStorageKeyProvider';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, handleAppRequest } from './appProtocol';
import { chosenPaths, createRegisterFilesHandler, modelDialogOptions, openDialogOptions } from './fileAccess';
import { catalogOverridesFromEnv } from '../core/models/catalog';
import { confirmDialogOptions, isConfirmed } from './cloudDialog';
import { createInvokeHandler } from './ipc';
import { applyLinkPolicy } from './linkPolicy';
import { createQuitCoordinator } from './quitCoordinator';
import { safeOpenExternal } from './safeOpenExternal';
import { createElectronSecretStore } from './secretStore';
import { applyContentsPolicy, applySessionPolicy, type BlockedRequests } from './sessionPolicy';
import { attachWindowClient } from './windowClient';
import { createMainWindowOptions, WINDOW_PARTITION } from './windowOptions';

// Bundled layout: dist/electron/main/main.js, dist/electron/preload/preload.cjs, dist/renderer/.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', '..', 'renderer');
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => applyContentsPolicy(contents));

async function start(): Promise<void> {
  const home = precisHome();
  const windowSession = session.fromPartition(WINDOW_PARTITION);
  windowSession.protocol.handle(APP_SCHEME, (request) => handleAppRequest(rendererDir, request));
  const blocked: BlockedRequests = { count: 0 };
  applySessionPolicy(windowSession, blocked);

  const secrets = await createElectronSecretStore(home);
  // Files are opened by main only: chosen in its dialog or dropped (the preload registers them).
  const fileHandles = createFileHandles();
  const windowRef: { current?: BrowserWindow } = {};
  const service = createPrecisService(
    createCoreDeps({
      home,
      transport: 'electron',
      version: app.getVersion(),
      keyProvider: createSafeStorageKeyProvider(home, safeStorage),
      secrets,
      fileHandles,
      // The catalog overrides come from the environment of whoever started the app (tests, a local
      // mirror), never from the window; loadCatalog accepts only https or loopback http.
      catalogOverrides: catalogOverridesFromEnv(process.env),
      pickModelFile: async () => {
        const options = modelDialogOptions();
        const result = await (windowRef.current ? dialog.showOpenDialog(windowRef.current, options) : dialog.showOpenDialog(options));
        return chosenPaths(result)[0];
      },
      pickFiles: async (_clientId, { folder }) =>
        chosenPaths(
          await (windowRef.current ? dialog.showOpenDialog(windowRef.current, openDialogOptions(folder)) : dialog.showOpenDialog(openDialogOptions(folder))),
        ),
      // Cloud decisions (new server, redaction off, each document sent) are the user's, in a native dialog.
      confirm: async (_clientId, request) => {
        const options = confirmDialogOptions(request);
        return isConfirmed(await (windowRef.current ? dialog.showMessageBox(windowRef.current, options) : dialog.showMessageBox(options)));
      },
    }),
  );
  const trusted = new Set<number>();
  ipcMain.handle(ELECTRON_INVOKE_CHANNEL, createInvokeHandler(service, trusted));
  ipcMain.handle(ELECTRON_REGISTER_FILES_CHANNEL, createRegisterFilesHandler(fileHandles, trusted));

  const quit = createQuitCoordinator({
    shutdown: () => service.shutdown(),
    quit: () => app.quit(),
    forceExit: (code) => app.exit(code),
  });
  app.on('before-quit', (event) => quit.onBeforeQuit(event));
  // The OS is shutting down (macOS/Linux): start the same orderly quit; the bounded wait still applies.
  powerMonitor.on('shutdown', () => quit.onBeforeQuit({ preventDefault: () => undefined }));

  // The single window, built by the tested factory (SECURITY E04).
  const mainWindow = new BrowserWindow(createMainWindowOptions(preloadPath, { devTools: !app.isPackaged }));
  windowRef.current = mainWindow;
  attachWindowClient(service, mainWindow.webContents, trusted);
  // Links open in the user's browser only right after a real click or key press, and only if allow-listed.
  applyLinkPolicy(mainWindow.webContents, (url) => void safeOpenExternal(url, shell));
  mainWindow.once('ready-to-show', () => mainWindow.show());
  app.on('second-instance', () => {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  mainWindow.on('closed', () => app.quit());
  await mainWindow.loadURL(APP_ENTRY_URL);
}

// One app instance: a second launch focuses the first (two would fight over the model and the history).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.whenReady()
    .then(start)
    .catch((e: unknown) => {
      process.stderr.write(`Precis could not start: ${String(e)}\n`);
      app.exit(1);
    });
  app.on('window-all-closed', () => app.quit());
}
