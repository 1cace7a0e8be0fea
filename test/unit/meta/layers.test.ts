import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The linter enforces the layers; this proves the rule bites, at any depth.
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const use = (line: string): string => `${line}\nexport const used = [x];`;

describe('imports point inward only', () => {
  it.each([
    ['src/core/x.ts', "import x from 'webextension-polyfill';"],
    ['src/core/x.ts', "import { openDB as x } from 'idb';"],
    ['src/core/x.ts', "import { h as x } from 'preact';"],
    ['src/core/x.ts', "import { readFile as x } from 'node:fs';"],
    ['src/core/x.ts', "import { a as x } from '../storage/a.ts';"],
    ['src/core/model/x.ts', "import { a as x } from '../../app/a.ts';"],
    // Three folders deep, one level up at a time: the rule resolves the path, not its spelling.
    ['src/core/a/b/c.ts', "import { a as x } from '../../../storage/a.ts';"],
    ['src/core/a/b/c.ts', "import { a as x } from '../../../../src/platform/a.ts';"],
    ['src/storage/x.ts', "import { a as x } from '../platform/a.ts';"],
    ['src/storage/x.ts', "import { a as x } from '../app/a.ts';"],
    ['src/app/x.ts', "import { a as x } from '../platform/a.ts';"],
    ['src/app/x.ts', "import { a as x } from '../ui/a.ts';"],
    ['src/ui/x.tsx', "import { a as x } from '../storage/a.ts';"],
    ['src/ui/deep/er/x.tsx', "import { a as x } from '../../../platform/a.ts';"],
    ['src/background/x.ts', "import { a as x } from '../ui/a.ts';"],
    ['src/popup/x.ts', "import { a as x } from '../options/a.ts';"],
    ['src/popup/x.ts', "import x from 'webextension-polyfill';"],
    ['src/platform/tabs.ts', "import x from 'webextension-polyfill';"],
    ['src/cli/x.ts', "import { a as x } from '../storage/a.ts';"],
    // The git code never reaches the popup, and knows nothing of the database.
    ['src/popup/x.ts', "import { a as x } from '../git/a.ts';"],
    ['src/popup/x.ts', "import x from 'isomorphic-git';"],
    ['src/git/x.ts', "import { a as x } from '../storage/a.ts';"],
    ['src/core/x.ts', "const x = import('../storage/a.ts');"],
    ['src/core/x.ts', "export { a as x } from '../ui/a.ts';\nconst y = 1; export { y };"],
  ])('%s may not: %s', async (file, line) => {
    expect(await problems(file, use(line))).toContain('layers/inward-only');
  });

  it.each([
    ['src/core/x.ts', 'export const now = Date.now();', 'no-restricted-properties'],
    ['src/core/x.ts', 'export const now = new Date();', 'no-restricted-syntax'],
    ['src/core/x.ts', 'export const d = document.title;', 'no-restricted-globals'],
  ])('src/core keeps the clock and the DOM out: %s', async (file, code, rule) => {
    expect(await problems(file, code)).toContain(rule);
  });

  it.each([
    ['src/platform/browser.ts', "import x from 'webextension-polyfill';"],
    ['src/popup/x.ts', "import { a as x } from '../core/a.ts';"],
    ['src/popup/deep/x.ts', "import { a as x } from '../../app/a.ts';"],
    ['src/app/x.ts', "import { a as x } from '../storage/a.ts';"],
    ['src/cli/x.ts', "import { a as x } from '../app/team/a.ts';"],
    ['src/background/x.ts', "import { a as x } from '../git/a.ts';"],
    ['src/storage/x.ts', "import { openDB as x } from 'idb';"],
    ['src/core/a/b/c.ts', "import { a as x } from '../../model/a.ts';"],
    ['src/core/x.ts', "import type x from '../../public/_locales/en/messages.json';"],
  ])('%s may import what it needs: %s', async (file, line) => {
    expect(await problems(file, use(line))).toEqual([]);
  });
});
