import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/src/App';
import type { CloudPreview, DocumentFacts, InvokeRequest, InvokeResult } from '../../../shared/ipc/contract';
import { ok, PUBLIC_SETTINGS, scriptedApi } from '../fakeApi';

const facts: DocumentFacts = {
  documentId: 'doc-saltmarsh',
  fileName: 'saltmarsh-services.pdf',
  kind: 'pdf',
  sha256: 'c'.repeat(64),
  pageCount: 14,
  tokenEstimate: 11_000,
  chunkEstimate: 3,
  warnings: [],
  neverSend: false,
};
const PREVIEW: CloudPreview = { text: '[ORG_1] services the pumps of [ORG_2].', sha256: 'd'.repeat(64), redactions: [], host: 'api.openai.com' };
const NO_KEY = 'No API key is saved for api.openai.com, so nothing was prepared or sent. Open Settings and add your key, or switch to local mode to summarize on this computer.';

/** Cloud mode with no key saved: main refuses previews until the test says a key was added. */
function setup() {
  const previews: InvokeRequest<'cloud.preview'>[] = [];
  let keySaved = false;
  const s = scriptedApi({
    'settings.get': () => ok({ ...PUBLIC_SETTINGS, mode: 'cloud' as const }),
    'models.list': () => ok([]),
    'model.status': () => ok({ state: 'none' as const }),
    'history.list': () => ok([]),
    'documents.inspect': () => ok(facts),
    'cloud.preview': (req): InvokeResult<'cloud.preview'> => {
      previews.push(req);
      return keySaved ? ok(PREVIEW) : { ok: false, error: { code: 'CLOUD_KEY_MISSING', message: NO_KEY, retryable: false } };
    },
  });
  render(<App api={s.api} />);
  return { ...s, previews, saveKey: () => void (keySaved = true) };
}

describe('cloud mode with no API key', () => {
  it('says what to do and offers Settings; after a key is added, Try again previews the document already read', async () => {
    const { previews, calls, saveKey } = setup();
    await userEvent.upload(screen.getByLabelText('Add documents'), new File(['%PDF-1.7 body'], 'saltmarsh-services.pdf', { type: 'application/pdf' }));
    const card = await screen.findByRole('alert');
    expect(within(card).getByText(NO_KEY)).toBeTruthy();
    await userEvent.click(within(card).getByRole('button', { name: 'Open Settings' }));
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeTruthy();
    // Settings opens with the cursor in the one field that mends this failure.
    expect(document.activeElement).toBe(screen.getByLabelText('API key'));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    saveKey();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'What will be sent' })).toBeTruthy();
    expect(previews).toHaveLength(2);
    expect(previews[1]!.documentId).toBe('doc-saltmarsh');
    expect(calls.filter((c) => c.channel === 'documents.inspect')).toHaveLength(1);
  });
});
