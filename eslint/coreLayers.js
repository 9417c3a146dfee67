// The layers of electron/core, from the ground up. A module may import its own layer and the
// layers below it, never one above: the folder an import points at then says how far up the
// stack a change can ripple, and a cycle between folders cannot form.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'core');

/** Bottom first. A root file (errors.ts, cli.ts) is its own layer, named by its file name. */
export const CORE_LAYERS = [
  'errors.ts', // stable error codes every layer throws
  'documents', // bytes → blocks with pages and clauses (PDF, DOCX, text)
  'chunking', // blocks → token-exact chunks
  'terms', // model-free key terms, clause map, sentence ranking
  'llm', // the provider interface and its engines (local, OpenAI-compatible)
  'models', // the local model library
  'pipeline', // map → reduce → final summary with citations
  'privacy', // redaction, preview and the cloud guard
  'export', // Markdown and DOCX reports
  'storage', // atomic writes, envelopes, keys, settings, history, job journals, the data folder
  'jobs', // running, resuming and cancelling summary jobs
  'service', // the IPC contract's handlers and their wiring
  'bridge', // the loopback WebSocket bridge to a browser window
  'commands', // the `precis` command line
  'cli.ts', // its entry point
];

// Backward imports that are being removed on another branch; each entry is one exact file pair.
// tests/architecture/coreLayers.test.ts fails once an entry's import is gone, so the list cannot
// outlive the imports it excuses.
/** @type {[string, string][]} */
export const TEMPORARY_ALLOWANCES = [];


/** The layer a path inside electron/core belongs to, or undefined outside it. */
export function layerOf(file) {
  const rel = path.relative(CORE_DIR, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep)[0];
}

/** Position in CORE_LAYERS (-1 when missing); `errors` and `errors.ts` name the same root file. */
export function rankOf(layer) {
  const i = CORE_LAYERS.indexOf(layer);
  return i >= 0 ? i : CORE_LAYERS.indexOf(`${layer.replace(/\.(tsx?|js)$/, '')}.ts`);
}

function relPath(file) {
  const rel = path.relative(CORE_DIR, file).split(path.sep).join('/');
  return rel.replace(/\.(tsx?|js)$/, '') + '.ts';
}

function allowed(from, to) {
  return TEMPORARY_ALLOWANCES.some(([a, b]) => relPath(from) === a && relPath(to) === b);
}

/** @type {import('eslint').Rule.RuleModule} */
export const coreLayersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'electron/core folders import only their own layer and the layers below it' },
    schema: [],
    messages: {
      upward: "core/{{from}} may not import core/{{to}}: {{to}} sits above {{from}} in the layer order (eslint/coreLayers.js). Move the shared part down, or pass it in from above.",
      unknown: "core/{{layer}} is not in the layer order: add it to CORE_LAYERS in eslint/coreLayers.js.",
    },
  },
  create(context) {
    const from = context.filename;
    const fromLayer = layerOf(from);
    if (fromLayer === undefined) return {};
    const fromRank = rankOf(fromLayer);
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(from), source);
      const toLayer = layerOf(target);
      if (toLayer === undefined) return;
      if (fromRank < 0) return context.report({ node, messageId: 'unknown', data: { layer: fromLayer } });
      const toRank = rankOf(toLayer);
      if (toRank < 0) return context.report({ node, messageId: 'unknown', data: { layer: toLayer } });
      if (toRank > fromRank && !allowed(from, target)) context.report({ node, messageId: 'upward', data: { from: fromLayer, to: toLayer } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
