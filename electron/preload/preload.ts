// Sandboxed preload: bundled to one CommonJS file (a sandboxed preload cannot require local files).
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { PRECIS_GLOBAL } from '../../shared/ipc/channels';
import { createPreloadApi } from './createPreloadApi';

contextBridge.exposeInMainWorld(PRECIS_GLOBAL, createPreloadApi({ ipcRenderer, webUtils }));
