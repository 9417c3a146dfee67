// Which code may import which, so that each runtime only ever loads what it can run:
//   shared → nothing · electron/core → shared + Node + npm · electron/main → core, shared, electron
//   electron/preload → electron + shared · renderer → shared + browser libs
// Inside electron/core, folders form layers (eslint/coreLayers.js): each imports only those below it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { coreLayersRule } from './eslint/coreLayers.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (patterns, paths = []) => ['error', { patterns, paths }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'coverage/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: "Property[key.name='nodeIntegration'][value.value=true]", message: 'nodeIntegration must stay false: a window with Node can read and send any file if a document or model answer ever runs script.' },
        { selector: "Property[key.name='webviewTag'][value.value=true]", message: 'No webview: it embeds a second, less restricted web page inside the window.' },
        { selector: "CallExpression[callee.property.name='setUsePlainTextEncryption']", message: 'Never fall back to plain-text key storage: without a keyring the key is kept for the session only.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render document and model text as text: both are hostile input, and HTML from them could run script.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: nodeBuiltins, message: 'shared/ runs in main and renderer: no Node modules.' },
        { group: ['electron', 'electron/*', 'react', 'react-dom', '**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from other layers.' },
      ]),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    plugins: { precis: { rules: { 'core-layers': coreLayersRule } } },
    rules: {
      'precis/core-layers': 'error',
      'no-restricted-imports': restrict([
        { group: ['electron', 'electron/*'], message: 'core is plain Node: it never imports electron (the CLI, tests and bench run it without the binary).' },
        { group: ['**/main/**', '**/preload/**', '**/renderer/**', 'react', 'react-dom'], message: 'core depends only on shared/, Node and npm packages.' },
      ]),
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([{ group: ['**/renderer/**', '**/preload/**', 'react', 'react-dom'], message: 'main uses core, shared and electron only.' }]),
      'no-restricted-properties': ['error', { object: 'shell', property: 'openExternal', message: 'Use safeOpenExternal: it opens only https links to allow-listed hosts, never a file: or look-alike URL a document could plant.' }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/core/**', '**/main/**', '**/renderer/**'], message: 'preload uses electron and shared only.' },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([
        { group: nodeBuiltins, message: 'The renderer is sandboxed: no Node modules.' },
        { group: ['electron', 'electron/*', '**/electron/**'], message: 'The renderer talks to main only through the shared IPC contract.' },
      ]),
    },
  },
);
