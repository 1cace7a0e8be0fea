import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The modules a source file loads, recursively, by its value imports (an `import type` loads
 * nothing; nor does `import { type A }`). Relative imports are followed; packages are listed.
 */
function loads(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('/')) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^(?:import|export)\s+(type\s+)?(?:\{([^}]*)\}|[\w*\s,]+)?\s*(?:from\s+)?['"]([^'"]+)['"];?/gm)) {
      const [, typeOnly, names, from] = m as unknown as [string, string | undefined, string | undefined, string];
      if (typeOnly) continue;
      if (names !== undefined && names.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '))) continue;
      visit(from.startsWith('.') ? resolve(dirname(file), from) : from);
    }
  };
  visit(resolve(entry));
  return seen;
}

describe('the Markdown parser stays off the paths that only write Markdown', () => {
  // The popup's Export tab loads read-export when it is opened: markdown-it would add 40 KB
  // gzipped to it. Writing an issue slices lines; only reading one parses.
  it.each(['src/app/read-export.ts', 'src/popup/early/early-popup.tsx'])('%s never loads markdown-it', (entry) => {
    const reached = loads(entry);
    expect(reached.size).toBeGreaterThan(5);
    expect([...reached].filter((m) => m === 'markdown-it' || m.endsWith('/markdown/blocks.ts'))).toEqual([]);
  });

  it('keeps the popup’s early script without the date formats and their month names in twelve languages', () => {
    // The early script reads stored issues (front matter's tokens) but formats no date: the
    // tables would add a kilobyte gzipped to what runs before the form shows (popup_js_gzip_kb).
    const reached = [...loads('src/popup/early/early-main.tsx')];
    expect(reached.filter((m) => m.endsWith('/dates/local-month-names.ts') || m.endsWith('/issue/pattern.ts'))).toEqual([]);
    expect(loads('src/core/issue/pattern.ts')).toContain(resolve('src/core/dates/local-month-names.ts'));
  });

  it('keeps the popup’s early script without the rules that read an entry’s text', () => {
    // The suggestion reads a headed entry's kind after its heading marks (headed-marker.ts):
    // item-text's rules would add 12 KB gzipped to what runs before the form shows.
    const reached = [...loads('src/popup/early/early-main.tsx')];
    expect(reached).toContain(resolve('src/core/issue/headed-marker.ts'));
    expect(reached.filter((m) => m.endsWith('/issue/item-text.ts'))).toEqual([]);
  });

  it('sees markdown-it where the parser is loaded', () => {
    expect(loads('src/core/issue/issue-parser.ts')).toContain('markdown-it');
  });
});
