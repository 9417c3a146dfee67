import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBridgeServer } from '../../../electron/core/bridge/createBridgeServer';
import { connectBridge } from '../../../electron/core/bridge/connectBridge';
import { createPrecisService } from '../../../electron/core/service/createPrecisService';
import { documentByteLimit, HEAP_BYTES_PER_DOCUMENT_BYTE } from '../../../electron/core/service/documentByteLimit';
import { MAX_UPLOAD_BYTES } from '../../../shared/ipc/contract';
import { scriptedDeps } from '../service/scriptedDeps';

describe('bridge upload limit', () => {
  it('follows the heap the process has, up to the contract maximum', () => {
    expect(documentByteLimit(1024 * 1048576)).toBe(Math.floor((1024 * 1048576) / HEAP_BYTES_PER_DOCUMENT_BYTE));
    expect(documentByteLimit(64 * 1024 * 1048576)).toBe(MAX_UPLOAD_BYTES);
  });

  it('answers an upload over the limit with FILE_TOO_LARGE and keeps the connection', async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'precis-limit-'));
    const root = path.join(base, 'renderer');
    mkdirSync(root);
    writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    const home = path.join(base, 'home');
    mkdirSync(home);
    const service = createPrecisService(scriptedDeps(home));
    const server = await createBridgeServer({ service, rendererDir: root, maxUploadBytes: 100_000 });
    try {
      const client = await connectBridge({ port: server.port, token: server.token });
      const data = Buffer.alloc(200_000, 'a').toString('base64');
      const refused = await client.invoke('documents.inspect', { file: { kind: 'bytes', name: 'big.txt', data } });
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error.code).toBe('FILE_TOO_LARGE');
        expect(refused.error.message).not.toContain('\n');
      }
      // The same socket still works.
      expect((await client.invoke('app.info', {})).ok).toBe(true);
      await client.close();
    } finally {
      await server.close();
      await service.shutdown();
    }
  });
});
