// Lint setup. The one rule that carries architecture is the shared/ block: the domain must
// run anywhere (renderer, main process, tests), so it may not reach for UI, storage,
// Electron, Node or the browser. test/unit/shared/purity.test.ts proves the rule bites.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE = 'shared/ must stay pure (runs in renderer, main process and tests alike)';

// Top-level names only (fs, node:fs); the `name/*` patterns below catch subpaths like
// fs/promises, so one import is reported once. Node 20 leaves the prefix-only modules out
// of builtinModules, hence the explicit three.
const nodeBuiltins = [
  ...new Set([
    ...builtinModules
      .filter((name) => !name.startsWith('_') && !name.includes('/'))
      .flatMap((name) => (name.startsWith('node:') ? [name] : [name, `node:${name}`])),
    'node:sea',
    'node:sqlite',
    'node:test',
  ]),
];

const forbiddenPackages = ['react', 'react-dom', 'dexie', 'electron', 'zustand', 'jspdf'];

const sharedImportRestrictions = {
  paths: [
    ...forbiddenPackages.map((name) => ({
      name,
      message: `${PURE}: '${name}' belongs in renderer/ or electron/.`,
    })),
    ...nodeBuiltins.map((name) => ({
      name,
      message: `${PURE}: Node built-ins belong in electron/ services.`,
    })),
  ],
  patterns: [
    {
      // Subpaths: react-dom/client, fs/promises, node:fs/promises, electron/main, …
      group: [...forbiddenPackages, ...nodeBuiltins].map((name) => `${name}/*`),
      message: `${PURE}: UI, storage, Electron and Node modules belong outside shared/.`,
    },
    {
      group: ['@mui/*', '@emotion/*'],
      message: `${PURE}: UI libraries belong in renderer/.`,
    },
  ],
};

const dom = 'is the browser; shared/ runs outside it too';
const node = 'is Node only; shared/ runs in the renderer too';
const sharedGlobalRestrictions = [
  ...['window', 'document', 'navigator'].map((name) => ({ name, message: `${name} ${dom}.` })),
  ...['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
    name,
    message: `${name} is storage; shared/ takes data as arguments, repositories store it.`,
  })),
  ...['process', 'Buffer', 'require', '__dirname'].map((name) => ({
    name,
    message: `${name} ${node}.`,
  })),
  ...['setTimeout', 'setInterval'].map((name) => ({
    name,
    message: `${name}: shared/ is synchronous and deterministic; schedule in the caller.`,
  })),
];

export default defineConfig([
  globalIgnores([
    'dist/',
    'release/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    'bench/results*',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['electron/**', 'build/**', 'test/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', sharedImportRestrictions],
      'no-restricted-globals': ['error', ...sharedGlobalRestrictions],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
]);
