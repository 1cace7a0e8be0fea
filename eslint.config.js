// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import { dirname, relative, resolve, sep } from 'node:path';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/**
 * Imports point inward only. Each folder of `src/` is a layer; a file may import from the layers
 * listed for its own, and use the packages listed, nothing else. Resolved from the file's real
 * path, so the rule holds at any depth (`src/core/a/b/c.ts` importing `../../../storage/x.ts` is
 * caught as surely as `src/core/x.ts` importing `../storage/x.ts`).
 */
const LAYERS = {
  core: { may: ['core'], packages: ['valibot', 'markdown-it', 'yaml', 'smol-toml'] },
  storage: { may: ['core', 'storage'], packages: ['idb'] },
  platform: { may: ['core', 'platform'], packages: [] },
  app: { may: ['core', 'storage', 'app'], packages: [] },
  ui: { may: ['core', 'app', 'ui'], packages: ['preact', 'dompurify', 'marked'] },
  popup: { may: ['core', 'storage', 'platform', 'app', 'ui', 'popup'], packages: ['preact'] },
  sidepanel: { may: ['core', 'storage', 'platform', 'app', 'ui', 'popup', 'sidepanel'], packages: ['preact'] },
  options: { may: ['core', 'storage', 'platform', 'app', 'ui', 'options'], packages: ['preact'] },
  background: { may: ['core', 'storage', 'platform', 'app', 'git', 'background'], packages: [] },
  /** The team's repository over smart HTTP: isomorphic-git, given a file system and HTTP. */
  git: { may: ['core', 'git'], packages: ['isomorphic-git', '@isomorphic-git/lightning-fs', 'buffer'] },
  cli: { may: ['core', 'app', 'git', 'cli'], packages: ['node:*', 'isomorphic-git'] },
};

/** The one file that may import the polyfill: every browser call is wrapped once, in src/platform. */
const POLYFILL_HOME = 'src/platform/browser.ts';

/** Texts are data every layer may read (the core types its keys by them). */
const SHARED_DATA = 'public/_locales/';

/** @type {import('eslint').Rule.RuleModule} */
const inwardOnly = {
  meta: { type: 'problem', schema: [], messages: { layer: '{{from}} may not import {{what}}: imports point inward only ({{allowed}}).' } },
  create(context) {
    const file = relative(root, context.filename).split(sep).join('/');
    const match = /^src\/([^/]+)\//.exec(file);
    if (!match) return {};
    const layer = /** @type {keyof typeof LAYERS} */ (match[1]);
    const rules = LAYERS[layer];
    if (!rules) return {};
    const allowed = `${layer} → ${[...rules.may.filter((m) => m !== layer), ...rules.packages].join(', ') || 'nothing else'}`;
    /** @param {import('estree').Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const report = (/** @type {string} */ what) => context.report({ node, messageId: 'layer', data: { from: `src/${layer}`, what, allowed } });
      if (source.startsWith('.')) {
        const target = relative(root, resolve(dirname(context.filename), source)).split(sep).join('/');
        if (target.startsWith(SHARED_DATA)) return;
        const to = /^src\/([^/]+)\//.exec(target)?.[1];
        if (!to || !rules.may.includes(to)) report(to ? `src/${to}` : target);
        return;
      }
      const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
      if (name === 'webextension-polyfill') {
        if (file !== POLYFILL_HOME) report(`${source} (only ${POLYFILL_HOME} does)`);
        return;
      }
      const ok = rules.packages.some((p) => p === name || (p.endsWith(':*') && source.startsWith(p.slice(0, -1))));
      if (!ok) report(source);
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'build/', 'artifacts/', 'node_modules/', '.profile/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { layers: { rules: { 'inward-only': inwardOnly } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  { files: ['src/**'], rules: { 'layers/inward-only': 'error' } },
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
