// Lint rules, including the architecture's import boundaries (see README, "Architecture").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node built-ins.' };
const uiLibs = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'dexie',
  'dexie-react-hooks',
  'jspdf',
  'electron',
];
/** What only the renderer may use: the desktop shell imports none of it. */
const rendererLibs = ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'jspdf'];

/**
 * The renderer's import rule. Each folder's block lists the whole rule (a later block replaces an
 * earlier one's options), so it is built here from what the folder may use.
 */
function rendererRule(allow) {
  const paths = [{ name: 'electron', message: 'renderer/ never imports electron: use renderer/platform.' }];
  const patterns = [
    { group: ['node:*'], message: 'renderer/ runs in a sandboxed page: no Node built-ins.' },
    { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
    // The phone's voter page is a bundle of its own; what both need lives in shared/.
    { regex: '^(\\.\\.?/)+voter(/|$)', message: 'The app never imports the voter page (renderer/voter/).' },
  ];
  if (!allow.dexie) {
    paths.push(
      { name: 'dexie', message: 'Only renderer/db/ touches Dexie: use a repository.' },
      { name: 'dexie-react-hooks', message: 'Only renderer/db/ touches Dexie: use the hooks it exports.' },
    );
  }
  if (!allow.zustand) {
    paths.push({ name: 'zustand', message: 'Only renderer/store/ imports zustand.' });
    patterns.push({ group: ['zustand/*'], message: 'Only renderer/store/ imports zustand.' });
  }
  if (!allow.database) {
    patterns.push({
      group: ['**/db/database', '**/db/database.*'],
      message:
        'Only renderer/app/bootstrap opens the database (and only renderer/db/ uses it): use the repositories.',
    });
  }
  return ['error', { paths, patterns }];
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Boundary: shared/ is the pure core, importable from both sides, importing neither.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiLibs
            .filter((p) => !p.includes('*'))
            .map((name) => ({
              name,
              message: 'shared/ is pure TypeScript: no UI, database, PDF or Electron libraries.',
            })),
          patterns: [
            nodeBuiltins,
            { group: ['react-dom/*', 'zustand/*'], message: 'shared/ is pure TypeScript.' },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ never imports renderer/ or electron/.',
            },
          ],
        },
      ],
    },
  },
  // Boundary: the desktop shell never imports the React app, nor the libraries only the renderer uses.
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: rendererLibs.map((name) => ({
            name,
            message: 'electron/ never imports the renderer or its libraries.',
          })),
          patterns: [
            {
              group: rendererLibs.map((name) => `${name}/*`),
              message: 'electron/ never imports the renderer or its libraries.',
            },
            { group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' },
          ],
        },
      ],
    },
  },
  // Boundary: electron/server/ (the room server, the browser mode's server) is plain Node, run by the desktop
  // main process and by `npm run web` alike: no Electron, nothing of the main process, preload or renderer,
  // none of the renderer's libraries.
  {
    files: ['electron/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiLibs
            .filter((p) => !p.includes('*'))
            .map((name) => ({
              name,
              message: 'electron/server/ is plain Node: no Electron, UI or database library.',
            })),
          patterns: [
            {
              group: [...rendererLibs.map((name) => `${name}/*`), 'electron/*'],
              message: 'electron/server/ is plain Node.',
            },
            {
              // electron/main/ and electron/preload/, reached from inside electron/server/.
              regex: '^(\\.\\./)+(main|preload)(/|$)',
              message:
                'electron/server/ never imports the main process or the preload: it runs without Electron.',
            },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'electron/server/ imports only shared/ and Node.',
            },
          ],
        },
      ],
    },
  },
  // Boundary: electron/cli/ (the command line, `npm run report`) is plain Node that draws the report with
  // the renderer's DOM-free PDF code: shared/, Node and renderer/features/report/pdf/ only — no Electron,
  // no UI, no database, nothing else of the renderer.
  {
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'electron'].map((name) => ({
            name,
            message: 'electron/cli/ is plain Node: no Electron, UI or database library.',
          })),
          patterns: [
            {
              regex: '^(\\.\\./)+renderer/(?!features/report/pdf/)',
              message: 'electron/cli/ imports from renderer/ only the PDF report renderer.',
            },
            {
              regex: '^(\\.\\./)+(main|preload|server)(/|$)',
              message: 'electron/cli/ never imports the main process, the preload or the servers.',
            },
          ],
        },
      ],
    },
  },
  // Boundary: the renderer never imports Electron or Node; only db/ touches Dexie, only store/ touches
  // zustand, and only the bootstrap opens the database (everything else gets repositories).
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts', 'renderer/voter/vite.config.ts'],
    rules: { 'no-restricted-imports': rendererRule({ dexie: false, zustand: false, database: false }) },
  },
  {
    files: ['renderer/app/bootstrap.tsx'],
    rules: { 'no-restricted-imports': rendererRule({ dexie: false, zustand: false, database: true }) },
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererRule({ dexie: true, zustand: false, database: true }) },
  },
  {
    files: ['renderer/store/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': rendererRule({ dexie: false, zustand: true, database: false }) },
  },
  // Boundary: the phone's voter page (renderer/voter/) is a small page of its own, a bundle apart: the
  // renderer's boundaries (no Electron, no Node) plus no framework, no app library and nothing of the app
  // beyond shared/. It comes after the renderer's blocks, whose rule it replaces for its files.
  {
    files: ['renderer/voter/**/*.ts'],
    ignores: ['renderer/voter/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The voter page runs in a phone browser: no Electron.' },
            ...rendererLibs.map((name) => ({
              name,
              message: 'The voter page uses no framework or app library.',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The voter page runs in a phone browser: no Node built-ins.' },
            { group: ['**/electron/**'], message: 'The voter page runs in a phone browser: no Electron.' },
            {
              group: rendererLibs.map((name) => `${name}/*`),
              message: 'The voter page uses no framework or app library.',
            },
            {
              // From a file of renderer/voter/, "../" is the app and "../../shared/" the shared core.
              regex: '^\\.\\./(?!\\.\\./shared/)',
              message: 'The voter page imports nothing of the app: only shared/.',
            },
            {
              // Schemas (and the IPC contract built from them) would bring zod into a page that needs none.
              group: ['zod', '**/shared/zod', '**/shared/room/schemas', '**/shared/ipc/**'],
              message: 'The voter page imports only plain types and messages from shared/.',
            },
          ],
        },
      ],
    },
  },
);
