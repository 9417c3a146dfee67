import { PrecisFailure } from '../errors';
import type { GenerateRequest, LlmProvider } from '../llm/provider';
import type { CloudPreparation } from './prepareForCloud';

function consentFailure(why: string): PrecisFailure {
  return new PrecisFailure('CONSENT_REQUIRED', `Nothing was sent: ${why}. Open the cloud preview again and confirm what will be sent.`);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A chunk line as the pipeline renders a block: "[p4.7] (7.2) text" (see chunking/blockLine).
const BLOCK_MARKER = /^\[[^\]\n]+\](?: \((?:[^()\n]|\([^()\n]*\))*\))? /;
const SECTION_LINE = /^Section: (.*)$/;

/**
 * Wraps a cloud provider so that it can only send what the user consented to:
 * - the consent hash must be the sha256 of the preview the user saw (changed text needs new consent);
 * - every block a request carries must be a block of the consented (redacted) document, unchanged;
 * - every document line of a map request must be text of the preview;
 * - no original that redaction replaced may appear anywhere in the request.
 * A violation throws CONSENT_REQUIRED before any byte leaves.
 */
export function guardCloudProvider(inner: LlmProvider, preparation: CloudPreparation, consentHash: string | undefined): LlmProvider {
  if (consentHash !== preparation.sha256) {
    throw consentFailure(consentHash ? 'the document text changed since the preview was confirmed' : 'the cloud preview has not been confirmed');
  }
  const consented = new Map(preparation.document.blocks.map((b) => [b.id, b.text] as const));
  const preview = preparation.previewText;
  const originals = preparation
    .originals()
    .filter((o) => o.trim().length >= 3)
    .map((o) => {
      const re = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(o.trim()).replace(/\\?\s+/g, '\\s+')}(?![A-Za-z0-9])`, 'gi');
      // A one-word name hidden where capitalised ("Exact") is not the word written in lower case,
      // as the redactor itself decided.
      const capitalisedOnly = !/\s/.test(o.trim()) && /^\p{Lu}/u.test(o.trim());
      return { test: (s: string) => [...s.matchAll(re)].some((m) => !capitalisedOnly || /^[\p{Lu}\d]/u.test(m[0])) };
    });

  function checkBlocks(blocks: readonly { id: string; text: string }[]): void {
    for (const b of blocks) {
      if (consented.get(b.id) !== b.text) throw consentFailure('a request carried text that is not in the confirmed preview');
    }
  }

  function check(req: GenerateRequest): void {
    const task = req.task;
    if (task.type === 'map' || task.type === 'final' || task.type === 'terms') checkBlocks(task.blocks);
    if (task.type === 'map') {
      if (!task.chunk.blockIds.every((id) => consented.has(id))) throw consentFailure('a request named a paragraph that is not in the confirmed preview');
      for (const line of task.chunk.text.split('\n')) {
        const section = SECTION_LINE.exec(line);
        const parts = section ? section[1]!.split(' > ') : [line.replace(BLOCK_MARKER, '')];
        if (parts.some((p) => p.length > 0 && !preview.includes(p))) throw consentFailure('a request carried text that is not in the confirmed preview');
      }
      if (!req.user.includes(task.chunk.text)) throw consentFailure('a request did not match its checked excerpt');
    }
    // The system prompt is fixed text of ours: only the user message carries the document.
    if (originals.some((re) => re.test(req.user))) throw consentFailure('a request contained text that redaction had removed');
  }

  return {
    id: inner.id,
    kind: inner.kind,
    modelName: inner.modelName,
    contextSize: inner.contextSize,
    maxParallel: inner.maxParallel,
    countTokens: (text) => inner.countTokens(text),
    async generate(req, options) {
      check(req);
      return inner.generate(req, options);
    },
    dispose: () => inner.dispose(),
  };
}
