/**
 * Channel names of the IPC contract with no runtime dependencies, so the sandboxed preload can
 * carry the allow-list without bundling the schemas. `contract.ts` checks at compile time that
 * these lists are exactly its request and push channels.
 */
export const INVOKE_CHANNEL_NAMES = [
  'summary.start',
  'summary.cancel',
  'documents.inspect',
  'documents.cancelRead',
  'documents.get',
  'documents.open',
  'documents.setNeverSend',
  'documents.file',
  'model.status',
  'model.load',
  'models.list',
  'settings.get',
  'settings.set',
  'secrets.setApiKey',
  'secrets.clearApiKey',
  'cloud.preview',
  'cloud.cancelPreview',
  'cloud.consent',
  'history.list',
  'history.get',
  'history.delete',
  'export.summary',
  'app.info',
  'notices.list',
  'notices.dismiss',
  'models.catalog',
  'models.download',
  'models.downloadControl',
  'models.downloads',
  'models.remove',
  'models.import',
] as const;

export const PUSH_CHANNEL_NAMES = ['summary.event', 'model.status', 'models.download', 'notices.list'] as const;

/** Name of the preload API on `window` (`window.precis`); when it is absent the renderer uses the bridge. */
export const PRECIS_GLOBAL = 'precis';
/** Electron IPC channel carrying every invoke as `(channel, request)`. */
export const ELECTRON_INVOKE_CHANNEL = 'precis:invoke';
/**
 * Electron IPC channel on which the preload registers dropped files' paths with main. It is not a
 * contract channel: the window's `invoke` cannot reach it, only the preload's own function.
 */
export const ELECTRON_REGISTER_FILES_CHANNEL = 'precis:register-files';
/** Files registered in one drop (main enforces it too). */
export const MAX_REGISTERED_FILES = 1000;
/** Electron IPC channel carrying every pushed event as `(channel, payload)`. */
export const ELECTRON_EVENT_CHANNEL = 'precis:event';
