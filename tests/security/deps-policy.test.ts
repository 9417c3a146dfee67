/**
 * SECURITY C2 and C3, checked over the real source tree and lockfile:
 * C3 — no module that local mode loads can reach the OpenAI client: the static import graph from
 *      every source file outside the cloud modules never reaches `openai` (type-only imports are
 *      erased and do not count; the cloud branch reaches it only through a dynamic `import()`),
 *      and a child process that wires the whole local service never even resolves it.
 * C2 — no telemetry, crash-upload or auto-update dependency; no crash upload or updater in source.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/kit';

const SOURCE_DIRS = ['electron', 'shared', 'renderer'];
/** The only modules allowed to import the OpenAI SDK statically. Everything else reaches them dynamically. */
const CLOUD_MODULES = new Set(['electron/core/llm/openaiProvider.ts', 'electron/core/llm/cloudErrors.ts', 'electron/core/llm/cloudRetry.ts']);

function sourceFiles(): string[] {
  const out: string[] = [];
  for (const dir of SOURCE_DIRS) {
    const root = path.join(REPO_ROOT, dir);
    if (!existsSync(root)) continue;
    for (const f of readdirSync(root, { recursive: true }).map(String)) {
      if (/\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts') && !f.includes('node_modules')) out.push(path.posix.join(dir, f.split(path.sep).join('/')));
    }
  }
  return out.sort();
}

interface Imports {
  /** Static, value-level imports and re-exports (what loading the module loads). */
  staticSpecifiers: string[];
  dynamicSpecifiers: string[];
}

const parsed = new Map<string, Imports>();

function importsOf(rel: string): Imports {
  const hit = parsed.get(rel);
  if (hit) return hit;
  const text = readFileSync(path.join(REPO_ROOT, rel), 'utf8');
  const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true, rel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const staticSpecifiers: string[] = [];
  const dynamicSpecifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) staticSpecifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.isTypeOnly || (node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) staticSpecifiers.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      staticSpecifiers.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      dynamicSpecifiers.push(arg && ts.isStringLiteralLike(arg) ? arg.text : '<computed>');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  parsed.set(rel, { staticSpecifiers, dynamicSpecifiers });
  return { staticSpecifiers, dynamicSpecifiers };
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')]) {
    if (existsSync(path.join(REPO_ROOT, cand)) && /\.(ts|tsx)$/.test(cand)) return cand;
  }
  return undefined;
}

const packageOf = (spec: string): string => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec));

/** Every module and package the static graph loads from `entry`, with one path to each for messages. */
function staticClosure(entry: string, cache: Map<string, Imports>): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const cur = queue.shift()!;
    const imports = cache.get(cur) ?? importsOf(cur);
    cache.set(cur, imports);
    for (const spec of imports.staticSpecifiers) {
      const key = spec.startsWith('.') ? resolveRelative(cur, spec) : `pkg:${packageOf(spec.replace(/^node:/, 'node:'))}`;
      if (!key || seen.has(key)) continue;
      seen.set(key, [...seen.get(cur)!, key]);
      if (!key.startsWith('pkg:')) queue.push(key);
    }
  }
  return seen;
}

describe('C3 local path cannot import cloud code', () => {
  const files = sourceFiles();
  const cache = new Map<string, Imports>();

  it('finds the real source tree and the cloud modules in it', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const m of CLOUD_MODULES) expect(files).toContain(m);
    expect(files).toContain('electron/core/service/cloudRunner.ts');
  });

  it('only the cloud modules import the openai package statically', () => {
    const importers = files.filter((f) => importsOf(f).staticSpecifiers.some((s) => packageOf(s) === 'openai'));
    expect(importers.filter((f) => !CLOUD_MODULES.has(f))).toEqual([]);
  });

  it('no module outside the cloud modules reaches openai (or a cloud module) through static imports', () => {
    const violations: string[] = [];
    for (const f of files) {
      if (CLOUD_MODULES.has(f)) continue;
      const closure = staticClosure(f, cache);
      for (const [key, via] of closure) {
        if (key === 'pkg:openai' || (CLOUD_MODULES.has(key) && key !== f)) violations.push(via.join(' -> '));
      }
    }
    expect(violations).toEqual([]);
  });

  it('the cloud branch loads the provider only through dynamic import()', () => {
    const dynamicImporters = files.filter((f) => importsOf(f).dynamicSpecifiers.some((s) => /openaiProvider$/.test(s)));
    expect(dynamicImporters).toContain('electron/core/service/cloudRunner.ts');
  });

  it('no installed package other than the root depends on openai', () => {
    const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }> };
    const dependents = Object.entries(lock.packages)
      .filter(([name, p]) => name !== '' && ({ ...p.dependencies, ...p.optionalDependencies } as Record<string, string>).openai !== undefined)
      .map(([name]) => name);
    expect(dependents).toEqual([]);
  });

  it('a process that wires the whole local service never resolves the openai package', () => {
    // A resolve hook records every specifier; the child loads the CLI, the extract command and the
    // local service wiring (createCoreDeps with the real stores and model host), as local mode does.
    const hook = `
      export async function resolve(specifier, context, next) {
        if (/^openai(\\/|$)/.test(specifier) || /openaiProvider/.test(specifier)) process.stderr.write('RESOLVED ' + specifier + '\\n');
        return next(specifier, context);
      }`;
    const script = `
      import { register } from 'node:module';
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
      const { createCoreDeps } = await import('./electron/core/service/createCoreDeps.ts');
      await import('./electron/core/cli.ts');
      await import('./electron/core/pipeline/summarizeDocument.ts');
      await import('./electron/core/llm/localProvider.ts');
      const { existsSync } = await import('node:fs');
      for (const m of ['./electron/core/llm/providerRegistry.ts', './electron/core/commands/summarize.ts', './electron/core/commands/serve.ts']) if (existsSync(m)) await import(m);
      const home = (await import('node:fs')).mkdtempSync((await import('node:os')).tmpdir() + '/precis-c3-');
      const deps = createCoreDeps({ home, transport: 'bridge', version: '0.0.0' });
      await deps.models.dispose?.();
      process.stdout.write('LOADED\\n');
    `;
    const local = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, PRECIS_HOME: '' },
      timeout: 60_000,
    });
    expect(local.stdout).toContain('LOADED');
    expect(local.stderr).not.toContain('RESOLVED');
    // Control: the same hook does see the client when the cloud module is loaded.
    const control = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)})); await import('./electron/core/llm/openaiProvider.ts');`],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(control.stderr).toContain('RESOLVED openai');
  });
});

describe('C2 no telemetry, crash upload or update ping', () => {
  const DENY = [/^posthog/, /^@sentry\//, /analytics/i, /^electron-updater$/, /^mixpanel/, /^@segment\//, /^amplitude/, /^@amplitude\//, /^@bugsnag\//, /^newrelic$/, /^dd-trace$/, /^@datadog\//, /^applicationinsights$/, /^@redactpii\//, /^@google-cloud\/dlp$/, /^@aws-sdk\/client-comprehend/];

  it('no denied package is installed, directly or transitively', () => {
    const lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const names = Object.keys(lock.packages).map((p) => p.replace(/^.*node_modules\//, '')).filter(Boolean);
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => DENY.some((re) => re.test(n)))).toEqual([]);
  });

  it('no source starts a crash reporter upload or an auto-updater', () => {
    const offenders = sourceFiles().filter((f) => /crashReporter\.start|uploadToServer\s*:\s*true|autoUpdater\.|checkForUpdates/.test(readFileSync(path.join(REPO_ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
