import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { CORE_DIR, CORE_LAYERS, TEMPORARY_ALLOWANCES } from '../../eslint/coreLayers.js';

const REPO = path.resolve(CORE_DIR, '..', '..');

function coreFiles(dir = CORE_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return coreFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

// Every relative specifier: static and type-only imports, re-exports, dynamic import().
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function resolveImport(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((p) => files.has(p));
}

function importGraph(): Map<string, string[]> {
  const files = coreFiles();
  const set = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    const targets = [...src.matchAll(SPECIFIER)].map((m) => resolveImport(f, m[1]!, set)).filter((t): t is string => !!t);
    graph.set(f, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.map((f) => path.relative(CORE_DIR, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('electron/core layers', () => {
  it('has no import cycle between its files', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(80);
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the detector itself works)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toHaveLength(1);
  });

  it('puts every folder and root file of electron/core in the layer order', () => {
    const entries = readdirSync(CORE_DIR, { withFileTypes: true }).map((e) => e.name);
    expect(entries.filter((e) => !CORE_LAYERS.includes(e))).toEqual([]);
  });

  it('keeps a temporary allowance only while its backward import still exists', () => {
    const graph = importGraph();
    for (const [from, to] of TEMPORARY_ALLOWANCES) {
      expect(graph.get(path.join(CORE_DIR, from)) ?? [], `${from} → ${to}`).toContain(path.join(CORE_DIR, to));
    }
  });

  describe('the lint rule', () => {
    const eslint = new ESLint({ cwd: REPO });
    const layerErrors = async (file: string, code: string) => {
      const [result] = await eslint.lintText(code, { filePath: path.join(CORE_DIR, file) });
      return result!.messages.filter((m) => m.ruleId === 'precis/core-layers').map((m) => m.message);
    };

    it('fails an import from a higher layer, static, type-only, re-export or dynamic', async () => {
      expect(await layerErrors('chunking/probe.ts', "import { x } from '../service/createPrecisService';\nexport const y = x;\n")).toHaveLength(1);
      expect(await layerErrors('documents/pdf/probe.ts', "import type { LlmProvider } from '../../llm/provider';\nexport type P = LlmProvider;\n")).toHaveLength(1);
      expect(await layerErrors('storage/probe.ts', "export { createJobManager } from '../jobs/jobManager';\n")).toHaveLength(1);
      expect(await layerErrors('errors.ts', "export const m = () => import('./documents/extractDocument');\n")).toHaveLength(1);
    }, 60_000);

    it('passes imports from the same layer, lower layers and outside core', async () => {
      expect(await layerErrors('pipeline/probe.ts', "import { a } from './prompts';\nimport { b } from '../chunking/chunkDocument';\nimport { c } from '../errors';\nimport { d } from '../../../shared/summary';\nexport const e = [a, b, c, d];\n")).toEqual([]);
      expect(await layerErrors('cli.ts', "import { f } from './commands/cliIo';\nexport const g = f;\n")).toEqual([]);
    }, 60_000);

    it('fails a folder that is not in the layer order', async () => {
      expect(await layerErrors('newfolder/probe.ts', "import { c } from '../errors';\nexport const d = c;\n")).toHaveLength(1);
    }, 60_000);
  });
});
