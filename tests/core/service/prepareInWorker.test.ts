import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../shared/document';
import { prepareForCloud, type CloudPreparation } from '../../../electron/core/privacy/prepareForCloud';
import { prepareInWorker, shutdownPrepareWorker, warmPrepareWorker } from '../../../electron/core/service/prepareInWorker';
import { makeDoc } from '../terms/docFixture';

afterAll(() => shutdownPrepareWorker());

const contract = (): ExtractedDocument => ({
  ...makeDoc([
    { text: 'CONSULTING AGREEMENT', kind: 'heading' },
    'This Consulting Agreement is made between Nordlicht GmbH, Bahnhofstrasse 4, Kiel ("Nordlicht") and Harbor Lane Inc. ("Harbor Lane").',
    { text: '1. Services. Harbor Lane shall advise Nordlicht on its supply chain. Its contact is Greta Lindqvist (greta.lindqvist@harborlane.example, +1 415 555 2671).', clause: '1', section: ['Services'] },
    { text: '2. Fees. Nordlicht pays USD 9,000 a month into IBAN DE89 3704 0044 0532 0130 00.', clause: '2', section: ['Fees'] },
    { text: 'IN WITNESS WHEREOF', page: 2 },
    { text: 'NORDLICHT GMBH By: /s/ Tomas Brennecke Name: Tomas Brennecke Title: Managing Director', page: 2 },
    { text: 'HARBOR LANE INC. By: /s/ Greta Lindqvist Name: Greta Lindqvist Title: President', page: 2 },
  ]),
  title: 'Consulting Agreement between Nordlicht GmbH and Harbor Lane Inc.',
  fileName: 'nordlicht-harbor-lane.pdf',
  definitions: [{ term: 'Services', blockId: 'p1.3' }] as ExtractedDocument['definitions'],
});

/** A model's answer that names every placeholder as models write them (plain, escaped, spaced), and one unknown. */
function answerFor(prep: CloudPreparation): string {
  return [...prep.redactions.map((r) => `${r.placeholder} / \\${r.placeholder.slice(0, -1)}\\] / [ ${r.placeholder.slice(1, -1)} ]`), '[PERSON_99]'].join('\n');
}

function expectSame(off: CloudPreparation, inline: CloudPreparation): void {
  expect(off.previewText).toBe(inline.previewText);
  expect(off.sha256).toBe(inline.sha256);
  expect(off.document).toEqual(inline.document);
  expect(off.redactions).toEqual(inline.redactions);
  expect(off.kept).toEqual(inline.kept);
  expect(off.redacted).toBe(inline.redacted);
  expect(off.originals()).toEqual(inline.originals());
  const answer = answerFor(inline);
  expect(off.restore(answer)).toBe(inline.restore(answer));
  const summary = { markdown: answer, points: [{ text: answer, citations: ['p1.2'] }], n: 3 };
  expect(off.restoreDeep(summary)).toEqual(inline.restoreDeep(summary));
}

/** A paragraph of nothing but people's names, 2.9 million characters: seconds of work for the name finders on any machine. */
const LONG_NAMES = 'Mr. Tomas Brennecke and Ms. Greta Lindqvist. '.repeat(64_000);

