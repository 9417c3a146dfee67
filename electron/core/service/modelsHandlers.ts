import type { z } from 'zod';
import { type modelsRequestSchemas, type ModelsInvokeResponses } from '../../../shared/ipc/modelsContract';
import { PrecisFailure } from '../errors';
import type { ModelManager } from '../models/modelManager';

type Channel = keyof typeof modelsRequestSchemas;
type Handlers = { [C in Channel]: (clientId: string, request: z.output<(typeof modelsRequestSchemas)[C]>) => Promise<ModelsInvokeResponses[C]> };

export interface ModelsHandlerDeps {
  manager?: ModelManager;
  /**
   * Electron only: main's own file dialog for a .gguf file; resolves undefined when the user closes it.
   * The window never names a path.
   */
  pickModelFile?: () => Promise<string | undefined>;
}

function need(manager: ModelManager | undefined): ModelManager {
  if (!manager) throw new PrecisFailure('INTERNAL', 'The model manager is not available in this build. Manage models with the precis models command.');
  return manager;
}

/** The handlers of the model manager's channels, merged into the service's. */
export function createModelsHandlers(deps: ModelsHandlerDeps): Handlers {
  return {
    'models.catalog': async () => need(deps.manager).catalogView(),
    'models.download': async (_c, r) => need(deps.manager).startDownload(r.catalogId),
    'models.downloadControl': async (_c, r) => need(deps.manager).control(r.catalogId, r.action),
    'models.downloads': async () => need(deps.manager).downloads(),
    'models.remove': async (_c, r) => ({ removed: await need(deps.manager).remove(r.modelId) }),
    'models.import': async (_c, r) => {
      const manager = need(deps.manager);
      if (r.source === 'bytes') return manager.importBytes(r.name, Buffer.from(r.data, 'base64'));
      if (!deps.pickModelFile) throw new PrecisFailure('INVALID_REQUEST', 'Choosing a file in a dialog needs the desktop app. Send the file instead.');
      const file = await deps.pickModelFile();
      return file ? manager.importFile(file, r.keep) : null;
    },
  };
}
