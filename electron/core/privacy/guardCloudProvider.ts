import { PrecisFailure } from '../errors';
import type { ChatMessage, LlmProvider } from '../llm/provider';
import type { SummaryStrategy } from '../pipeline/summaryStrategy';
import type { CloudPreparation } from './prepareForCloud';

function consentFailure(why: string): PrecisFailure {
  return new PrecisFailure('CONSENT_REQUIRED', `Nothing was sent: ${why}. Open the cloud preview again and confirm what will be sent.`);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A chunk line as the pipeline renders a block: "[p4.7] (7.2) text" (see chunking/blockLine).
const BLOCK_MARKER = /^\[[^\]\n]+\](?: \((?:[^()\n]|\([^()\n]*\))*\))? /;
const SECTION_LINE = /^Section: (.*)$/;

/**
 * Wraps a cloud provider so that it can only send what the user consented to: the consent hash
 * must be the sha256 of the preview the user saw (changed text needs new consent), and no original
 * that redaction replaced may appear anywhere in a request. A violation throws CONSENT_REQUIRED
 * before any byte leaves. {@link guardCloudStrategy} checks the document text each step carries.
 */
export function guardCloudProvider(inner: LlmProvider, preparation: CloudPreparation, consentHash: string | undefined): LlmProvider {
  if (consentHash !== preparation.sha256) {
    throw consentFailure(consentHash ? 'the document text changed since the preview was confirmed' : 'the cloud preview has not been confirmed');
  }
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

  function check(messages: readonly ChatMessage[]): void {
    // The system prompt is fixed text of ours: only the user message carries the document.
    const outgoing = messages.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
    if (originals.some((re) => re.test(outgoing))) throw consentFailure('a request contained text that redaction had removed');
  }

  return {
    id: inner.id,
    kind: inner.kind,
    modelName: inner.modelName,
    contextSize: inner.contextSize,
    maxParallel: inner.maxParallel,
    countTokens: (text) => inner.countTokens(text),
    stream(messages, options) {
      check(messages);
      return inner.stream(messages, options);
    },
    dispose: () => inner.dispose(),
    [Symbol.asyncDispose]: () => inner.dispose(),
  };
}

/**
 * Wraps the strategy of a cloud job so that every step carries only consented document text: each
 * block a step reads must be a block of the consented (redacted) document, unchanged, and every
 * line of a chunk must be text of the preview.
 */
export function guardCloudStrategy(inner: SummaryStrategy, preparation: CloudPreparation): SummaryStrategy {
  const consented = new Map(preparation.document.blocks.map((b) => [b.id, b.text] as const));
  const preview = preparation.previewText;
  function checkBlocks(blocks: readonly { id: string; text: string }[]): void {
    for (const b of blocks) {
      if (consented.get(b.id) !== b.text) throw consentFailure('a request carried text that is not in the confirmed preview');
    }
  }
  function checkChunk(chunk: { blockIds: readonly string[]; text: string }): void {
    if (!chunk.blockIds.every((id) => consented.has(id))) throw consentFailure('a request named a paragraph that is not in the confirmed preview');
    for (const line of chunk.text.split('\n')) {
      const section = SECTION_LINE.exec(line);
      const parts = section ? section[1]!.split(' > ') : [line.replace(BLOCK_MARKER, '')];
      if (parts.some((p) => p.length > 0 && !preview.includes(p))) throw consentFailure('a request carried text that is not in the confirmed preview');
    }
  }
  return {
    ...inner,
    prepare(doc, options) {
      const steps = inner.prepare(doc, options);
      return {
        ...steps,
        async map(chunk, blocks, signal) {
          checkBlocks(blocks);
          checkChunk(chunk);
          return steps.map(chunk, blocks, signal);
        },
        async final(points, blocks, signal, onText) {
          checkBlocks(blocks);
          return steps.final(points, blocks, signal, onText);
        },
        ...(steps.terms
          ? {
              async terms(blocks, schema, signal) {
                checkBlocks(blocks);
                return steps.terms!(blocks, schema, signal);
              },
            }
          : {}),
      };
    },
  };
}
