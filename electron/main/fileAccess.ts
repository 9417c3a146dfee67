import type { OpenDialogOptions } from 'electron';
import { err, ok, type Result } from '../../shared/errors';
import { MAX_REGISTERED_FILES } from '../../shared/ipc/channels';
import type { OpenedFile } from '../../shared/ipc/contract';
import type { FileHandles } from '../core/service/fileHandles';
import { clientIdFor, isTrustedSender, type SenderEvent } from './ipc';

/** Main's open dialog: documents only, several at once, or one folder (main walks it). */
export function openDialogOptions(folder: boolean): OpenDialogOptions {
  return folder
    ? { title: 'Add a folder of contracts', properties: ['openDirectory', 'dontAddToRecent'] }
    : {
        title: 'Add contracts',
        properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
        filters: [
          { name: 'Contracts (PDF, Word, text)', extensions: ['pdf', 'docx', 'txt', 'md', 'markdown'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
}

/** Main's dialog for importing one local model file. */
export function modelDialogOptions(): OpenDialogOptions {
  return {
    title: 'Import a model',
    properties: ['openFile', 'dontAddToRecent'],
    filters: [
      { name: 'GGUF models', extensions: ['gguf'] },
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

/** The paths an open dialog returned: none when the user cancelled. */
export function chosenPaths(result: { canceled: boolean; filePaths: string[] }): string[] {
  return result.canceled ? [] : result.filePaths.filter((p) => typeof p === 'string' && p.length > 0);
}

/**
 * The handler of the preload's internal drop channel: a trusted window's preload sends the paths of
 * files the user dropped (read with `webUtils.getPathForFile`), main records each and returns an
 * opaque handle per file ('' or a file main refuses gives null, and the window then sends bytes).
 * The window's own `invoke` cannot reach this channel: it is not in the contract's allow-list.
 */
export function createRegisterFilesHandler(handles: FileHandles, trustedWebContentsIds: ReadonlySet<number>) {
  return async (event: SenderEvent, paths: unknown): Promise<Result<(OpenedFile | null)[]>> => {
    if (!isTrustedSender(event, trustedWebContentsIds)) {
      return err('FORBIDDEN_SENDER', 'This request did not come from the Precis window and was refused.');
    }
    if (!Array.isArray(paths) || paths.length > MAX_REGISTERED_FILES || !paths.every((p) => typeof p === 'string' && p.length <= 4096)) {
      return err('INVALID_REQUEST', 'The dropped files could not be registered. Drop them again.');
    }
    const owner = clientIdFor(event.sender.id);
    const out: (OpenedFile | null)[] = [];
    for (const p of paths as string[]) {
      out.push(p === '' ? null : await handles.register(owner, p).catch(() => null));
    }
    return ok(out);
  };
}
