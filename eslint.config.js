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
  // Boundary: the desktop shell never imports the React app.
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'dexie'].map((name) => ({
            name,
            message: 'electron/ never imports the renderer or its libraries.',
          })),
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }],
        },
      ],
    },
  },
  // Boundary: the renderer never imports Electron or Node; only db/ touches Dexie, only store/ touches zustand.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/store/**', 'renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'renderer/ never imports electron: use renderer/platform.' },
            { name: 'dexie', message: 'Only renderer/db/ touches Dexie: use a repository.' },
            {
              name: 'dexie-react-hooks',
              message: 'Only renderer/db/ touches Dexie: use the hooks it exports.',
            },
            { name: 'zustand', message: 'Only renderer/store/ imports zustand.' },
          ],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
            { group: ['zustand/*'], message: 'Only renderer/store/ imports zustand.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'renderer/ never imports electron.' },
            { name: 'zustand', message: 'Only renderer/store/ imports zustand.' },
          ],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'renderer/ never imports electron.' },
            { name: 'dexie', message: 'Only renderer/db/ touches Dexie: use a repository.' },
          ],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/.' },
          ],
        },
      ],
    },
  },
);