describe('cloud preparation in a worker thread', () => {
  it('gives exactly what the preparation in this thread gives, and restores placeholders the same way', async () => {
    const doc = contract();
    const inline = prepareForCloud(doc, { redact: true });
    // The invented document does exercise the redaction.
    expect(inline.redactions.length).toBeGreaterThanOrEqual(5);
    expect(inline.previewText).not.toMatch(/Nordlicht|Harbor Lane|Lindqvist|greta\.lindqvist|2671/);
    const off = await prepareInWorker(doc, { redact: true });
    expectSame(off, inline);
    expect(off.restore(answerFor(inline))).toContain('Greta Lindqvist');
    expect(off.restore('[PERSON_99]')).toBe('[PERSON_99]');
    // With terms kept as they are, and with names given.
    const keep = ['Greta Lindqvist'];
    expectSame(await prepareInWorker(doc, { redact: true, keep }), prepareForCloud(doc, { redact: true, keep }));
    const parties = ['Nordlicht GmbH', 'Harbor Lane Inc.'];
    expectSame(await prepareInWorker(doc, { redact: true, parties }), prepareForCloud(doc, { redact: true, parties }));
    // Unredacted: the document as it is.
    const plain = await prepareInWorker(doc, { redact: false });
    expect(plain.document).toBe(doc);
    expectSame(plain, prepareForCloud(doc, { redact: false }));
  }, 120_000);

  it('stops a long preparation of crafted text at once when cancelled, and is ready for the next document', async () => {
    // Many seconds of the name finders' work (about 11 s in this thread on a quiet machine, where 360,000 characters
    // took under a second once the finders were loaded): a paragraph of 2.9 million characters of people's names.
    const doc = makeDoc(['SERVICES AGREEMENT', LONG_NAMES]);
    const controller = new AbortController();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const preparing = prepareInWorker(doc, { redact: true }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const abortedAt = performance.now();
    controller.abort();
    await expect(preparing).rejects.toMatchObject({ code: 'CANCELLED' });
    const after = performance.now() - abortedAt;
    clearInterval(ticker);
    expect(after).toBeLessThan(5_000);
    // This thread went on meanwhile (a preparation here would have held it the whole time).
    expect(ticks).toBeGreaterThan(5);
    expectSame(await prepareInWorker(contract(), { redact: true }), prepareForCloud(contract(), { redact: true }));
  }, 120_000);

  it('fails with a stable code: the time budget, an error inside the thread, a "never send" document', async () => {
    // Far longer than the budget even in a warm thread.
    const doc = makeDoc(['SERVICES AGREEMENT', LONG_NAMES]);
    await expect(prepareInWorker(doc, { redact: true }, { timeBudgetMs: 200 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringMatching(/Nothing was sent/) });
    // A document the preparation cannot read fails there; its error comes back as a code, not a crash.
    const broken = { ...contract(), blocks: [{ id: 'p1.1' }] } as unknown as ExtractedDocument;
    await expect(prepareInWorker(broken, { redact: true })).rejects.toMatchObject({ code: 'INTERNAL' });
    await expect(prepareInWorker(contract(), { redact: true, neverSend: true })).rejects.toMatchObject({ code: 'CLOUD_FORBIDDEN_FOR_DOCUMENT' });
    await expect(prepareInWorker(contract(), { redact: true }, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'CANCELLED' });
    // The thread that failed on the broken document still prepares the next one.
    expect((await prepareInWorker(contract(), { redact: true })).sha256).toBe(prepareForCloud(contract(), { redact: true }).sha256);
  }, 120_000);
});

describe('warming the preparation thread ahead of a preview', () => {
  it('a preparation asked for while the thread warms takes it over and gives the same result; so does one asked later', async () => {
    await shutdownPrepareWorker();
    warmPrepareWorker();
    // A second call while it warms starts nothing more.
    warmPrepareWorker();
    expectSame(await prepareInWorker(contract(), { redact: true }), prepareForCloud(contract(), { redact: true }));
    await shutdownPrepareWorker();
    warmPrepareWorker();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expectSame(await prepareInWorker(contract(), { redact: true, keep: ['Greta Lindqvist'] }), prepareForCloud(contract(), { redact: true, keep: ['Greta Lindqvist'] }));
  }, 120_000);

  it('shutdown stops a warm-up under way, and the next preparation starts a thread of its own', async () => {
    await shutdownPrepareWorker();
    warmPrepareWorker();
    await shutdownPrepareWorker();
    expectSame(await prepareInWorker(contract(), { redact: true }), prepareForCloud(contract(), { redact: true }));
  }, 120_000);

  it('holds no reference on the thread while it warms', async () => {
    await shutdownPrepareWorker();
    // Which threads hold the process now: every ref and unref of a thread, in order.
    const held = new Map<Worker, boolean>();
    const { ref, unref } = Worker.prototype;
    Worker.prototype.ref = function (this: Worker) {
      held.set(this, true);
      ref.call(this);
    };
    Worker.prototype.unref = function (this: Worker) {
      held.set(this, false);
      unref.call(this);
    };
    try {
      warmPrepareWorker();
      expect(held.size).toBe(1);
      expect([...held.values()]).toEqual([false]);
      // A preparation that takes the thread over holds it, and lets go when it is done.
      const preparing = prepareInWorker(contract(), { redact: true });
      expect([...held.values()]).toEqual([true]);
      await preparing;
      expect([...held.values()]).toEqual([false]);
    } finally {
      Worker.prototype.ref = ref;
      Worker.prototype.unref = unref;
    }
  }, 120_000);

  it('never keeps the process from exiting', async () => {
    const module = fileURLToPath(new URL('../../../electron/core/service/prepareInWorker.ts', import.meta.url));
    const script = `const m = await import(${JSON.stringify(module)}); m.warmPrepareWorker(); console.log('warming');`;
    // The process ends by itself with the warm-up still under way (its thread is unref'd); the
    // limit only fails the test instead of hanging it.
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 90_000 }, (error, out) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: out }),
      );
      void child;
    });
    expect(stdout).toContain('warming');
    expect(code).toBe(0);
  }, 120_000);
});
