// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const outer = ['ui', 'popup', 'options', 'background', 'cli'];
const relative = (/** @type {string[]} */ dirs) => dirs.flatMap((d) => [`../${d}`, `../${d}/*`, `../../${d}/*`]);

/** Imports point inward only: ui/background → platform/storage → core. */
const layers = [
  {
    files: ['src/core/**'],
    message: 'src/core is pure TypeScript: no browser, idb, preact or Node imports, and nothing from outer layers.',
    paths: ['webextension-polyfill', 'idb', 'preact', 'fake-indexeddb'],
    patterns: ['preact/*', '@preact/*', 'node:*', ...relative(['storage', 'platform', ...outer])],
  },
  {
    files: ['src/storage/**'],
    message: 'src/storage wraps idb only: no browser APIs, no UI.',
    paths: ['webextension-polyfill', 'preact'],
    patterns: ['preact/*', 'node:*', ...relative(['platform', ...outer])],
  },
  {
    files: ['src/platform/**'],
    ignores: ['src/platform/browser.ts'],
    message: 'src/platform wraps browser APIs only: no UI, no storage; the polyfill comes in through browser.ts alone.',
    paths: ['preact', 'idb', 'webextension-polyfill'],
    patterns: ['preact/*', 'node:*', ...relative(['storage', ...outer])],
  },
  {
    // The one import of the polyfill: every browser call is wrapped once, in src/platform.
    files: ['src/platform/browser.ts'],
    message: 'src/platform wraps browser APIs only.',
    paths: ['preact', 'idb'],
    patterns: ['preact/*', 'node:*', ...relative(['storage', ...outer])],
  },
  {
    files: ['src/ui/**'],
    message: 'src/ui holds components: props in, callbacks out. Browser and database access come in as props.',
    paths: ['webextension-polyfill', 'idb'],
    patterns: ['node:*', ...relative(['platform', 'storage', 'popup', 'options', 'background', 'cli'])],
  },
  {
    files: ['src/popup/**', 'src/options/**', 'src/background/**'],
    message: 'Entry points reach the browser through src/platform and the database through src/storage.',
    paths: ['webextension-polyfill', 'idb'],
    patterns: ['node:*', ...relative(['cli'])],
  },
  {
    files: ['src/cli/**'],
    message: 'The CLI stands on src/core alone.',
    paths: ['webextension-polyfill', 'idb', 'preact'],
    patterns: ['preact/*', ...relative(['storage', 'platform', 'ui', 'popup', 'options', 'background'])],
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'build/', 'artifacts/', 'node_modules/', '.profile/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  ...layers.map(({ files, ignores, message, paths, patterns }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: paths.map((name) => ({ name, message })),
          patterns: [{ group: patterns, message }],
        },
      ],
    },
  })),
  {
    files: ['src/core/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'chrome', 'browser', 'indexedDB', 'localStorage', 'fetch', 'location', 'process'].map(
          (name) => ({ name, message: 'src/core takes plain values; pass what it needs as a parameter.' }),
        ),
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'The clock is a parameter in src/core.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The clock is a parameter in src/core.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Randomness is a parameter in src/core.' },
      ],
    },
  },
);
