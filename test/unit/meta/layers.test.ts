import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The linter enforces the layers; this proves the rules bite.
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import layers', () => {
  it.each([
    ['src/core/x.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;"],
    ['src/core/x.ts', "import { openDB } from 'idb';\nexport const o = openDB;"],
    ['src/core/x.ts', "import { h } from 'preact';\nexport const x = h;"],
    ['src/core/x.ts', "import { readFile } from 'node:fs';\nexport const r = readFile;"],
    ['src/core/x.ts', "import { a } from '../storage/a.ts';\nexport const x = a;"],
    ['src/storage/x.ts', "import { a } from '../platform/a.ts';\nexport const x = a;"],
    ['src/ui/x.tsx', "import { a } from '../storage/a.ts';\nexport const x = a;"],
    ['src/popup/x.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;"],
    ['src/platform/tabs.ts', "import browser from 'webextension-polyfill';\nexport const b = browser;"],
  ])('%s may not %s', async (file, code) => {
    expect(await problems(file, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/core/x.ts', 'export const now = Date.now();', 'no-restricted-properties'],
    ['src/core/x.ts', 'export const now = new Date();', 'no-restricted-syntax'],
    ['src/core/x.ts', 'export const d = document.title;', 'no-restricted-globals'],
  ])('src/core keeps the clock and the DOM out: %s', async (file, code, rule) => {
    expect(await problems(file, code)).toContain(rule);
  });

  it.each([
    ['src/platform/browser.ts', "import browser from 'webextension-polyfill';\nexport default browser;"],
    ['src/popup/x.ts', "import { a } from '../core/a.ts';\nexport const x = a;"],
    ['src/storage/x.ts', "import { openDB } from 'idb';\nexport const o = openDB;"],
  ])('%s may import what it needs', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
